import Fuse from 'fuse.js';
import { splitSentences } from '../document/sentences';
import { countsFrom, findRelativeDates, withRelativeDates } from '../facts/relativeDates';
import { findDates } from '../facts/dates';
import { findNumbers, isFigure } from '../facts/numbers';
import { boundedSpan } from '../facts/bounds';
import type { Model } from 'wink-nlp';
import { Lexicon } from '../language/lexicon';
import { Tagger } from '../language/tagger';
import { Analyzer, type Analysis, type Token } from '../text/analyzer';
import { spellOutAcronyms } from './acronyms';
import type { DateMention, DatePoint, NumberMention, Span } from '../types';
import type { Vocabulary } from '../vocabulary';
import { parseBibliography, shortLabel, type ParsedBibliography, type SourceMeta } from './bibliography';
import { cleanSource, DROP_REASONS, type CleanedSource, type CleaningVocabulary } from './clean';
import { numberedFrom, type SourceLayout } from './pdfLayout';
import { runSteps } from '../steps';
import { appendSentences, renumbered, withEntry } from './savedSources';
import { SentenceListBuilder } from './sentenceList';
import { sameRaw, withRawOf } from './storedText';
import { bucket, IndexRetriever, type Retriever } from './retriever';
import { TermIndex } from './termIndex';
import type { IndexCounts } from './overlaidCounts';
import { countKeys, documentOf, splicedIndexes } from './corpusIndexes';

export { bucket } from './retriever';

/** A sentence of a source that a claim can be checked against. */
export interface EvidenceSentence {
	id: number;
	key: string;
	page?: string;
	text: string;
	/** Where the sentence is in the source file. */
	location: Span;
	/** Sentences of one paragraph share this number. */
	paragraph: number;
	/** How many sentences the paragraph has. */
	paragraphSentences: number;
	caption: boolean;
	analysis: Analysis;
	dates: DateMention[];
	numbers: NumberMention[];
	/**
	 * Why the sentence is not evidence, for one of the source's asides: text the cleaner set apart
	 * (readers' comments, footnote text). An aside is never evidence; it tells a writer why a claim
	 * that only it makes is not supported.
	 */
	aside?: string;
}

export interface SourceRecord {
	meta: SourceMeta;
	/** The source file as given to the corpus (for links). */
	path?: string;
	/** The raw text of the source file, to map locations to lines. */
	raw: string;
	/** The text was read out of a file that is not text (a PDF): a location in `raw` is no line of the file. */
	extracted?: boolean;
	/** [first, end) indices into `Corpus.sentences`. */
	first: number;
	end: number;
}

export interface CorpusInput {
	/** BibTeX files with their paths (for messages), and their entries when the caller has parsed them already. */
	bibliographies: { path: string; text: string; parsed?: ParsedBibliography }[];
	/** Source texts; the key is the bibliography key (a file's name without extension). */
	sources: CorpusSourceInput[];
	vocabulary: Vocabulary;
	/** General English (WordNet); without it, words are compared by their stems and the vocabulary's families only. */
	lexicon?: Lexicon;
	/** Loads the English tagging model (wink-nlp's); without it, sentences are read as one clause each, untagged. */
	tagModel?: () => Model;
	/** Tells this vocabulary from another (its files' contents); without it nothing is reused from a previous build. */
	vocabularyKey?: string;
	/** Problems already found while reading the files, kept with the corpus for the user. */
	problems?: string[];
}

export interface CorpusSourceInput {
	key: string;
	path?: string;
	raw: string;
	/** For a text read out of a PDF: its pages, headers, footers and footnotes. */
	layout?: SourceLayout;
}

export interface CorpusEntry {
	meta: SourceMeta;
	path?: string;
	raw: string;
	layout?: SourceLayout;
}

// A parenthetical reference to a report, "(Harbour Gazette, May 9)" or "(see KHR, March 4, 1987)", dates
// the report, not the event; its dates and figures are not evidence. What comes before its first
// comma names the report, with no figure of its own: "(Eastland 312 km, Westmark 148 km, …)" is a list
// of figures.
const REPORT_REFERENCE = /\((?:see |cf\. )?[\p{Lu}][^()\d]{0,80}?,[^()]*?\d[^()]*\)/gu;

/** One source read into evidence sentences, kept so that a corpus built again reuses it while its text, entry and vocabulary stay the same. */
export interface IndexedSource {
	entry: CorpusEntry;
	/** The source's sentences, numbered 0… within it and their paragraphs likewise. */
	sentences: EvidenceSentence[];
	/** Its asides (readers' comments, footnote text), numbered likewise. */
	asides: EvidenceSentence[];
}

/**
 * What the corpus works out from all its sentences for retrieval, as plain data: saved with the
 * sources so that a corpus of the same sources, in the same order, need not work it out again.
 */
export interface CorpusIndexes {
	/** Each retrieval key with the number of sentences that have it. */
	frequencies: { keys: string[]; counts: Int32Array };
	/** The name keys of the sentences, for spellings close to them. */
	names: string[];
	/** Counted, saved, or a layer over saved ones for the sources changed since (`overlaidCounts.ts`). */
	sentences: IndexCounts;
	asides: IndexCounts;
}

/** What a build can reuse of an earlier one: its sources as read, under the vocabulary they were read with. */
export interface EarlierBuild {
	readonly vocabularyKey?: string | undefined;
	readonly indexed: ReadonlyMap<string, IndexedSource>;
	/** The earlier build's analyzer, when it is at hand (it keeps what it has read). */
	readonly analyzer?: Analyzer;
	/** Its indexes, when saved with it: they stand when every source is reused, in the same order. */
	readonly indexes?: CorpusIndexes;
}

export class Corpus {
	readonly sources = new Map<string, SourceRecord>();
	/** Numbered across the corpus; a restored source's are made when first read (`sentenceList.ts`). */
	readonly sentences: EvidenceSentence[];
	/** Text of the sources that is no evidence (readers' comments, footnote text), sentence by sentence. */
	readonly asides: EvidenceSentence[] = [];
	readonly problems: string[];
	/** Parts of speech and lemmas of the writer's sentences and of the passages compared with them. */
	readonly tagger: Tagger;
	/** Each source as read, for the next build to reuse. */
	readonly indexed: ReadonlyMap<string, IndexedSource>;
	/** Where passages are found: the corpus's own index, unless the corpus is seen through another (`withRetriever`). */
	readonly retriever: Retriever;
	private readonly df = new Map<string, number>();
	private readonly index: TermIndex;
	private readonly asideIndex: TermIndex;
	private readonly names: Fuse<string>;
	private readonly nameSet = new Set<string>();
	/** The keys of the names the sources write (capitalised within a sentence). */
	get namesWritten(): ReadonlySet<string> {
		return this.nameSet;
	}
	private readonly resolved = new Map<string, string>();
	private readonly weights = new Map<string, number>();
	private readonly around = new Map<string, Set<string>>();

	constructor(
		readonly vocabulary: Vocabulary,
		readonly analyzer: Analyzer,
		indexed: IndexedSource[],
		problems: string[],
		/** Tells one vocabulary from another: sources are reused only under the same one. */
		readonly vocabularyKey?: string,
		/** General English: senses, kinds of things, synonyms and antonyms. */
		readonly lexicon: Lexicon = Lexicon.empty(),
		tagModel?: () => Model,
		/** The indexes of exactly these sources, worked out before; without them they are built here. */
		indexes?: CorpusIndexes,
	) {
		this.tagger = new Tagger(tagModel, lexicon);
		this.problems = problems;
		this.indexed = new Map(indexed.map((source) => [source.entry.meta.key, source]));
		let paragraphs = 0;
		const sentences = new SentenceListBuilder();
		for (const source of indexed) {
			const { entry } = source;
			for (const aside of source.asides) this.asides.push(renumbered(aside, this.asides.length, aside.paragraph));
			const first = sentences.length;
			paragraphs += appendSentences(source, sentences, paragraphs) + 1;
			this.sources.set(
				entry.meta.key,
				withRawOf({ meta: entry.meta, path: entry.path, raw: '', ...(entry.layout ? { extracted: true } : {}), first, end: sentences.length }, entry),
			);
		}
		this.sentences = sentences.build();
		if (indexes) {
			const { keys, counts } = indexes.frequencies;
			for (let i = 0; i < keys.length; i++) this.df.set(keys[i]!, counts[i]!);
			for (const name of indexes.names) this.nameSet.add(name);
		} else {
			countKeys(this.df, this.sentences, 1);
			for (const sentence of this.sentences) for (const token of sentence.analysis.tokens) if (token.kind === 'name') this.nameSet.add(token.key);
		}
		this.index = new TermIndex(indexes?.sentences ?? this.sentences.map(documentOf));
		this.asideIndex = new TermIndex(indexes?.asides ?? this.asides.map(documentOf));
		this.names = new Fuse([...this.nameSet], { includeScore: true, threshold: 0.3 });
		this.retriever = new IndexRetriever(this.sentences, this.asides, this.index, this.asideIndex, this.df);
	}

	/**
	 * The same corpus, its passages found by another retriever (a search server's): the sources,
	 * their sentences and the words' weights stay this corpus's, and nothing is built again.
	 */
	withRetriever(retriever: Retriever): Corpus {
		return Object.create(this, { retriever: { value: retriever } }) as Corpus;
	}

	/** The indexes, for a build of the same sources, or of most of them, to take over. */
	get indexes(): CorpusIndexes {
		return this.indexData();
	}

	/** The indexes as plain data, to save with the sources. */
	indexData(): CorpusIndexes {
		return {
			frequencies: { keys: [...this.df.keys()], counts: Int32Array.from(this.df.values()) },
			names: [...this.nameSet],
			sentences: this.index.counts,
			asides: this.asideIndex.counts,
		};
	}

	private labels?: Map<string, string>;

	/**
	 * How a finding names a source: author and year ("Weitz 2014"). Sources that would share a label
	 * are told apart by a letter, in the order of their titles, as author-date styles do ("Wikipedia
	 * contributors n.d.-a", "… n.d.-b"; "Nichol 2012a").
	 */
	sourceLabel(key: string): string {
		if (!this.labels) this.labels = distinctLabels([...this.sources.values()].map((s) => s.meta));
		return this.labels.get(key) ?? key;
	}

	/** How to name an entity or a name key to a reader: the vocabulary's first name for it, else the key. */
	displayName(key: string): string {
		if (key[0] !== '@') return /^\p{Lu}/u.test(key) ? key : key.charAt(0).toUpperCase() + key.slice(1);
		return this.analyzer.entityNames(key)[0] ?? key.slice(1);
	}

	/** How telling a key is: rare keys weigh more. */
	weight(key: string, kind: 'entity' | 'name' | 'word' = 'word'): number {
		const id = kind === 'name' ? `N${key}` : key;
		let weight = this.weights.get(id);
		if (weight === undefined) this.weights.set(id, (weight = this.computeWeight(key, kind)));
		return weight;
	}

	private computeWeight(key: string, kind: 'entity' | 'name' | 'word'): number {
		const df = this.df.get(bucket(key)) ?? 0;
		// A word no source uses is more likely the writer's paraphrase than a detail the sources lack,
		// so it weighs like a common word rather than the rarest; in a small corpus, where every word is
		// rare, like a word of a sentence in forty. A name no source uses is no paraphrase: the rarest.
		if (df === 0 && kind !== 'name') return Math.log(1 + Math.max(this.sentences.length + 1, 80) / 40);
		return Math.log(1 + (this.sentences.length + 1) / (df + 0.5));
	}

	/** Entities named in the sentences around a sentence of the same source: the setting of what it says. */
	entitiesAround(sentence: EvidenceSentence, reach: number): Set<string> {
		// Asides are numbered apart from the sentences: the same number is another text.
		const id = `${sentence.aside === undefined ? '' : 'aside '}${sentence.id}:${reach}`;
		const known = this.around.get(id);
		if (known) return known;
		const around = new Set<string>();
		this.around.set(id, around);
		for (const other of this.sentencesAround(sentence, reach)) for (const e of other.analysis.entities) around.add(e);
		return around;
	}

	/**
	 * The sentences of the same source within `reach` of a sentence, itself among them. An aside (a
	 * reader's comment, a footnote) stands below the whole source, not among its sentences (its number
	 * counts asides): its setting, what its "it" stands for, is what the source is about, as its
	 * opening sentences say.
	 */
	sentencesAround(sentence: EvidenceSentence, reach: number): EvidenceSentence[] {
		if (sentence.aside !== undefined) return [...this.opening(sentence.key, reach), sentence];
		const found: EvidenceSentence[] = [];
		for (let id = sentence.id - reach; id <= sentence.id + reach; id++) {
			const other = this.retriever.sentence(id);
			if (other && other.key === sentence.key) found.push(other);
		}
		return found;
	}

	/** A source's sentences, in order. */
	sentencesOf(key: string): EvidenceSentence[] {
		return this.opening(key, Number.POSITIVE_INFINITY);
	}

	/** The first `count` sentences of a source. */
	private opening(key: string, count: number): EvidenceSentence[] {
		const source = this.sources.get(key);
		const found: EvidenceSentence[] = [];
		if (!source) return found;
		for (let id = source.first; id < Math.min(source.end, source.first + count); id++) {
			const sentence = this.retriever.sentence(id);
			if (sentence) found.push(sentence);
		}
		return found;
	}

	/** The key an actor's token is compared on: a name's in the spelling the corpus knows, an entity's as it is. */
	actorKey(token: Token): string {
		return token.kind === 'name' ? this.resolveName(token.key) : token.key;
	}

	/** A name the corpus does not know, matched to a close spelling it does ("Bordyuzha" → "bordyusha"). */
	resolveName(key: string): string {
		if (this.nameSet.has(key) || key.length < 5) return key;
		let resolved = this.resolved.get(key);
		if (resolved === undefined) {
			const best = this.names.search(key, { limit: 1 })[0];
			resolved = best && (best.score ?? 1) <= 0.25 ? best.item : key;
			this.resolved.set(key, resolved);
		}
		return resolved;
	}

	source(key: string): SourceRecord | undefined {
		return this.sources.get(key);
	}
}

/** Reads one source into evidence sentences: cleaned, split, its dates, figures and words found. */
export function indexSource(entry: CorpusEntry, analyzer: Analyzer, cleaning: CleaningVocabulary, abbreviations: Set<string>): IndexedSource {
	const { meta } = entry;
	const sentences: EvidenceSentence[] = [];
	const cleaned = cleanSource(entry.raw, meta, cleaning, entry.layout && numberedFrom(entry.layout, meta.pages));
	const read = (text: string, location: Span, paragraph: number, count: number, more: Partial<EvidenceSentence>, before?: DatePoint): EvidenceSentence => {
		const references = [...text.matchAll(REPORT_REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
		const outside = (mention: { span: Span }) => !references.some((r) => mention.span.start >= r.start && mention.span.end <= r.end);
		const found = findDates(
			text,
			meta.year !== undefined ? { defaultYear: meta.year, ...(meta.month !== undefined ? { defaultMonth: meta.month } : {}) } : {},
		).filter(outside);
		// "A year later it sold its last trawlers": counted from the paragraph's last date.
		const { dates, uncounted } = withRelativeDates(text, found, findRelativeDates(text), before);
		const numbers = findNumbers(
			text,
			[...dates, ...uncounted].map((d) => d.span),
		).filter(outside);
		const analysis = analyzer.analyze(text, [...dates.map((d) => d.span), ...numbers.filter(isFigure).map((n) => boundedSpan(text, n.span))]);
		return { id: 0, key: meta.key, text, location, paragraph, paragraphSentences: count, caption: false, analysis, dates, numbers, ...more };
	};
	cleaned.paragraphs.forEach((paragraph, p) => {
		const spans = splitSentences(paragraph.text, abbreviations);
		let anchor: DatePoint | undefined;
		let before: DatePoint | undefined;
		for (const span of spans) {
			const text = paragraph.text.slice(span.start, span.end);
			const location = { start: paragraph.starts[span.start]!, end: paragraph.ends[span.end - 1]! };
			const page = paragraph.page;
			const sentence = read(
				text,
				location,
				p,
				spans.length,
				{
					id: sentences.length,
					...(page !== undefined ? { page } : {}),
					caption: paragraph.kind === 'caption',
				},
				before,
			);
			anchor = anchorYears(sentence.dates, anchor);
			before = sentence.dates.filter(countsFrom).at(-1)?.end ?? before;
			sentences.push(sentence);
		}
	});
	spellOutAcronyms(sentences);
	const asides: EvidenceSentence[] = [];
	for (const group of asideGroups(entry.raw, cleaned.dropped)) {
		const spans = splitSentences(group.text, abbreviations);
		for (const span of spans)
			asides.push(read(group.text.slice(span.start, span.end), group.span, -1, spans.length, { id: asides.length, aside: group.reason }));
	}
	return { entry, sentences, asides };
}

/**
 * A date without a year takes the year of the account it continues: "After the March 3, 1962
 * storm … the harbour was reopened on April 20" is April 20, 1962, in a report written years
 * later. The last date of the paragraph before it with a year of its own, in a month no later, gives
 * the year; else the source's year of publication (already given) stands. Returns the paragraph's
 * anchor after these dates.
 */
function anchorYears(dates: DateMention[], anchor: DatePoint | undefined): DatePoint | undefined {
	let current = anchor;
	for (const date of dates) {
		if (!date.inferredYear) {
			if (date.end.year !== undefined && date.end.month !== undefined) current = date.end;
			continue;
		}
		const month = date.start.month;
		if (!current || current.year === undefined || current.month === undefined || month === undefined || month < current.month) continue;
		const shift = current.year - (date.start.year ?? current.year);
		if (shift === 0) continue;
		date.start = { ...date.start, year: current.year };
		if (date.end.year !== undefined) date.end = { ...date.end, year: date.end.year + shift };
	}
	return current;
}

// What the cleaner set apart that a writer may still take for the source's word.
const ASIDE_REASONS: ReadonlySet<string> = new Set([DROP_REASONS.comments, DROP_REASONS.footnote]);

/** The set-apart lines that are prose (readers' comments, footnote text), joined into paragraphs. */
function asideGroups(raw: string, dropped: CleanedSource['dropped']): { reason: string; span: Span; text: string }[] {
	const groups: { reason: string; span: Span }[] = [];
	for (const { reason, span } of dropped) {
		if (!ASIDE_REASONS.has(reason)) continue;
		const last = groups.at(-1);
		// Lines of one paragraph: the same reason, nothing but a line break between them.
		if (last && last.reason === reason && /^\r?\n?$/.test(raw.slice(last.span.end, span.start))) last.span = { start: last.span.start, end: span.end };
		else groups.push({ reason, span: { ...span } });
	}
	return groups
		.map((g) => ({
			...g,
			text: raw
				.slice(g.span.start, g.span.end)
				.replace(/-\r?\n(?=\p{Ll})/gu, '')
				.replace(/\s+/g, ' ')
				.trim(),
		}))
		.filter((g) => /\p{L}{3}/u.test(g.text));
}

/** The same source as before: same text, same entry, same layout, read under the same vocabulary. */
function unchanged(before: IndexedSource | undefined, entry: CorpusEntry): before is IndexedSource {
	if (!before) return false;
	const old = before.entry;
	return (
		sameRaw(old, entry) &&
		old.path === entry.path &&
		(old.meta === entry.meta || JSON.stringify(old.meta) === JSON.stringify(entry.meta)) &&
		(old.layout === entry.layout || JSON.stringify(old.layout) === JSON.stringify(entry.layout))
	);
}

/** How far a build has come: sources indexed (or reused) of all. */
export interface BuildProgress {
	done: number;
	total: number;
	/** Of those done, how many were taken from the earlier build as they were. */
	reused: number;
}

/**
 * Builds the corpus from its files' contents, one source per step (the caller may pause between
 * steps), reusing what `previous` read of each source that has not changed. A broken part is
 * reported and the rest is used.
 */
export function* corpusBuild(input: CorpusInput, previous?: EarlierBuild): Generator<BuildProgress, Corpus> {
	const { entries, problems } = corpusEntries(input);
	const reuse = previous !== undefined && input.vocabularyKey !== undefined && previous.vocabularyKey === input.vocabularyKey;
	const analyzer = (reuse ? previous.analyzer : undefined) ?? new Analyzer(input.vocabulary);
	const cleaning = input.vocabulary.cleaning;
	const abbreviations = new Set(input.vocabulary.abbreviations);
	const indexed: IndexedSource[] = [];
	const kept: boolean[] = [];
	let reused = 0;
	for (const entry of entries) {
		const before = reuse ? previous.indexed.get(entry.meta.key) : undefined;
		const same = unchanged(before, entry);
		kept.push(same);
		if (same) {
			indexed.push(withEntry(before, entry));
			reused++;
		} else indexed.push(indexSource(entry, analyzer, cleaning, abbreviations));
		yield { done: indexed.length, total: entries.length, reused };
	}
	// The earlier build's indexes are of its sources in its order: they stand as they are for the
	// same, and are spliced when some sources changed, came or went (the rest in the same order).
	const sameSources = reuse && reused === previous.indexed.size && [...previous.indexed.keys()].every((key, i) => indexed[i]?.entry.meta.key === key);
	const indexes = !reuse || reused === 0 ? undefined : sameSources && reused === indexed.length ? previous.indexes : splicedIndexes(previous, indexed, kept);
	return new Corpus(input.vocabulary, analyzer, indexed, problems, input.vocabularyKey, input.lexicon, input.tagModel, indexes);
}

/**
 * The corpus's sources with their bibliography entries, in order (the first text of a key wins),
 * and the problems found on the way, after those the input brings.
 */
export function corpusEntries(input: CorpusInput): { entries: CorpusEntry[]; problems: string[] } {
	const problems = [...(input.problems ?? [])];
	const metas = new Map<string, SourceMeta>();
	for (const bib of input.bibliographies) {
		const parsed = bib.parsed ?? parseBibliography(bib.text);
		for (const problem of parsed.problems) problems.push(`${bib.path}: ${problem}`);
		for (const meta of parsed.entries) {
			if (metas.has(meta.key)) problems.push(`${bib.path}: the key "${meta.key}" is defined twice; the first entry is used`);
			else metas.set(meta.key, meta);
		}
	}
	const entries: CorpusEntry[] = [];
	// The first text of a key wins (the folders' order); the user is told which file was left out.
	const seen = new Map<string, string | undefined>();
	for (const source of input.sources) {
		if (seen.has(source.key)) {
			const first = seen.get(source.key);
			problems.push(`${source.path ?? source.key}: a second text for the key "${source.key}" is ignored${first ? ` (${first} is used)` : ''}`);
			continue;
		}
		seen.set(source.key, source.path);
		let meta = metas.get(source.key);
		if (!meta) {
			problems.push(`${source.path ?? source.key}: no bibliography entry has the key "${source.key}"; it is used without a reference`);
			meta = { key: source.key, type: 'misc', authors: [], title: source.key };
		}
		entries.push(withRawOf({ meta, path: source.path, raw: '', ...(source.layout ? { layout: source.layout } : {}) }, source));
	}
	for (const key of metas.keys()) if (!seen.has(key)) problems.push(`the bibliography entry "${key}" has no source text`);
	return { entries, problems };
}

/** Builds the corpus at once; see `corpusBuild`. */
export function buildCorpus(input: CorpusInput, previous?: EarlierBuild): Corpus {
	return runSteps(corpusBuild(input, previous));
}

/** Each source's short label, a letter added where two or more would share one. */
function distinctLabels(metas: SourceMeta[]): Map<string, string> {
	const byLabel = new Map<string, SourceMeta[]>();
	for (const meta of metas) {
		const label = shortLabel(meta);
		const same = byLabel.get(label);
		if (same) same.push(meta);
		else byLabel.set(label, [meta]);
	}
	const labels = new Map<string, string>();
	for (const [label, same] of byLabel) {
		if (same.length === 1 || same.length > 26) {
			for (const meta of same) labels.set(meta.key, label);
			continue;
		}
		const ordered = [...same].sort((a, b) => a.title.localeCompare(b.title) || a.key.localeCompare(b.key));
		ordered.forEach((meta, i) => labels.set(meta.key, `${label}${label.endsWith('n.d.') ? '-' : ''}${String.fromCharCode(97 + i)}`));
	}
	return labels;
}

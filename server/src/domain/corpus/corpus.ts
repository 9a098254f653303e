import Fuse from 'fuse.js';
import { splitSentences } from '../document/sentences';
import { findDates } from '../facts/dates';
import { findNumbers } from '../facts/numbers';
import { Analyzer, type Analysis } from '../text/analyzer';
import type { DateMention, NumberMention, Span } from '../types';
import type { Vocabulary } from '../vocabulary';
import { parseBibliography, type ParsedBibliography, type SourceMeta } from './bibliography';
import { cleanSource, type CleaningVocabulary } from './clean';
import { numberedFrom, type SourceLayout } from './pdfLayout';
import { TermIndex } from './termIndex';

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

interface CorpusEntry {
	meta: SourceMeta;
	path?: string;
	raw: string;
	layout?: SourceLayout;
}

// A parenthetical reference to a report, "(Interfax, April 15)" or "(see EDM, July 18, 2012)", dates
// the report, not the event; its dates and figures are not evidence.
const REPORT_REFERENCE = /\((?:see |cf\. )?[\p{Lu}][^()]{0,80}?,[^()]*?\d[^()]*\)/gu;

export class Corpus {
	readonly sources = new Map<string, SourceRecord>();
	readonly sentences: EvidenceSentence[] = [];
	readonly analyzer: Analyzer;
	readonly problems: string[];
	private readonly df = new Map<string, number>();
	private readonly index: TermIndex;
	private readonly names: Fuse<string>;
	private readonly nameSet = new Set<string>();
	private readonly resolved = new Map<string, string>();
	private readonly weights = new Map<string, number>();
	private readonly around = new Map<string, Set<string>>();

	constructor(
		readonly vocabulary: Vocabulary,
		entries: CorpusEntry[],
		problems: string[],
	) {
		this.problems = problems;
		this.analyzer = new Analyzer(vocabulary);
		const abbreviations = new Set(vocabulary.abbreviations);
		const cleaning = vocabulary.extra as unknown as CleaningVocabulary;
		let paragraphId = 0;
		for (const entry of entries) {
			const first = this.sentences.length;
			const cleaned = cleanSource(entry.raw, entry.meta, cleaning, entry.layout && numberedFrom(entry.layout, entry.meta.pages));
			for (const paragraph of cleaned.paragraphs) {
				const spans = splitSentences(paragraph.text, abbreviations);
				for (const span of spans) {
					const text = paragraph.text.slice(span.start, span.end);
					const location = { start: paragraph.starts[span.start]!, end: paragraph.ends[span.end - 1]! };
					this.sentences.push(this.evidence(text, entry.meta, paragraph.page, location, paragraphId, spans.length, paragraph.kind === 'caption'));
				}
				paragraphId++;
			}
			this.sources.set(entry.meta.key, { meta: entry.meta, path: entry.path, raw: entry.raw, ...(entry.layout ? { extracted: true } : {}), first, end: this.sentences.length });
		}
		for (const sentence of this.sentences) {
			for (const key of new Set(sentence.analysis.tokens.map((t) => bucket(t.key)))) this.df.set(key, (this.df.get(key) ?? 0) + 1);
			for (const token of sentence.analysis.tokens) if (token.kind === 'name') this.nameSet.add(token.key);
		}
		this.index = new TermIndex(this.sentences.map((s) => s.analysis.tokens.map((t) => bucket(t.key)).join(' ')));
		this.names = new Fuse([...this.nameSet], { includeScore: true, threshold: 0.3 });
	}

	private evidence(text: string, meta: SourceMeta, page: string | undefined, location: Span, paragraph: number, paragraphSentences: number, caption: boolean): EvidenceSentence {
		const references = [...text.matchAll(REPORT_REFERENCE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
		const outside = (span: Span) => !references.some((r) => span.start >= r.start && span.end <= r.end);
		const dates = findDates(text, meta.year !== undefined ? { defaultYear: meta.year, ...(meta.month !== undefined ? { defaultMonth: meta.month } : {}) } : {}).filter((d) => outside(d.span));
		const numbers = findNumbers(text, dates.map((d) => d.span)).filter((n) => outside(n.span));
		const analysis = this.analyzer.analyze(text, [...dates.map((d) => d.span), ...numbers.map((n) => n.span)]);
		return { id: this.sentences.length, key: meta.key, page, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers };
	}

	/** How telling a key is: rare keys weigh more. */
	weight(key: string): number {
		let weight = this.weights.get(key);
		if (weight === undefined) this.weights.set(key, (weight = this.computeWeight(key)));
		return weight;
	}

	private computeWeight(key: string): number {
		const df = this.df.get(bucket(key)) ?? 0;
		// A word no source uses is more likely the writer's paraphrase than a detail the sources lack,
		// so it weighs like a common word rather than the rarest.
		if (df === 0) return Math.log(1 + (this.sentences.length + 1) / 40);
		return Math.log(1 + (this.sentences.length + 1) / (df + 0.5));
	}

	/** Entities named in the sentences around a sentence of the same source: the setting of what it says. */
	entitiesAround(sentence: EvidenceSentence, reach: number): Set<string> {
		const id = `${sentence.id}:${reach}`;
		const known = this.around.get(id);
		if (known) return known;
		const around = new Set<string>();
		this.around.set(id, around);
		for (let id = sentence.id - reach; id <= sentence.id + reach; id++) {
			const other = this.sentences[id];
			if (other && other.key === sentence.key) for (const e of other.analysis.entities) around.add(e);
		}
		return around;
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

	/** The sentences that share the most telling words with the claim, best first. */
	retrieve(analysis: Analysis, limit: number): EvidenceSentence[] {
		// Keys in a large share of the corpus's sentences ("Uzbekistan" here) rank nothing and cost the most.
		const common = Math.max(8, this.sentences.length * 0.2);
		const keys = [...new Set(analysis.tokens.map((t) => bucket(t.key)))];
		const telling = keys.filter((k) => (this.df.get(k) ?? 0) <= common);
		const query = (telling.length > 0 ? telling : keys).join(' ');
		if (!query) return [];
		return this.index.search(query.split(' '), limit).map((id) => this.sentences[id]!);
	}

	source(key: string): SourceRecord | undefined {
		return this.sources.get(key);
	}
}

/** The retrieval key: stems are cut to five letters so that word families meet in the index. */
export function bucket(key: string): string {
	return key[0] === '@' || key[0] === '~' ? key : key.slice(0, 5);
}

/** Builds the corpus from its files' contents; a broken part is reported and the rest is used. */
export function buildCorpus(input: CorpusInput): Corpus {
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
		entries.push({ meta, path: source.path, raw: source.raw, ...(source.layout ? { layout: source.layout } : {}) });
	}
	for (const key of metas.keys()) if (!seen.has(key)) problems.push(`the bibliography entry "${key}" has no source text`);
	return new Corpus(input.vocabulary, entries, problems);
}

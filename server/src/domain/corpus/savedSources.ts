// The sources of a corpus as read (their sentences with offsets, words, dates and figures) in a
// compact plain form that can be saved and restored without reading the sources again: numbers in
// typed-array columns, each string once in a table, the texts one after another. A library of a
// thousand sources has a million words: as objects they take seconds to save and restore, as
// columns a fraction of that. A restored sentence works out its words, dates and figures from the
// columns when first asked for them, since a check reads those of a few hundred sentences only,
// and a restored source's text is decoded when first asked for (storedText.ts).
import type { Negation, Token, Analysis } from '../text/analyzer';
import type { DateMention, NumberMention, Span } from '../types';
import type { CorpusEntry, EvidenceSentence, IndexedSource } from './corpus';
import type { SentenceListBuilder } from './sentenceList';
import { isColumn, range, whole, type Column } from './storedColumn';
import { StoredText, storedRawOf, withStoredRaw } from './storedText';

/** A source's entry as saved: its text is kept in `SavedSources.raws`. */
export type SavedEntry = Omit<CorpusEntry, 'raw'>;

export interface SavedSources {
	entries: SavedEntry[];
	/** The sources' texts in UTF-8, one after another. This column may stay in the index file: a source's is decoded when first asked for. */
	raws: Column<Uint8Array>;
	/** Per source: where its text starts in `raws`; and, last, where the last one ends. */
	rawStarts: Float64Array;
	/** Per source: its text's length in UTF-16 code units, as `String.length` counts. */
	rawLengths: Int32Array;
	/** Per source: how many sentences and how many asides it has. */
	sizes: Int32Array;
	/** Token keys, entity ids, page labels and the reasons of asides, each once. */
	strings: string[];
	/** The texts of the sentences not read as they are from their source's text (`FROM_RAW`), one after another: each source's sentences, then its asides. */
	text: string;
	/** Per sentence, `ROW` numbers: see `Field`. Read whole when restored. */
	rows: Column<Int32Array>;
	/**
	 * Per token: its key (a string's number), its kind and marks, start, end. This column and the
	 * next three may stay in the index file: a sentence's part is read when first asked for.
	 */
	tokens: Column<Int32Array>;
	/** The entity ids of the sentences, as strings' numbers. */
	entities: Column<Int32Array>;
	/** Per negation: where it is, and its scope's number. */
	negations: Column<Int32Array>;
	/** The dates and figures of the sentences that have any, as JSON `[dates, numbers]` in UTF-8, one after another: decoded when a sentence's are asked for. */
	facts: Column<Uint8Array>;
}

/** The numbers kept per sentence, in this order. */
const enum Field {
	TextLength,
	Start,
	End,
	Paragraph,
	ParagraphSentences,
	Flags,
	/** A page label (a sentence) or a reason (an aside), as a string's number; -1 for none. */
	Label,
	Tokens,
	Entities,
	Negations,
	/** How many bytes of `facts` its dates and figures take; 0 for none. */
	Facts,
}
const ROW = 11;
/** The parts of the columns a row counts, and the fields that count them. */
const enum Part {
	Text,
	Token,
	Entity,
	Negation,
	Fact,
}
const PARTS = 5;
const COUNTS = [Field.TextLength, Field.Tokens, Field.Entities, Field.Negations, Field.Facts];
/** Of a token's numbers: key, kind, start, end. */
const TOKEN = 4;

const CAPTION = 1;
const PRONOUN = 2;
/** The sentence's text is its source's text at its location, as most are: it is not saved twice. */
const FROM_RAW = 4;
const KINDS: Token['kind'][] = ['entity', 'name', 'word'];
const CONTEXT = 4;
const REFERENT = 8;
const SCOPES: Negation['scope'][] = ['phrase', 'word', 'before'];

/** Saved sources whose parts do not fit together: the saved form is not to be used. */
export class DamagedSourcesError extends Error {}

/** One source's part of each column. */
interface SourceColumns {
	rows: Int32Array;
	tokens: Int32Array;
	entities: Int32Array;
	negations: Int32Array;
	facts: Uint8Array;
	text: string;
}

/**
 * The sources in their saved form. Sources restored from one saved form and not read again are
 * copied from it as they lie (its strings keep their numbers, new ones are added after them): a
 * library with one source changed is saved again without making its other sentences' objects.
 */
export function saveSources(sources: readonly IndexedSource[]): SavedSources {
	const base = sources.map((source) => restored.get(source)?.columns).find((columns) => columns !== undefined);
	const strings = base ? [...base.saved.strings] : [];
	const numberOf = new Map(strings.map((value, n) => [value, n]));
	const string = (value: string) => {
		let n = numberOf.get(value);
		if (n === undefined) numberOf.set(value, (n = strings.push(value) - 1));
		return n;
	};
	const parts = sources.map((source) => {
		const rows = base && base.rowsOf(source);
		return rows ? base.copy(rows.first, rows.end) : encodeSource(source, string);
	});
	const join = <T extends Int32Array | Uint8Array>(make: (length: number) => T, of: (part: SourceColumns) => T): T => {
		const joined = make(parts.reduce((sum, part) => sum + of(part).length, 0));
		parts.reduce((at, part) => (joined.set(of(part), at), at + of(part).length), 0);
		return joined;
	};
	const int32 = (length: number) => new Int32Array(length);
	const raws = savedRaws(sources, base);
	return {
		entries: sources.map(({ entry }) => ({ meta: entry.meta, path: entry.path, ...(entry.layout ? { layout: entry.layout } : {}) })),
		...raws,
		sizes: Int32Array.from(sources.flatMap((s) => [s.sentences.length, s.asides.length])),
		strings,
		text: parts.map((part) => part.text).join(''),
		rows: join(int32, (part) => part.rows),
		tokens: join(int32, (part) => part.tokens),
		entities: join(int32, (part) => part.entities),
		negations: join(int32, (part) => part.negations),
		facts: join(
			(length) => new Uint8Array(length),
			(part) => part.facts,
		),
	};
}

/** The sources' texts as saved: a restored source's bytes copied as they lie, without decoding them. */
function savedRaws(sources: readonly IndexedSource[], base: Columns | undefined): Pick<SavedSources, 'raws' | 'rawStarts' | 'rawLengths'> {
	const encoder = new TextEncoder();
	const parts = sources.map((source) => base?.rawBytesOf(source) ?? encoder.encode(source.entry.raw));
	const rawStarts = new Float64Array(sources.length + 1);
	parts.forEach((part, i) => (rawStarts[i + 1] = rawStarts[i]! + part.length));
	const raws = new Uint8Array(rawStarts[sources.length]!);
	parts.forEach((part, i) => raws.set(part, rawStarts[i]));
	const rawLengths = Int32Array.from(sources, ({ entry }) => storedRawOf(entry)?.length ?? entry.raw.length);
	return { raws, rawStarts, rawLengths };
}

/** One source's sentences and asides in columns, from their objects. */
function encodeSource(source: IndexedSource, string: (value: string) => number): SourceColumns {
	const all = [...source.sentences, ...source.asides];
	let tokenCount = 0;
	let entityCount = 0;
	let negationCount = 0;
	for (const { analysis } of all) {
		tokenCount += analysis.tokens.length;
		entityCount += analysis.entities.length;
		negationCount += analysis.negations.length;
	}
	const rows = new Int32Array(all.length * ROW);
	const tokens = new Int32Array(tokenCount * TOKEN);
	const entities = new Int32Array(entityCount);
	const negations = new Int32Array(negationCount * 2);
	const facts: Uint8Array[] = [];
	const texts: string[] = [];
	const encoder = new TextEncoder();
	let t = 0;
	let e = 0;
	let n = 0;
	all.forEach((s, i) => {
		const { analysis } = s;
		const label = s.aside ?? s.page;
		const fromRaw = source.entry.raw.slice(s.location.start, s.location.end) === s.text;
		if (!fromRaw) texts.push(s.text);
		const fact = s.dates.length > 0 || s.numbers.length > 0 ? encoder.encode(JSON.stringify([s.dates, s.numbers])) : new Uint8Array(0);
		facts.push(fact);
		const flags = (s.caption ? CAPTION : 0) | (analysis.pronoun ? PRONOUN : 0) | (fromRaw ? FROM_RAW : 0);
		rows.set([fromRaw ? 0 : s.text.length, s.location.start, s.location.end, s.paragraph, s.paragraphSentences, flags], i * ROW);
		rows.set(
			[label === undefined ? -1 : string(label), analysis.tokens.length, analysis.entities.length, analysis.negations.length, fact.length],
			i * ROW + Field.Label,
		);
		for (const token of analysis.tokens) {
			const marks = (token.context ? CONTEXT : 0) | (token.referent ? REFERENT : 0);
			tokens.set([string(token.key), KINDS.indexOf(token.kind) | marks, token.start, token.end], t);
			t += TOKEN;
		}
		for (const entity of analysis.entities) entities[e++] = string(entity);
		for (const negation of analysis.negations) {
			negations[n++] = negation.at;
			negations[n++] = SCOPES.indexOf(negation.scope);
		}
	});
	const factBytes = new Uint8Array(facts.reduce((sum, f) => sum + f.length, 0));
	facts.reduce((at, f) => (factBytes.set(f, at), at + f.length), 0);
	return { rows, tokens, entities, negations, facts: factBytes, text: texts.join('') };
}

/** The name keys of a source's sentences (not its asides), in the order first met: from its saved columns when it was restored. */
export function namesOf(source: IndexedSource): string[] {
	const place = restored.get(source);
	if (place) return place.columns.names(place.first, place.first + place.sentences);
	const names = new Set<string>();
	for (const sentence of source.sentences) for (const token of sentence.analysis.tokens) if (token.kind === 'name') names.add(token.key);
	return [...names];
}

/**
 * The sources restored from their saved form. Every count and index of the columns is checked
 * first, so that a sentence read later cannot fail; a `DamagedSourcesError` when they do not fit.
 */
export function restoreSources(saved: SavedSources): IndexedSource[] {
	const columns = new Columns(saved);
	const sources: IndexedSource[] = [];
	let row = 0;
	for (let i = 0; i < saved.entries.length; i++) {
		const given = saved.entries[i]!;
		if (typeof given?.meta?.key !== 'string') throw new DamagedSourcesError('a source has no key');
		// Its keys in the order a build gives them.
		const entry: CorpusEntry = withStoredRaw(
			{ meta: given.meta, path: given.path, raw: '', ...(given.layout ? { layout: given.layout } : {}) },
			columns.texts[i]!,
		);
		const place: Place = { columns, index: i, first: row, sentences: saved.sizes[2 * i]!, asides: saved.sizes[2 * i + 1]! };
		for (const end = row + place.sentences + place.asides; row < end; row++) {
			const at = row * ROW;
			const [start, stop] = [columns.rows[at + Field.Start]!, columns.rows[at + Field.End]!];
			if (columns.rows[at + Field.Flags]! & FROM_RAW && (start < 0 || stop < start || stop > columns.texts[i]!.length))
				throw new DamagedSourcesError('a sentence lies outside its source');
		}
		sources.push(restoredSource(entry, place));
	}
	return sources;
}

/** Where a restored source's sentences, then its asides, lie in the columns. */
interface Place {
	columns: Columns;
	/** The source's number in the columns. */
	index: number;
	first: number;
	sentences: number;
	asides: number;
}

/** The sources restored from columns, with where they lie. */
const restored = new WeakMap<IndexedSource, Place>();

/**
 * A restored source. Its sentences' objects are made only when asked for: a corpus makes its own,
 * numbered across the corpus, from the rows (`appendSentences`), and a library of ten thousand
 * sources would otherwise hold a million sentences twice.
 */
function restoredSource(entry: CorpusEntry, place: Place): IndexedSource {
	let sentences: EvidenceSentence[] | undefined;
	let asides: EvidenceSentence[] | undefined;
	const make = (from: number, count: number, labelled: 'page' | 'aside') => {
		const { columns } = place;
		const made: EvidenceSentence[] = [];
		for (let id = 0; id < count; id++)
			made.push(new StoredSentence(columns, from + id, entry.meta.key, id, columns.rows[(from + id) * ROW + Field.Paragraph]!, labelled));
		return made;
	};
	const source: IndexedSource = {
		entry,
		get sentences() {
			return (sentences ??= make(place.first, place.sentences, 'page'));
		},
		get asides() {
			return (asides ??= make(place.first + place.sentences, place.asides, 'aside'));
		},
	};
	restored.set(source, place);
	return source;
}

/** The same source with another entry of the same text (its sentences taken as they are, a restored one's still made when asked for). */
export function withEntry(source: IndexedSource, entry: CorpusEntry): IndexedSource {
	const place = restored.get(source);
	return place ? restoredSource(entry, place) : { ...source, entry };
}

/** How many sentences and asides a source has, without making a restored one's. */
export function sizesOf(source: IndexedSource): { sentences: number; asides: number } {
	return restored.get(source) ?? { sentences: source.sentences.length, asides: source.asides.length };
}

/**
 * Adds a source's sentences to a corpus's, numbered on from those before and their paragraphs from
 * `paragraphs` (a restored source's are made from its rows when first read); the last paragraph's
 * number within the source, or -1 when it has no sentence.
 */
export function appendSentences(source: IndexedSource, into: SentenceListBuilder, paragraphs: number): number {
	const first = into.length;
	const place = restored.get(source);
	let last = -1;
	if (!place) {
		for (const sentence of source.sentences) {
			into.push(renumbered(sentence, first + sentence.id, paragraphs + sentence.paragraph));
			last = Math.max(last, sentence.paragraph);
		}
		return last;
	}
	const { columns } = place;
	const key = source.entry.meta.key;
	const paragraphOf = (id: number) => columns.rows[(place.first + id) * ROW + Field.Paragraph]!;
	for (let id = 0; id < place.sentences; id++) last = Math.max(last, paragraphOf(id));
	into.pushLater(place.sentences, (id) => new StoredSentence(columns, place.first + id, key, first + id, paragraphs + paragraphOf(id), 'page'));
	return last;
}

/** A sentence given a new number and paragraph in a corpus; a restored one stays restored. */
export function renumbered(sentence: EvidenceSentence, id: number, paragraph: number): EvidenceSentence {
	return sentence instanceof StoredSentence ? sentence.renumbered(id, paragraph) : { ...sentence, id, paragraph };
}

/** The columns, checked, with where each sentence's tokens, entities and negations start. */
class Columns {
	/**
	 * Where each source's rows start (and, last, how many rows there are), and where each part of
	 * the columns (`Part`) starts at a source's first row: a row's are worked out from its source's
	 * rows before it, so that a library's million rows do not take five arrays of a million numbers.
	 */
	private readonly sourceRows: Int32Array;
	private readonly sourceStarts: Int32Array;
	/** What each sentence's numbers were read into, once asked for. */
	readonly analyses: (Analysis | undefined)[] = [];
	readonly facts: ([DateMention[], NumberMention[]] | undefined)[] = [];

	/** Per sentence, `ROW` numbers (the saved rows, read whole). */
	readonly rows: Int32Array;
	/** Each source's text, decoded when first asked for. */
	readonly texts: StoredText[];

	constructor(readonly saved: SavedSources) {
		const { tokens, entities, negations, sizes, strings, text, facts, entries } = saved;
		if (![saved.rows, tokens, entities, negations].every((c) => isColumn(c, Int32Array)) || !(sizes instanceof Int32Array))
			throw new DamagedSourcesError('a column is not a list of numbers');
		if (!Array.isArray(strings) || typeof text !== 'string' || !isColumn(facts, Uint8Array) || !Array.isArray(entries))
			throw new DamagedSourcesError('a part is missing');
		if (!strings.every((s) => typeof s === 'string')) throw new DamagedSourcesError('a string is not text');
		this.texts = this.storedTexts();
		const rows = (this.rows = whole(saved.rows));
		const count = rows.length / ROW;
		if (!Number.isInteger(count) || sizes.length !== 2 * entries.length || sizes.reduce((a, b) => a + b, 0) !== count || sizes.some((s) => s < 0))
			throw new DamagedSourcesError('the counts do not fit the columns');
		this.sourceRows = new Int32Array(entries.length + 1);
		this.sourceStarts = new Int32Array((entries.length + 1) * PARTS);
		const totals = new Array<number>(PARTS).fill(0);
		for (let source = 0, i = 0; source <= entries.length; source++) {
			this.sourceRows[source] = i;
			this.sourceStarts.set(totals, source * PARTS);
			const end = source < entries.length ? i + sizes[2 * source]! + sizes[2 * source + 1]! : i;
			for (let at = i * ROW; i < end; i++, at += ROW) {
				const label = rows[at + Field.Label]!;
				for (let part = 0; part < PARTS; part++) {
					const n = rows[at + COUNTS[part]!]!;
					if (n < 0) throw new DamagedSourcesError('a sentence has counts out of range');
					totals[part]! += n;
				}
				if (label < -1 || label >= strings.length) throw new DamagedSourcesError('a sentence has counts out of range');
			}
		}
		const [textLength, tokenCount, entityCount, negationCount, factLength] = totals;
		if (
			textLength !== text.length ||
			factLength !== facts.length ||
			tokenCount! * TOKEN !== tokens.length ||
			entityCount !== entities.length ||
			negationCount! * 2 !== negations.length
		)
			throw new DamagedSourcesError('the columns do not hold what the sentences count');
		// Columns in memory are checked whole now; those kept in the file, a sentence's part when it is read.
		if (ArrayBuffer.isView(tokens)) this.checkTokens(tokens);
		if (ArrayBuffer.isView(entities)) this.checkEntities(entities);
		if (ArrayBuffer.isView(negations)) this.checkNegations(negations);
	}

	/** The sources' texts, their places in `raws` checked. */
	private storedTexts(): StoredText[] {
		const { raws, rawStarts, rawLengths, entries } = this.saved;
		if (!isColumn(raws, Uint8Array) || !(rawStarts instanceof Float64Array) || !(rawLengths instanceof Int32Array))
			throw new DamagedSourcesError('the texts are missing');
		if (rawStarts.length !== entries.length + 1 || rawLengths.length !== entries.length || rawStarts[0] !== 0 || rawStarts[entries.length] !== raws.length)
			throw new DamagedSourcesError('the texts do not fit their places');
		// A text that starts with a byte order mark keeps it, as it was given.
		const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
		return Array.from(rawLengths, (length, i) => {
			const [start, end] = [rawStarts[i]!, rawStarts[i + 1]!];
			// A code unit takes one to three bytes in UTF-8 (a pair of them, four).
			if (!Number.isInteger(start) || end < start || length < 0 || length > end - start || end - start > 3 * length)
				throw new DamagedSourcesError('a text does not fit its place');
			return new StoredText(length, () => {
				const text = decoder.decode(range(raws, start, end));
				if (text.length !== length) throw new DamagedSourcesError('a text is not the one saved');
				return text;
			});
		});
	}

	/** The saved bytes of a source's text, when the source was restored from these columns. */
	rawBytesOf(source: IndexedSource): Uint8Array | undefined {
		const place = restored.get(source);
		if (place?.columns !== this) return undefined;
		return range(this.saved.raws, this.saved.rawStarts[place.index]!, this.saved.rawStarts[place.index + 1]!);
	}

	private checkTokens(tokens: Int32Array): void {
		const strings = this.saved.strings.length;
		for (let t = 0; t < tokens.length; t += TOKEN) {
			if (tokens[t]! < 0 || tokens[t]! >= strings || !KINDS[tokens[t + 1]! & 3] || tokens[t + 1]! < 0 || tokens[t + 1]! > 15)
				throw new DamagedSourcesError('a token is out of range');
		}
	}

	private checkEntities(entities: Int32Array): void {
		if (entities.some((s) => s < 0 || s >= this.saved.strings.length)) throw new DamagedSourcesError('an entity is out of range');
	}

	private checkNegations(negations: Int32Array): void {
		for (let n = 1; n < negations.length; n += 2) if (!SCOPES[negations[n]!]) throw new DamagedSourcesError('a negation has no scope');
	}

	/** A range of a column: read from the file, and then checked, when the column is kept there. */
	private part(column: Column<Int32Array>, start: number, end: number, check: (part: Int32Array) => void): Int32Array {
		const part = range(column, start, end);
		if (!ArrayBuffer.isView(column)) check.call(this, part);
		return part;
	}

	/** The number of the source that row `row` is of; the number of sources for the row after the last. */
	sourceOf(row: number): number {
		const starts = this.sourceRows;
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (starts[mid]! <= row) low = mid;
			else high = mid - 1;
		}
		return low;
	}

	/** Where each part of the columns (`Part`) starts at row `row` (`row` may be the row after the last). */
	startsAt(row: number): number[] {
		const source = this.sourceOf(row);
		const starts = Array.from(this.sourceStarts.subarray(source * PARTS, (source + 1) * PARTS));
		for (let r = this.sourceRows[source]!; r < row; r++) for (let part = 0; part < PARTS; part++) starts[part]! += this.rows[r * ROW + COUNTS[part]!]!;
		return starts;
	}

	/** Where each part of row `row` starts and ends. */
	private partsOf(row: number): { starts: number[]; ends: number[] } {
		const starts = this.startsAt(row);
		return { starts, ends: starts.map((start, part) => start + this.rows[row * ROW + COUNTS[part]!]!) };
	}

	/** The rows of a source restored from these columns. */
	rowsOf(source: IndexedSource): { first: number; end: number } | undefined {
		const place = restored.get(source);
		return place?.columns === this ? { first: place.first, end: place.first + place.sentences + place.asides } : undefined;
	}

	/** The name keys of rows [first, end), in the order first met. */
	names(first: number, end: number): string[] {
		const { strings } = this.saved;
		const tokens = this.part(this.saved.tokens, this.startsAt(first)[Part.Token]! * TOKEN, this.startsAt(end)[Part.Token]! * TOKEN, this.checkTokens);
		const name = KINDS.indexOf('name');
		const found = new Set<string>();
		for (let t = 0; t < tokens.length; t += TOKEN) if ((tokens[t + 1]! & 3) === name) found.add(strings[tokens[t]!]!);
		return [...found];
	}

	/** The columns of rows [first, end), as they lie. */
	copy(first: number, end: number): SourceColumns {
		const { tokens, entities, negations, facts, text } = this.saved;
		const [from, to] = [this.startsAt(first), this.startsAt(end)];
		return {
			rows: this.rows.subarray(first * ROW, end * ROW),
			tokens: this.part(tokens, from[Part.Token]! * TOKEN, to[Part.Token]! * TOKEN, this.checkTokens),
			entities: this.part(entities, from[Part.Entity]!, to[Part.Entity]!, this.checkEntities),
			negations: this.part(negations, from[Part.Negation]! * 2, to[Part.Negation]! * 2, this.checkNegations),
			facts: range(facts, from[Part.Fact]!, to[Part.Fact]!),
			text: text.slice(from[Part.Text]!, to[Part.Text]!),
		};
	}

	text(row: number): string {
		const { text, raws, rawStarts } = this.saved;
		const rows = this.rows;
		const at = row * ROW;
		if (rows[at + Field.Flags]! & FROM_RAW) {
			const source = this.sourceOf(row);
			const [start, end, whole] = [rows[at + Field.Start]!, rows[at + Field.End]!, this.texts[source]!];
			// A text in ASCII has a byte per code unit: the sentence's bytes are decoded alone, not the whole text for one sentence.
			const offset = rawStarts[source]!;
			if (!whole.isRead && rawStarts[source + 1]! - offset === whole.length) return new TextDecoder().decode(range(raws, offset + start, offset + end));
			return whole.value.slice(start, end);
		}
		const start = this.startsAt(row)[Part.Text]!;
		return text.slice(start, start + rows[at + Field.TextLength]!);
	}

	analysis(row: number): Analysis {
		let analysis = this.analyses[row];
		if (analysis) return analysis;
		const { strings } = this.saved;
		const { starts, ends } = this.partsOf(row);
		const tokens = this.part(this.saved.tokens, starts[Part.Token]! * TOKEN, ends[Part.Token]! * TOKEN, this.checkTokens);
		const entities = this.part(this.saved.entities, starts[Part.Entity]!, ends[Part.Entity]!, this.checkEntities);
		const negations = this.part(this.saved.negations, starts[Part.Negation]! * 2, ends[Part.Negation]! * 2, this.checkNegations);
		const tokenList: Token[] = [];
		for (let t = 0; t < tokens.length; t += TOKEN) {
			const code = tokens[t + 1]!;
			const token: Token = { key: strings[tokens[t]!]!, kind: KINDS[code & 3]!, start: tokens[t + 2]!, end: tokens[t + 3]! };
			if (code & CONTEXT) token.context = true;
			if (code & REFERENT) token.referent = true;
			tokenList.push(token);
		}
		const entityList: string[] = [];
		for (const entity of entities) entityList.push(strings[entity]!);
		const negationList: Negation[] = [];
		for (let n = 0; n < negations.length; n += 2) negationList.push({ at: negations[n]!, scope: SCOPES[negations[n + 1]!]! });
		analysis = { tokens: tokenList, entities: entityList, negations: negationList, pronoun: (this.rows[row * ROW + Field.Flags]! & PRONOUN) !== 0 };
		this.analyses[row] = analysis;
		return analysis;
	}

	factsOf(row: number): [DateMention[], NumberMention[]] {
		let facts = this.facts[row];
		if (facts) return facts;
		const { starts, ends } = this.partsOf(row);
		const [start, end] = [starts[Part.Fact]!, ends[Part.Fact]!];
		facts = start === end ? [[], []] : (JSON.parse(new TextDecoder().decode(range(this.saved.facts, start, end))) as [DateMention[], NumberMention[]]);
		this.facts[row] = facts;
		return facts;
	}
}

/**
 * A restored sentence: what it is read from its row when first asked for (a check reads a few
 * hundred of a library's sentences), and kept; its copies (which `renumbered` makes: a spread
 * would copy no getter) share what is read of its words, dates and figures.
 */
class StoredSentence implements EvidenceSentence {
	// Declared only: a sentence without a page has no `page` at all, as one read from its source.
	declare page?: string;
	declare aside?: string;
	readonly #columns: Columns;
	readonly #row: number;
	#text: string | undefined;

	/** The columns it is read from, and its row in them. */
	get columns(): Columns {
		return this.#columns;
	}

	get row(): number {
		return this.#row;
	}

	#location: Span | undefined;

	constructor(
		columns: Columns,
		row: number,
		readonly key: string,
		public id: number,
		public paragraph: number,
		labelled: 'page' | 'aside',
	) {
		this.#columns = columns;
		this.#row = row;
		const label = columns.rows[row * ROW + Field.Label]!;
		if (label >= 0) this[labelled] = columns.saved.strings[label]!;
	}

	get text(): string {
		return (this.#text ??= this.#columns.text(this.#row));
	}

	get location(): Span {
		const rows = this.#columns.rows;
		return (this.#location ??= { start: rows[this.#row * ROW + Field.Start]!, end: rows[this.#row * ROW + Field.End]! });
	}

	get paragraphSentences(): number {
		return this.#columns.rows[this.#row * ROW + Field.ParagraphSentences]!;
	}

	get caption(): boolean {
		return (this.#columns.rows[this.#row * ROW + Field.Flags]! & CAPTION) !== 0;
	}

	get analysis(): Analysis {
		return this.#columns.analysis(this.#row);
	}

	get dates(): DateMention[] {
		return this.#columns.factsOf(this.#row)[0];
	}

	get numbers(): NumberMention[] {
		return this.#columns.factsOf(this.#row)[1];
	}

	renumbered(id: number, paragraph: number): StoredSentence {
		return new StoredSentence(this.#columns, this.#row, this.key, id, paragraph, this.aside !== undefined ? 'aside' : 'page');
	}
}

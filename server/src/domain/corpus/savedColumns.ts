// The columns of saved sources, and the sentences read from them: how a sentence's numbers are laid
// out (a row of `ROW` numbers per sentence; its words, entities, negations, dates and figures in
// columns of their own), written from sentences' objects and read back a source at a time. A
// source's rows are read and checked when one of its sentences is first read: a restart of a library
// of a million sentences reads none of them, since what it needs of each source (where its rows and
// parts start, its last paragraph) is saved beside them.
import type { Negation, Token, Analysis } from '../text/analyzer';
import type { DateMention, NumberMention, Span } from '../types';
import type { CorpusEntry, EvidenceSentence, IndexedSource } from './corpus';
import { isColumn, range, whole, type Column } from './storedColumn';
import { StoredText } from './storedText';

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
	/** Per sentence, `ROW` numbers: see `Field`. A source's are read when one of its sentences is first read. */
	rows: Column<Int32Array>;
	/** Per source: its first row; and, last, the number of rows. */
	firstRows: Column<Int32Array>;
	/** Per source, and last for the row after the last: where each part of the columns (`Part`) starts at its first row. */
	partStarts: Column<Int32Array>;
	/** Per source: the number of its sentences' last paragraph, -1 when it has none. */
	lastParagraphs: Column<Int32Array>;
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
	/**
	 * Per source: where its names start in `names`; and, last, where the last one ends. The names of
	 * a library are gathered again from these when a source changes, not from every sentence's words.
	 */
	nameStarts: Int32Array;
	/** Each source's name keys (of its sentences, not its asides) in the order first met, as strings' numbers. */
	names: Column<Int32Array>;
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
export interface SourceColumns {
	rows: Int32Array;
	tokens: Int32Array;
	entities: Int32Array;
	negations: Int32Array;
	facts: Uint8Array;
	text: string;
	/** Its sentences' name keys, as strings' numbers, in the order first met. */
	names: Int32Array;
}

/** One source's sentences and asides in columns, from their objects. */
export function encodeSource(source: IndexedSource, string: (value: string) => number): SourceColumns {
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
		// Each number written in its place: an array made per token and per row took a tenth of a first read's encoding.
		const row = i * ROW;
		rows[row + Field.TextLength] = fromRaw ? 0 : s.text.length;
		rows[row + Field.Start] = s.location.start;
		rows[row + Field.End] = s.location.end;
		rows[row + Field.Paragraph] = s.paragraph;
		rows[row + Field.ParagraphSentences] = s.paragraphSentences;
		rows[row + Field.Flags] = (s.caption ? CAPTION : 0) | (analysis.pronoun ? PRONOUN : 0) | (fromRaw ? FROM_RAW : 0);
		rows[row + Field.Label] = label === undefined ? -1 : string(label);
		rows[row + Field.Tokens] = analysis.tokens.length;
		rows[row + Field.Entities] = analysis.entities.length;
		rows[row + Field.Negations] = analysis.negations.length;
		rows[row + Field.Facts] = fact.length;
		for (const token of analysis.tokens) {
			tokens[t] = string(token.key);
			tokens[t + 1] = KINDS.indexOf(token.kind) | (token.context ? CONTEXT : 0) | (token.referent ? REFERENT : 0);
			tokens[t + 2] = token.start;
			tokens[t + 3] = token.end;
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
	const names = new Set<number>();
	for (const sentence of source.sentences) for (const token of sentence.analysis.tokens) if (token.kind === 'name') names.add(string(token.key));
	return { rows, tokens, entities, negations, facts: factBytes, text: texts.join(''), names: Int32Array.from(names) };
}

/** A source's columns with their strings' numbers `numbers[n]` for each number n (a source put into columns on its own, put among a library's). */
export function withStringNumbers(part: SourceColumns, numbers: Int32Array): SourceColumns {
	const rows = part.rows.slice();
	for (let at = Field.Label; at < rows.length; at += ROW) if (rows[at]! >= 0) rows[at] = numbers[rows[at]!]!;
	const tokens = part.tokens.slice();
	for (let t = 0; t < tokens.length; t += TOKEN) tokens[t] = numbers[tokens[t]!]!;
	const renumber = (list: Int32Array) => list.map((n) => numbers[n]!);
	return { ...part, rows, tokens, entities: renumber(part.entities), names: renumber(part.names) };
}

/** What is saved of each source besides its rows: where its rows, parts and names start, and its sentences' last paragraph. */
export function placesOf(
	parts: readonly SourceColumns[],
	sentences: readonly number[],
): { firstRows: Int32Array; partStarts: Int32Array; lastParagraphs: Int32Array; nameStarts: Int32Array } {
	const firstRows = new Int32Array(parts.length + 1);
	const partStarts = new Int32Array((parts.length + 1) * PARTS);
	const lastParagraphs = new Int32Array(parts.length);
	const nameStarts = new Int32Array(parts.length + 1);
	parts.forEach((part, i) => {
		firstRows[i + 1] = firstRows[i]! + part.rows.length / ROW;
		nameStarts[i + 1] = nameStarts[i]! + part.names.length;
		const lengths = [part.text.length, part.tokens.length / TOKEN, part.entities.length, part.negations.length / 2, part.facts.length];
		lengths.forEach((length, p) => (partStarts[(i + 1) * PARTS + p] = partStarts[i * PARTS + p]! + length));
		let last = -1;
		for (let at = 0; at < sentences[i]! * ROW; at += ROW) last = Math.max(last, part.rows[at + Field.Paragraph]!);
		lastParagraphs[i] = last;
	});
	return { firstRows, partStarts, lastParagraphs, nameStarts };
}

/** The columns, checked, with where each source's rows and parts start. */
export class Columns {
	/** Where each source's rows start (and, last, how many rows there are). */
	private readonly firstRows: Int32Array;
	/**
	 * Where each part of the columns (`Part`) starts at a source's first row (and, last, their
	 * lengths): a row's are worked out from its source's rows before it, so that a library's million
	 * rows do not take five arrays of a million numbers.
	 */
	private readonly partStarts: Int32Array;
	/** Per source: the number of its sentences' last paragraph, -1 when it has none. */
	readonly lastParagraphs: Int32Array;
	/** Each source's rows, once read and checked. */
	private readonly sourceRows: (Int32Array | undefined)[] = [];
	/** What each sentence's numbers were read into, once asked for. */
	readonly analyses: (Analysis | undefined)[] = [];
	readonly facts: ([DateMention[], NumberMention[]] | undefined)[] = [];
	/** Each source's text, decoded when first asked for. */
	readonly texts: StoredText[];
	/** The sources' names, read whole and checked when first asked for. */
	private nameKeys: Int32Array | undefined;

	constructor(readonly saved: SavedSources) {
		const { tokens, entities, negations, sizes, strings, text, facts, entries } = saved;
		if (![saved.rows, tokens, entities, negations].every((c) => isColumn(c, Int32Array)) || !(sizes instanceof Int32Array))
			throw new DamagedSourcesError('a column is not a list of numbers');
		if (!Array.isArray(strings) || typeof text !== 'string' || !isColumn(facts, Uint8Array) || !Array.isArray(entries))
			throw new DamagedSourcesError('a part is missing');
		if (![saved.firstRows, saved.partStarts, saved.lastParagraphs, saved.names].every((c) => isColumn(c, Int32Array)))
			throw new DamagedSourcesError('a part is missing');
		if (!(saved.nameStarts instanceof Int32Array)) throw new DamagedSourcesError('a part is missing');
		if (!strings.every((s) => typeof s === 'string')) throw new DamagedSourcesError('a string is not text');
		this.texts = this.storedTexts();
		this.firstRows = whole(saved.firstRows);
		this.partStarts = whole(saved.partStarts);
		this.lastParagraphs = whole(saved.lastParagraphs);
		this.checkPlaces();
		// Columns in memory are checked whole now; those kept in the file, a sentence's part when it is read.
		if (ArrayBuffer.isView(tokens)) this.checkTokens(tokens);
		if (ArrayBuffer.isView(entities)) this.checkEntities(entities);
		if (ArrayBuffer.isView(negations)) this.checkNegations(negations);
	}

	/** Where each source's rows and parts start fits the sizes and the columns' lengths; a `DamagedSourcesError` when not. */
	private checkPlaces(): void {
		const { sizes, entries, rows, text, tokens, entities, negations, facts } = this.saved;
		const { firstRows, partStarts, lastParagraphs } = this;
		const n = entries.length;
		if (sizes.length !== 2 * n || firstRows.length !== n + 1 || partStarts.length !== (n + 1) * PARTS || lastParagraphs.length !== n)
			throw new DamagedSourcesError('the counts do not fit the columns');
		if (firstRows[0] !== 0 || firstRows[n]! * ROW !== rows.length || partStarts.subarray(0, PARTS).some((start) => start !== 0))
			throw new DamagedSourcesError('the counts do not fit the columns');
		for (let i = 0; i < n; i++) {
			const [sentences, asides] = [sizes[2 * i]!, sizes[2 * i + 1]!];
			if (sentences < 0 || asides < 0 || firstRows[i + 1]! - firstRows[i]! !== sentences + asides || lastParagraphs[i]! < -1)
				throw new DamagedSourcesError('the counts do not fit the columns');
			for (let part = 0; part < PARTS; part++)
				if (partStarts[(i + 1) * PARTS + part]! < partStarts[i * PARTS + part]!) throw new DamagedSourcesError('the counts do not fit the columns');
		}
		const ends = [text.length, tokens.length / TOKEN, entities.length, negations.length / 2, facts.length];
		if (ends.some((end, part) => partStarts[n * PARTS + part] !== end)) throw new DamagedSourcesError('the columns do not hold what the sentences count');
		const { nameStarts, names } = this.saved;
		if (
			nameStarts.length !== n + 1 ||
			nameStarts[0] !== 0 ||
			nameStarts[n] !== names.length ||
			nameStarts.some((start, i) => i > 0 && start < nameStarts[i - 1]!)
		)
			throw new DamagedSourcesError('the names do not fit their places');
	}

	/**
	 * The rows of source `source`, read and checked when first asked for: their counts add up to
	 * where the next source's parts start, their labels are strings, and a sentence read from the
	 * source's text lies within it; a `DamagedSourcesError` when they do not.
	 */
	rowsOfSource(source: number): Int32Array {
		let rows = this.sourceRows[source];
		if (rows) return rows;
		rows = range(this.saved.rows, this.firstRows[source]! * ROW, this.firstRows[source + 1]! * ROW);
		const strings = this.saved.strings.length;
		const length = this.texts[source]!.length;
		const totals = Array.from(this.partStarts.subarray(source * PARTS, (source + 1) * PARTS));
		for (let at = 0; at < rows.length; at += ROW) {
			for (let part = 0; part < PARTS; part++) {
				const n = rows[at + COUNTS[part]!]!;
				if (n < 0) throw new DamagedSourcesError('a sentence has counts out of range');
				totals[part]! += n;
			}
			const [label, start, end] = [rows[at + Field.Label]!, rows[at + Field.Start]!, rows[at + Field.End]!];
			if (label < -1 || label >= strings) throw new DamagedSourcesError('a sentence has counts out of range');
			if (rows[at + Field.Flags]! & FROM_RAW && (start < 0 || end < start || end > length)) throw new DamagedSourcesError('a sentence lies outside its source');
		}
		if (totals.some((total, part) => total !== this.partStarts[(source + 1) * PARTS + part]))
			throw new DamagedSourcesError('the columns do not hold what the sentences count');
		this.sourceRows[source] = rows;
		return rows;
	}

	/** Field `field` of row `row`. */
	field(row: number, field: Field): number {
		const source = this.sourceOf(row);
		return this.rowsOfSource(source)[(row - this.firstRows[source]!) * ROW + field]!;
	}

	/** The paragraph of row `row` within its source. */
	paragraphOf(row: number): number {
		return this.field(row, Field.Paragraph);
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

	/** How many bytes source `source`'s text takes. */
	rawByteLength(source: number): number {
		return this.saved.rawStarts[source + 1]! - this.saved.rawStarts[source]!;
	}

	/** The saved bytes of source `source`'s text. */
	rawBytesOf(source: number): Uint8Array {
		return range(this.saved.raws, this.saved.rawStarts[source]!, this.saved.rawStarts[source + 1]!);
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
		const starts = this.firstRows;
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
		const starts = Array.from(this.partStarts.subarray(source * PARTS, (source + 1) * PARTS));
		if (source === this.saved.entries.length) return starts;
		const rows = this.rowsOfSource(source);
		for (let at = 0, end = (row - this.firstRows[source]!) * ROW; at < end; at += ROW)
			for (let part = 0; part < PARTS; part++) starts[part]! += rows[at + COUNTS[part]!]!;
		return starts;
	}

	/** Where each part of row `row` starts and ends. */
	private partsOf(row: number): { starts: number[]; ends: number[] } {
		const starts = this.startsAt(row);
		return { starts, ends: starts.map((start, part) => start + this.field(row, COUNTS[part]!)) };
	}

	/** The numbers (in `strings`) of source `source`'s name keys, in the order first met. */
	nameNumbers(source: number): Int32Array {
		if (!this.nameKeys) {
			const keys = whole(this.saved.names);
			if (keys.some((s) => s < 0 || s >= this.saved.strings.length)) throw new DamagedSourcesError('a name is out of range');
			this.nameKeys = keys;
		}
		return this.nameKeys.subarray(this.saved.nameStarts[source]!, this.saved.nameStarts[source + 1]!);
	}

	/** Source `source`'s name keys, in the order first met. */
	names(source: number): string[] {
		return Array.from(this.nameNumbers(source), (n) => this.saved.strings[n]!);
	}

	/** The columns of source `source`'s rows, [first, end), as they lie. */
	copy(source: number, first: number, end: number): SourceColumns {
		const { tokens, entities, negations, facts, text } = this.saved;
		const [from, to] = [this.startsAt(first), this.startsAt(end)];
		return {
			names: this.nameNumbers(source),
			rows: range(this.saved.rows, first * ROW, end * ROW),
			tokens: this.part(tokens, from[Part.Token]! * TOKEN, to[Part.Token]! * TOKEN, this.checkTokens),
			entities: this.part(entities, from[Part.Entity]!, to[Part.Entity]!, this.checkEntities),
			negations: this.part(negations, from[Part.Negation]! * 2, to[Part.Negation]! * 2, this.checkNegations),
			facts: range(facts, from[Part.Fact]!, to[Part.Fact]!),
			text: text.slice(from[Part.Text]!, to[Part.Text]!),
		};
	}

	text(row: number): string {
		const { text, raws, rawStarts } = this.saved;
		const source = this.sourceOf(row);
		const rows = this.rowsOfSource(source);
		const at = (row - this.firstRows[source]!) * ROW;
		if (rows[at + Field.Flags]! & FROM_RAW) {
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
		analysis = { tokens: tokenList, entities: entityList, negations: negationList, pronoun: (this.field(row, Field.Flags) & PRONOUN) !== 0 };
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
export class StoredSentence implements EvidenceSentence {
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
		const label = columns.field(row, Field.Label);
		if (label >= 0) this[labelled] = columns.saved.strings[label]!;
	}

	get text(): string {
		return (this.#text ??= this.#columns.text(this.#row));
	}

	get location(): Span {
		return (this.#location ??= { start: this.#columns.field(this.#row, Field.Start), end: this.#columns.field(this.#row, Field.End) });
	}

	get paragraphSentences(): number {
		return this.#columns.field(this.#row, Field.ParagraphSentences);
	}

	get caption(): boolean {
		return (this.#columns.field(this.#row, Field.Flags) & CAPTION) !== 0;
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

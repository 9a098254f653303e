// The sources of a library read for the first time, put into their saved columns (savedColumns.ts)
// one source after another as they are read, the large columns grown in the host's keeping (a file)
// rather than in memory: a library of ten thousand sources held as objects until it was saved took
// some 3 GB. What is kept in memory is what a source adds a few numbers to (its sizes, where its rows
// and parts start), the strings' table and the sentences' texts not read from their source's text.
// The columns are those `saveSources` makes of the same sources, number for number.
import type { CorpusEntry, EvidenceSentence, IndexedSource } from './corpus';
import { encodeSource, placesOf, withStringNumbers, type SavedEntry, type SavedSources, type SourceColumns } from './savedColumns';
import type { ColumnSpill, GrowingColumn } from './storedColumn';

/**
 * A source read into evidence sentences and put into columns on its own (in a worker thread, when
 * the host has one), its strings numbered among themselves: what a library read for the first
 * time keeps of it. Plain data, which a thread can hand over.
 */
export interface EncodedSource {
	/** Its text in UTF-8, and its length in UTF-16 code units. */
	raw: Uint8Array;
	rawLength: number;
	sentences: number;
	asides: number;
	columns: SourceColumns;
	/** The strings its columns number, in the order it met them. */
	strings: string[];
	/** Its sentences' and its asides' retrieval keys (`documentOf`). */
	documents: string[];
	asideDocuments: string[];
}

/** A source put into columns on its own: see `EncodedSource`. */
export function encodeAlone(source: IndexedSource, documentOf: (sentence: EvidenceSentence) => string): EncodedSource {
	const strings: string[] = [];
	const numberOf = new Map<string, number>();
	const columns = encodeSource(source, (value) => {
		let n = numberOf.get(value);
		if (n === undefined) numberOf.set(value, (n = strings.push(value) - 1));
		return n;
	});
	const raw = new TextEncoder().encode(source.entry.raw);
	return {
		raw,
		rawLength: source.entry.raw.length,
		sentences: source.sentences.length,
		asides: source.asides.length,
		columns,
		strings,
		documents: source.sentences.map(documentOf),
		asideDocuments: source.asides.map(documentOf),
	};
}

/** The parts of the columns `placesOf` counts per source (`Part` in savedColumns.ts). */
const PARTS = 5;

export class SourcesWriter {
	private readonly strings: string[] = [];
	private readonly numberOf = new Map<string, number>();
	private readonly entries: SavedEntry[] = [];
	private readonly sizes: number[] = [];
	private readonly rawStarts: number[] = [0];
	private readonly rawLengths: number[] = [];
	private readonly texts: string[] = [];
	private readonly firstRows: number[] = [0];
	private readonly partStarts: number[] = new Array<number>(PARTS).fill(0);
	private readonly lastParagraphs: number[] = [];
	private readonly nameStarts: number[] = [0];
	private readonly raws: GrowingColumn<Uint8Array>;
	private readonly rows: GrowingColumn<Int32Array>;
	private readonly tokens: GrowingColumn<Int32Array>;
	private readonly entities: GrowingColumn<Int32Array>;
	private readonly negations: GrowingColumn<Int32Array>;
	private readonly names: GrowingColumn<Int32Array>;
	private readonly facts: GrowingColumn<Uint8Array>;

	constructor(spill: ColumnSpill) {
		this.raws = spill(Uint8Array);
		this.rows = spill(Int32Array);
		this.tokens = spill(Int32Array);
		this.entities = spill(Int32Array);
		this.negations = spill(Int32Array);
		this.names = spill(Int32Array);
		this.facts = spill(Uint8Array);
	}

	/** A string's number in the table, numbered as `saveSources` numbers them: in the order first met. */
	private readonly string = (value: string): number => {
		let n = this.numberOf.get(value);
		if (n === undefined) this.numberOf.set(value, (n = this.strings.push(value) - 1));
		return n;
	};

	/** Adds a source, after those added before, as `encodeAlone` put it into columns; nothing of it is kept but what its columns say. */
	add(entry: CorpusEntry, encoded: EncodedSource): void {
		this.entries.push({ meta: entry.meta, path: entry.path, ...(entry.layout ? { layout: entry.layout } : {}) });
		this.raws.append(encoded.raw);
		this.rawStarts.push(this.rawStarts.at(-1)! + encoded.raw.length);
		this.rawLengths.push(encoded.rawLength);
		this.sizes.push(encoded.sentences, encoded.asides);
		// Its strings, numbered in the order it met them, are numbered in the library in that order: as `saveSources` numbers them.
		const part = withStringNumbers(encoded.columns, Int32Array.from(encoded.strings, this.string));
		const places = placesOf([part], [encoded.sentences]);
		this.firstRows.push(this.firstRows.at(-1)! + places.firstRows[1]!);
		this.nameStarts.push(this.nameStarts.at(-1)! + places.nameStarts[1]!);
		const before = this.partStarts.length - PARTS;
		for (let p = 0; p < PARTS; p++) this.partStarts.push(this.partStarts[before + p]! + places.partStarts[PARTS + p]!);
		this.lastParagraphs.push(places.lastParagraphs[0]!);
		this.texts.push(part.text);
		this.rows.append(part.rows);
		this.tokens.append(part.tokens);
		this.entities.append(part.entities);
		this.negations.append(part.negations);
		this.names.append(part.names);
		this.facts.append(part.facts);
	}

	/** The sources added, in their saved form, its large columns those the host keeps; in the order of `saveSources`'s keys, which the saved file follows. */
	saved(): SavedSources {
		return {
			entries: this.entries,
			raws: this.raws,
			rawStarts: Float64Array.from(this.rawStarts),
			rawLengths: Int32Array.from(this.rawLengths),
			sizes: Int32Array.from(this.sizes),
			strings: this.strings,
			text: this.texts.join(''),
			rows: this.rows,
			firstRows: Int32Array.from(this.firstRows),
			partStarts: Int32Array.from(this.partStarts),
			lastParagraphs: Int32Array.from(this.lastParagraphs),
			nameStarts: Int32Array.from(this.nameStarts),
			tokens: this.tokens,
			entities: this.entities,
			negations: this.negations,
			names: this.names,
			facts: this.facts,
		};
	}
}

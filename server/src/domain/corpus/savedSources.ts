// The sources of a corpus as read (their sentences with offsets, words, dates and figures) in a
// compact plain form that can be saved and restored without reading the sources again: numbers in
// typed-array columns (savedColumns.ts), each string once in a table, the texts one after another. A
// library of a thousand sources has a million words: as objects they take seconds to save and
// restore, as columns a fraction of that. A restored sentence works out its words, dates and figures
// from the columns when first asked for them, since a check reads those of a few hundred sentences
// only, and a restored source's text is decoded when first asked for (storedText.ts).
import type { CorpusEntry, EvidenceSentence, IndexedSource } from './corpus';
import { Columns, DamagedSourcesError, encodeSource, placesOf, StoredSentence, type SavedSources, type SourceColumns } from './savedColumns';
import type { SentenceListBuilder } from './sentenceList';
import { storedRawOf, withStoredRaw } from './storedText';

export { DamagedSourcesError, type SavedSources } from './savedColumns';

/**
 * The sources in their saved form. Sources restored from one saved form and not read again are
 * copied from it as they lie (its strings keep their numbers, new ones are added after them): a
 * library with one source changed is saved again without making its other sentences' objects.
 */
export function saveSources(sources: readonly IndexedSource[]): SavedSources {
	const base = mostOf(sources.map((source) => restored.get(source)?.columns));
	const strings = base ? [...base.saved.strings] : [];
	const numberOf = new Map(strings.map((value, n) => [value, n]));
	const string = (value: string) => {
		let n = numberOf.get(value);
		if (n === undefined) numberOf.set(value, (n = strings.push(value) - 1));
		return n;
	};
	const parts = sources.map((source) => {
		const place = restored.get(source);
		return place && place.columns === base ? base.copy(place.index, place.first, place.first + place.sentences + place.asides) : encodeSource(source, string);
	});
	const join = <T extends Int32Array | Uint8Array>(make: (length: number) => T, of: (part: SourceColumns) => T): T => {
		const joined = make(parts.reduce((sum, part) => sum + of(part).length, 0));
		parts.reduce((at, part) => (joined.set(of(part), at), at + of(part).length), 0);
		return joined;
	};
	const int32 = (length: number) => new Int32Array(length);
	const sizes = sources.map(sizesOf);
	return {
		entries: sources.map(({ entry }) => ({ meta: entry.meta, path: entry.path, ...(entry.layout ? { layout: entry.layout } : {}) })),
		...savedRaws(sources, base),
		sizes: Int32Array.from(sizes.flatMap((size) => [size.sentences, size.asides])),
		strings,
		text: parts.map((part) => part.text).join(''),
		rows: join(int32, (part) => part.rows),
		...placesOf(
			parts,
			sizes.map((size) => size.sentences),
		),
		tokens: join(int32, (part) => part.tokens),
		entities: join(int32, (part) => part.entities),
		negations: join(int32, (part) => part.negations),
		names: join(int32, (part) => part.names),
		facts: join(
			(length) => new Uint8Array(length),
			(part) => part.facts,
		),
	};
}

/** The columns most of the sources were restored from (a saved index's, rather than a small change's beside it). */
function mostOf(columns: readonly (Columns | undefined)[]): Columns | undefined {
	const counts = new Map<Columns, number>();
	for (const c of columns) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
	let most: Columns | undefined;
	for (const [c, count] of counts) if (!most || count > counts.get(most)!) most = c;
	return most;
}

/**
 * The sources' texts as saved: a restored source's bytes copied as they lie, without decoding them,
 * each straight into its place, so that the texts (130 MB for 10,000 sources) are not held twice.
 */
function savedRaws(sources: readonly IndexedSource[], base: Columns | undefined): Pick<SavedSources, 'raws' | 'rawStarts' | 'rawLengths'> {
	const encoder = new TextEncoder();
	const kept = sources.map((source) => {
		const place = restored.get(source);
		return place && place.columns === base ? place.index : undefined;
	});
	const encoded = sources.map((source, i) => (kept[i] === undefined ? encoder.encode(source.entry.raw) : undefined));
	const rawStarts = new Float64Array(sources.length + 1);
	kept.forEach((index, i) => (rawStarts[i + 1] = rawStarts[i]! + (encoded[i]?.length ?? base!.rawByteLength(index!))));
	const raws = new Uint8Array(rawStarts[sources.length]!);
	kept.forEach((index, i) => raws.set(encoded[i] ?? base!.rawBytesOf(index!), rawStarts[i]));
	const rawLengths = Int32Array.from(sources, ({ entry }) => storedRawOf(entry)?.length ?? entry.raw.length);
	return { raws, rawStarts, rawLengths };
}

/** The name keys of a source's sentences (not its asides), in the order first met: from its saved columns when it was restored. */
export function namesOf(source: IndexedSource): string[] {
	const place = restored.get(source);
	if (place) return place.columns.names(place.index);
	const names = new Set<string>();
	for (const sentence of source.sentences) for (const token of sentence.analysis.tokens) if (token.kind === 'name') names.add(token.key);
	return [...names];
}

/**
 * The sources restored from their saved form. Where each source's rows and parts lie is checked
 * now, and a source's rows when one of its sentences is first read (`Columns.rowsOfSource`), so that
 * a sentence read later cannot fail on what the file holds; a `DamagedSourcesError` when they do not fit.
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
		row += place.sentences + place.asides;
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
		for (let id = 0; id < count; id++) made.push(new StoredSentence(columns, from + id, entry.meta.key, id, columns.paragraphOf(from + id), labelled));
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

/** The saved sources a source was restored from, and its number among them; undefined for a source read afresh. */
export function savedPlaceOf(source: IndexedSource): { saved: SavedSources; index: number } | undefined {
	const place = restored.get(source);
	return place && { saved: place.columns.saved, index: place.index };
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
	if (!place) {
		let last = -1;
		for (const sentence of source.sentences) {
			into.push(renumbered(sentence, first + sentence.id, paragraphs + sentence.paragraph));
			last = Math.max(last, sentence.paragraph);
		}
		return last;
	}
	const { columns } = place;
	const key = source.entry.meta.key;
	into.pushLater(
		place.sentences,
		(id) => new StoredSentence(columns, place.first + id, key, first + id, paragraphs + columns.paragraphOf(place.first + id), 'page'),
	);
	// Saved with the source: its rows are not read until one of its sentences is.
	return columns.lastParagraphs[place.index]!;
}

/** A sentence given a new number and paragraph in a corpus; a restored one stays restored. */
export function renumbered(sentence: EvidenceSentence, id: number, paragraph: number): EvidenceSentence {
	return sentence instanceof StoredSentence ? sentence.renumbered(id, paragraph) : { ...sentence, id, paragraph };
}

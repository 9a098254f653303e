// The changes to a library since its index was saved, kept in a small file beside the index, so that
// one changed source in ten thousand does not write the whole index (some 600 MB) again: the sources
// read since (their columns, and the counts of their sentences' terms, numbered among themselves),
// the order of the library's sources (each a number among the index's sources or among the
// changes'), which leaves out the index's sources that changed or went, and the library's key
// counts, names and files as read, which are small. A start reads the index as a base and the
// changes as a layer over it (overlaidCounts.ts). Once the changes hold a tenth of the library's
// sentences, or take out a tenth of the index's, the library is saved whole again.
import type { Corpus, CorpusIndexes, IndexedSource } from '../domain/corpus/corpus';
import { mapsOfOrder, OverlaidCounts, type IndexCounts } from '../domain/corpus/overlaidCounts';
import { restoreSources, savedPlaceOf, saveSources, type SavedSources } from '../domain/corpus/savedSources';
import { whole } from '../domain/corpus/storedColumn';
import type { TermCounts } from '../domain/corpus/termCounts';
import type { ReadCache } from './corpusFiles';
import { entriesOf, restoredLibrary, savedFiles, withWholeColumns, type Payload, type SavedLibrary } from './savedLibrary';

/** Changes that hold more of the library's sentences than this share, or take out more of the index's, are saved as a whole index instead. */
export const WHOLE_FROM = 0.1;

export interface ChangesPayload extends Payload {
	/** Per source of the library, in its order: its number among the index's sources (n ≥ 0), or -1 less its number among the changes'. */
	order: Int32Array;
	/** The files the index has that are gone since; `files` and `bibliographies` hold only those read since the index was saved. */
	removed: { sources: string[]; bibliographies: string[] };
}

/** An index read from its file, as the changes made against it need it. */
export interface Base {
	/** The identity of its file (indexContainer.ts): the changes name it. */
	identity: string;
	sources: SavedSources;
	sentences: TermCounts;
	asides: TermCounts;
	/** The files as read that it gave: a file whose entry is still this one is not saved with the changes. */
	files: ReadCache;
}

/**
 * The library's changes since `base` was saved, to be saved beside it; undefined when the library is
 * to be saved whole: its indexes are not a layer over the base's, or the changes have grown too large.
 */
export function changesOf(corpus: Corpus, files: ReadCache, base: Base): ChangesPayload | undefined {
	const indexes = corpus.indexData();
	const sentences = layerOver(indexes.sentences, base.sentences);
	const asides = layerOver(indexes.asides, base.asides);
	if (!sentences || !asides) return undefined;
	if (sentences.delta.lengths.length > WHOLE_FROM * sentences.lengths.length || sentences.takenOut > WHOLE_FROM * base.sentences.lengths.length)
		return undefined;
	const order: number[] = [];
	const changed: IndexedSource[] = [];
	for (const source of corpus.indexed.values()) {
		const place = savedPlaceOf(source);
		order.push(place?.saved === base.sources ? place.index : -1 - (changed.push(source) - 1));
	}
	const payload: ChangesPayload = {
		vocabularyKey: corpus.vocabularyKey ?? '',
		order: Int32Array.from(order),
		sources: saveSources(changed),
		indexes: { frequencies: indexes.frequencies, names: indexes.names, sentences: sentences.delta, asides: asides.delta },
		...savedFiles(entriesOf(corpus), {
			sources: since(files.sources, base.files.sources),
			bibliographies: since(files.bibliographies, base.files.bibliographies),
		}),
		removed: { sources: gone(files.sources, base.files.sources), bibliographies: gone(files.bibliographies, base.files.bibliographies) },
	};
	// The layer the order gives on reading must be the one in memory: else the library is saved whole.
	return sameLayer(sentences, payload, base, 0) && sameLayer(asides, payload, base, 1) ? payload : undefined;
}

/** The entries of `files` that are not those of `before` (read since). */
function since<T>(files: Map<string, T>, before: Map<string, T>): Map<string, T> {
	return new Map([...files].filter(([file, entry]) => before.get(file) !== entry));
}

/** The files of `before` that `files` lacks. */
const gone = (files: Map<string, unknown>, before: Map<string, unknown>) => [...before.keys()].filter((file) => !files.has(file));

/**
 * The library restored from its index (its sources restored as `baseSources`, its files as read
 * `baseFiles`) and the changes beside it: the changes' sources restored, each put in its place, the
 * indexes read as a layer over the index's, and the files read since put in the place of the
 * index's. An error when they do not fit together.
 */
export function restoredWithChanges(base: Payload, baseSources: readonly IndexedSource[], baseFiles: ReadCache, given: ChangesPayload): SavedLibrary {
	const changes = { ...withWholeColumns(given), order: whole(given.order) };
	if (!(changes.order instanceof Int32Array) || new Set(changes.order).size !== changes.order.length) throw new Error('the changes name a source twice');
	const changedSources = restoreSources(changes.sources);
	const layer = (part: 0 | 1) => {
		const { baseMap, deltaMap } = mapsOfOrder(changes.order, sizesOfPart(base.sources, part), sizesOfPart(changes.sources, part));
		const [over, delta] = part === 0 ? [base.indexes.sentences, changes.indexes.sentences] : [base.indexes.asides, changes.indexes.asides];
		return new OverlaidCounts(over, baseMap, delta, deltaMap);
	};
	const indexes: CorpusIndexes = { frequencies: changes.indexes.frequencies, names: changes.indexes.names, sentences: layer(0), asides: layer(1) };
	const sources = Array.from(changes.order, (n) => (n >= 0 ? baseSources[n] : changedSources[-1 - n]));
	if (sources.some((source) => source === undefined)) throw new Error('the changes name a source that is not saved');
	const library = restoredLibrary(changes, sources as IndexedSource[], indexes);
	const { removed } = changes;
	if (!Array.isArray(removed?.sources) || !Array.isArray(removed.bibliographies)) throw new Error('the changes do not say which files are gone');
	const files: ReadCache = { sources: new Map(baseFiles.sources), bibliographies: new Map(baseFiles.bibliographies) };
	for (const kind of ['sources', 'bibliographies'] as const) {
		const map = files[kind] as Map<string, unknown>;
		for (const file of removed[kind]) map.delete(file);
		for (const [file, entry] of library.files[kind]) map.set(file, entry);
	}
	return { files, build: library.build };
}

/** The counts as a layer over the base's, when they are the base's or a layer over them. */
function layerOver(counts: IndexCounts, base: TermCounts): OverlaidCounts | undefined {
	if (counts === base) return OverlaidCounts.over(base);
	return counts instanceof OverlaidCounts && counts.base === base ? counts : undefined;
}

/** Per saved source: its number of sentences (part 0) or asides (part 1). */
function sizesOfPart(saved: SavedSources, part: 0 | 1): Int32Array {
	return saved.sizes.filter((_, i) => i % 2 === part);
}

/** Whether the layer is the one that the changes' order, read back, gives. */
function sameLayer(layer: OverlaidCounts, changes: ChangesPayload, base: Base, part: 0 | 1): boolean {
	try {
		const { baseMap, deltaMap } = mapsOfOrder(changes.order, sizesOfPart(base.sources, part), sizesOfPart(changes.sources, part));
		return sameNumbers(baseMap, layer.baseMap) && sameNumbers(deltaMap, layer.deltaMap);
	} catch {
		return false;
	}
}

function sameNumbers(a: Int32Array, b: Int32Array): boolean {
	return Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

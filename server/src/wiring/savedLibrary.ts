// What an index file keeps of a library, and what a start makes of it: the files as read (path,
// size, times, hash), the sources as read (savedSources.ts) and the retrieval index. The same payload
// serves the whole index and the changes kept beside it (indexDelta.ts), which adds the order of the
// library's sources.
import type { Corpus, CorpusEntry, CorpusIndexes, EarlierBuild, IndexedSource } from '../domain/corpus/corpus';
import type { SavedSources } from '../domain/corpus/savedSources';
import { whole, type Column } from '../domain/corpus/storedColumn';
import { sameRaw, withRawOf } from '../domain/corpus/storedText';
import type { TermCounts } from '../domain/corpus/termCounts';
import type { BibliographyCache, FileState, ReadCache, SourceFileCache } from './corpusFiles';

type ReadSource = SourceFileCache extends Map<string, infer E> ? (E extends { source: infer S } ? S : never) : never;
type BibliographyEntry = BibliographyCache extends Map<string, infer E> ? E : never;

/** The indexes as saved: each list of postings whole (or, beside an index, the changes' own). */
export type SavedIndexes = Omit<CorpusIndexes, 'sentences' | 'asides'> & { sentences: TermCounts; asides: TermCounts };

export interface Payload {
	vocabularyKey: string;
	sources: SavedSources;
	indexes: SavedIndexes;
	/** The read cache's entries; a source file's result names the source it gave (its number in the library's order), when it gave one. */
	files: [string, FileState & ({ indexed: number } | { source: ReadSource })][];
	bibliographies: [string, BibliographyEntry][];
}

/** What a saved index gives a new start: the files as read, and the build to reuse. */
export interface SavedLibrary {
	files: ReadCache;
	build: EarlierBuild;
}

/** The payload with the columns that are read whole (counts, where each list starts, sizes) in memory. */
export function withWholeColumns<P extends Payload>(payload: P): P {
	const read = <T extends Int32Array | Float64Array>(column: T): T => whole(column as Column<T>);
	const counts = (given: TermCounts): TermCounts => ({ ...given, starts: read(given.starts), lengths: read(given.lengths) });
	const { sources, indexes } = payload;
	return {
		...payload,
		sources: {
			...sources,
			sizes: read(sources.sizes),
			rawStarts: read(sources.rawStarts),
			rawLengths: read(sources.rawLengths),
			nameStarts: read(sources.nameStarts),
		},
		indexes: {
			...indexes,
			frequencies: { ...indexes.frequencies, counts: read(indexes.frequencies.counts) },
			sentences: counts(indexes.sentences),
			asides: counts(indexes.asides),
		},
	};
}

/** A corpus's sources' entries, in its order. */
export const entriesOf = (corpus: Corpus): CorpusEntry[] => [...corpus.indexed.values()].map((source) => source.entry);

/**
 * The read cache's entries as saved: a source's text is saved once, with the source, when the file
 * gave that very text. `entries` are the library's sources' entries, in its order.
 */
export function savedFiles(entries: readonly CorpusEntry[], files: ReadCache): Pick<Payload, 'files' | 'bibliographies'> {
	const byPath = new Map(entries.map((entry, i) => [entry.path, { entry, at: i }]));
	// In the order of their paths, not in the order their reads ended: the same files give the same index.
	const byName = <T>(list: Map<string, T>) => [...list].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	return {
		files: byName(files.sources).map(([file, { source, ...state }]) => {
			const indexed = 'raw' in source ? byPath.get(file) : undefined;
			const same = indexed && 'raw' in source && sameRaw(indexed.entry, source) && indexed.entry.layout === source.layout;
			return [file, same ? { ...state, indexed: indexed.at } : { ...state, source }];
		}),
		bibliographies: byName(files.bibliographies),
	};
}

/** The library restored: its sources in its order, its indexes, and the files as read, which name the sources they gave. */
export function restoredLibrary(
	payload: Pick<Payload, 'files' | 'bibliographies' | 'vocabularyKey'>,
	sources: readonly IndexedSource[],
	indexes: CorpusIndexes,
): SavedLibrary {
	const files: ReadCache = { sources: new Map(), bibliographies: new Map(payload.bibliographies) };
	for (const [file, saved] of payload.files) {
		if (!('indexed' in saved)) {
			files.sources.set(file, saved);
			continue;
		}
		const { indexed, ...state } = saved;
		const from = sources[indexed];
		if (!from) throw new Error('a file names a source that is not saved');
		const { meta, layout } = from.entry;
		files.sources.set(file, { ...state, source: withRawOf({ key: meta.key, path: file, raw: '', ...(layout ? { layout } : {}) }, from.entry) });
	}
	const indexed = new Map<string, IndexedSource>(sources.map((s) => [s.entry.meta.key, s]));
	return { files, build: { vocabularyKey: payload.vocabularyKey, indexed, indexes } };
}

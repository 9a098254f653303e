// The index of a library kept on disk, so that a start with the same files does not read and index
// every source again. One file per set of corpus folders, in the cache folder (indexContainer.ts
// lays it out): the files as read (path, size, times, hash), the sources as read and the retrieval
// index (savedLibrary.ts). A file that is damaged, cut short, of another format, or written by
// another version or build of CiteCheck is not used: the library is read afresh and the file written
// again. It is read where it lies (indexFile.ts): what a start needs at the start, and its large
// sections (words, rows, texts, postings) when a check asks for them.
//
// When a few sources changed since the index was read, what changed is saved in a small file beside
// it (indexChanges.ts) rather than the whole index again; that file names the index it was made
// against, and is read only with it. A damaged or foreign one is not used: the index alone is, and
// the files changed since it was written are read again.
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { BuildProgress, Corpus, CorpusInput } from '../domain/corpus/corpus';
import { streamedBuild, type StreamedLibrary } from '../domain/corpus/streamedBuild';
import { mergedCounts, OverlaidCounts } from '../domain/corpus/overlaidCounts';
import { restoreSources, saveSources } from '../domain/corpus/savedSources';
import type { TermCounts } from '../domain/corpus/termCounts';
import type { ReadCache } from './corpusFiles';
import { readIndexFile, writeIndexFile } from './indexContainer';
import { readThreaded, type ReadThreads } from './readThreads';
import { SpillError, SpillFiles } from './spillFiles';
import { changesOf, restoredWithChanges, type Base, type ChangesPayload } from './indexChanges';
import { entriesOf, restoredLibrary, savedFiles, withWholeColumns, type Payload, type SavedLibrary } from './savedLibrary';

export type { SavedLibrary } from './savedLibrary';

/** The layout of the files: files of another format are read afresh. */
const FORMAT = 5;
const INDEX = { kind: 'citecheck corpus index', format: FORMAT };
const CHANGES_KIND = 'citecheck corpus index changes';

/**
 * Sections of at least this many bytes stay in the file and are read a range at a time (words,
 * rows, dates and figures, texts, postings); smaller ones are read at the start.
 */
export const STORED_FROM = 256 << 10;

/** The file that keeps the index of a set of corpus folders, in the cache folder. */
export function cacheFileOf(cacheDir: string, folders: string[]): string {
	const id = createHash('sha1').update(JSON.stringify(folders)).digest('hex').slice(0, 20);
	return path.join(cacheDir, `corpus-${id}.bin`);
}

/** The file of the changes kept beside an index file. */
export const changesFileOf = (file: string): string => file.replace(/\.bin$/, '.changes');

/** The indexes this process read from their files, by their counts of sentences: what the changes of a library are made against. */
const bases = new WeakMap<TermCounts, Base>();
/** Per index file: the identity of the one this process read or wrote last; changes are saved only against it. */
const lastKnown = new Map<string, string>();

/**
 * The saved index, with the changes saved beside it, or undefined when there is none or it cannot
 * be trusted (it is then read afresh). Sections of `storedFrom` bytes or more stay in the files,
 * which are kept open while the sources restored from them are in use. A block found damaged later,
 * when first read, fails that read with a `DamagedIndexError`: the file is removed, so that the next
 * load reads it afresh (the index, or the changes, which leaves the index alone), and `onDamaged` is called.
 */
export async function loadLibrary(file: string, storedFrom = STORED_FROM, onDamaged?: () => void): Promise<SavedLibrary | undefined> {
	const read = await readIndexFile(file, INDEX, storedFrom, onDamaged);
	if (!read) return undefined;
	try {
		const payload = withWholeColumns(read.value as Payload);
		const sources = restoreSources(payload.sources);
		const saved = restoredLibrary(payload, sources, payload.indexes);
		const library = (await withChanges(file, read.identity, { payload, sources, files: saved.files }, storedFrom, onDamaged)) ?? saved;
		read.keep();
		bases.set(payload.indexes.sentences, { identity: read.identity, sources: payload.sources, ...payload.indexes, files: saved.files });
		lastKnown.set(file, read.identity);
		return library;
	} catch {
		await read.close().catch(() => undefined);
		return undefined;
	}
}

/** The library as the index and the changes saved beside it give it; undefined when there are none, or none made against this index that can be trusted. */
async function withChanges(
	file: string,
	identity: string,
	base: { payload: Payload; sources: ReturnType<typeof restoreSources>; files: ReadCache },
	storedFrom: number,
	onDamaged?: () => void,
): Promise<SavedLibrary | undefined> {
	const read = await readIndexFile(changesFileOf(file), { kind: CHANGES_KIND, format: FORMAT, fields: { base: identity } }, storedFrom, onDamaged);
	if (!read) return undefined;
	try {
		const library = restoredWithChanges(base.payload, base.sources, base.files, read.value as ChangesPayload);
		read.keep();
		return library;
	} catch {
		await read.close().catch(() => undefined);
		return undefined;
	}
}

/**
 * Writes the index of a corpus and the files it was read from: as changes beside the index it was
 * read from, when it was and they are few, else whole. The reason when it could not be written.
 */
export async function saveLibrary(file: string, corpus: Corpus, files: ReadCache): Promise<string | undefined> {
	const base = baseOf(file, corpus);
	const changes = base && changesOf(corpus, files, base);
	if (base && changes) {
		const written = await writeIndexFile(changesFileOf(file), { kind: CHANGES_KIND, format: FORMAT, fields: { base: base.identity } }, changes);
		return 'failed' in written ? written.failed : undefined;
	}
	const written = await writeIndexFile(file, INDEX, payloadOf(corpus, files));
	if ('failed' in written) return written.failed;
	lastKnown.set(file, written.identity);
	// Changes made against the index written over are no use now: they would not be read with the new one.
	await rm(changesFileOf(file), { force: true }).catch(() => undefined);
	return undefined;
}

/** How a first read is run: its steps in this thread, or its sources read in threads. */
export interface FirstRead {
	/** Runs the steps of a read in this thread (pausing between them, in a server). */
	run(steps: Generator<BuildProgress, StreamedLibrary>): Promise<StreamedLibrary>;
	/** Told of each source read, when they are read in threads. */
	onStep(progress: BuildProgress): void;
	threads?: ReadThreads | undefined;
	batchSentences?: number | undefined;
	/** Told why the threads failed, when the library is read again in this thread. */
	onThreadsFailed?(reason: string): void;
}

/**
 * Reads a library for the first time straight into its index file (`streamedBuild`), its large
 * columns kept in files beside the index meanwhile; in threads when `threads` are given, else (or
 * when they fail) in this thread. The reason when it could not be written: the columns' files
 * could not be made or written, or the index could not be; then nothing is written, and the caller
 * reads the library into memory as without an index.
 */
export async function saveFirstRead(file: string, input: CorpusInput, files: ReadCache, read: FirstRead): Promise<string | undefined> {
	let spill = new SpillFiles(file);
	try {
		await mkdir(path.dirname(file), { recursive: true });
		let library: StreamedLibrary | undefined;
		if (read.threads) {
			library = await readThreaded(input, spill.column, read.threads, read.onStep, read.batchSentences).catch((error: unknown) => {
				if (error instanceof SpillError) throw error;
				read.onThreadsFailed?.(error instanceof Error ? error.message : String(error));
				return undefined;
			});
		}
		if (!library) {
			// Read again, in this thread, from the start.
			spill.close();
			spill = new SpillFiles(file);
			library = await read.run(streamedBuild(input, spill.column, read.batchSentences));
		}
		const payload = { vocabularyKey: input.vocabularyKey ?? '', sources: library.sources, indexes: library.indexes, ...savedFiles(library.entries, files) };
		const written = await writeIndexFile(file, INDEX, payload);
		if ('failed' in written) return written.failed;
		await rm(changesFileOf(file), { force: true }).catch(() => undefined);
		return undefined;
	} catch (error) {
		if (error instanceof SpillError || (error as NodeJS.ErrnoException).code !== undefined) return (error as Error).message;
		throw error;
	} finally {
		spill.close();
	}
}

/** The index the corpus's indexes are a layer over, when this process read it from `file` and it is still the one there as far as it knows. */
function baseOf(file: string, corpus: Corpus): Base | undefined {
	const { sentences } = corpus.indexData();
	const base = bases.get(sentences instanceof OverlaidCounts ? sentences.base : sentences);
	return base && lastKnown.get(file) === base.identity ? base : undefined;
}

function payloadOf(corpus: Corpus, files: ReadCache): Payload {
	const indexes = corpus.indexData();
	return {
		vocabularyKey: corpus.vocabularyKey ?? '',
		sources: saveSources([...corpus.indexed.values()]),
		indexes: { ...indexes, sentences: mergedCounts(indexes.sentences), asides: mergedCounts(indexes.asides) },
		...savedFiles(entriesOf(corpus), files),
	};
}

// The index of a library kept on disk, so that a start with the same files does not read and index
// every source again. One file per set of corpus folders, in the cache folder: a header line (what
// the file is, its format, the program's version and build, the byte order, the payload's length,
// and the checksum of the table that follows), a table of checksums, one per block of the payload
// (blockChecks.ts), and the payload, laid out by sectionedPack.ts: the files as read (path, size,
// times, hash), the sources as read and the retrieval index. A file that is damaged, cut short, of
// another format, or written by another version or build of CiteCheck is not used: the library is
// read afresh and the file written again. It is written to a temporary file first and renamed, so
// that a reader never sees half of it. It is read where it lies (indexFile.ts): what a start needs
// at the start, checked then, and its large sections (words, rows, texts, postings) when a check
// asks for them, each block checked when first read.
import { createHash } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import type { Corpus, CorpusIndexes, EarlierBuild, IndexedSource } from '../domain/corpus/corpus';
import { mergedCounts } from '../domain/corpus/overlaidCounts';
import { restoreSources, saveSources, type SavedSources } from '../domain/corpus/savedSources';
import { whole, type Column } from '../domain/corpus/storedColumn';
import { sameRaw, withRawOf } from '../domain/corpus/storedText';
import type { TermCounts } from '../domain/corpus/termCounts';
import type { BibliographyCache, FileState, ReadCache, SourceFileCache } from './corpusFiles';
import { version } from '../../../package.json';
import { buildId } from './buildId';
import { BLOCK, BlockChecks, blockSums, checksumOf } from './blockChecks';
import { openIndex, type FilePart } from './indexFile';
import { align, packSectioned, unpackSectionedFrom } from './sectionedPack';

type ReadSource = SourceFileCache extends Map<string, infer E> ? (E extends { source: infer S } ? S : never) : never;
type BibliographyEntry = BibliographyCache extends Map<string, infer E> ? E : never;

const KIND = 'citecheck corpus index';
/** The layout of the file: a file of another format is read afresh. */
const FORMAT = 5;

interface Header {
	kind: string;
	format: number;
	program: string;
	/** The build that wrote it (see buildId.ts): the same version built from other code reads afresh. */
	build: string;
	/** The byte order of the numbers in it: a file written on a machine of the other order is read afresh. */
	endian: string;
	/** The length of the payload (what follows the table of block checksums). */
	length: number;
	/** The bytes of a block of the payload that has a checksum of its own (blockChecks.ts). */
	block: number;
	/** The checksum of the table of the blocks' checksums, named by their kind: `crc32:…` or `sha1:…`. */
	check: string;
}

/** The indexes as saved: each list of postings whole. */
type SavedIndexes = Omit<CorpusIndexes, 'sentences' | 'asides'> & { sentences: TermCounts; asides: TermCounts };

interface Payload {
	vocabularyKey: string;
	sources: SavedSources;
	indexes: SavedIndexes;
	/** The read cache's entries; a source file's result names the source it gave, when it gave one. */
	files: [string, FileState & ({ indexed: number } | { source: ReadSource })][];
	bibliographies: [string, BibliographyEntry][];
}

/** What a saved index gives a new start: the files as read, and the build to reuse. */
export interface SavedLibrary {
	files: ReadCache;
	build: EarlierBuild;
}

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

/**
 * The saved index, or undefined when there is none or it cannot be trusted (it is then read
 * afresh). Its sections of `storedFrom` bytes or more stay in the file, which is kept open while
 * the sources restored from it are in use; the rest is checked now. A block of the file found
 * damaged later, when first read, fails that read with a `DamagedIndexError`: the file is removed,
 * so that the next load reads the library afresh, and `onDamaged` is called.
 */
export async function loadLibrary(file: string, storedFrom = STORED_FROM, onDamaged?: () => void): Promise<SavedLibrary | undefined> {
	const opened = await openIndex(file);
	if (!opened) return undefined;
	let loaded = false;
	try {
		const header = JSON.parse(opened.header) as Partial<Header>;
		if (header.kind !== KIND || header.format !== FORMAT || header.program !== version || header.build !== buildId || header.endian !== endianness())
			throw new Error('another kind of file');
		const payload = checkedPayload(opened.rest, header, () => {
			opened.forget();
			if (loaded) onDamaged?.();
		});
		const kept: [number, number][] = [];
		const library = restore(withWholeColumns(unpackSectionedFrom(payload, storedFrom, (at, end) => kept.push([at, end])) as Payload));
		payload.checkAllBut(kept);
		opened.keepFor(payload);
		loaded = true;
		return library;
	} catch {
		await opened.close().catch(() => undefined);
		return undefined;
	}
}

/** What follows the table of block checksums, each block checked when first read; an error when the table is not the one written. */
function checkedPayload(rest: FilePart, header: Partial<Header>, onDamage: () => void): FilePart {
	const { length, check } = header;
	if (!Number.isInteger(length) || length! < 0 || typeof check !== 'string' || header.block !== BLOCK) throw new Error('another kind of file');
	const tableLength = Math.ceil(length! / BLOCK) * 4;
	const at = align(tableLength);
	if (rest.length !== at + length!) throw new Error('damaged');
	const [kind, value] = check.split(':');
	const sumOf = kind ? checksumOf(kind) : undefined;
	const tableBytes = rest.read(0, tableLength);
	if (!sumOf || sumOf(tableBytes).toString(16) !== value) throw new Error('damaged');
	const table = new Uint32Array(tableBytes.buffer, tableBytes.byteOffset, tableLength / 4);
	return rest.part(at, length!, new BlockChecks(table, sumOf, onDamage));
}

/** The payload with the columns that are read whole (counts, where each list starts, sizes) in memory. */
function withWholeColumns(payload: Payload): Payload {
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

/** Writes the index of a corpus and the files it was read from; the reason when it could not be written. */
export async function saveLibrary(file: string, corpus: Corpus, files: ReadCache): Promise<string | undefined> {
	const payload = packSectioned(payloadOf(corpus, files));
	const { table, check } = blockSums(payload);
	const header: Header = {
		kind: KIND,
		format: FORMAT,
		program: version,
		build: buildId,
		endian: endianness(),
		length: payload.reduce((sum, piece) => sum + piece.length, 0),
		block: BLOCK,
		check,
	};
	// The header line is padded to a multiple of 8 bytes, and so is the table after it, so that the numbers after them can be read where they lie.
	const line = JSON.stringify(header);
	const headerLine = Buffer.from(`${line.padEnd(align(line.length + 1) - 1)}\n`);
	const tableBytes = new Uint8Array(align(table.byteLength));
	tableBytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
	const temporary = `${file}.${process.pid}.tmp`;
	try {
		await mkdir(path.dirname(file), { recursive: true });
		await writeFile(temporary, [headerLine, tableBytes, ...payload]);
		await rename(temporary, file);
		return undefined;
	} catch (error) {
		await rm(temporary, { force: true }).catch(() => undefined);
		return error instanceof Error ? error.message : String(error);
	}
}

function payloadOf(corpus: Corpus, files: ReadCache): Payload {
	const sources = [...corpus.indexed.values()];
	const indexes = corpus.indexData();
	const byPath = new Map(sources.map((s, i) => [s.entry.path, { source: s, at: i }]));
	return {
		vocabularyKey: corpus.vocabularyKey ?? '',
		sources: saveSources(sources),
		indexes: { ...indexes, sentences: mergedCounts(indexes.sentences), asides: mergedCounts(indexes.asides) },
		files: [...files.sources].map(([file, { source, ...state }]) => {
			// A source's text is saved once, with the source, when the file gave that very text.
			const indexed = 'raw' in source ? byPath.get(file) : undefined;
			const same = indexed && 'raw' in source && sameRaw(indexed.source.entry, source) && indexed.source.entry.layout === source.layout;
			return [file, same ? { ...state, indexed: indexed.at } : { ...state, source }];
		}),
		bibliographies: [...files.bibliographies],
	};
}

function restore(payload: Payload): SavedLibrary {
	const sources = restoreSources(payload.sources);
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
	return { files, build: { vocabularyKey: payload.vocabularyKey, indexed, indexes: payload.indexes } };
}

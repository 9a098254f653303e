// Reads a corpus folder from disk: the bibliography, the source texts and the vocabulary JSON.
// Nothing here interprets the contents beyond what is needed to find files; a file that cannot be
// used becomes a problem for a person to fix, and the rest of the corpus still loads.

import { createHash } from 'node:crypto';
import { existsSync, type Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { attachmentsOf, parseBibliography, type ParsedBibliography } from '../domain/corpus/bibliography';
import { isCslJson, parseCslJson } from '../domain/corpus/csl';
import type { CorpusSourceInput } from '../domain/corpus/corpus';
import { htmlToText } from '../domain/corpus/html';
import { copyWithRaw } from '../domain/corpus/storedText';
import { mergeVocabulary } from '../domain/vocabulary';
import { asPdfError, readPdf } from './pdf';
import { decodeUtf8 } from './utf8';

export interface CorpusFiles {
	/** The text of the bibliography: `sources.bib` if present, else the first `*.bib` by name. */
	bib: string | null;
	bibPath: string | null;
	/** The bibliography as parsed (to find the files its entries name), for the corpus to use as it is. */
	parsedBib: ParsedBibliography | null;
	/** CSL-JSON files beside the bibliography (Zotero and Better BibTeX exports), parsed. */
	csl: { path: string; text: string; parsed: ParsedBibliography }[];
	/** Source texts (an HTML page reduced to its visible text, a PDF's text with its layout), keyed by the bibliography entry whose `file` names them, else by file name without extension. */
	sources: (CorpusSourceInput & { path: string })[];
	/** Every `vocabulary/*.json` merged by top-level key (lists are concatenated). */
	vocabulary: Record<string, unknown>;
	problems: { path: string; message: string }[];
}

const SOURCE_EXTENSIONS = new Set(['.txt', '.md', '.html', '.htm', '.pdf']);
const isHtml = (file: string) => /\.html?$/i.test(file);
const isPdf = (file: string) => /\.pdf$/i.test(file);
/** Files in a folder without `sources/` that are notes about the folder, not sources. */
const NOT_SOURCES = /^(?:readme|license|licence|changelog)(?:\.|$)/i;
const PREFERRED_BIB = 'sources.bib';
/** How many source files are looked at together. */
const FILES_AT_A_TIME = 32;

/**
 * A file as it was when read: its size, modification and change times (a change time moves with
 * any write, even one that puts the modification time back), the hash of its bytes, and when it
 * was looked at (this process's clock).
 */
export interface FileState {
	size: number;
	mtimeMs: number;
	ctimeMs: number;
	hash: string;
	seenAt: number;
}

/** Source files as read, by path. */
export type SourceFileCache = Map<string, FileState & { source: CorpusSourceInput | { message: string } }>;
/** Bibliographies as read and parsed, by path. */
export type BibliographyCache = Map<string, FileState & { bibliography: ReadBibliography | { message: string } }>;
type ReadBibliography = { text: string; parsed: ParsedBibliography };

/** Files read before, for a folder read again to take those that have not changed. */
export interface ReadCache {
	sources: SourceFileCache;
	bibliographies: BibliographyCache;
}

export const emptyReadCache = (): ReadCache => ({ sources: new Map(), bibliographies: new Map() });

export interface ReadOptions {
	/** Files read before: one whose size and times are the same is taken from here, and one whose bytes are the same is not parsed again. */
	cache?: ReadCache;
	/** Called after each source file. */
	onFile?(): void;
	/** Called for each file whose bytes were read (not taken from the cache as it was). */
	onRead?(file: string): void;
}

/** Tells of a file that cannot be used, for a person to fix. */
type Problem = (file: string, message: string) => void;

export async function readCorpusFolder(dir: string, options: ReadOptions = {}): Promise<CorpusFiles> {
	const result: CorpusFiles = { bib: null, bibPath: null, parsedBib: null, csl: [], sources: [], vocabulary: {}, problems: [] };
	const problem = (file: string, message: string) => result.problems.push({ path: file, message });

	const names = await listFolder(dir);
	if (names instanceof FolderError) {
		problem(dir, names.message === 'missing' ? 'the corpus folder does not exist' : `the corpus folder cannot be read: ${names.message}`);
		return result;
	}
	await readMetadata(dir, names, result, problem, options);
	const attached = attachedFiles(dir, result.parsedBib);
	const sourceFiles = await listSourceFiles(dir, names, attached.keyOfFile.size > 0, problem);
	addAttachedFiles(sourceFiles, attached, problem);
	await readSources(sourceFiles, attached, result, problem, options);
	if (options.cache) {
		// Files gone from the folder leave the cache with it.
		const present = new Set([...sourceFiles, ...(result.bibPath ? [result.bibPath] : [])]);
		for (const files of [options.cache.sources, options.cache.bibliographies])
			for (const cached of files.keys()) if (isInside(cached, dir) && !present.has(cached)) files.delete(cached);
	}
	await readVocabulary(dir, result, problem);
	return result;
}

/** The bibliography and the CSL-JSON files of the folder, into `result`. */
async function readMetadata(dir: string, names: string[], result: CorpusFiles, problem: Problem, options: ReadOptions): Promise<void> {
	// One bibliography keeps line numbers in its messages meaningful; others are named, not merged.
	const bibs = names
		.filter((n) => n.toLowerCase().endsWith('.bib'))
		.sort((a, b) => Number(b === PREFERRED_BIB) - Number(a === PREFERRED_BIB) || a.localeCompare(b));
	for (const name of bibs) {
		const file = path.join(dir, name);
		if (result.bibPath !== null) {
			problem(file, `only one bibliography is read per corpus (${path.basename(result.bibPath)}); this one is ignored, move its entries there`);
			continue;
		}
		const bib = await readBibliography(file, options);
		if ('message' in bib) problem(file, bib.message);
		else {
			result.bib = bib.text;
			result.bibPath = file;
			result.parsedBib = bib.parsed;
		}
	}
	// CSL-JSON beside the sources; other JSON in the folder is not metadata and is left alone.
	for await (const { file, text } of jsonFiles(dir, names, problem)) {
		const parsed = parseJson(text, true);
		if (typeof parsed === 'string') problem(file, parsed);
		else if (isCslJson(parsed)) result.csl.push({ path: file, text, parsed: parseCslJson(text) });
	}
	if (bibs.length === 0 && result.csl.length === 0) problem(dir, 'the corpus folder has no bibliography (a .bib file or a CSL-JSON file)');
}

/** The files the bibliography's entries name as their texts, and whose key each is. */
interface AttachedFiles {
	/** Files inside the corpus folder, by absolute path. */
	keyOfFile: Map<string, string>;
	/** Any named file, by its name alone. */
	keyOfName: Map<string, string>;
	/** Files outside the folder, which are never read. */
	outside: { file: string; key: string }[];
}

/**
 * A bibliography entry may name its text with `file`; that names the key, whatever the file is called.
 * Zotero exports name files where Zotero keeps them (several separated by `;`); a file of that
 * name among the sources is the entry's text too.
 */
function attachedFiles(dir: string, bibliography: ParsedBibliography | null): AttachedFiles {
	const keyOfFile = new Map<string, string>();
	const keyOfName = new Map<string, string>();
	const outside: { file: string; key: string }[] = [];
	if (bibliography !== null) {
		for (const entry of bibliography.entries) {
			const files = attachmentsOf(entry.file);
			// Of several attachments (a snapshot's images, a PDF), only the texts CiteCheck reads count.
			for (const named of files.length > 1 ? files.filter((f) => SOURCE_EXTENSIONS.has(path.extname(f).toLowerCase())) : files) {
				const file = path.resolve(dir, named);
				// The corpus is its folder: a bibliography cannot have files read from elsewhere (a home
				// folder, a system file), which hovers and searches would then show.
				keyOfName.set(path.basename(file), entry.key);
				// A file outside the folder is never read: a Zotero export names where Zotero keeps it, and
				// the copy in the corpus folder is found by its name instead.
				if (isInside(file, dir)) keyOfFile.set(file, entry.key);
				else outside.push({ file, key: entry.key });
			}
		}
	}
	return { keyOfFile, keyOfName, outside };
}

/**
 * The source files of `sources/`, by name; without that folder, those beside the bibliography. Its
 * absence is no problem where the bibliography names its files (`attached`).
 */
async function listSourceFiles(dir: string, names: string[], attached: boolean, problem: Problem): Promise<string[]> {
	const sourcesDir = path.join(dir, 'sources');
	const sourceFiles: string[] = [];
	let listed = await listFolder(sourcesDir);
	let flat = false;
	if (listed instanceof FolderError && listed.message === 'missing') {
		// Without a sources folder, the texts may sit beside the bibliography.
		const beside = names.filter((n) => SOURCE_EXTENSIONS.has(path.extname(n).toLowerCase()) && !NOT_SOURCES.test(n));
		if (beside.length > 0) {
			listed = beside;
			flat = true;
		}
	}
	if (listed instanceof FolderError) {
		if (!attached || listed.message !== 'missing') {
			problem(
				sourcesDir,
				listed.message === 'missing'
					? 'there is no sources folder; put each source text in sources/<key>.txt'
					: `the sources folder cannot be read: ${listed.message}`,
			);
		}
	} else {
		for (const name of listed.sort((a, b) => a.localeCompare(b))) {
			if (SOURCE_EXTENSIONS.has(path.extname(name).toLowerCase())) sourceFiles.push(path.join(flat ? dir : sourcesDir, name));
		}
	}
	return sourceFiles;
}

/** Adds to `sourceFiles` those the bibliography names elsewhere in the folder; tells of those it names that are not read. */
function addAttachedFiles(sourceFiles: string[], { keyOfFile, keyOfName, outside }: AttachedFiles, problem: Problem): void {
	const known = new Set(sourceFiles.map((f) => path.resolve(f)));
	const knownNames = new Set([...known].map((f) => path.basename(f)));
	// An entry with one attachment found (the PDF) does not miss the others (a snapshot Zotero keeps).
	const found = new Set([...keyOfName].filter(([name]) => knownNames.has(name)).map(([, key]) => key));
	for (const [file, key] of keyOfFile) if (!known.has(file) && existsSync(file)) found.add(key);
	for (const { file, key } of outside) {
		if (!found.has(key)) problem(file, `the bibliography entry "${key}" names this file, which is outside the corpus folder; it is not read`);
	}
	for (const [file, key] of keyOfFile) {
		if (known.has(file)) continue;
		if (existsSync(file)) sourceFiles.push(file);
		else if (!found.has(key)) problem(file, `the bibliography entry "${key}" names this file, which does not exist`);
	}
}

/**
 * Reads the source files into `result`, some at a time: a library's thousands of files are mostly
 * only looked at (their size and times), and one after another each look waits for the last. PDFs
 * still go one at a time (each has its time limit, and each takes memory while it is read). Results
 * are taken in the order listed.
 */
async function readSources(
	sourceFiles: string[],
	{ keyOfFile, keyOfName }: AttachedFiles,
	result: CorpusFiles,
	problem: Problem,
	options: ReadOptions,
): Promise<void> {
	let pdfs: Promise<unknown> = Promise.resolve();
	for (let from = 0; from < sourceFiles.length; from += FILES_AT_A_TIME) {
		const batch = sourceFiles.slice(from, from + FILES_AT_A_TIME);
		const read = await Promise.all(
			batch.map((file) => {
				const key = keyOfFile.get(path.resolve(file)) ?? keyOfName.get(path.basename(file)) ?? path.basename(file, path.extname(file));
				if (!isPdf(file)) return readSource(file, key, options);
				const next = pdfs.then(() => readSource(file, key, options));
				pdfs = next.catch(() => undefined);
				return next;
			}),
		);
		batch.forEach((file, i) => {
			const source = read[i]!;
			if ('message' in source) problem(file, source.message);
			else result.sources.push(copyWithRaw(source, { path: file }));
			options.onFile?.();
		});
	}
}

/** Every `vocabulary/*.json` of the folder, merged into `result.vocabulary`. */
async function readVocabulary(dir: string, result: CorpusFiles, problem: Problem): Promise<void> {
	const vocabularyDir = path.join(dir, 'vocabulary');
	const vocabularyNames = await listFolder(vocabularyDir);
	if (vocabularyNames instanceof FolderError) {
		if (vocabularyNames.message !== 'missing') problem(vocabularyDir, `the vocabulary folder cannot be read: ${vocabularyNames.message}`);
	} else {
		for await (const { file, text } of jsonFiles(vocabularyDir, vocabularyNames, problem)) {
			const parsed = parseJson(text);
			if (typeof parsed === 'string') problem(file, parsed);
			else mergeVocabulary(result.vocabulary, parsed, (message) => problem(file, message));
		}
	}
}

/** The folder's `.json` files by name, as text; one that cannot be read is a problem and is passed over. */
async function* jsonFiles(dir: string, names: string[], problem: Problem): AsyncGenerator<{ file: string; text: string }> {
	for (const name of names.filter((n) => n.toLowerCase().endsWith('.json')).sort((a, b) => a.localeCompare(b))) {
		const file = path.join(dir, name);
		const text = await readText(file);
		if (typeof text === 'string') yield { file, text };
		else problem(file, text.message);
	}
}

function isInside(file: string, dir: string): boolean {
	const relative = path.relative(path.resolve(dir), file);
	return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

class FolderError {
	constructor(readonly message: string) {}
}

async function listFolder(dir: string): Promise<string[] | FolderError> {
	try {
		const info = await stat(dir);
		if (!info.isDirectory()) return new FolderError('it is a file, not a folder');
		return await readdir(dir);
	} catch (error) {
		const code = codeOf(error);
		return new FolderError(code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : describeError(error));
	}
}

/**
 * A file changed within this long before it was looked at may change again without its times
 * moving (they tick in steps: some milliseconds, or whole seconds on some file systems), so its
 * times alone do not vouch for it next time: its bytes are compared by their hash.
 */
const RACY_MS = 50;
const RACY_COARSE_MS = 2000;

/** The file as cached is the file as it is: same size and times, and those times were settled when it was read. */
function unchangedSince(cached: FileState, info: Stats): boolean {
	if (cached.size !== info.size || cached.mtimeMs !== info.mtimeMs || cached.ctimeMs !== info.ctimeMs) return false;
	const coarse = info.mtimeMs % 1000 === 0 && info.ctimeMs % 1000 === 0;
	return Math.max(info.mtimeMs, info.ctimeMs) + (coarse ? RACY_COARSE_MS : RACY_MS) < cached.seenAt;
}

/**
 * A file through the cache: taken as cached while its size and times vouch for it; else read, and
 * when its bytes hash as before, the cached result is kept (a PDF is not extracted again), else
 * `make` works it out from the bytes. Undefined when the file cannot be looked at.
 */
async function throughCache<T>(
	file: string,
	files: Map<string, FileState & T> | undefined,
	options: ReadOptions,
	make: (bytes: Uint8Array) => Promise<T>,
): Promise<T | { message: string }> {
	const seenAt = Date.now();
	const info = files ? await stat(file).catch(() => undefined) : undefined;
	const cached = info && files?.get(file);
	if (cached && info && unchangedSince(cached, info)) return cached;
	const bytes = await readBytes(file);
	options.onRead?.(file);
	if ('message' in bytes) return bytes;
	const hash = createHash('sha1').update(bytes).digest('hex');
	const made = cached?.hash === hash ? cached : await make(bytes);
	if (files && info) files.set(file, { ...made, size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, hash, seenAt });
	return made;
}

/** A source file's text (and a PDF's layout), from the cache while the file is as it was. */
async function readSource(file: string, key: string, options: ReadOptions): Promise<CorpusSourceInput | { message: string }> {
	const read = await throughCache(file, options.cache?.sources, options, async (bytes) => ({ source: await sourceOf(file, key, bytes) }));
	if ('message' in read) return read;
	return 'message' in read.source ? read.source : copyWithRaw(read.source, { key });
}

async function sourceOf(file: string, key: string, bytes: Uint8Array): Promise<CorpusSourceInput | { message: string }> {
	if (isPdf(file)) {
		const pdf = await readPdfSource(bytes);
		return 'message' in pdf ? pdf : { key, path: file, raw: pdf.text, layout: pdf.layout };
	}
	const text = decodeUtf8(bytes);
	return typeof text === 'string' ? { key, path: file, raw: isHtml(file) ? htmlToText(text) : text } : text;
}

/** A bibliography's text, parsed; from the cache while the file is as it was. */
async function readBibliography(file: string, options: ReadOptions): Promise<ReadBibliography | { message: string }> {
	const read = await throughCache(file, options.cache?.bibliographies, options, async (bytes) => {
		const text = decodeUtf8(bytes);
		return { bibliography: typeof text === 'string' ? { text, parsed: parseBibliography(text) } : text };
	});
	return 'message' in read ? read : read.bibliography;
}

/** The file's bytes, or why it cannot be read. */
async function readBytes(file: string): Promise<Uint8Array | { message: string }> {
	try {
		return await readFile(file);
	} catch (error) {
		return { message: `cannot be read: ${describeError(error)}` };
	}
}

/** A PDF's text and layout, or why it cannot be used. */
async function readPdfSource(bytes: Uint8Array): Promise<Awaited<ReturnType<typeof readPdf>> | { message: string }> {
	try {
		return await readPdf(bytes);
	} catch (error) {
		return { message: asPdfError(error).message };
	}
}

/** The file as text, or why it cannot be used. */
async function readText(file: string): Promise<string | { message: string }> {
	const bytes = await readBytes(file);
	return 'message' in bytes ? bytes : decodeUtf8(bytes);
}

function parseJson(text: string): Record<string, unknown> | string;
function parseJson(text: string, anyShape: true): unknown;
function parseJson(text: string, anyShape = false): unknown {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = /position (\d+)/.exec(message);
		if (position) {
			const before = text.slice(0, Number(position[1]));
			const line = before.split('\n').length;
			const column = before.length - before.lastIndexOf('\n');
			return `is not valid JSON (line ${line}, column ${column}: ${message.replace(/\s*(?:in JSON )?at position \d+.*$/, '')})`;
		}
		// Some engine messages quote the text around the error instead of giving a position.
		return `is not valid JSON (${message.replace(/, ".*$/s, '').replace(/^(Unexpected token .+?), .*$/s, '$1')})`;
	}
	if (anyShape) return value;
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must hold a JSON object whose keys name vocabulary lists';
	return value as Record<string, unknown>;
}

function codeOf(error: unknown): string | undefined {
	return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;
}

function describeError(error: unknown): string {
	switch (codeOf(error)) {
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'it is a folder, not a file';
		case 'ENOENT':
			return 'it does not exist';
		case 'ELOOP':
			return 'it is a link that points to itself';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many files are open';
		default:
			return codeOf(error) ?? (error instanceof Error ? error.message : String(error));
	}
}

/**
 * The corpus shipped with CiteCheck: the nearest `corpus/sources.bib` above this module, which
 * is the source tree under tests and `dist/` in the bundle. Falls back to `./corpus`.
 */
export function defaultCorpusDir(): string {
	const starts = [typeof __dirname === 'string' ? __dirname : undefined, process.cwd()].filter((d): d is string => d !== undefined);
	for (const start of starts) {
		let dir = path.resolve(start);
		for (;;) {
			const candidate = path.join(dir, 'corpus');
			if (existsSync(path.join(candidate, 'sources.bib'))) return candidate;
			const parent = path.dirname(dir);
			if (parent === dir) break;
			dir = parent;
		}
	}
	return path.resolve('corpus');
}

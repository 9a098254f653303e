import { createHash } from 'node:crypto';
import { corpusBuild, type BuildProgress, type Corpus, type CorpusInput, type EarlierBuild } from '../domain/corpus/corpus';
import { runSteps, runStepsPaused } from '../domain/steps';
import { mergeVocabulary, readVocabulary } from '../domain/vocabulary';
import { cacheFileOf, loadLibrary, saveFirstRead, saveLibrary } from './corpusCache';
import { defaultCorpusDir, emptyReadCache, readCorpusFolder, type CorpusFiles, type ReadCache } from './corpusFiles';
import { loadLexicon, loadTagModel } from './language';
import { readThreadsFor, type ReadThreads } from './readThreads';

/** How far a load has come: source files read, then sources indexed (`reused` of them as they were). */
export interface LoadProgress {
	phase: 'reading' | 'indexing';
	done: number;
	total: number;
	reused?: number;
}

export interface LoadOptions {
	/** What these folders made last time: a source whose text, entry and vocabulary are the same is not indexed again. */
	previous?: EarlierBuild;
	/** Files read before, by path: one whose size and times are the same is not read again (a PDF not extracted again). */
	files?: ReadCache;
	/**
	 * The folder that keeps the index on disk: read from it when no `previous` build is given, and
	 * written to it when anything was read or indexed again. Without it nothing is written.
	 */
	cacheDir?: string;
	/** Sections of the saved index of at least this many bytes stay in its file and are read when needed (default `STORED_FROM`). */
	storedFrom?: number;
	/**
	 * Called when a block of the saved index the corpus was read from is found damaged after the load,
	 * when a check first reads it: that check failed with a `DamagedIndexError`, the file is removed,
	 * and the corpus is to be read afresh (the files taken from the index are dropped from `files`).
	 */
	onDamaged?(): void;
	onProgress?(progress: LoadProgress): void;
	/** Called for each file whose bytes were read (not taken from the index as it was). */
	onRead?(file: string): void;
	/** How many sentences a first read with `cacheDir` holds before it counts them and lets them go (default `BATCH_SENTENCES`; for tests). */
	firstReadBatch?: number;
	/** The threads a first read with `cacheDir` reads its sources in: their script, how many, from how many sources (default `readThreadsFor`'s; for tests). */
	firstReadThreads?: Partial<ReadThreads> & { from?: number };
	/** How a server lets other messages in while the sources are indexed, once every `slice` milliseconds (default 20). */
	pause?(): Promise<void>;
	slice?: number;
}

/**
 * Reads corpus folders into one corpus, in order (`''` names the shipped corpus). The shipped
 * vocabulary is always the base, so a folder of plain sources without vocabulary files still gets
 * names and word families.
 */
export function loadCorpus(given: string[] = [defaultCorpusDir()], options: LoadOptions = {}): Promise<Corpus> {
	return load(given, options, true);
}

/** What the folders read give the corpus: their sources, bibliographies and merged vocabulary, and what was wrong with them. */
function corpusInputOf(folders: { dir: string; folder: CorpusFiles }[], shipped: string, dirs: string[]): CorpusInput {
	const vocabularyRaw: Record<string, unknown> = {};
	const problems: string[] = [];
	const bibliographies: CorpusInput['bibliographies'] = [];
	const sources: CorpusInput['sources'] = [];
	for (const { dir, folder } of folders) {
		mergeVocabulary(vocabularyRaw, folder.vocabulary, (message) => problems.push(`${dir}: vocabulary ${message}`));
		for (const problem of folder.problems) problems.push(`${problem.path}: ${problem.message}`);
		// The shipped folder lends its vocabulary; its sources count only when it was asked for.
		if (dir === shipped && !dirs.includes(shipped)) continue;
		if (folder.bib !== null) bibliographies.push({ path: folder.bibPath ?? dir, text: folder.bib, ...(folder.parsedBib ? { parsed: folder.parsedBib } : {}) });
		bibliographies.push(...folder.csl);
		sources.push(...folder.sources);
	}
	const { vocabulary, problems: vocabularyProblems } = readVocabulary(vocabularyRaw);
	return {
		bibliographies,
		sources,
		vocabulary,
		lexicon: loadLexicon(),
		tagModel: loadTagModel,
		// The vocabulary's files, told apart by their hash: a saved index keeps the hash, not the files.
		vocabularyKey: createHash('sha1').update(JSON.stringify(vocabularyRaw)).digest('hex'),
		problems: [...problems, ...vocabularyProblems],
	};
}

/**
 * `loadCorpus`; with `firstRead`, a library with `cacheDir` and no index yet is read straight into
 * its index, which is then opened as a restart opens it (else it is read into memory and saved).
 */
async function load(given: string[], options: LoadOptions, firstRead: boolean): Promise<Corpus> {
	const shipped = defaultCorpusDir();
	const dirs = given.map((dir) => dir || shipped);
	const folderList = [...new Set([shipped, ...dirs])];
	const cacheFile = options.cacheDir !== undefined ? cacheFileOf(options.cacheDir, folderList) : undefined;
	const files = options.files ?? emptyReadCache();
	const taken: [Map<string, unknown>, string, unknown][] = [];
	const onDamaged = () => {
		// Their texts are read from the damaged file: a read afresh reads their files.
		for (const [map, file, entry] of taken) if (map.get(file) === entry) map.delete(file);
		options.onDamaged?.();
	};
	const saved = cacheFile && !options.previous ? await loadLibrary(cacheFile, options.storedFrom, onDamaged) : undefined;
	// What this process read already is as new as the saved index, or newer.
	for (const kind of ['sources', 'bibliographies'] as const) {
		const map = files[kind] as Map<string, unknown>;
		for (const [file, entry] of saved?.files[kind] ?? []) {
			if (map.has(file)) continue;
			map.set(file, entry);
			taken.push([map, file, entry]);
		}
	}
	const kept = files.sources.size + files.bibliographies.size;
	let read = 0;
	let reads = 0;
	const onFile = options.onProgress && (() => options.onProgress!({ phase: 'reading', done: ++read, total: 0 }));
	const onRead = (file: string) => {
		reads++;
		options.onRead?.(file);
	};
	const folders = await Promise.all(
		folderList.map(async (dir) => ({ dir, folder: await readCorpusFolder(dir, { cache: files, onRead, ...(onFile ? { onFile } : {}) }) })),
	);
	const input = corpusInputOf(folders, shipped, dirs);
	let reused = 0;
	const onStep = (step: BuildProgress) => {
		reused = step.reused;
		options.onProgress?.({ phase: 'indexing', ...step });
	};
	const run = <T>(steps: Generator<BuildProgress, T>): Promise<T> =>
		options.pause ? runStepsPaused(steps, { pause: options.pause, slice: options.slice ?? 20, onStep }) : Promise.resolve(runSteps(steps, onStep));
	if (cacheFile && !saved && !options.previous && firstRead) {
		// A library of ten thousand sources read into memory before it was saved took some 3 GB: read
		// into its index a source at a time, then opened as a restart opens it. Its sources' files are
		// then taken from the index as it holds them (their texts read from it when needed); the
		// progress told is that of the read, not of the opening, which takes every source from the index.
		const threads = readThreadsFor(input.sources.length, options.firstReadThreads);
		let threadsFailed: string | undefined;
		const onThreadsFailed = (reason: string) => (threadsFailed = reason);
		const failed = await saveFirstRead(cacheFile, input, files, { run, onStep, threads, batchSentences: options.firstReadBatch, onThreadsFailed });
		if (failed === undefined) {
			for (const source of input.sources) if (source.path !== undefined) files.sources.delete(source.path);
			const corpus = await load(given, { ...options, files, onProgress: undefined }, false);
			if (threadsFailed) corpus.problems.push(`the sources could not be read in threads (${threadsFailed}); they were read in one`);
			return corpus;
		}
	}
	const corpus = await run(corpusBuild(input, options.previous ?? saved?.build));
	const changed = !saved || reads > 0 || reused < corpus.indexed.size || files.sources.size + files.bibliographies.size !== kept;
	if (cacheFile && changed) {
		const failed = await saveLibrary(cacheFile, corpus, files);
		if (failed) corpus.problems.push(`the index of the corpus could not be saved in ${options.cacheDir} (${failed}); it is read afresh next time`);
	}
	return corpus;
}

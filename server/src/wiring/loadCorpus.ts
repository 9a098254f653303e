import { corpusBuild, type BuildProgress, type Corpus, type CorpusInput } from '../domain/corpus/corpus';
import { runSteps, runStepsPaused } from '../domain/steps';
import { mergeVocabulary, readVocabulary } from '../domain/vocabulary';
import { defaultCorpusDir, readCorpusFolder, type SourceFileCache } from './corpusFiles';
import { loadLexicon, loadTagModel } from './language';

/** How far a load has come: source files read, then sources indexed. */
export interface LoadProgress {
	phase: 'reading' | 'indexing';
	done: number;
	total: number;
}

export interface LoadOptions {
	/** What these folders made last time: a source whose text, entry and vocabulary are the same is not indexed again. */
	previous?: Corpus;
	/** Files read before, by path: one whose size and modification time are the same is not read again (a PDF not extracted again). */
	files?: SourceFileCache;
	onProgress?(progress: LoadProgress): void;
	/** How a server lets other messages in while the sources are indexed, once every `slice` milliseconds (default 20). */
	pause?(): Promise<void>;
	slice?: number;
}

/**
 * Reads corpus folders into one corpus, in order (`''` names the shipped corpus). The shipped
 * vocabulary is always the base, so a folder of plain sources without vocabulary files still gets
 * names and word families.
 */
export async function loadCorpus(given: string[] = [defaultCorpusDir()], options: LoadOptions = {}): Promise<Corpus> {
	const shipped = defaultCorpusDir();
	const dirs = given.map((dir) => dir || shipped);
	let read = 0;
	const onFile = options.onProgress && (() => options.onProgress!({ phase: 'reading', done: ++read, total: 0 }));
	const folders = await Promise.all(
		[...new Set([shipped, ...dirs])].map(async (dir) => ({
			dir,
			folder: await readCorpusFolder(dir, { ...(options.files ? { cache: options.files } : {}), ...(onFile ? { onFile } : {}) }),
		})),
	);
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
	const input: CorpusInput = {
		bibliographies,
		sources,
		vocabulary,
		lexicon: loadLexicon(),
		tagModel: loadTagModel,
		vocabularyKey: JSON.stringify(vocabularyRaw),
		problems: [...problems, ...vocabularyProblems],
	};
	const steps = corpusBuild(input, options.previous);
	const onStep = options.onProgress && ((step: BuildProgress) => options.onProgress!({ phase: 'indexing', ...step }));
	if (!options.pause) return runSteps(steps, onStep);
	return runStepsPaused(steps, { pause: options.pause, slice: options.slice ?? 20, ...(onStep ? { onStep } : {}) });
}

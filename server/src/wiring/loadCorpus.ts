import { buildCorpus, type Corpus, type CorpusInput } from '../domain/corpus/corpus';
import { readVocabulary } from '../domain/vocabulary';
import { defaultCorpusDir, readCorpusFolder } from './corpusFiles';

/** Merges vocabulary files: lists add up, so a user's corpus extends the shipped words rather than replacing them. */
function mergeVocabulary(into: Record<string, unknown>, from: Record<string, unknown>): void {
	for (const [key, value] of Object.entries(from)) {
		const existing = into[key];
		into[key] = Array.isArray(existing) && Array.isArray(value) ? [...existing, ...value] : value;
	}
}

/**
 * Reads corpus folders into one corpus, in order (`''` names the shipped corpus). The shipped
 * vocabulary is always the base, so a folder of plain sources without vocabulary files still gets
 * names and word families.
 */
export async function loadCorpus(given: string[] = [defaultCorpusDir()]): Promise<Corpus> {
	const shipped = defaultCorpusDir();
	const dirs = given.map((dir) => dir || shipped);
	const folders = await Promise.all([...new Set([shipped, ...dirs])].map(async (dir) => ({ dir, folder: await readCorpusFolder(dir) })));
	const vocabularyRaw: Record<string, unknown> = {};
	const problems: string[] = [];
	const bibliographies: CorpusInput['bibliographies'] = [];
	const sources: CorpusInput['sources'] = [];
	for (const { dir, folder } of folders) {
		mergeVocabulary(vocabularyRaw, folder.vocabulary);
		for (const problem of folder.problems) problems.push(`${problem.path}: ${problem.message}`);
		// The shipped folder lends its vocabulary; its sources count only when it was asked for.
		if (dir === shipped && !dirs.includes(shipped)) continue;
		if (folder.bib !== null) bibliographies.push({ path: folder.bibPath ?? dir, text: folder.bib, ...(folder.parsedBib ? { parsed: folder.parsedBib } : {}) });
		bibliographies.push(...folder.csl);
		sources.push(...folder.sources);
	}
	const { vocabulary, problems: vocabularyProblems } = readVocabulary(vocabularyRaw);
	return buildCorpus({ bibliographies, sources, vocabulary, problems: [...problems, ...vocabularyProblems] });
}

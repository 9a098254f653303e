// The domain's one door: a checker made over what its host gives it (the corpus as read, where its
// passages are found, how claims are judged), which the language server, the command line and the
// benchmark all check documents through. Everything behind it is plain data in, plain data out.
import { checkDocument, checkDocumentAsync, type CheckOptions, type DocumentReport } from './check/checker';
import { citingSentences, type CitingSentence } from './check/citations';
import type { VerifyOptions } from './check/verify';
import type { Corpus, EvidenceSentence } from './corpus/corpus';
import type { Retriever } from './corpus/retriever';
import type { DocumentLanguage } from './types';

export type { Cancellation, ClaimReport, DocumentReport, Reading, ResolvedCitation } from './check/checker';
export { CheckCancelled } from './check/checker';
export { DocumentMemory } from './check/documentMemory';
export type { CitingSentence } from './check/citations';
export type { Retriever } from './corpus/retriever';

/** What a checker is made of. */
export interface CheckerInit {
	/** The sources as read (`corpusBuild`): their records and sentences, the vocabulary, the language models. */
	readonly corpus: Corpus;
	/** Where passages are found; without it, the corpus's own in-memory index. */
	readonly retriever?: Retriever;
	/** How claims are judged; without it, `DEFAULT_VERIFY_OPTIONS`. */
	readonly verify?: VerifyOptions;
}

/** What one check of a document may be given: a cancellation, and caches kept across checks of it. */
export type RunOptions = Omit<CheckOptions, 'verify'>;

/** A host's pause between slices of work, and how many milliseconds of work a slice is. */
export interface Pausing {
	pause: () => Promise<void>;
	slice?: number;
}

export interface Checker {
	/** The corpus checked against, as seen through the checker's retriever. */
	readonly corpus: Corpus;
	/** Checks a document at once (a retriever that must `prepare` is asked nothing beforehand: use `checkAsync` with it). */
	check(text: string, language: DocumentLanguage, options?: RunOptions): DocumentReport;
	/**
	 * Checks a document in slices, pausing between them so that other work goes on and a cancellation
	 * can arrive; a retriever that answers over the network is asked in one round before claims are judged.
	 */
	checkAsync(text: string, language: DocumentLanguage, options: RunOptions & Pausing): Promise<DocumentReport>;
	/** Every citation of a document with the corpus keys it points at. */
	citingSentences(text: string, language: DocumentLanguage): CitingSentence[];
	/** The passages that share the most telling words with a text (a search, a sentence being written), best first. */
	search(text: string, limit: number): EvidenceSentence[];
	/** The passages of one source that bear on a sentence, best first, among the corpus's best `depth`. */
	passagesOf(key: string, text: string, limit: number, depth: number): EvidenceSentence[];
}

export function createChecker(init: CheckerInit): Checker {
	const corpus = init.retriever && init.retriever !== init.corpus.retriever ? init.corpus.withRetriever(init.retriever) : init.corpus;
	const verify = init.verify ? { verify: init.verify } : {};
	return Object.freeze<Checker>({
		corpus,
		check: (text, language, options = {}) => checkDocument(text, language, corpus, { ...options, ...verify }),
		checkAsync: (text, language, options) => checkDocumentAsync(text, language, corpus, { ...options, ...verify }),
		citingSentences: (text, language) => citingSentences(text, language, corpus),
		// The editor's features find passages here, as claims find theirs, so that one retriever answers all.
		search: (text, limit) => corpus.retriever.candidates(corpus.analyzer.analyze(text), limit),
		passagesOf: (key, text, limit, depth) => corpus.retriever.passagesOf(key, corpus.analyzer.analyze(text), limit, depth),
	});
}

// What the editor's features ask of retrieval, in words rather than analyses: the passages a search
// or a sentence being written finds, and the passages of one source that bear on a sentence. They ask
// the corpus's retriever, so that a search server behind it answers them as it answers the checker.
import type { Corpus, EvidenceSentence } from './corpus';

/** The passages that share the most telling words with a text (a search, a sentence), best first. */
export function searchPassages(corpus: Corpus, text: string, limit: number): EvidenceSentence[] {
	return corpus.retriever.candidates(corpus.analyzer.analyze(text), limit);
}

/** The passages of the source `key` that bear on a sentence, best first: those among the corpus's best `depth`. */
export function passagesBearingOn(corpus: Corpus, key: string, text: string, limit: number, depth: number): EvidenceSentence[] {
	return corpus.retriever.passagesOf(key, corpus.analyzer.analyze(text), limit, depth);
}

// Where the checker and the features find passages: the sentences of the sources that bear on a
// claim, the asides that do, and the sentences around a passage. The corpus's own in-memory index
// answers by default; a search server for a team's archive answers through the same interface.
import type { Analysis } from '../text/analyzer';
import type { EvidenceSentence } from './corpus';
import type { TermIndex } from './termIndex';

export interface Retriever {
	/** The sentences that share the most telling words with a claim, best first, at most `limit`. */
	candidates(analysis: Analysis, limit: number): EvidenceSentence[];
	/** The same among the asides (readers' comments, footnote text): never evidence, but worth naming. */
	asideCandidates(analysis: Analysis, limit: number): EvidenceSentence[];
	/**
	 * The sentences of one source that bear on a sentence, best first, at most `limit`: those of the
	 * corpus's best `depth` that are the source's (an engine that filters by source may look further).
	 */
	passagesOf(key: string, analysis: Analysis, limit: number, depth: number): EvidenceSentence[];
	/**
	 * The sentence numbered `id`: the sentences before and after a passage are `id - 1` and `id + 1`
	 * when they are of the same source (a passage is read with its neighbours).
	 */
	sentence(id: number): EvidenceSentence | undefined;
	/**
	 * For a backend that answers over the network: fetches, in one round, what the calls above will
	 * ask for these claims, so that they answer from what was fetched. A check awaits it before it
	 * judges a document's claims; the in-memory index has no need of it.
	 */
	prepare?(claims: readonly Analysis[]): Promise<void>;
}

/** The retrieval key: stems are cut to five letters so that word families meet in the index. */
export function bucket(key: string): string {
	return key[0] === '@' || key[0] === '~' ? key : key.slice(0, 5);
}

/** The corpus's own index, in memory: BM25 over each sentence's retrieval keys (`termIndex.ts`). */
export class IndexRetriever implements Retriever {
	constructor(
		private readonly sentences: readonly EvidenceSentence[],
		private readonly asides: readonly EvidenceSentence[],
		private readonly index: TermIndex,
		private readonly asideIndex: TermIndex,
		/** Each retrieval key with the number of sentences that have it. */
		private readonly df: ReadonlyMap<string, number>,
	) {}

	candidates(analysis: Analysis, limit: number): EvidenceSentence[] {
		const query = this.query(analysis);
		return query.length === 0 ? [] : this.index.search(query, limit).map((id) => this.sentences[id]!);
	}

	asideCandidates(analysis: Analysis, limit: number): EvidenceSentence[] {
		if (this.asides.length === 0) return [];
		const query = this.query(analysis);
		return query.length === 0 ? [] : this.asideIndex.search(query, limit).map((id) => this.asides[id]!);
	}

	passagesOf(key: string, analysis: Analysis, limit: number, depth: number): EvidenceSentence[] {
		return this.candidates(analysis, depth)
			.filter((s) => s.key === key)
			.slice(0, limit);
	}

	sentence(id: number): EvidenceSentence | undefined {
		return this.sentences[id];
	}

	private query(analysis: Analysis): string[] {
		// Keys in a large share of the corpus's sentences ("Uzbekistan" here) rank nothing and cost the most.
		const common = Math.max(8, this.sentences.length * 0.2);
		const keys = [...new Set(analysis.tokens.map((t) => bucket(t.key)))];
		// A word no sentence has finds nothing: alone, it would leave the claim without candidates.
		const telling = keys.filter((k) => (this.df.get(k) ?? 0) > 0 && (this.df.get(k) ?? 0) <= common);
		return telling.length > 0 ? telling : keys;
	}
}

// A corpus's retrieval indexes as what a ranking reads of them: each key's sentence count, the
// names in order, each term's documents and counts, the documents' lengths (terms' numbers aside).
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { postingsOf, type IndexCounts } from '../../server/src/domain/corpus/overlaidCounts';

/** Each term's postings as a ranking reads them (a layer over saved counts merged term by term); a term left with none is none. */
export function byTerm(counts: IndexCounts) {
	const terms = new Map<string, [number[], number[]]>();
	counts.terms.forEach((term, id) => {
		const { docs, counts: tf } = postingsOf(counts, id);
		if (docs.length > 0) terms.set(term, [[...docs], [...tf]]);
	});
	return { terms: new Map([...terms].sort(([a], [b]) => (a < b ? -1 : 1))), lengths: [...counts.lengths] };
}

export function indexesOf(corpus: Corpus) {
	const { frequencies, names, sentences, asides } = corpus.indexData();
	const counts = new Map(frequencies.keys.map((key, i) => [key, frequencies.counts[i]!]));
	return { frequencies: new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1))), names, sentences: byTerm(sentences), asides: byTerm(asides) };
}

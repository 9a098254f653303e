// A corpus's retrieval indexes as what a ranking reads of them: each key's sentence count, the
// names in order, each term's documents and counts, the documents' lengths (terms' numbers aside).
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { range } from '../../server/src/domain/corpus/storedColumn';
import type { TermCounts } from '../../server/src/domain/corpus/termCounts';

export function byTerm(counts: TermCounts) {
	const terms = new Map<string, [number[], number[]]>();
	counts.terms.forEach((term, id) => {
		const at = [counts.starts[id]!, counts.starts[id + 1]!] as const;
		terms.set(term, [[...range(counts.docs, ...at)], [...range(counts.counts, ...at)]]);
	});
	return { terms: new Map([...terms].sort(([a], [b]) => (a < b ? -1 : 1))), lengths: [...counts.lengths] };
}

export function indexesOf(corpus: Corpus) {
	const { frequencies, names, sentences, asides } = corpus.indexData();
	const counts = new Map(frequencies.keys.map((key, i) => [key, frequencies.counts[i]!]));
	return { frequencies: new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1))), names, sentences: byTerm(sentences), asides: byTerm(asides) };
}

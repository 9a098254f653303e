// Word lists of the vocabulary, as sets, made once per vocabulary.
import type { Vocabulary } from '../vocabulary';

const wordSets = new WeakMap<Vocabulary, Map<string, Set<string>>>();
export function wordSet(vocabulary: Vocabulary, list: 'demonyms'): Set<string> {
	let sets = wordSets.get(vocabulary);
	if (!sets) wordSets.set(vocabulary, (sets = new Map()));
	let set = sets.get(list);
	if (!set) sets.set(list, (set = new Set(vocabulary[list].map((w) => w.toLowerCase()))));
	return set;
}

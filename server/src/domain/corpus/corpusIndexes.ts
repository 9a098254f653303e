// The corpus's retrieval indexes worked out again after some of its sources changed, from the
// earlier build's indexes: the kept sources' postings stay where they are, renumbered, and only the
// new sources' sentences are counted, into a layer over them (`overlaidCounts.ts`); the sentence
// counts of each key lose what the earlier versions of the changed and removed sources gave and gain
// what the new ones give; the names are gathered again in the corpus's order (from each source's
// saved names, without making the sentences' words).
import type { EvidenceSentence, IndexedSource, CorpusIndexes, EarlierBuild } from './corpus';
import { bucket } from './corpus';
import { namesOf, sizesOf } from './savedSources';
import { overlaid } from './overlaidCounts';
import type { Segment } from './termCounts';

/** A sentence as the retrieval index reads it: its retrieval keys, separated by single spaces. */
export function documentOf(sentence: EvidenceSentence): string {
	return sentence.analysis.tokens.map((t) => bucket(t.key)).join(' ');
}

/** Adds (`sign` 1) or takes away (-1) the sentences' retrieval keys, each once per sentence, to the counts. */
export function countKeys(counts: Map<string, number>, sentences: readonly EvidenceSentence[], sign: 1 | -1): void {
	for (const sentence of sentences) {
		for (const key of new Set(sentence.analysis.tokens.map((t) => bucket(t.key)))) {
			const count = (counts.get(key) ?? 0) + sign;
			if (count === 0) counts.delete(key);
			else counts.set(key, count);
		}
	}
}

/**
 * The indexes of `indexed` (in its order), where `kept[i]` says that source i is the earlier
 * build's as it was; undefined when the earlier build has no indexes or its kept sources are not
 * in their earlier order.
 */
export function splicedIndexes(previous: EarlierBuild, indexed: readonly IndexedSource[], kept: readonly boolean[]): CorpusIndexes | undefined {
	const earlier = previous.indexes;
	if (!earlier) return undefined;
	// Where each earlier source's sentences and asides were numbered.
	const at = new Map<string, { sentence: number; aside: number }>();
	let sentence = 0;
	let aside = 0;
	for (const [key, source] of previous.indexed) {
		at.set(key, { sentence, aside });
		const sizes = sizesOf(source);
		sentence += sizes.sentences;
		aside += sizes.asides;
	}
	const segments = (part: 'sentences' | 'asides'): Segment[] =>
		indexed.map((source, i) => {
			if (!kept[i]) return { documents: source[part].map(documentOf) };
			const from = at.get(source.entry.meta.key)![part === 'sentences' ? 'sentence' : 'aside'];
			return { from, to: from + sizesOf(source)[part] };
		});
	const sentences = overlaid(earlier.sentences, segments('sentences'));
	const asides = overlaid(earlier.asides, segments('asides'));
	if (!sentences || !asides) return undefined;
	const frequencies = new Map<string, number>();
	for (let i = 0; i < earlier.frequencies.keys.length; i++) frequencies.set(earlier.frequencies.keys[i]!, earlier.frequencies.counts[i]!);
	const keptKeys = new Set(indexed.filter((_, i) => kept[i]).map((source) => source.entry.meta.key));
	for (const [key, source] of previous.indexed) if (!keptKeys.has(key)) countKeys(frequencies, source.sentences, -1);
	indexed.forEach((source, i) => kept[i] || countKeys(frequencies, source.sentences, 1));
	const names = new Set<string>();
	for (const source of indexed) for (const name of namesOf(source)) names.add(name);
	return { frequencies: { keys: [...frequencies.keys()], counts: Int32Array.from(frequencies.values()) }, names: [...names], sentences, asides };
}

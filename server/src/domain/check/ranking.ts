// A claim that ranks what it tells among others ("the only port to vote against", "the first town
// to offer") says more than that it happened: that no other did, or none before. A passage that tells
// the same event without ranking it does not say that, and a writer's overstatement is often just
// this word. (A superlative is not asked for: writers rank by degree in many words, "greater than
// any of its neighbours" for "the largest".)
import type { Claim } from '../claims/claim';
import type { Corpus } from '../corpus/corpus';
import { sameMeaning } from '../language/meaning';
import type { TaggedWord } from '../language/tagger';
import { passageWords } from './events';
import { sentenceHasKey, type Unit } from './passages';

// "the only", "its sole" rank after a determiner; "only" as an adverb ("only on a seasonal basis")
// limits. "The first", "the last" rank where an infinitive says at what ("the first town to offer"):
// "the first clashes" only orders events.
const UNIQUE = new Set(['only', 'sole']);
const ORDINAL = new Set(['first', 'last']);

/** The words by which the claim ranks what it tells. */
export function rankingWords(claim: Claim): TaggedWord[] {
	const words = claim.words;
	return words.filter((w, i) => {
		const before = words[i - 1];
		if (before?.pos !== 'DET' && !(before?.pos === 'PART' && /s$/.test(before.lower))) return false;
		// "was not Washington's only option" ranks nothing: it says there were others.
		const from = words[Math.max(0, i - 4)]!.start;
		if (claim.analysis.negations.some((n) => n.at >= from && n.at < w.start)) return false;
		if (UNIQUE.has(w.lower)) return true;
		if (!ORDINAL.has(w.lower)) return false;
		// The phrase's nouns and adjectives, then "to" and a verb.
		let k = i + 1;
		while (words[k] && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN')) k++;
		return k > i + 1 && words[k]?.lower === 'to' && words[k + 1]?.pos === 'VERB';
	});
}

/**
 * The claim's ranking words that the passage does not say too (or a word WordNet gives the same sense,
 * "sole" for "only"), asked of the passage's sentences that tell most of the claim: a ranking in the
 * sentence beside them is of something else.
 */
export function unranked(claim: Claim, unit: Unit, corpus: Corpus): string[] {
	const ranking = rankingWords(claim);
	if (ranking.length === 0) return [];
	const keys = claim.analysis.tokens.filter((t) => t.kind !== 'entity').map((t) => t.key);
	const shared = unit.sentences.map((s) => keys.filter((k) => sentenceHasKey(s, k)).length);
	const most = Math.max(...shared);
	const words = unit.sentences.filter((_, i) => shared[i] === most).flatMap((s) => passageWords(s, corpus.tagger));
	const ranks = (r: TaggedWord, w: TaggedWord) =>
		w.lower === r.lower || sameMeaning(corpus.lexicon, { lemma: r.lower, pos: 'a' }, { lemma: w.lower, pos: 'a' });
	// A sentence beside them that ranks the same thing ("Being the only road between these two
	// territories, …" after "… a mountain road that links …") ranks the claim's: the thing is named.
	const ranked = (r: TaggedWord) => rankedNoun(claim.words, r);
	const sameThing = (r: TaggedWord) =>
		unit.sentences.some((s) => {
			const said = passageWords(s, corpus.tagger);
			return said.some((w) => ranks(r, w) && ranked(r) !== undefined && rankedNoun(said, w) === ranked(r));
		});
	const says = (r: TaggedWord) => words.some((w) => ranks(r, w)) || (UNIQUE.has(r.lower) && excepts(words)) || sameThing(r);
	return ranking.filter((r) => !says(r)).map((r) => r.text);
}

/**
 * The noun a ranking word ranks: the first word after it, adjectives between ("the only paved road").
 * After "the only" a noun comes, whatever the tagger takes it for ("the only bridge" read as a verb).
 */
function rankedNoun(words: readonly TaggedWord[], ranking: TaggedWord): string | undefined {
	for (let k = words.indexOf(ranking) + 1; k < words.length; k++) {
		const w = words[k]!;
		if (w.pos === 'NOUN' || w.pos === 'VERB') return w.lemma;
		if (w.pos !== 'ADJ') return undefined;
	}
	return undefined;
}

/**
 * "all but two ports, Kelmouth and Dunmore, had ratified": an exception to all makes what it excepts
 * the only ones that did not, which is what "the only ports that had not ratified" says.
 */
function excepts(words: TaggedWord[]): boolean {
	return words.some((w, i) => (w.lower === 'all' || w.lower === 'every') && (words[i + 1]?.lower === 'but' || words[i + 1]?.lower === 'except'));
}

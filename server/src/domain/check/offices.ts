// An office named by what it is over: "the harbour minister" and "the fisheries minister" are two
// people. A passage that gives the claim's act to the same kind of office over something else tells
// it of another person.
import type { Claim } from '../claims/claim';
import type { Corpus } from '../corpus/corpus';
import { LEXFILE, type Lexicon } from '../language/lexicon';
import { sameMeaning, wordClass } from '../language/meaning';
import type { TaggedWord } from '../language/tagger';
import type { Token } from '../text/analyzer';
import { passageWords } from './events';
import type { Unit } from './passages';

// A word written small: what an office is over is said in common words ("harbour", "fisheries"); a
// capitalised word may be a name ("Marr") or a title before one.
const LOWER = /^\p{Ll}+$/u;
// The words that may say what an office is over, before its noun: "harbour", "presidential".
const QUALIFYING = new Set(['ADJ', 'NOUN', 'PROPN']);

/** Whether a noun's usual sense names a person, as one who holds a post does ("minister", "spokesman"). */
function namesPerson(lexicon: Lexicon, word: TaggedWord): boolean {
	const first = lexicon.senses(word.lower, 'n')[0];
	return first !== undefined && lexicon.lexfile(first) === LEXFILE.nounPerson;
}

/** The common words written small right before a word, nearest last: what an office is over. */
function qualifiersBefore(words: readonly TaggedWord[], at: number): TaggedWord[] {
	const over: TaggedWord[] = [];
	for (let k = at - 1; k >= 0 && QUALIFYING.has(words[k]!.pos) && LOWER.test(words[k]!.text); k--) over.unshift(words[k]!);
	return over;
}

/**
 * The offices the claim names, each as its noun and the claim's words that qualify it ("the port's
 * harbour minister", "signed by the fisheries minister"); not one named with its holder ("harbour
 * minister Ivo Marr"), for the name then tells who it is, nor one no word qualifies.
 */
function claimOffices(claim: Claim, tokens: Token[], lexicon: Lexicon): { noun: string; over: { token: Token; word: TaggedWord }[] }[] {
	const words = claim.words;
	const found: { noun: string; over: { token: Token; word: TaggedWord }[] }[] = [];
	words.forEach((head, i) => {
		if (head.pos !== 'NOUN' || !LOWER.test(head.text) || words[i + 1]?.pos === 'PROPN' || words[i + 1]?.pos === 'NOUN') return;
		if (!namesPerson(lexicon, head)) return;
		const over = qualifiersBefore(words, i).flatMap((word) => {
			const token = tokens.find((t) => t.kind === 'word' && t.start >= word.start && t.end <= word.end);
			return token ? [{ token, word }] : [];
		});
		if (over.length > 0) found.push({ noun: head.lower, over });
	});
	return found;
}

/** The words that qualify each mention of an office's noun in a passage sentence: before it, or after it with "of". */
function qualifiersOf(words: TaggedWord[], noun: string): TaggedWord[][] {
	const found: TaggedWord[][] = [];
	words.forEach((w, i) => {
		if (w.lower !== noun) return;
		const over = qualifiersBefore(words, i);
		if (words[i + 1]?.lower === 'of')
			for (let k = i + 2; k < words.length && QUALIFYING.has(words[k]!.pos) && LOWER.test(words[k]!.text); k++) over.push(words[k]!);
		found.push(over);
	});
	return found;
}

/** Whether a passage's word can say what a claim's qualifying word says: the same word, or one WordNet gives the same meaning ("main" buyer, "primary" buyer). */
function qualifiesAlike(claimed: { token: Token; word: TaggedWord }, said: TaggedWord, corpus: Corpus): boolean {
	if (claimed.token.key === corpus.analyzer.conceptOf(said.lower)) return true;
	const a = wordClass(claimed.word.pos);
	const b = wordClass(said.pos);
	return a !== undefined && a === b && sameMeaning(corpus.lexicon, { lemma: claimed.word.lemma, pos: a }, { lemma: said.lemma, pos: b });
}

/**
 * Whether the passage gives the claim's act to another office of the same kind: it names the claim's
 * office noun only qualified otherwise ("Westmark's fisheries minister" against "the country's harbour
 * minister"). An office the passage names once unqualified, or qualified as the claim does, may be the claim's.
 */
export function otherOffice(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): boolean {
	return claimOffices(claim, tokens, corpus.lexicon).some(({ noun, over }) => {
		const mentions = unit.sentences.flatMap((s) => qualifiersOf(passageWords(s, corpus.tagger), noun));
		return mentions.length > 0 && mentions.every((said) => said.length > 0 && !said.some((w) => over.some((c) => qualifiesAlike(c, w, corpus))));
	});
}

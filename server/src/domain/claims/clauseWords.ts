// What the clause splitter asks of a tagged word or a run of words: is it a verb, a noun, a
// participle; where is the first verb; does a run hold a date or figure.
import type { TaggedWord } from '../language/tagger';

export const RELATIVES = new Set(['which', 'who']);

const isWord = (w: TaggedWord) => w.pos !== 'PUNCT' && w.pos !== 'SYM' && w.pos !== 'SPACE';

export const isVerb = (w: TaggedWord | undefined) => w !== undefined && (w.pos === 'VERB' || w.pos === 'AUX');

export const isNominal = (w: TaggedWord | undefined) => w !== undefined && (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || w.pos === 'NUM');

/** Whether a word is the end of a hyphenated compound ("U.S.-built", "Russian-led"): a modifier, not a verb of a clause. */
function inCompound(words: TaggedWord[], i: number): boolean {
	const hyphen = words[i - 1];
	return hyphen !== undefined && hyphen.lower === '-' && hyphen.end === words[i]!.start && words[i - 2]?.end === hyphen.start;
}

/** The index of the first verb of words[from, to), or -1. */
export function firstVerb(words: TaggedWord[], from: number, to: number): number {
	for (let i = from; i < to; i++) if (isVerb(words[i]) && !inCompound(words, i)) return i;
	return -1;
}

/** A verb in neither its lemma's form, nor a present in -s, nor a participle in -ing: "created", "known", "held". */
export function isPastParticiple(w: TaggedWord): boolean {
	return w.pos === 'VERB' && w.lower !== w.lemma && !/(?:s|ing)$/.test(w.lower);
}

/** Whether the verb at `i` is a participle in -ing with no auxiliary before it: no clause's own verb. */
export function isBareParticiple(words: TaggedWord[], i: number): boolean {
	const w = words[i]!;
	return w.pos === 'VERB' && w.lower.endsWith('ing') && words[i - 1]?.pos !== 'AUX';
}

export function hasFact(words: TaggedWord[], from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (words[i]!.pos === 'NUM') return true;
	return false;
}

export function wordCount(words: TaggedWord[], from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) if (isWord(words[i]!)) n++;
	return n;
}

/** Whether a word can open a noun phrase: an article, a determiner, an adjective or a noun. */
export function isNominalStart(w: TaggedWord): boolean {
	return w.pos === 'DET' || w.pos === 'ADJ' || w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON';
}

// The longest gloss a noun phrase carries in brackets ("(RATS)", "(the Collective Rapid Reaction Force)").
const GLOSS_WORDS = 8;

/**
 * Where the bracketed gloss that opens at `open` closes ("the Joint Storm-Warning Service
 * (JSWS) was …"): an acronym or short name set beside a noun, no mark between a subject and its verb.
 * -1 where `open` opens none.
 */
export function glossEnd(words: TaggedWord[], open: number): number {
	if (words[open]?.lower !== '(') return -1;
	for (let k = open + 1; k < words.length && k <= open + GLOSS_WORDS + 1; k++) {
		const w = words[k]!;
		if (w.lower === ')') return k > open + 1 ? k : -1;
		if (w.pos === 'PUNCT' && w.lower !== '-') return -1;
		if (isVerb(w)) return -1;
	}
	return -1;
}

/** Where the bracketed gloss that closes at `close` opens, or -1. */
export function glossStart(words: TaggedWord[], close: number): number {
	if (words[close]?.lower !== ')') return -1;
	for (let k = close - 1; k >= 0 && k >= close - GLOSS_WORDS - 1; k--) if (words[k]!.lower === '(') return glossEnd(words, k) === close ? k : -1;
	return -1;
}

// Whether two words can say the same thing, from WordNet: the same lemma, a shared sense (a synonym),
// a sense made from the other's ("suspension" of "suspend"), or one sense the direct kind of the
// other ("withdraw" and "leave"). A word's usual senses are its first few; rarer ones count only when
// they meet the other word's usual ones.
import type { Lexicon, Phrase, WordClass } from './lexicon';

export interface Word {
	lemma: string;
	pos: WordClass;
}

/** How many of a word's senses in WordNet are its usual ones: what a writer means by it unless the context says otherwise. */
export const USUAL_SENSES = 3;
const cache = new WeakMap<Lexicon, Map<string, boolean>>();

/** The word class of a tag, for the lexicon. */
export function wordClass(pos: string): WordClass | undefined {
	if (pos === 'VERB' || pos === 'AUX') return 'v';
	if (pos === 'NOUN' || pos === 'PROPN') return 'n';
	if (pos === 'ADJ') return 'a';
	if (pos === 'ADV') return 'r';
	return undefined;
}

function senseSet(lexicon: Lexicon, word: Word, usual: boolean, count = USUAL_SENSES): number[] {
	const senses = lexicon.senses(word.lemma.replace(/\s+/g, '_'), word.pos);
	return usual ? senses.slice(0, count) : [...senses];
}

/** Senses reached from a word's usual senses: themselves, those derived from them, and their direct hypernyms. */
function reach(lexicon: Lexicon, word: Word, count = USUAL_SENSES): Set<number> {
	const out = new Set<number>();
	for (const s of senseSet(lexicon, word, true, count)) {
		out.add(s);
		for (const d of lexicon.derived(s, word.lemma)) out.add(d);
		for (const h of lexicon.hypernyms(s)) out.add(h);
	}
	return out;
}

function compute(lexicon: Lexicon, a: Word, b: Word): boolean {
	if (a.lemma === b.lemma) return true;
	const ra = reach(lexicon, a);
	const rb = reach(lexicon, b);
	// One word's usual sense among the other's senses, or reached from its usual ones.
	const allA = new Set(senseSet(lexicon, a, false));
	const allB = new Set(senseSet(lexicon, b, false));
	for (const s of senseSet(lexicon, b, true)) if (ra.has(s) || allA.has(s)) return true;
	for (const s of senseSet(lexicon, a, true)) if (rb.has(s) || allB.has(s)) return true;
	return false;
}

/**
 * Whether the first sense of `a` is among the usual senses of `b` or what they reach, or the first
 * sense of `b` is reached from it: `a` taken as its writer most likely means it.
 */
function computeFirst(lexicon: Lexicon, a: Word, b: Word): boolean {
	const [fa] = senseSet(lexicon, a, true, 1);
	const [fb] = senseSet(lexicon, b, true, 1);
	return (fa !== undefined && reach(lexicon, b).has(fa)) || (fb !== undefined && reach(lexicon, a, 1).has(fb));
}

/**
 * Whether two words can name the same act or thing; `usually` asks whether they do with `a` in its
 * first sense, as a writer means a word unless the context says otherwise: WordNet gives "sign" a
 * sense of "ratify", but a treaty signed is not a treaty ratified.
 */
export function sameMeaning(lexicon: Lexicon, a: Word, b: Word, usually = false): boolean {
	if (a.lemma === b.lemma) return true;
	// "reopened" is not "opened": the act again is another occurrence of it, with its own date.
	if (again(a.lemma, b.lemma) || again(b.lemma, a.lemma)) return false;
	let known = cache.get(lexicon);
	if (!known) cache.set(lexicon, (known = new Map()));
	const id = usually
		? `first|${a.pos}:${a.lemma}|${b.pos}:${b.lemma}`
		: a.lemma < b.lemma
			? `${a.pos}:${a.lemma}|${b.pos}:${b.lemma}`
			: `${b.pos}:${b.lemma}|${a.pos}:${a.lemma}`;
	let same = known.get(id);
	if (same === undefined) {
		same = usually ? computeFirst(lexicon, a, b) : compute(lexicon, a, b);
		if (known.size > 30_000) known.clear();
		known.set(id, same);
	}
	return same;
}

/**
 * Whether two words say opposite things ("increase" and "decrease", "join" and "leave"). Two
 * adjectives are opposite in a sense one of them is first used in: "main" and "dependent" are
 * opposite only as kinds of clause, a sense neither word is first read in.
 */
export function opposite(lexicon: Lexicon, a: Word, b: Word): boolean {
	const usualB = senseSet(lexicon, b, true);
	const sb = new Set(usualB);
	const usualA = senseSet(lexicon, a, true);
	for (const s of usualA) for (const o of lexicon.antonyms(s)) if (sb.has(o) && (a.pos !== 'a' || s === usualA[0] || o === usualB[0])) return true;
	return false;
}

// The senses of a verb whose definitions are taken as what a writer means by it: its first, as a
// light verb and its noun say one act, not each of the verb's rarer senses ("be a member" is "belong"
// only in its fifth).
const DEFINING = 1;

/**
 * The light verbs and their nouns a verb is defined by in its usual sense: "become" and "member"
 * (and "part") for "join", defined "become part of; become a member of a group or organization". A
 * writer says the act with the light verb and its noun as well as with the verb.
 */
export function definingPhrases(lexicon: Lexicon, verb: string): Phrase[] {
	let known = phrasesCache.get(lexicon);
	if (!known) phrasesCache.set(lexicon, (known = new Map()));
	let phrases = known.get(verb);
	if (!phrases) {
		phrases = senseSet(lexicon, { lemma: verb, pos: 'v' }, true, DEFINING).flatMap((s) => [...lexicon.phrases(s)]);
		if (known.size > 30_000) known.clear();
		known.set(verb, phrases);
	}
	return phrases;
}

// Asked of every verb of every passage sentence a claim is compared with: worked out once per verb.
const phrasesCache = new WeakMap<Lexicon, Map<string, Phrase[]>>();

/** Whether a verb is defined, in its usual sense, by a light verb and its noun ("join" by "become" and "member"). */
export function definedBy(lexicon: Lexicon, verb: string, phrase: Phrase): boolean {
	return definingPhrases(lexicon, verb).some((p) => p.verb === phrase.verb && p.noun === phrase.noun);
}

/** The senses of a set of words, for asking whether another word can say what one of them says. */
export class SenseBag {
	/** The words' usual senses. */
	private readonly usual = new Set<number>();
	/** What those reach: senses derived from them, their direct hypernyms, and what they pertain to. */
	private readonly reached = new Set<number>();

	/** The light verbs and nouns the words' verbs are defined by, as "verb=noun". */
	private readonly defining = new Set<string>();
	/** The light verbs and nouns the words say together ("became a member"), as "verb=noun". */
	private readonly phrases = new Set<string>();
	private readonly words: Word[];
	/** The bag without the words that say an act once where it is asked again, or again where it is asked once. */
	private readonly apart = new Map<string, SenseBag>();

	/** `phrases` are the light verbs and the nouns they govern among the words. */
	constructor(
		private readonly lexicon: Lexicon,
		words: Iterable<Word>,
		phrases: Iterable<Phrase> = [],
	) {
		for (const p of phrases) this.phrases.add(`${p.verb}=${p.noun}`);
		this.words = [...words];
		for (const word of this.words) {
			if (word.pos === 'v') for (const p of definingPhrases(lexicon, word.lemma)) this.defining.add(`${p.verb}=${p.noun}`);
			const senses = senseSet(lexicon, word, false);
			senses.forEach((s, i) => {
				if (i >= USUAL_SENSES) return;
				this.usual.add(s);
				for (const d of lexicon.derived(s, word.lemma)) this.reached.add(d);
				for (const h of lexicon.hypernyms(s)) this.reached.add(h);
				// "Swedish" says something of Sweden: what an adjective pertains to is reached too.
				for (const p of lexicon.pertainsTo(s)) this.reached.add(p);
			});
		}
	}

	/**
	 * Whether a word can say what one of the bag's words says: a usual sense of the one is a usual
	 * sense of the other, or made from it, or its direct kind. Stricter than `sameMeaning` (rarer senses
	 * do not count): a synonym here stands in for a word of the claim.
	 */
	/**
	 * Whether the words say what a light verb and its noun say: one of their verbs is defined by them
	 * ("joined" for "became a member"). Only so is the noun said: "member" alone is no act.
	 */
	saysPhrase(phrase: Phrase): boolean {
		return this.defining.has(`${phrase.verb}=${phrase.noun}`);
	}

	/** Whether the words say a verb with a light verb and its noun that define it ("became a member" for "joined"). */
	phrasesVerb(verb: string): boolean {
		return definingPhrases(this.lexicon, verb).some((p) => this.phrases.has(`${p.verb}=${p.noun}`));
	}

	has(word: Word): boolean {
		// "reopened" is not "opened", nor "opened" "reopened": each is another occurrence of the act,
		// which WordNet makes the kind of the other.
		const repeats = this.words.filter((w) => w.pos === word.pos && (again(w.lemma, word.lemma) || again(word.lemma, w.lemma)));
		if (repeats.length > 0) {
			const key = `${word.pos}:${word.lemma}`;
			let rest = this.apart.get(key);
			if (!rest)
				this.apart.set(
					key,
					(rest = new SenseBag(
						this.lexicon,
						this.words.filter((w) => !repeats.includes(w)),
					)),
				);
			return rest.has(word);
		}
		const senses = senseSet(this.lexicon, word, true);
		for (const s of senses) {
			if (this.usual.has(s) || this.reached.has(s)) return true;
			for (const d of this.lexicon.derived(s, word.lemma)) if (this.usual.has(d)) return true;
			for (const h of this.lexicon.hypernyms(s)) if (this.usual.has(h)) return true;
			for (const p of this.lexicon.pertainsTo(s)) if (this.usual.has(p)) return true;
		}
		return false;
	}
}

/** "reopen" of "open", "re-elect" of "elect": the act done again, another occurrence than the first. */
function again(repeated: string, once: string): boolean {
	return repeated === `re${once}` || repeated === `re-${once}`;
}

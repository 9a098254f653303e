// Verbs that carry no event of their own, the event being in what they govern ("took part", "left four
// trawlers idle"), and the verb a verb governs through "to" ("decided to leave", "met in Kelmouth to sign").
import type { Lexicon, Phrase } from '../language/lexicon';
import { definedBy } from '../language/meaning';
import type { TaggedWord } from '../language/tagger';
import type { Token } from '../text/analyzer';

// Verbs that carry no event of their own: the event is in what they govern.
export const LIGHT = new Set([
	'be',
	'have',
	'do',
	'take',
	'make',
	'get',
	'give',
	'become',
	'go',
	'come',
	'begin',
	'start',
	'continue',
	'keep',
	'remain',
	'seem',
	'appear',
	'say',
	'according',
]);

/** Whether a verb carries no event of its own: a light verb, or one that puts its object in a state. */
export function isLight(words: TaggedWord[], verb: TaggedWord): boolean {
	return LIGHT.has(verb.lemma) || setsState(words, verb);
}

/**
 * Whether a verb only puts its object in the state an adjective after it names ("left four trawlers
 * idle", "rendered the treaty void"): the event is in the state, and the verb's own sense ("leave" a
 * place) is not told.
 */
function setsState(words: TaggedWord[], verb: TaggedWord): boolean {
	let i = words.indexOf(verb) + 1;
	let nominal = false;
	while (i < words.length && ['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN', 'PRON'].includes(words[i]!.pos)) {
		nominal ||= words[i]!.pos !== 'DET' && words[i]!.pos !== 'ADJ';
		// The adjective that ends the run, with no noun after it, is said of the object, not before a noun.
		if (nominal && words[i]!.pos === 'ADJ' && !['NOUN', 'PROPN', 'ADJ'].includes(words[i + 1]?.pos ?? '')) return true;
		i++;
	}
	return false;
}

/**
 * The verb a verb governs through "to" ("decided to leave"), if it does, a place between ("met in
 * Kelmouth to sign a charter": the meeting's act is the signing).
 */
export function governedVerb(words: TaggedWord[], verb: TaggedWord): TaggedWord | undefined {
	if (verb.pos !== 'VERB') return undefined;
	let at = words.indexOf(verb) + 1;
	if (words[at]?.pos === 'ADP' && words[at]!.lower !== 'to') {
		const end = words.findIndex((w, k) => k > at && !PLACE_PHRASE.has(w.pos));
		if (end > at + 1 && end - at <= 4) at = end;
	}
	const to = words[at];
	const next = words[at + 1];
	return to?.lower === 'to' && next?.pos === 'VERB' && !LIGHT.has(next.lemma) ? next : undefined;
}

// What may stand between a light verb and its noun: "became a full member", "took their part".
const BEFORE_NOUN = new Set(['DET', 'ADJ', 'NUM']);
/** The tagger's pronouns that open a noun phrase as an article does. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'its', 'our', 'their']);
// How far after a light verb its noun may stand: an article and an adjective or two.
const NOUN_REACH = 4;

const opensNoun = (w: TaggedWord) => BEFORE_NOUN.has(w.pos) || POSSESSIVES.has(w.lower);

/** The noun a light verb governs, an article or adjectives between ("became a full member"), if it governs one. */
export function lightNoun(words: readonly TaggedWord[], verb: TaggedWord): TaggedWord | undefined {
	if (!LIGHT.has(verb.lemma) || (verb.pos !== 'VERB' && verb.pos !== 'AUX')) return undefined;
	const at = words.indexOf(verb);
	for (let i = at + 1; i < words.length && i - at <= NOUN_REACH; i++) {
		if (words[i]!.pos === 'NOUN') return words[i];
		if (!opensNoun(words[i]!)) return undefined;
	}
	return undefined;
}

/** The light verb that governs a noun ("member" in "became a full member"), if one does. */
export function lightVerbOf(words: readonly TaggedWord[], noun: TaggedWord): TaggedWord | undefined {
	const at = words.indexOf(noun);
	for (let i = at - 1; i >= 0 && at - i <= NOUN_REACH; i--) {
		const w = words[i]!;
		if (w.pos === 'VERB' || w.pos === 'AUX') return lightNoun(words, w) === noun ? w : undefined;
		if (!opensNoun(w)) return undefined;
	}
	return undefined;
}

/**
 * The keys of the name a verb or a light verb's noun is of, where one follows it: "joined the
 * Hanseatic League", "became a member of the Universal Postal Union"; empty where none does.
 */
export function namedAfter(words: readonly TaggedWord[], tokens: readonly Token[], word: TaggedWord): string[] {
	let i = words.indexOf(word) + 1;
	if (word.pos === 'NOUN' && words[i]?.lower === 'of') i++;
	while (words[i]?.pos === 'DET') i++;
	const first = i;
	while (words[i]?.pos === 'PROPN' || (i > first && words[i]?.pos === 'ADP' && words[i + 1]?.pos === 'PROPN')) i++;
	if (i === first) return [];
	const [start, end] = [words[first]!.start, words[i - 1]!.end];
	return tokens.filter((t) => t.start >= start && t.end <= end && (t.kind === 'entity' || t.kind === 'name')).map((t) => t.key);
}

/**
 * Whether a passage's word tells what a light verb and its noun say (`phrase`), or what a verb
 * says (`verb`) with the light verb and noun WordNet defines it by: "joined" and "became a member".
 * Where both name what the act is of, it is the same thing ("joined the Hanseatic League" is not
 * "became a member of the Universal Postal Union"); `things` are the keys of the claim's name.
 */
export function phraseTells(
	said: { phrase: Phrase } | { verb: string },
	things: readonly string[],
	word: TaggedWord,
	words: readonly TaggedWord[],
	tokens: readonly Token[],
	lexicon: Lexicon,
): boolean {
	let tells: boolean;
	if ('phrase' in said)
		tells =
			word.pos === 'VERB'
				? !LIGHT.has(word.lemma) && definedBy(lexicon, word.lemma, said.phrase)
				: word.pos === 'NOUN' && word.lemma === said.phrase.noun && lightVerbOf(words, word)?.lemma === said.phrase.verb;
	else {
		const light = word.pos === 'NOUN' ? lightVerbOf(words, word) : undefined;
		tells = light !== undefined && definedBy(lexicon, said.verb, { verb: light.lemma, noun: word.lemma });
	}
	if (!tells || things.length === 0) return tells;
	const named = namedAfter(words, tokens, word);
	return named.length === 0 || named.some((k) => things.includes(k));
}

// What a place after a verb is written with: "in Moscow", "at the border".
const PLACE_PHRASE = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);

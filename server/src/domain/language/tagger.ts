// Parts of speech and lemmas, from wink-nlp with an English model. The model (a few megabytes) is
// given as a function that loads it, called on first use: a corpus loads and the server answers
// without it, and the host decides where it comes from (a file beside the bundle, or the package).
import winkNLP, { type Model, type WinkMethods } from 'wink-nlp';
import type { Lexicon } from './lexicon';

export type Pos =
	'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** A word of a text with its part of speech and lemma; [start, end) into the text. */
export interface TaggedWord {
	start: number;
	end: number;
	text: string;
	/** Lower case, curly apostrophes straightened. */
	lower: string;
	pos: Pos;
	lemma: string;
}

// Words the tagger takes for a noun or an adjective where an auxiliary or a subject shows a verb:
// "has preferred", "would now open", "Tashkent cooperates".
export const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);
const AUXILIARIES = new Set(['has', 'have', 'had', 'would', 'could', 'will', 'shall', 'should', 'may', 'might', 'must', 'can', 'did', 'does', 'do', 'to']);

/** The verb a word is a form of, when the lexicon knows one ("preferred" → "prefer", "formalized" → "formalize"). */
function verbLemma(word: string, isVerb: ((lemma: string) => boolean) | undefined): string | undefined {
	const stem = verbStem(word);
	if (!isVerb) return stem;
	for (const candidate of [word, stem, `${stem}e`, stem.replace(/(.)\1$/, '$1')]) if (isVerb(candidate)) return candidate;
	return undefined;
}

type NounTest = ((lemma: string) => boolean) & { common: (lemma: string) => boolean };

function corrected(words: TaggedWord[], isVerb: ((lemma: string) => boolean) | undefined, isNoun?: NounTest): TaggedWord[] {
	correctedOpening(words, isNoun);
	correctedPrepositions(words);
	for (let i = 1; i < words.length; i++) {
		const word = words[i]!;
		if (correctedVerb(words, i, isNoun)) continue;
		if (word.pos === 'NOUN' || word.pos === 'ADJ') correctedToVerb(words, i, isVerb);
	}
	return isVerb ? phrasal(words, isVerb) : words;
}

// English's prepositions made from participles: a closed class of the grammar.
const PARTICIPLE_PREPOSITIONS = new Set(['following', 'including', 'excluding', 'regarding', 'concerning', 'considering', 'barring', 'pending']);

/**
 * "Following the 2022 invasion, …", "troops, including 300 Americans": such a word that opens a
 * phrase before a noun phrase is a preposition, no act of the sentence ("was following the news" is).
 */
function correctedPrepositions(words: TaggedWord[]): void {
	for (const [i, word] of words.entries()) {
		if (word.pos !== 'VERB' || !PARTICIPLE_PREPOSITIONS.has(word.lower)) continue;
		const before = words[i - 1];
		const opens = before === undefined || before.pos === 'PUNCT' || before.pos === 'CCONJ';
		if (opens && ['DET', 'NUM', 'PROPN', 'ADJ', 'NOUN', 'PRON'].includes(words[i + 1]?.pos ?? '')) {
			word.pos = 'ADP';
			word.lemma = word.lower;
		}
	}
}

/** The sentence's first word, capitalised for its place: a common noun, or an -ing subject. */
function correctedOpening(words: TaggedWord[], isNoun: NounTest | undefined): void {
	// A plural that opens a sentence before its verb ("Protests erupted", "Talks began") is capitalised
	// for its place, not a name: names are rarely plural, and WordNet knows the common noun.
	const first = words[0];
	if (first && first.pos === 'PROPN' && isNoun && /^[A-Z][a-z]+s$/.test(first.text) && words[1]?.pos === 'VERB') {
		const singular = [first.lower.replace(/ies$/, 'y'), first.lower.replace(/es$/, ''), first.lower.replace(/s$/, '')].find(
			(lemma) => lemma !== first.lower && isNoun(lemma),
		);
		if (singular !== undefined) {
			first.pos = 'NOUN';
			first.lemma = singular;
		}
	}
	// A singular that opens a sentence is capitalised for its place too where WordNet knows it only as a
	// common noun ("Violence spread to …", "Disarmament settled …"), not as the name of one thing.
	if (first && first.pos === 'PROPN' && isNoun && /^[A-Z][a-z]+$/.test(first.text) && words[1]?.pos !== 'PROPN' && isNoun.common(first.lower)) {
		first.pos = 'NOUN';
		first.lemma = first.lower;
	}
	// A word in -ing that opens a sentence right before its verb ("Fighting resumed", "Voting began") is
	// the subject, a noun: a participle that leads a sentence is followed by its own words, not a verb.
	const second = words[1];
	if (first && first.pos === 'VERB' && isNoun && /^[A-Z][a-z]+ing$/.test(first.text) && isNoun(first.lower)) {
		if (second && (second.pos === 'VERB' || second.pos === 'AUX') && !second.lower.endsWith('ing')) {
			first.pos = 'NOUN';
			first.lemma = first.lower;
		}
	}
}

/** A word the model takes for a verb that is a noun or an adjective here; whether it was one. */
function correctedVerb(words: TaggedWord[], i: number, isNoun: NounTest | undefined): boolean {
	const word = words[i]!;
	// "in Shanghai", "the Shanghai Cooperation Organisation": a capitalised word inside a sentence right
	// after an article or a preposition is a name, not a verb (no verb follows an article; "to" may
	// still introduce one).
	const previous = words[i - 1]!;
	if (word.pos === 'VERB' && /^\p{Lu}/u.test(word.text) && (previous.pos === 'DET' || (previous.pos === 'ADP' && previous.lower !== 'to'))) {
		word.pos = 'PROPN';
		word.lemma = word.lower;
		return true;
	}
	// A plural the model takes for a verb after an adjective that modifies it ("joint exercises"):
	// a verb does not follow an attributive adjective.
	if (
		word.pos === 'VERB' &&
		isNoun &&
		/^[a-z]+s$/.test(word.lower) &&
		words[i - 1]!.pos === 'ADJ' &&
		['DET', 'PART', 'ADJ', 'NUM', 'PROPN'].includes(words[i - 2]?.pos ?? '')
	) {
		const noun = [word.lemma, verbStem(word.lower)].find((lemma) => isNoun(lemma));
		if (noun !== undefined) {
			word.pos = 'NOUN';
			word.lemma = noun;
		}
		return true;
	}
	// A word the model takes for a verb that makes a compound noun with the noun after it, as WordNet
	// knows it ("bore holes": "bore-hole"), is that noun's first part, not a verb.
	const next = words[i + 1];
	if (word.pos === 'VERB' && isNoun && next?.pos === 'NOUN' && /^[a-z]+$/.test(word.lower)) {
		if ([`${word.lower}_${next.lemma}`, `${word.lower}-${next.lemma}`, `${word.lower}${next.lemma}`].some((lemma) => isNoun(lemma))) {
			word.pos = 'NOUN';
			word.lemma = word.lower;
			return true;
		}
	}
	if (headsCompound(words, i, isNoun)) return true;
	// "The good will of 1987": a "will" after an article or an adjective, with no verb after it, is the noun.
	if (
		word.lower === 'will' &&
		(word.pos === 'AUX' || word.pos === 'VERB') &&
		['DET', 'ADJ'].includes(words[i - 1]!.pos) &&
		!['VERB', 'AUX', 'ADV'].includes(next?.pos ?? '')
	) {
		word.pos = 'NOUN';
		word.lemma = 'will';
		return true;
	}
	// A word in -ing after "of" with nothing of its own after it ("the first day of fishing,", "a year
	// of voting and") names an activity, a noun WordNet knows: a gerund that is a verb governs what
	// follows it ("of building a base").
	if (word.pos === 'VERB' && isNoun && /^[a-z]+ing$/.test(word.lower) && words[i - 1]!.lower === 'of' && isNoun(word.lower)) {
		if (next === undefined || ['PUNCT', 'CCONJ', 'ADP', 'SCONJ'].includes(next.pos)) {
			word.pos = 'NOUN';
			word.lemma = word.lower;
			return true;
		}
	}
	// A participle joined by a hyphen to a name or a word before it ("Moscow-dominated", "Russian-led",
	// "state-owned") is an adjective: it qualifies the noun after it and is no clause's verb.
	if (word.pos === 'VERB' && /^[a-z]+$/.test(word.lower) && i >= 2) {
		const hyphen = words[i - 1]!;
		const part = words[i - 2]!;
		if (hyphen.text === '-' && hyphen.start === part.end && word.start === hyphen.end && ['PROPN', 'NOUN', 'ADJ'].includes(part.pos)) {
			word.pos = 'ADJ';
			return true;
		}
	}
	return false;
}

/**
 * "heads of state", "chiefs of staff": a word the model takes for a verb that heads a compound noun with
 * "of" that WordNet knows is that noun's head; whether it was one.
 */
function headsCompound(words: TaggedWord[], i: number, isNoun: NounTest | undefined): boolean {
	const [word, next, after] = [words[i]!, words[i + 1], words[i + 2]];
	if (word.pos !== 'VERB' || !isNoun || next?.lower !== 'of' || after?.pos !== 'NOUN' || !/^[a-z]+$/.test(word.lower)) return false;
	const head = [word.lemma, verbStem(word.lower), word.lower].find((lemma) => isNoun(`${lemma}_of_${after.lemma}`));
	if (head === undefined) return false;
	word.pos = 'NOUN';
	word.lemma = head;
	return true;
}

/** A number written in figures that counts (a year names a time: "In 2012 Russia plans …"). */
function isCount(word: TaggedWord | undefined): boolean {
	return word?.pos === 'NUM' && /^\d/.test(word.text) && !/^(?:1\d|20|21)\d\d$/.test(word.text);
}

/** A noun or an adjective that an auxiliary, a subject and an object, or a year before it shows to be a verb. */
function correctedToVerb(words: TaggedWord[], i: number, isVerb: ((lemma: string) => boolean) | undefined): void {
	const word = words[i]!;
	let k = i - 1;
	// One adverb may stand between: "would now open".
	if (words[k]?.pos === 'ADV' && k > 0) k--;
	const before = words[k]!;
	const afterAux =
		(AUXILIARIES.has(before.lower) && before.lower !== 'to' && (before.pos === 'AUX' || before.pos === 'VERB')) ||
		// "was formalised": a participle after a form of "be" (not "was simple").
		(BE.has(before.lower) && /(?:ed|en)$/.test(word.lower));
	// "to" before a bare word is an infinitive only when the word is no noun's plural or article's head.
	// A word in -ed that the model does not know, between a subject and an object: "the members formalized its exit".
	const between =
		/^[a-z]+ed$/.test(word.lower) &&
		['NOUN', 'PROPN', 'PRON', 'NUM'].includes(words[i - 1]!.pos) &&
		['DET', 'PRON', 'PROPN', 'NOUN', 'NUM'].includes(words[i + 1]?.pos ?? '');
	// "Tashkent hosts the …", "Tashkent cooperates where …": a verb in -s after a name, before its object.
	// (Not after a count: in "3,000 Russian soldiers" the name qualifies the plural it counts.)
	const third =
		/^[a-z]+s$/.test(word.lower) &&
		words[i - 1]!.pos === 'PROPN' &&
		!isCount(words[i - 2]) &&
		['DET', 'PROPN', 'PRON', 'ADP', 'NUM', 'ADV', 'SCONJ'].includes(words[i + 1]?.pos ?? '');
	// "The record since 1974 shows a …", "The arguments heard in 1988 point the other way": a year that
	// ends a prepositional phrase modifies no noun after it, and a noun is not followed by an article.
	// ("Their choices since 1981 show that …": nor by "that" opening what it says.)
	const afterYear =
		/^[a-z]+$/.test(word.lower) &&
		/^\d{4}$/.test(words[i - 1]!.text) &&
		['ADP', 'SCONJ'].includes(words[i - 2]?.pos ?? '') &&
		(words[i + 1]?.pos === 'DET' || (words[i + 1]?.lower === 'that' && words[i + 1]?.pos === 'SCONJ'));
	if ((afterAux && /^[a-z]+$/.test(word.lower) && !/(?:ness|tion|ment|ity)$/.test(word.lower)) || between || ((third || afterYear) && isVerb !== undefined)) {
		const lemma = verbLemma(word.lower, isVerb);
		if (lemma === undefined) return;
		word.pos = 'VERB';
		word.lemma = lemma;
	}
}

const PARTICLES = new Set<Pos>(['ADP', 'ADV', 'PART']);

/**
 * A verb and the particles after it that make one verb WordNet knows ("walked out of", "took part",
 * "came back", "took place"): the verb's lemma is the whole ("walk_out_of"), so that it is compared with "leave",
 * "participate", "return" as one meaning, not as "walk", "take", "come".
 */
function phrasal(words: TaggedWord[], isVerb: (lemma: string) => boolean): TaggedWord[] {
	for (let i = 0; i < words.length - 1; i++) {
		const verb = words[i]!;
		if (verb.pos !== 'VERB' || !/^[a-z]+$/.test(verb.lemma)) continue;
		let lemma: string | undefined;
		let compound = verb.lemma;
		for (let k = i + 1; k < Math.min(words.length, i + 3); k++) {
			const particle = words[k]!;
			// A bare noun right after the verb may make one verb with it too ("took place", "took effect").
			const bareNoun = k === i + 1 && particle.pos === 'NOUN';
			if ((!PARTICLES.has(particle.pos) && !bareNoun) || !/^[a-z]+$/.test(particle.lower)) break;
			// A preposition before a number or a date governs it: "held on June 27" is not "held on" (waited).
			const next = words[k + 1];
			if (particle.pos === 'ADP' && (next?.pos === 'NUM' || (next?.pos === 'PROPN' && words[k + 2]?.pos === 'NUM'))) break;
			compound = `${compound}_${particle.lower}`;
			if (isVerb(compound)) lemma = compound;
		}
		if (lemma !== undefined) verb.lemma = lemma;
	}
	return words;
}

/** A regular verb form's base: "preferred" → "prefer", "cooperates" → "cooperate", "carried" → "carry". */
export function verbStem(word: string): string {
	if (/ied$|ies$/.test(word)) return word.slice(0, -3) + 'y';
	const ed = /^(.*?)(?:ed|ing)$/.exec(word);
	if (ed && ed[1]!.length >= 2) {
		const stem = ed[1]!;
		// A doubled final consonant was doubled for the ending ("preferred", "planning").
		if (/([b-df-hj-np-tv-z])\1$/.test(stem) && !/(?:ll|ss|ff|zz)$/.test(stem)) return stem.slice(0, -1);
		// "operated", "agreed": the ending took the stem's own "e".
		if (/[^aeiou][aeiou][bcdgkmnprstvz]$|[cgsuvz]$|at$|it$/.test(stem) && !/(?:er|en|on|it|el)$/.test(stem)) return stem + 'e';
		return stem;
	}
	if (/(?:ches|shes|sses|xes|zes|oes)$/.test(word)) return word.slice(0, -2);
	if (/[^s]s$/.test(word)) return word.slice(0, -1);
	return word;
}

/** Tags texts with wink-nlp; with a lexicon, the model's doubtful tags are mended only into verbs that exist. */
export class Tagger {
	private nlp: WinkMethods | undefined;

	constructor(
		/** Loads the English model; without one, words are told apart but not tagged (every word is `X`). */
		private readonly loadModel: (() => Model) | undefined,
		readonly lexicon?: Lexicon,
	) {}

	/** Tags a text; offsets are the text's own. */
	tag(text: string): TaggedWord[] {
		if (!this.loadModel) return untagged(text);
		const isVerb = this.lexicon && this.lexicon.size > 0 ? (lemma: string) => this.lexicon!.has(lemma, 'v') : undefined;
		const lexicon = this.lexicon && this.lexicon.size > 0 ? this.lexicon : undefined;
		// A common noun: one WordNet knows with no sense that names one thing ("violence", not "moscow" or "turkey").
		const isNoun = lexicon
			? Object.assign((lemma: string) => lexicon.has(lemma, 'n'), {
					common: (lemma: string) => lexicon.has(lemma, 'n') && lexicon.senses(lemma, 'n').every((s) => lexicon.instanceOf(s).length === 0),
				})
			: undefined;
		const words = this.read(text, []);
		// wink-nlp keeps every odd chunk it has met ("organization's" before a stray mark) as a word of
		// its own, and then no longer splits it anywhere: the same sentence would read differently after
		// such a text. A possessive left whole is read again with its "'s" set apart, as it is read
		// before any such text.
		const whole = words.filter((w) => POSSESSIVE.test(w.text)).map((w) => w.end - 2);
		return corrected(whole.length > 0 ? this.read(text, whole) : words, isVerb, isNoun);
	}

	/** The model's words of `text`, read with a space put before each offset of `spaced` (ascending). */
	private read(text: string, spaced: number[]): TaggedWord[] {
		this.nlp ??= winkNLP(this.loadModel!(), ['pos']);
		const nlp = this.nlp;
		let given = text;
		for (let i = spaced.length - 1; i >= 0; i--) given = `${given.slice(0, spaced[i])} ${given.slice(spaced[i])}`;
		const doc = nlp.readDoc(given);
		const values = doc.tokens().out(nlp.its.value) as string[];
		const pos = doc.tokens().out(nlp.its.pos) as Pos[];
		const lemmas = doc.tokens().out(nlp.its.lemma as never) as unknown as string[];
		const words: TaggedWord[] = [];
		let at = 0;
		let added = 0;
		for (let i = 0; i < values.length; i++) {
			const value = values[i]!;
			const found = given.indexOf(value, at);
			// The tokenizer may rewrite a token (a curly quote, an expanded contraction); such a token is left out.
			if (found < 0 || found - at > 40) continue;
			at = found + value.length;
			// The spaces put in before this word are not the text's.
			while (added < spaced.length && spaced[added]! + added < found) added++;
			const start = found - added;
			const lower = value.toLowerCase().replace(/’/g, "'");
			words.push({ start, end: start + value.length, text: value, lower, pos: pos[i]!, lemma: (lemmas[i] ?? lower).toLowerCase() });
		}
		return words;
	}
}

/** A word with its possessive "'s" still attached. */
const POSSESSIVE = /^[\p{L}\p{N}][\p{L}\p{N}.-]*['’]s$/u;

/** Words without tags, for a host that gives no model. */
function untagged(text: string): TaggedWord[] {
	return [...text.matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?|[^\s\p{L}\p{N}]/gu)].map((m) => {
		const lower = m[0].toLowerCase().replace(/’/g, "'");
		return { start: m.index, end: m.index + m[0].length, text: m[0], lower, pos: 'X' as Pos, lemma: lower };
	});
}

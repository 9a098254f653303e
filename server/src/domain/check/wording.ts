// Whether a passage has a word for what a claim's word says, beyond the word's own stem: a synonym,
// a noun made from its verb, a kind of it (WordNet). And, to explain a verdict, which of the claim's
// words the closest passage has no word for.
import type { Claim } from '../claims/claim';
import type { Corpus } from '../corpus/corpus';
import type { EvidenceSentence } from '../corpus/corpus';
import { LEXFILE, placesMeet, type PlaceNames, type Phrase, type WordClass } from '../language/lexicon';
import type { TaggedWord } from '../language/tagger';
import { SenseBag, wordClass } from '../language/meaning';
import { sameKey, type Token } from '../text/analyzer';
import { passageWords } from './events';
import { LIGHT, lightNoun, lightVerbOf } from './lightVerbs';
import { hasKey, sentenceHasKey, type Unit } from './passages';
import { namesTitleThing, titlePlaceMeets } from './titleThing';
import { RecentCache } from './recentCache';

// Per passage sentence, what was asked of it lately: a writer's words are new in every session (and
// every half-typed word is one), so what is kept of them is bounded.
const sentenceSenses = new WeakMap<EvidenceSentence, { bag: SenseBag; known: RecentCache<boolean> }>();
const ASKED_KEPT = 512;

/** Whether a passage sentence has a word that can say what the word says; remembered per sentence. */
function sentenceSays(sentence: EvidenceSentence, lemma: string, pos: WordClass, corpus: Corpus): boolean {
	const senses = bagOf(sentence, corpus);
	const id = `${pos}:${lemma}`;
	let says = senses.known.get(id);
	if (says === undefined) {
		says = senses.bag.has({ lemma, pos });
		senses.known.set(id, says);
	}
	return says;
}

/** A clause's light verbs and the nouns they govern ("became a member"). */
function lightPhrases(words: readonly TaggedWord[]): Phrase[] {
	return words.flatMap((w) => {
		const noun = lightNoun(words, w);
		return noun ? [{ verb: w.lemma, noun: noun.lemma }] : [];
	});
}

/** A passage sentence's bag of senses, made once. */
function bagOf(sentence: EvidenceSentence, corpus: Corpus): { bag: SenseBag; known: RecentCache<boolean> } {
	let senses = sentenceSenses.get(sentence);
	if (!senses) {
		const tagged = passageWords(sentence, corpus.tagger);
		const words = tagged.flatMap((w) => {
			const c = wordClass(w.pos);
			return c === 'v' || c === 'n' || c === 'a' ? [{ lemma: w.lemma, pos: c }] : [];
		});
		senses = { bag: new SenseBag(corpus.lexicon, words, lightPhrases(tagged)), known: new RecentCache(ASKED_KEPT) };
		sentenceSenses.set(sentence, senses);
	}
	return senses;
}

/**
 * Whether the passage says with one verb what the claim says with a light verb and its noun, or the
 * other way round, where WordNet defines the verb by them: "became a member" and "joined" ("join":
 * "become a member of a group or organization"). Only this narrow link holds for the vocabulary's
 * concepts too ("member", "joined"): a word of the verb's definition alone says nothing of it.
 */
function phrased(claim: Claim, token: Token, unit: Unit, corpus: Corpus): boolean {
	if (corpus.lexicon.size === 0) return false;
	const word = claim.words.find((w) => w.start >= token.start && w.end <= token.end);
	if (word?.pos === 'NOUN') {
		const light = lightVerbOf(claim.words, word);
		return light !== undefined && unit.sentences.some((s) => bagOf(s, corpus).bag.saysPhrase({ verb: light.lemma, noun: word.lemma }));
	}
	if (word?.pos === 'VERB' && !LIGHT.has(word.lemma)) return unit.sentences.some((s) => bagOf(s, corpus).bag.phrasesVerb(word.lemma));
	return false;
}

/**
 * Whether the passage has a word for what the claim's word says: the word itself, a synonym or a noun
 * of its verb (WordNet), or a word of a name it uses ("a coastal pilot service" for the
 * "Coastal Pilot Authority": a writer describes a body by the words of its name).
 */
export function passageSays(claim: Claim, token: Token, unit: Unit, corpus: Corpus): boolean {
	return (
		hasKey(unit, token.key) ||
		saysWord(claim, token, unit, corpus) ||
		phrased(claim, token, unit, corpus) ||
		namesWord(token.key, unit, corpus) ||
		compounded(claim, token, unit, corpus) ||
		(isProper(claim, token) && namesItsPlace(claim.sentence.text.slice(token.start, token.end), unit, corpus))
	);
}

/** A name: one the analyzer knows as such, or a capitalised word that opens the sentence and is tagged as one. */
function isProper(claim: Claim, token: Token): boolean {
	return token.kind === 'name' || (token.kind === 'word' && claim.words.some((w) => w.start === token.start && w.pos === 'PROPN'));
}

/** What may stand between the two words of a compound written open or hyphenated. */
const JOINER = /^[ -]$/;

/** The key of two words written as one ("service members" → "servicemember"). */
function joined(text: string, a: Token, b: Token, corpus: Corpus): string {
	return corpus.analyzer.conceptOf(text.slice(a.start, a.end) + text.slice(b.start, b.end));
}

const sentenceCompounds = new WeakMap<EvidenceSentence, Set<string>>();

/** The keys of a passage sentence's compounds written open or hyphenated, as if written closed; remembered. */
function compoundsOf(sentence: EvidenceSentence, corpus: Corpus): Set<string> {
	let keys = sentenceCompounds.get(sentence);
	if (!keys) {
		keys = new Set();
		const tokens = sentence.analysis.tokens;
		for (let i = 1; i < tokens.length; i++) {
			const [a, b] = [tokens[i - 1]!, tokens[i]!];
			if (a.kind === 'word' && b.kind === 'word' && JOINER.test(sentence.text.slice(a.end, b.start))) keys.add(joined(sentence.text, a, b, corpus));
		}
		sentenceCompounds.set(sentence, keys);
	}
	return keys;
}

/**
 * A compound is one word written open, hyphenated or closed ("service members", "servicemembers";
 * "cease-fire", "ceasefire"): a claim's word that is half of one is said where the passage writes the
 * whole closed, and a claim's closed compound where the passage writes it open.
 */
function compounded(claim: Claim, token: Token, unit: Unit, corpus: Corpus): boolean {
	if (token.kind !== 'word') return false;
	const text = claim.sentence.text;
	const tokens = claim.analysis.tokens;
	// The clause's tokens are copies of the sentence's: found by where they stand.
	const at = tokens.findIndex((t) => t.start === token.start);
	for (const [a, b] of [
		[tokens[at - 1], token],
		[token, tokens[at + 1]],
	] as const) {
		if (a?.kind !== 'word' || b?.kind !== 'word' || !JOINER.test(text.slice(a.end, b.start))) continue;
		// Exactly: a closed compound's stem begins with its first word's, which a looser match would take for it.
		if (unit.keySet.has(joined(text, a, b, corpus))) return true;
	}
	return unit.sentences.some((sentence) => compoundsOf(sentence, corpus).has(token.key));
}

const nameWords = new WeakMap<EvidenceSentence, string[]>();

function namesWord(key: string, unit: Unit, corpus: Corpus): boolean {
	if (key[0] === '@') return false;
	return unit.sentences.some((sentence) => {
		let keys = nameWords.get(sentence);
		if (!keys) {
			keys = sentence.analysis.tokens
				.filter((t) => t.kind === 'entity')
				.flatMap((t) => sentence.text.slice(t.start, t.end).split(/[^\p{L}\p{N}]+/u))
				.filter((w) => w.length > 1)
				.map((w) => corpus.analyzer.conceptOf(w));
			nameWords.set(sentence, keys);
		}
		return keys.some((k) => sameKey(k, key));
	});
}

/** Whether the passage has a word for what the claim's word says (a synonym, or a noun of its verb), by WordNet. */
function saysWord(claim: Claim, token: Token, unit: Unit, corpus: Corpus): boolean {
	if (token.key[0] === '~' || corpus.lexicon.size === 0) return false;
	const word = claim.words.find((w) => w.start >= token.start && w.end <= token.end);
	const pos = word && wordClass(word.pos);
	if (!word || (pos !== 'v' && pos !== 'n' && pos !== 'a')) return false;
	return unit.sentences.some((sentence) => sentenceSays(sentence, word.lemma, pos, corpus));
}

/** The claim's own words (not its scene, not what its pronouns stand for) that the passage has no word for, most telling first. */
export function unbackedWords(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): string[] {
	const missing: { text: string; weight: number }[] = [];
	for (const token of tokens) {
		if (token.context || token.referent) continue;
		const found =
			token.kind === 'entity'
				? unit.entities.has(token.key) || namesTitleThing(token.key, unit.sentences[0]!.key, corpus)
				: passageSays(claim, token, unit, corpus);
		if (found) continue;
		const text = claim.sentence.text.slice(token.start, token.end).replace(/['’]s$/, '');
		if (!missing.some((m) => m.text === text)) missing.push({ text, weight: corpus.weight(token.key, token.kind) });
	}
	return missing.sort((a, b) => b.weight - a.weight).map((m) => m.text);
}

/**
 * Whether the passage names what the claim's subject names: its actor (or what its pronoun stands
 * for), or one of its own words. A passage that tells of something else ("It became a full partner
 * … in 1969", of Eastland, against "Westmark finally joined on 9 May 1974") dates or counts nothing of
 * the claim's subject, however much else it shares.
 */
export function subjectSaid(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const subject = claim.subject;
	if (!subject) return true;
	// Its names: a subject that only describes ("the member states", "the two governments") may be
	// said in other words, or by the names it stands for.
	const names = claim.analysis.tokens.filter(
		(t) => t.start >= subject.start && t.end <= subject.end && !t.context && (t.kind === 'entity' || isProper(claim, t)),
	);
	if (names.length === 0) return true;
	// Named in the passage, in the sentences around it (what "it" stands for there), or in its source's title.
	const first = unit.sentences[0]!;
	const around = corpus.entitiesAround(first, AROUND);
	return names.some(
		(t) =>
			namesTitleThing(t.key, first.key, corpus) ||
			titlePlaceMeets(claim.sentence.text.slice(t.start, t.end), first.key, corpus) ||
			(t.kind === 'entity'
				? unit.entities.has(t.key) || around.has(t.key) || namesItsPlace(claim.sentence.text.slice(t.start, t.end), unit, corpus)
				: passageSays(claim, t, unit, corpus) || corpus.sentencesAround(first, AROUND).some((s) => sentenceHasKey(s, t.key))),
	);
}

const sentencePlaces = new WeakMap<EvidenceSentence, PlaceNames>();

/** What a passage sentence's capitalised words say of places, together; read once per sentence. */
function placesOf(sentence: EvidenceSentence, corpus: Corpus): PlaceNames {
	let places = sentencePlaces.get(sentence);
	if (!places) {
		const senses = new Set<number>();
		const wholes = new Set<number>();
		const add = (name: string) => {
			const names = corpus.lexicon.placeNames(name);
			for (const s of names.senses) senses.add(s);
			for (const w of names.wholes) wholes.add(w);
		};
		const tokens = sentence.analysis.tokens;
		// A place is named with a capital: the passage's words as written, no tagging needed; a name of
		// two words is one place too ("United Kingdom").
		const capitalised = (t: Token | undefined) => t !== undefined && /^\p{Lu}/u.test(sentence.text.slice(t.start, t.end));
		tokens.forEach((t, i) => {
			if (!capitalised(t)) return;
			add(sentence.text.slice(t.start, t.end).replace(/['’]s$/, ''));
			const next = tokens[i + 1];
			if (capitalised(next) && sentence.text.slice(t.end, next!.start) === ' ') add(sentence.text.slice(t.start, next!.end).replace(/['’]s$/, ''));
		});
		places = { senses, wholes };
		sentencePlaces.set(sentence, places);
	}
	return places;
}

/**
 * Whether the passage names the name's place by another of its names ("United Kingdom" for "UK",
 * one named thing in WordNet), or a place the name's place is part of, or one part of it ("Lithuania"
 * for "Vilnius").
 */
export function namesItsPlace(name: string, unit: Unit, corpus: Corpus): boolean {
	const names = corpus.lexicon.placeNames(name);
	const named = [...names.senses].filter((s) => corpus.lexicon.instanceOf(s).length > 0 || corpus.lexicon.lexfile(s) === LEXFILE.nounLocation);
	return unit.sentences.some((sentence) => {
		const places = placesOf(sentence, corpus);
		return placesMeet(names, places) || named.some((s) => places.senses.has(s));
	});
}

// How many sentences either side of a passage set the scene its pronouns point into.
const AROUND = 3;

import { stemmer } from 'stemmer';
import type { Span } from '../types';
import type { Vocabulary } from '../vocabulary';

/**
 * A content unit of a sentence. `key` is what two texts are compared on: `@id` for a named entity,
 * `~concept` for a word of a synonym family, the Porter stem otherwise.
 */
export interface Token {
	key: string;
	kind: 'entity' | 'name' | 'word';
	start: number;
	end: number;
	/** Read only as the scene of a claim (from the part of its sentence it is read with): weighs half. */
	context?: boolean;
	/** Not written here: an actor a pronoun or a description stands for. */
	referent?: boolean;
}

/** Whether a token names an actor: one of the vocabulary's, or a name the text writes. */
export const isActor = (t: Token): boolean => t.kind === 'entity' || t.kind === 'name';

/**
 * A negating word: "not" and its kind turn around the phrase after them (`phrase`), a verb such as
 * "refused" or "dispelled" only the word right after it (`word`).
 */
export interface Negation {
	at: number;
	/** What it denies: what follows it (a phrase or one word), or what came before it ("… did not occur"). */
	scope: 'phrase' | 'word' | 'before';
}

export interface Analysis {
	tokens: Token[];
	/** Entity ids in order of first mention. */
	entities: string[];
	/** The negating words, so polarity can be read near a given word. */
	negations: Negation[];
	/** The sentence refers back with a pronoun ("It returned in 2006"). */
	pronoun: boolean;
}

type PhraseKind = 'entity' | 'concept' | 'negation' | 'negating' | 'retraction' | 'pronoun' | 'neutral';

interface Phrase {
	words: string[];
	kind: PhraseKind;
	value: string;
	/** All-capital names (US, UN, SCO) must match in capitals, so "us" stays a pronoun. */
	exact: string[] | null;
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const DIGITS = /^\p{N}+$/u;
const CAPITAL = /^\p{Lu}/u;

function normalise(word: string): string {
	// Most words have no apostrophe or hyphen to fold.
	if (!word.includes('’') && !word.includes("'") && !word.includes('‐')) return word.toLowerCase();
	return word.replace(/’/g, "'").replace(/‐/g, '-').replace(POSSESSIVE, '').toLowerCase();
}

function wordsOf(text: string): string[] {
	return [...text.matchAll(WORD)].map((m) => m[0]);
}

export class Analyzer {
	private readonly phrases = new Map<string, Phrase[]>();
	private readonly stopwords: Set<string>;
	private readonly stems = new Map<string, string>();
	private readonly entityTypes = new Map<string, string>();
	private readonly entityNameLists = new Map<string, readonly string[]>();
	/** Concept key → the concept keys that say its opposite. */
	readonly antonyms = new Map<string, Set<string>>();

	constructor(vocabulary: Vocabulary) {
		this.stopwords = new Set(vocabulary.stopwords.map(normalise));
		for (const entity of vocabulary.entities) {
			this.entityTypes.set(`@${entity.id}`, entity.type);
			this.entityNameLists.set(`@${entity.id}`, entity.names);
			for (const name of entity.names) this.addPhrase(name, 'entity', `@${entity.id}`, /^[\p{Lu}.\d]+$/u.test(name.replace(/\s/g, '')));
		}
		for (const family of vocabulary.synonyms) {
			const concept = `~${normalise(family[0] ?? '')}`;
			for (const word of family) this.addPhrase(word, 'concept', concept, false);
		}
		for (const word of vocabulary.negations) this.addPhrase(word, 'negation', 'not', false);
		for (const word of vocabulary.negatingWords) this.addPhrase(word, 'negating', 'not', false);
		for (const word of vocabulary.pronouns) this.addPhrase(word, 'pronoun', 'it', false);
		for (const phrase of vocabulary.nonNegations) this.addPhrase(phrase, 'neutral', '', false);
		for (const phrase of vocabulary.retractions) this.addPhrase(phrase, 'retraction', 'not', false);
		for (const [a, b] of vocabulary.antonyms) {
			const ka = this.conceptOf(a);
			const kb = this.conceptOf(b);
			if (!this.antonyms.has(ka)) this.antonyms.set(ka, new Set());
			if (!this.antonyms.has(kb)) this.antonyms.set(kb, new Set());
			this.antonyms.get(ka)!.add(kb);
			this.antonyms.get(kb)!.add(ka);
		}
		for (const list of this.phrases.values()) list.sort((x, y) => y.words.length - x.words.length);
	}

	/** A word that says nothing of its own; its plural neither ("others", "thousands"). */
	private isStopword(norm: string): boolean {
		return this.stopwords.has(norm) || (norm.endsWith('s') && this.stopwords.has(norm.slice(0, -1)));
	}

	entityType(key: string): string | undefined {
		return this.entityTypes.get(key);
	}

	/** The names of an entity key, the first the one to show ("CSTO", "Collective Security Treaty Organization"). */
	entityNames(key: string): readonly string[] {
		return this.entityNameLists.get(key) ?? [];
	}

	/** The key a single word is compared on. */
	conceptOf(word: string): string {
		const lower = normalise(word);
		const phrase = this.phrases.get(lower)?.find((p) => p.words.length === 1 && p.kind === 'concept');
		return phrase ? phrase.value : this.stem(lower);
	}

	private addPhrase(text: string, kind: PhraseKind, value: string, exact: boolean): void {
		const raw = wordsOf(text);
		if (raw.length === 0) {
			// Contractions such as "n't" have no word characters of their own.
			if (kind === 'negation' || kind === 'negating') this.list(normalise(text)).push({ words: [normalise(text)], kind, value, exact: null });
			return;
		}
		const words = raw.map(normalise);
		this.list(words[0]!).push({ words, kind, value, exact: exact ? raw : null });
		// A stemmed first word lets "suspending" find the family of "suspend".
		if (words.length === 1 && kind === 'concept') {
			// Registered even where the word is its own stem: "rise" is how "rising" finds the family.
			const stemmed = this.stem(words[0]!);
			const stems = this.list(`#${stemmed}`);
			if (!stems.some((p) => p.value === value)) stems.push({ words: [`#${stemmed}`], kind, value, exact: null });
		}
	}

	private list(first: string): Phrase[] {
		let list = this.phrases.get(first);
		if (!list) this.phrases.set(first, (list = []));
		return list;
	}

	private stem(word: string): string {
		let stemmed = this.stems.get(word);
		if (stemmed === undefined) {
			stemmed = stemmer(british(word));
			this.stems.set(word, stemmed);
		}
		return stemmed;
	}

	/** Splits a text into content tokens; words inside `skip` spans (dates, figures) are left out. */
	analyze(text: string, skip: readonly Span[] = []): Analysis {
		const raw: { text: string; norm: string; start: number; end: number }[] = [];
		for (const match of text.matchAll(WORD)) {
			const start = match.index;
			const end = start + match[0].length;
			const skipped = skip.find((s) => start < s.end && end > s.start);
			if (!skipped) raw.push({ text: match[0], norm: normalise(match[0]), start, end });
			else if (skipped.start > start && /^\p{L}+$/u.test(match[0].slice(0, skipped.start - start))) {
				// A label a table runs into its figure ("Launches456") is still the label's word.
				const text = match[0].slice(0, skipped.start - start);
				raw.push({ text, norm: normalise(text), start, end: skipped.start });
			}
		}
		const tokens: Token[] = [];
		const entities: string[] = [];
		const negations: Negation[] = [];
		let pronoun = false;
		const emit = (token: Token) => {
			tokens.push(token);
			if (token.kind === 'entity' && !entities.includes(token.key)) entities.push(token.key);
		};
		// Where the sentence's first word starts, after any opening quote or bracket.
		const opening = /^[\s"“‘'([]*/u.exec(text)![0].length;
		for (let i = 0; i < raw.length;) {
			const word = raw[i]!;
			const phrase = this.matchPhrase(raw, i);
			if (phrase) {
				const last = raw[i + phrase.words.length - 1]!;
				if (phrase.kind === 'entity') emit({ key: phrase.value, kind: 'entity', start: word.start, end: last.end });
				else if (phrase.kind === 'concept') emit({ key: phrase.value, kind: 'word', start: word.start, end: last.end });
				else if (phrase.kind === 'negation' || phrase.kind === 'negating')
					negations.push({ at: word.start, scope: phrase.kind === 'negation' ? 'phrase' : 'word' });
				else if (phrase.kind === 'retraction') negations.push({ at: word.start, scope: 'before' });
				else if (phrase.kind === 'pronoun') pronoun = true;
				i += phrase.words.length;
				continue;
			}
			i++;
			if (/n['’]t$/u.test(word.text)) {
				negations.push({ at: word.start, scope: 'phrase' });
				continue;
			}
			const parts = /[-‐]/u.test(word.text) ? this.splitHyphenated(word) : [word];
			for (const part of parts) {
				if (DIGITS.test(part.norm) || this.isStopword(part.norm) || part.norm.length < 2) continue;
				const single = this.matchPhrase([part], 0);
				if (single?.kind === 'entity') emit({ key: single.value, kind: 'entity', start: part.start, end: part.end });
				else if (single?.kind === 'concept') emit({ key: single.value, kind: 'word', start: part.start, end: part.end });
				else if (single?.kind === 'negation' || single?.kind === 'negating')
					negations.push({ at: part.start, scope: single.kind === 'negation' ? 'phrase' : 'word' });
				else if (single?.kind === 'pronoun') pronoun = true;
				else {
					const stemmed = this.stem(part.norm);
					const concept = this.phrases.get(`#${stemmed}`)?.[0];
					// The first word of a sentence, after any opening quote or bracket, is capitalised for that alone.
					const initial = part.start <= opening || /[.!?:]["”’)]*\s*$/u.test(text.slice(Math.max(0, part.start - 4), part.start));
					const kind = concept ? 'word' : CAPITAL.test(part.text) && !initial ? 'name' : 'word';
					emit({ key: concept ? concept.value : stemmed, kind, start: part.start, end: part.end });
				}
			}
		}
		return { tokens, entities, negations, pronoun };
	}

	private splitHyphenated(word: { text: string; start: number }): { text: string; norm: string; start: number; end: number }[] {
		const parts: { text: string; norm: string; start: number; end: number }[] = [];
		for (const m of word.text.matchAll(/[\p{L}\p{M}\p{N}'’]+/gu)) {
			const start = word.start + m.index;
			parts.push({ text: m[0], norm: normalise(m[0]), start, end: start + m[0].length });
		}
		return parts;
	}

	private matchPhrase(words: readonly { text: string; norm: string }[], at: number): Phrase | undefined {
		const candidates = this.phrases.get(words[at]!.norm);
		if (!candidates) return undefined;
		outer: for (const phrase of candidates) {
			if (at + phrase.words.length > words.length) continue;
			for (let k = 0; k < phrase.words.length; k++) {
				const word = words[at + k]!;
				if (word.norm !== phrase.words[k]) continue outer;
				if (phrase.exact && word.text.replace(POSSESSIVE, '') !== phrase.exact[k]) continue outer;
			}
			// A capitalised name is not matched by a lowercase word ("turkey" the bird, "china" the plate).
			if (phrase.kind === 'entity' && !phrase.exact && !CAPITAL.test(words[at]!.text) && !/^the$/i.test(words[at]!.text)) continue;
			return phrase;
		}
		return undefined;
	}
}

/** Two keys name the same thing: equal, or stems that differ only in their ending (suspend/suspens). */
export function sameKey(a: string, b: string): boolean {
	if (a === b) return true;
	if (a[0] === '@' || a[0] === '~' || b[0] === '@' || b[0] === '~') return false;
	const shorter = Math.min(a.length, b.length);
	if (shorter < 5) return false;
	let common = 0;
	while (common < shorter && a.charCodeAt(common) === b.charCodeAt(common)) common++;
	return common >= shorter - 1 && common >= 5;
}

/**
 * A word in the spelling of "-ise" written as "-ize" ("recognised", "organisation"), so that both
 * spellings of one word have one stem; applied to every word alike, it leaves others ("promise") one stem too.
 */
function british(word: string): string {
	return word.replace(/is(e|es|ed|ing|ation|ations)$/, 'iz$1');
}

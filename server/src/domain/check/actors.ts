// Who a passage says did what: a claim that gives the passage's act to another actor, or the
// office of one country to another, is not supported by it.
import { namesItsPlace } from './wording';
import type { Claim } from '../claims/claim';
import type { Corpus } from '../corpus/corpus';
import { LEXFILE, type Lexicon } from '../language/lexicon';
import type { TaggedWord } from '../language/tagger';
import { isActor, sameKey, type Token } from '../text/analyzer';
import type { Span } from '../types';
import { passageSubjects, passageWords } from './events';
import { hasKey, sentenceHasKey, type Unit } from './passages';
import { wordSet } from './wordSets';

/** The passage's own first actor of the same kind (a country for a country, a person for a person) is another one. */
export function actsOtherwise(key: string, unit: Unit, corpus: Corpus): boolean {
	const type = corpus.analyzer.entityType(key);
	return unit.sentences.some((s) => {
		const first = s.analysis.entities.find((e) => corpus.analyzer.entityType(e) === type);
		return first !== undefined && first !== key;
	});
}

/** The passage's own first actor of the kind of `key` that is not it: who the passage says it of. */
export function otherActor(key: string, unit: Unit, corpus: Corpus): string | undefined {
	const type = corpus.analyzer.entityType(key);
	for (const s of unit.sentences) {
		const first = s.analysis.entities.find((e) => corpus.analyzer.entityType(e) === type);
		if (first !== undefined && first !== key) return first;
	}
	return undefined;
}

/** Between two names of a list: a comma, "and", "or" (a gloss in brackets may follow the first: "Turkey (Türkiye) and Hungary"). */
const LIST_GAP = /^\s*(?:\([^()]*\)\s*)?(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/;

/** The names of `names` (in the order written) listed with the `at`th: the run joined by commas, "and" and "or". */
function listAround(text: string, names: Token[], at: number): { first: number; last: number } {
	const joined = (k: number) => LIST_GAP.test(text.slice(names[k]!.end, names[k + 1]!.start));
	let first = at;
	while (first > 0 && joined(first - 1)) first--;
	let last = at;
	while (last < names.length - 1 && joined(last)) last++;
	return { first, last };
}

/** A list of two names or more closed by "and" or "or": a comma alone may end a phrase ("… with the West, Uzbekistan turned …"). */
const closedList = (text: string, names: Token[], first: number, last: number) =>
	last > first && /\b(?:and|or)\s+$/.test(text.slice(names[last - 1]!.end, names[last]!.start));

/**
 * Whether the entity stands in a list with one the passage names ("in Tajikistan, Kyrgyzstan and
 * Kazakhstan" against a passage on Kyrgyzstan): each name of a list is a fact of its own, so a name
 * the passage leaves out is not said by it, however near another sentence names it.
 */
export function listedWithNamed(claim: Claim, tokens: Token[], token: Token, named: (t: Token) => boolean, corpus: Corpus): boolean {
	const text = claim.sentence.text;
	// Names of one kind: "the HL, Kelmouth and Port Arden" closes a phrase on a body and lists two cities.
	const type = corpus.analyzer.entityType(token.key);
	const names = tokens.filter((t) => t.kind === token.kind && corpus.analyzer.entityType(t.key) === type).sort((a, b) => a.start - b.start);
	const at = names.indexOf(token);
	if (at < 0) return false;
	const { first, last } = listAround(text, names, at);
	// Three names or more ("Moscow and Tashkent" may be one actor, the two sides).
	if (last - first < 2 || !closedList(text, names, first, last)) return false;
	return names.slice(first, last + 1).some((t) => t !== token && named(t));
}

/** Whether the claim lists the entity with the one keyed `key` ("Obama and Trump agreed"): they act together. */
export function listedTogether(claim: Claim, tokens: Token[], token: Token, key: string): boolean {
	const names = tokens.filter((t) => t.kind === token.kind).sort((a, b) => a.start - b.start);
	const at = names.indexOf(token);
	if (at < 0) return false;
	const { first, last } = listAround(claim.sentence.text, names, at);
	return closedList(claim.sentence.text, names, first, last) && names.slice(first, last + 1).some((t) => t !== token && t.key === key);
}

// Asked for every name of a claim, against every sentence of every passage: worked out once per list of tokens.
const written = new WeakMap<readonly Token[], Token[]>();

/** The actors a text names, in order, but for those in brackets (a gloss: "Turkey (Türkiye)", "Iceland (the Althing)"). */
function actorsWritten(text: string, tokens: readonly Token[]): Token[] {
	let found = written.get(tokens);
	if (found) return found;
	found = [];
	let depth = 0;
	let at = 0;
	for (const t of tokens.filter((t) => isActor(t) && !t.referent).sort((a, b) => a.start - b.start)) {
		for (; at < t.start; at++) {
			if (text[at] === '(') depth++;
			else if (text[at] === ')' && depth > 0) depth--;
		}
		if (depth === 0) found.push(t);
	}
	written.set(tokens, found);
	return found;
}

/**
 * Whether the claim lists the token with an actor the passage names, while the passage lists that
 * actor with another one the claim does not name ("objections from Eastland and Westmark" against
 * "issues raised by Eastland and Southmoor"): the passage gives its own list, and the token is not on it.
 * Gives the other one, as the passage writes it.
 */
export function listSwapped(claim: Claim, tokens: Token[], token: Token, unit: Unit): string | undefined {
	const names = actorsWritten(claim.sentence.text, tokens);
	const at = names.indexOf(token);
	if (at < 0) return undefined;
	const text = claim.sentence.text;
	const { first, last } = listAround(text, names, at);
	if (!closedList(text, names, first, last)) return undefined;
	const listed = names.slice(first, last + 1).filter((t) => t !== token);
	// Every word of the claim counts: a name that opens a sentence may be read as a word.
	const claimed = new Set(tokens.map((t) => t.key));
	for (const sentence of unit.sentences) {
		const theirs = actorsWritten(sentence.text, sentence.analysis.tokens);
		for (let k = 0; k < theirs.length; k++) {
			if (!listed.some((l) => sameKey(l.key, theirs[k]!.key))) continue;
			const around = listAround(sentence.text, theirs, k);
			if (!closedList(sentence.text, theirs, around.first, around.last)) continue;
			const other = theirs.slice(around.first, around.last + 1).find((o) => !claimed.has(o.key) && !sameKey(o.key, token.key));
			if (other) return sentence.text.slice(other.start, other.end);
		}
	}
	return undefined;
}

/**
 * The passage names, where the claim has this entity, another of the same kind that the claim does
 * not name: "the SCO's structure" for a claimed "CSTO summit" tells of another body.
 */
export function standsInFor(key: string, named: ReadonlySet<string>, entities: Set<string>, corpus: Corpus): boolean {
	const type = corpus.analyzer.entityType(key);
	for (const e of entities) if (!named.has(e) && corpus.analyzer.entityType(e) === type) return true;
	return false;
}

/**
 * The actors of a pair of sentences that take part in what the claim tells. The sentence sharing
 * most of the claim's words tells the event; where it names actors of a kind that the claim does
 * not, the other sentence's actors of that kind are context ("ties with Russia, China… the
 * Russia-Uzbekistan partnership" does not tell of a partnership with China).
 */
export function entitiesOfEvent(tokens: Token[], named: ReadonlySet<string>, unit: Unit, corpus: Corpus): Set<string> {
	const words = tokens.filter((t) => t.kind !== 'entity');
	let main = unit.sentences[0]!;
	let best = -1;
	for (const sentence of unit.sentences) {
		let shared = 0;
		for (const w of words) if (sentenceHasKey(sentence, w.key)) shared += corpus.weight(w.key);
		if (shared > best) [main, best] = [sentence, shared];
	}
	const mainTypes = new Set(main.analysis.entities.filter((e) => !named.has(e)).map((e) => corpus.analyzer.entityType(e)));
	const own = new Set(main.analysis.entities);
	// "It returned in 2006": the actor a pronoun stands for, found in sentences before, is the sentence's own.
	if (main.analysis.pronoun) {
		const inSentences = new Set(unit.sentences.flatMap((s) => s.analysis.entities));
		for (const e of unit.entities) if (!inSentences.has(e)) own.add(e);
	}
	const kept = new Set<string>();
	for (const e of unit.entities) if (own.has(e) || !mainTypes.has(corpus.analyzer.entityType(e))) kept.add(e);
	return kept;
}

// A name written in capitals, with or without stops: "U.S.", "UN".
const ABBREVIATED = /^(?:\p{Lu}\.?){2,}$/u;

/** The country names the kind of the word after it: "Tajik Foreign Ministry", "Uzbekistan's Foreign Ministry". */
export function qualifies(text: string, who: Token, what: Token, demonyms: Set<string>): boolean {
	if (what.start - who.end > 1) return false;
	const written = text.slice(who.start, who.end);
	const name = written.toLowerCase();
	// An abbreviated name is written before a noun as a demonym is: "U.S. Air Force", "UN troops".
	return /['’]s$/.test(name) || demonyms.has(name) || ABBREVIATED.test(written);
}

/** Whether a claim's name qualifies the word right after it ("Ukrainian analyst", "U.S. forces"): it names no actor itself. */
export function qualifiesNext(claim: Claim, token: Token, corpus: Corpus): boolean {
	const next = claim.analysis.tokens.find((t) => t.start >= token.end);
	return next !== undefined && next.kind !== 'entity' && qualifies(claim.sentence.text, token, next, wordSet(corpus.vocabulary, 'demonyms'));
}

/**
 * The claim's "Uzbek Foreign Ministry" is the passage's "Tajik Foreign Ministry": the same office of
 * a state the claim does not name. A demonym, or a country's name with 's, is read with the word
 * right after it, in both.
 */
export function swapsDemonym(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const demonyms = wordSet(corpus.vocabulary, 'demonyms');
	const text = claim.sentence.text;
	const claimed = claim.analysis.tokens;
	const named = new Set(claimed.filter((t) => t.kind === 'entity').map((t) => t.key));
	// The word after the qualified one, when it follows at once, is part of the office: "Foreign
	// Ministry" is not "foreign policy".
	const after = (tokens: Token[], k: number) => {
		const [word, next] = [tokens[k]!, tokens[k + 1]];
		return next && next.kind !== 'entity' && next.start - word.end <= 1 ? next : undefined;
	};
	for (let i = 0; i + 1 < claimed.length; i++) {
		const [who, what] = [claimed[i]!, claimed[i + 1]!];
		if (who.kind !== 'entity' || what.kind === 'entity' || !qualifies(text, who, what, demonyms)) continue;
		const then = after(claimed, i + 1);
		const type = corpus.analyzer.entityType(who.key);
		let same = false;
		let other = false;
		for (const sentence of unit.sentences) {
			const tokens = sentence.analysis.tokens;
			for (let j = 0; j + 1 < tokens.length; j++) {
				const [a, b] = [tokens[j]!, tokens[j + 1]!];
				if (a.kind !== 'entity' || !sameKey(b.key, what.key) || !qualifies(sentence.text, a, b, demonyms)) continue;
				const next = after(tokens, j + 1);
				if (then && !(next && sameKey(next.key, then.key))) continue;
				if (a.key === who.key) same = true;
				else if (corpus.analyzer.entityType(a.key) === type && !named.has(a.key)) other = true;
			}
		}
		if (other && !same) return true;
	}
	return false;
}

/**
 * The things a text's countries qualify ("Afghan jets", "Turkmen territory"), as the country's key and
 * the noun's. Not a person ("the Russian President and his Uzbek counterpart"): a person is told by
 * name, and the same two may be named the other way round.
 */
function qualifiedPairs(text: string, tokens: readonly Token[], demonyms: Set<string>, lexicon: Lexicon): { who: string; what: string }[] {
	const pairs: { who: string; what: string }[] = [];
	for (let i = 0; i + 1 < tokens.length; i++) {
		const [who, what] = [tokens[i]!, tokens[i + 1]!];
		if (who.kind !== 'entity' || what.kind === 'entity' || !qualifies(text, who, what, demonyms)) continue;
		const person = lexicon.senses(text.slice(what.start, what.end).toLowerCase(), 'n').some((s) => lexicon.lexfile(s) === LEXFILE.nounPerson);
		if (!person) pairs.push({ who: who.key, what: what.key });
	}
	return pairs;
}

/**
 * The claim gives two of its nouns each other's countries: "Turkmen jets bombed Afghan territory"
 * against "Afghan jets bombed Turkmen territory". Each name is in the passage, but on the other noun:
 * the passage tells who did what to whom the other way round.
 */
export function swapsQualifiers(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const demonyms = wordSet(corpus.vocabulary, 'demonyms');
	const claimed = qualifiedPairs(claim.sentence.text, claim.analysis.tokens, demonyms, corpus.lexicon);
	if (claimed.length < 2) return false;
	const said = unit.sentences.flatMap((s) => qualifiedPairs(s.text, s.analysis.tokens, demonyms, corpus.lexicon));
	const has = (who: string, what: string) => said.some((p) => p.who === who && sameKey(p.what, what));
	return claimed.some((x) =>
		claimed.some((y) => x.who !== y.who && !sameKey(x.what, y.what) && !has(x.who, x.what) && has(y.who, x.what) && has(x.who, y.what)),
	);
}

/**
 * The actors a text sends something from and to: "from Kyrgyzstan and Tajikistan to Afghanistan and
 * Pakistan". The names after "from" up to "to", and those after "to" up to a mark or another preposition.
 */
function fromTo(text: string, tokens: readonly Token[]): { from: Set<string>; to: Set<string> } | undefined {
	const from = /\bfrom\s/i.exec(text);
	if (!from) return undefined;
	const to = /\bto\s/i.exec(text.slice(from.index));
	if (!to) return undefined;
	const toAt = from.index + to.index;
	const end = /[.;:!?]|\b(?:in|on|at|by|for|with|through|via|since|until)\s/i.exec(text.slice(toAt + 3));
	const toEnd = end ? toAt + 3 + end.index : text.length;
	const names = (start: number, stop: number) => new Set(tokens.filter((t) => t.kind === 'entity' && t.start >= start && t.end <= stop).map((t) => t.key));
	const sent = { from: names(from.index, toAt), to: names(toAt, toEnd) };
	return sent.from.size > 0 && sent.to.size > 0 ? sent : undefined;
}

/**
 * The claim sends something the other way round from the passage: "from Afghanistan and Pakistan to
 * Kyrgyzstan and Tajikistan" against "from Kyrgyzstan and Tajikistan to Afghanistan and Pakistan".
 */
export function sendsOtherWay(claim: Claim, unit: Unit): boolean {
	const claimed = fromTo(
		claim.sentence.text.slice(claim.span.start, claim.span.end),
		claim.analysis.tokens.map((t) => ({ ...t, start: t.start - claim.span.start, end: t.end - claim.span.start })),
	);
	if (!claimed) return false;
	const within = (a: Set<string>, b: Set<string>) => [...a].every((k) => b.has(k));
	const said = unit.sentences.flatMap((s) => fromTo(s.text, s.analysis.tokens) ?? []);
	return (
		said.some((p) => within(claimed.from, p.to) && within(claimed.to, p.from)) && !said.some((p) => within(claimed.from, p.from) && within(claimed.to, p.to))
	);
}

/**
 * Whether a name in a subject is its actor, not a place or thing a phrase in it names: "Pilots at
 * Kelmouth", "Pilots assigned to the Harbour Office" are pilots, wherever they served.
 */
export function heads(words: TaggedWord[], subject: Span, name: Span): boolean {
	return !words.some((w) => w.start >= subject.start && w.end <= name.start && (w.pos === 'ADP' || w.pos === 'VERB'));
}

/** A name that ends a run of capitalised words from the subject's start, "of" among them: an office and its holder's name, one actor. */
function styledName(claim: Claim, subject: Span, name: Span): boolean {
	const before = (claim.subjectWords ?? []).filter((w) => w.start >= subject.start && w.end <= name.start);
	return before.length > 0 && before.every((w, k) => w.pos === 'PROPN' || (w.lower === 'of' && before[k - 1]?.pos === 'PROPN' && before[k + 1]?.pos !== 'ADP'));
}

/**
 * The claim's subject is a name the passage does not have, and the passage's own subject is another
 * name: who the passage says it of. (Not a subject that only tells where the statement is told: "The
 * Harbour Board reported that …".)
 */
export function otherNamedSubject(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): { claimed: string; said: string } | undefined {
	const subject = claim.subject;
	if (!subject) return undefined;
	const names = tokens.filter(
		(t) => t.kind === 'name' && !t.referent && !t.context && t.start >= subject.start && t.end <= subject.end && heads(claim.subjectWords ?? [], subject, t),
	);
	// Named there, or by the state it is the capital of ("Sweden" for "Stockholm").
	if (names.length === 0 || names.some((t) => hasKey(unit, t.key) || namesItsPlace(claim.sentence.text.slice(t.start, t.end), unit, corpus))) return undefined;
	// The name that ends a subject of capitals ("Assistant Commissioner of Harbours Ivo Marr", an office
	// written before its holder's name), where the passage has it: it tells of that actor.
	const holder = tokens.filter((t) => t.kind === 'name' && !t.referent && t.start >= subject.start && t.end <= subject.end).at(-1);
	if (holder && styledName(claim, subject, holder) && hasKey(unit, holder.key)) return undefined;
	for (const sentence of unit.sentences) {
		const words = passageWords(sentence, corpus.tagger);
		for (const span of passageSubjects(sentence, corpus.tagger)) {
			const theirs = sentence.analysis.tokens.find(
				(t) =>
					heads(words, span, t) &&
					(t.kind === 'name' ||
						(t.kind === 'word' &&
							t.start === 0 &&
							/^\p{Lu}/u.test(sentence.text.slice(t.start, t.end)) &&
							t.start < span.end &&
							words.some((w) => w.start === t.start && w.pos === 'PROPN'))) &&
					t.start >= span.start &&
					t.end <= span.end,
			);
			if (theirs) return { claimed: claim.sentence.text.slice(names[0]!.start, names[0]!.end), said: sentence.text.slice(theirs.start, theirs.end) };
		}
	}
	return undefined;
}

// Which event a date of a claim belongs to, and where a passage tells that event. A passage often
// dates several events ("It reopened in 1958 but closed again in 1971"; "announced on May 4 joint
// lifeboat drills, which were to be held in August"), and so does a claim ("After joining in the
// 1960s, it withdrew in 1969"): a claim's date is compared only with the dates of the passage's
// parts that tell the same event, found by the word for what happens.
import { mainVerb } from '../claims/checkable';
import { doneByActor, doneByThing, isPassive } from './agents';
import { governedVerb, isLight, LIGHT, lightNoun, namedAfter, phraseTells, POSSESSIVES } from './lightVerbs';
import { quotedOutside } from './quoted';
import { RecentCache } from './recentCache';
import { actInside, laterLead, withTimeClauses } from './timeClause';
import type { Claim } from '../claims/claim';
import { clausesOf, leadingComma } from '../claims/clauses';
import type { EvidenceSentence } from '../corpus/corpus';
import { LEXFILE, type Lexicon, type Phrase, type WordClass } from '../language/lexicon';
import { opposite, sameMeaning, USUAL_SENSES, wordClass } from '../language/meaning';
import type { Tagger, TaggedWord } from '../language/tagger';
import { sameKey, type Token } from '../text/analyzer';
import type { DateMention, Span } from '../types';

/** The word that says what happens: its lemma and class, and the key the analyzer compares it on. */
export interface EventWord {
	lemma: string;
	pos: WordClass;
	key?: string;
	/**
	 * A noun standing in for a verb that tells little: the one it governs ("held an exercise"), or its
	 * subject where it only says that the subject began or happened ("the conflict broke out"), with
	 * which of the two.
	 */
	argument?: { role: 'object' } | { role: 'subject'; happening: Happening };
	/**
	 * For a verb that governs a noun for something that happens ("held an exercise"), that noun's lemma:
	 * the same verb in a passage tells the event only of the same thing ("a summit was held" does not).
	 */
	governs?: string;
	/** The claim tells this verb of an actor that does it ("Uzbekistan joined", "were joined by Uzbekistan"). */
	byActor?: boolean;
	/** For a light verb's noun ("became a member"), the two: told by them, or by a verb WordNet defines by them ("joined"). */
	phrase?: Phrase;
	/** The keys of the name the act is of, where one follows its word ("joined the Hanseatic League"). */
	things?: string[];
}

/** Verbs that say only that their subject began ("broke out", "started") or took place ("occurred"). */
type Happening = 'begin' | 'happen';

const LEADING = new Set(['ADP', 'SCONJ']);

/**
 * The parts of a clause that each tell an event: a leading phrase with a verb of its own ("After
 * joining the HL in the 1960s, …", "When they met in 1987, …", "Shortly after they met, …") is
 * apart from the rest.
 */
export function segmentsOf(words: TaggedWord[], span: Span): Span[] {
	const inside = words.filter((w) => w.start >= span.start && w.end <= span.end);
	const first = inside[0];
	// An adverb may say how long after or before: "Immediately after X agreed, …" leads as "After X agreed" does.
	const leads = (w: TaggedWord | undefined) => w !== undefined && LEADING.has(w.pos);
	// A participle that opens the clause before its subject tells an act of its own too ("Founded in
	// 1952, the league has grown …": the year is the founding's).
	const participle = (w: TaggedWord | undefined) => w !== undefined && w.pos === 'VERB' && w.lower !== w.lemma;
	const opener = first && (first.pos === 'ADV' ? inside[1] : first);
	if (!first || !(leads(opener) || participle(opener) || relativeTime(inside))) return [span];
	const comma = leadingComma(inside);
	if (comma < 2 || !inside.slice(participle(opener) ? 0 : 1, comma).some((w) => w.pos === 'VERB')) return [span];
	return [
		{ start: span.start, end: inside[comma]!.start },
		{ start: inside[comma]!.end, end: span.end },
	];
}

/** "A year after the bloc was founded, …", "Two weeks before the vote, …": a time told from another event. */
function relativeTime(words: TaggedWord[]): boolean {
	const k = words[0]?.pos === 'DET' || words[0]?.pos === 'NUM' ? 1 : 0;
	return words[k]?.pos === 'NOUN' && (words[k + 1]?.lower === 'after' || words[k + 1]?.lower === 'before');
}

export function isEventNoun(lexicon: Lexicon, w: TaggedWord, senses = 1): boolean {
	if (w.pos !== 'NOUN') return false;
	return lexicon
		.senses(w.lemma, 'n')
		.slice(0, senses)
		.some((sense) => {
			const lexfile = lexicon.lexfile(sense);
			// Acts and events, and what is said or met at them: "visit", "death", "briefing", "statement", "summit".
			return lexfile === LEXFILE.nounEvent || lexfile === LEXFILE.nounAct || lexfile === LEXFILE.nounCommunication;
		});
}

/** The noun a date is written before: the head of the phrase right after it ("March 1962 Kelmouth flood"). */
function headAfter(words: TaggedWord[], span: Span): TaggedWord | undefined {
	let head: TaggedWord | undefined;
	// The comma that closes a full date inside a noun phrase ("the HL's May 3-9, 1987, joint
	// drills"), not one that ends a phrase ("on June 4, 1988, the harbourmaster said").
	const before = words.filter((w) => w.end <= span.start).at(-1);
	const inPhrase = before !== undefined && (before.pos === 'DET' || (before.pos === 'PART' && before.lower.endsWith('s')));
	// A date right after a preposition is what the preposition governs ("On 12 April 1988 officials
	// announced"): the noun after it opens the next phrase.
	if (before?.pos === 'ADP') return undefined;
	for (const w of words) {
		if (w.start < span.end) continue;
		if (w.start === span.end && w.lower === ',' && head === undefined && inPhrase) continue;
		if (w.pos === 'NOUN') head = w;
		else if (w.pos !== 'PROPN' && w.pos !== 'ADJ' && !(w.pos === 'PUNCT' && w.lower === '-')) break;
	}
	return head;
}

/** A word of one of the vocabulary's families of verbs ("on hold" in the family of "suspend"). */
function isVerbFamily(w: TaggedWord, tokens: Token[], lexicon: Lexicon): boolean {
	if (w.pos === 'PROPN') return false;
	const key = eventWord(w, tokens).key;
	return key !== undefined && key.startsWith('~') && lexicon.has(key.slice(1), 'v');
}

function eventWord(w: TaggedWord, tokens: Token[]): EventWord {
	const token = tokens.find((t) => t.kind === 'word' && t.start <= w.start && t.end >= w.end);
	return { lemma: w.lemma, pos: wordClass(w.pos) ?? 'n', ...(token ? { key: token.key } : {}) };
}

/**
 * Whether the date at `span` is where a state ends: "through 2042", "until 2014"; with `to`, also
 * "from 2004 to 2042", "extended to 2042", as a source tells an end.
 */
export function endsState(text: string, span: Span, to = false): boolean {
	return (to ? /\b(?:through|until|till|to)\s+$/i : /\b(?:through|until|till)\s+$/i).test(text.slice(Math.max(0, span.start - 8), span.start));
}

/**
 * The words that may tell the event a date or figure of the claim at `span` belongs to, likeliest
 * first: the main verb of its part of the clause (unless it carries no event: "was", "took place"),
 * then the words of the vocabulary's families and the nouns that name events there, nearest first
 * ("put its membership on hold", "talks with Marr in March", "Varga's death in September 1994").
 */
export function eventOf(claim: Claim, span: Span, lexicon: Lexicon): EventWord[] {
	const segment = segmentsOf(claim.words, claim.span).find((s) => span.start >= s.start && span.end <= s.end) ?? claim.span;
	const words = claim.words.filter((w) => w.start >= segment.start && w.end <= segment.end);
	const others = claim.dates.map((d) => d.span).filter((o) => o.start !== span.start);
	const found = dateEventWords(words, span, lexicon, claim.analysis.tokens, others, true);
	// "ratified a lease extending its tenancy through 2061": the end of a state is the end of what
	// the nearest act says lasts, not the date of the clause's act.
	const ends = endsState(claim.sentence.text, span);
	if (ends && found.length > 1 && found[0]!.end <= span.start && found[0]!.pos === 'VERB') found.splice(1);
	// Where the words tied to the date carry no event the vocabulary or WordNet knows ("put its membership
	// on hold in May"), the clause's words of the vocabulary's verb families stand in, nearest first.
	if (found.length === 0) {
		const distance = (w: TaggedWord) => (w.end <= span.start ? span.start - w.end : w.start - span.end + 0.5);
		found.push(...words.filter((w) => isVerbFamily(w, claim.analysis.tokens, lexicon)).sort((a, b) => distance(a) - distance(b)));
	}
	// A clause that borrows its verb ("…, was reelected in 1979 and again in 1984") tells that verb's act.
	const borrowed = found.length === 0 && !words.some((w) => w.pos === 'VERB') ? clauseVerb(claim.borrowedWords)?.word : undefined;
	if (borrowed && !LIGHT.has(borrowed.lemma)) found.push(borrowed);
	const verb = clauseVerb(words)?.word;
	const object = verb && objectNoun(words, verb);
	// What a verb of its own governs is not what the date dates ("signed the treaty in 2012" dates the
	// signing): it only stands in for the verb, below.
	const told = [...new Set(found)].filter((w) => !(w === object && !LIGHT.has(verb!.lemma) && w.end <= span.start)).slice(0, MAX_CANDIDATES);
	const governs = object && happens(object, lexicon) ? object.lemma : undefined;
	const byActor = verb !== undefined && doneByActor(claim, words, verb, lexicon);
	// "a system deployed in 1995": a participle right after a noun tells what is done to that noun, so
	// "the base was deployed in 1996" does not date it.
	const doneTo = (w: TaggedWord, before = words[words.indexOf(w) - 1]) =>
		w.pos === 'VERB' && w.lower !== w.lemma && /(?:ed|en)$/.test(w.lower) && before?.pos === 'NOUN' ? before.lemma : undefined;
	const event = (w: TaggedWord) => {
		const thing = w === verb ? governs : doneTo(w);
		const things = w.pos === 'VERB' ? namedAfter(words, claim.analysis.tokens, w) : [];
		return {
			...eventWord(w, claim.analysis.tokens),
			...(thing ? { governs: thing } : {}),
			...(byActor && w === verb ? { byActor } : {}),
			...(things.length > 0 ? { things } : {}),
		};
	};
	const standIns: EventWord[] = [];
	// Only a noun for something that happens ("an exercise", "the referendum"), whatever the verb that
	// holds or joins it, stands in: a document ("the treaty") is drafted, signed and ratified on other days.
	if (object && !told.includes(object) && happens(object, lexicon)) standIns.push({ ...event(object), argument: { role: 'object' } });
	const happening = verb && happeningOf(verb, lexicon);
	const subject = happening && subjectNoun(words, verb, lexicon);
	if (subject && !told.includes(subject)) standIns.push({ ...event(subject), argument: { role: 'subject', happening } });
	// "became a member on 4 April": the act of a light verb is in its noun, which a passage may say with
	// the one verb WordNet defines by the two ("joined").
	const noun = verb && lightNoun(words, verb);
	const phrased: EventWord[] =
		noun && !told.includes(noun)
			? [{ lemma: noun.lemma, pos: 'n', phrase: { verb: verb.lemma, noun: noun.lemma }, things: namedAfter(words, claim.analysis.tokens, noun) }]
			: [];
	return [...told.map(event), ...phrased, ...standIns];
}

/** Whether a noun's first sense in WordNet is an act or an event. */
function happens(noun: TaggedWord, lexicon: Lexicon): boolean {
	const first = lexicon.senses(noun.lemma, 'n')[0];
	return first !== undefined && (lexicon.lexfile(first) === LEXFILE.nounAct || lexicon.lexfile(first) === LEXFILE.nounEvent);
}

/** Whether a verb says only that its subject began or took place, by its first sense in WordNet. */
function happeningOf(verb: TaggedWord, lexicon: Lexicon): Happening | undefined {
	const first = lexicon.senses(verb.lemma, 'v')[0];
	if (first === undefined) return undefined;
	return (['begin', 'happen'] as const).find((kind) =>
		lexicon
			.senses(kind, 'v')
			.slice(0, 2)
			.some((sense) => lexicon.isA(first, sense)),
	);
}

/**
 * The words a date at `span` is tied to, likeliest first: the noun it is written before ("a March 8
 * briefing", "the March 1962 Kelmouth flood"), the nearest word for an act before it ("suspended its
 * ferry service in June 1971", "the flood of late 1962"), the verb of its clause; for a date that
 * opens its clause, the first act after it.
 */
function dateEventWords(words: TaggedWord[], span: Span, lexicon: Lexicon, tokens: Token[], others: readonly Span[], strict = false): TaggedWord[] {
	const found: TaggedWord[] = [];
	const head = headAfter(words, span);
	// Written before a noun, the writer's date is that noun's and no other word's (a passage's may also
	// be told by its clause: "exit … formalized during the December 2012 summit").
	if (head && strict) return [head];
	if (head) found.push(head);
	// A noun that modifies the noun after it ("a training ground") names no act of its own.
	const modifier = (w: TaggedWord) => w.pos === 'NOUN' && words[words.indexOf(w) + 1]?.pos === 'NOUN';
	const acts = (w: TaggedWord) =>
		(w.pos === 'VERB' && !isLight(words, w)) ||
		(w.pos === 'ADJ' && w.lower.endsWith('ed')) ||
		(isEventNoun(lexicon, w) && !modifier(w)) ||
		isVerbFamily(w, tokens, lexicon);
	// "set up in 1958, and … ratified a lease extending it through 2061": a word with another date
	// nearer to it, a verb of another act between them, is that date's event ("signed the treaty in
	// 1993 and the convention in 2001" share one).
	const verbBetween = (a: number, b: number) => words.some((w) => w.start >= a && w.end <= b && w.pos === 'VERB' && !isLight(words, w));
	const otherDates = (w: TaggedWord) =>
		others.some((o) =>
			w.end <= span.start
				? o.start >= w.end && o.end <= span.start && verbBetween(o.end, span.start)
				: o.start >= span.end && o.end <= w.start && verbBetween(span.end, o.start),
		);
	// A title or a quotation the date stands outside of ("a debate entitled “Is the Toll Hurting
	// Kelmouth?” on March 12") tells no act of the date's.
	const quoted = quotedOutside(words, span);
	const nearest = reducedRelativeNoun(words.filter((w) => w.end <= span.start && acts(w) && !quoted.has(w)).at(-1), words, lexicon);
	const before = nearest && !otherDates(nearest) ? nearest : undefined;
	if (before) found.push(before);
	// "In 1961, after the pier had been pulled down, …": a clause that leads the main clause after the date's
	// phrase tells another time; the clause's verb is the main clause's.
	const later = laterLead(words, span);
	const verb = clauseVerb(words.filter((w) => !later.has(w)));
	if (verb && !isLight(words, verb.word) && !otherDates(verb.word)) found.push(verb.word);
	if (!before) {
		// Past a light verb's noun the words are inside what that act governs ("On May 9 the papers gave
		// wide coverage to the closure of the pier" tells the coverage's day, not the closure's).
		const bound = verb && isLight(words, verb.word) ? objectNoun(words, verb.word) : undefined;
		const next = words.find((w) => w.start >= span.end && (!bound || w.start <= bound.start) && acts(w) && !quoted.has(w) && !later.has(w));
		if (next) found.push(next);
	}
	// "chose to suspend", "agreed to hold": the act is the verb governed as well as the one that governs it.
	const told = found.flatMap((w) => {
		const governed = governedVerb(words, w);
		return governed ? [w, governed] : [w];
	});
	// A passage's date is also tied to the noun its verb governs, and to its subject where the verb only
	// says that it began or happened; a claim keeps them apart (`eventOf`).
	if (strict || !verb) return told;
	const object = objectNoun(words, verb.word);
	const subject = happeningOf(verb.word, lexicon) && subjectNoun(words, verb.word, lexicon);
	return [...told, ...(object ? [object] : []), ...(subject ? [subject] : [])];
}

/**
 * For a participle right after a noun for something that happens ("the mayoral election held in
 * December 1986", "the drills staged in 1987"), that noun: the date is the act's, which the
 * participle only says took place; otherwise the word itself.
 */
function reducedRelativeNoun(word: TaggedWord | undefined, words: TaggedWord[], lexicon: Lexicon): TaggedWord | undefined {
	if (!word || word.pos !== 'VERB' || word.lower === word.lemma) return word;
	const noun = words[words.indexOf(word) - 1];
	// A document ("the Harbour Charter signed in Kelmouth on …") is drafted, signed and ratified on
	// other days: the participle is the act dated there.
	return noun && isEventNoun(lexicon, noun) && happens(noun, lexicon) ? noun : word;
}

/** The noun that heads what a verb governs, a preposition between or not ("took part in the exercise"). */
function objectNoun(words: TaggedWord[], verb: TaggedWord): TaggedWord | undefined {
	for (let i = words.indexOf(verb) + 1; i < words.length; i++) {
		const w = words[i]!;
		const next = words[i + 1]?.pos;
		if (w.pos === 'NOUN' && next !== 'NOUN') return w;
		// A name heads the phrase ("travelled to Kelmouth for talks"): what comes later is not governed.
		if (w.pos === 'PROPN' && next !== 'NOUN' && next !== 'PROPN') return undefined;
		if (!NOUN_PHRASE.has(w.pos) && w.pos !== 'NOUN' && !(w.pos === 'PUNCT' && w.lower === '-') && !POSSESSIVES.has(w.lower)) return undefined;
	}
	return undefined;
}

/**
 * The noun for an act that heads the subject of a verb that says it happened ("the quarrel over tolls
 * between the two broke out"): such a verb makes its subject an act, so a usual sense of one will do
 * ("the formal opening took place", though an opening is first a gap).
 */
function subjectNoun(words: TaggedWord[], verb: TaggedWord, lexicon: Lexicon): TaggedWord | undefined {
	const at = words.indexOf(verb);
	const head = words.slice(0, at).find((w, k) => w.pos === 'NOUN' && words[k + 1]?.pos !== 'NOUN');
	return head && isEventNoun(lexicon, head, USUAL_SENSES) && words.slice(words.indexOf(head) + 1, at).every((w) => w.pos !== 'PUNCT' && w.pos !== 'VERB')
		? head
		: undefined;
}

// What may stand between a verb and the noun it governs: "in the first joint", "part of a", "their".
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'ADP', 'PART', 'ADV']);

// The likeliest few words are enough; more only cost time.
const MAX_CANDIDATES = 4;

interface PassageSegments {
	words: TaggedWord[];
	segments: Span[];
	subjects: Span[];
	/** Each clause's span and subject. */
	clauses: { span: Span; subject?: Span }[];
}

const passageSegments = new WeakMap<EvidenceSentence, PassageSegments>();

/** The subjects of a passage sentence's clauses. */
export function passageSubjects(sentence: EvidenceSentence, tagger: Tagger): Span[] {
	return segmentsOfPassage(sentence, tagger).subjects;
}

/** A passage sentence's words, tagged once. */
export function passageWords(sentence: EvidenceSentence, tagger: Tagger): TaggedWord[] {
	return segmentsOfPassage(sentence, tagger).words;
}

/**
 * The clause of a passage sentence that holds a span, where it is told of an agent of its own after a
 * participle ("…, followed by Westmark and Southmoor in 1974"): its span and that agent.
 */
export function agentClauseOf(sentence: EvidenceSentence, span: Span, tagger: Tagger): { span: Span; subject: Span } | undefined {
	const { words, clauses } = segmentsOfPassage(sentence, tagger);
	const clause = clauses.find((c) => c.span.start <= span.start && c.span.end >= span.end);
	if (!clause?.subject) return undefined;
	const first = words.findIndex((w) => w.start >= clause.span.start);
	const participle = words[first];
	const agentTold = participle?.pos === 'VERB' && participle.lower !== participle.lemma && words[first + 1]?.lower === 'by';
	return agentTold ? { span: clause.span, subject: clause.subject } : undefined;
}

function segmentsOfPassage(sentence: EvidenceSentence, tagger: Tagger): PassageSegments {
	let known = passageSegments.get(sentence);
	if (!known) {
		const words = tagger.tag(sentence.text);
		const clauses = clausesOf(sentence.text, words);
		const segments = clauses.flatMap((c) => segmentsOf(words, c.span));
		known = { words, segments, subjects: clauses.flatMap((c) => (c.subject ? [c.subject] : [])), clauses };
		passageSegments.set(sentence, known);
	}
	return known;
}

/** Whether a word of a passage (among its sentence's `words`) names the event (`usually`: in the words' first senses). */
export function tells(event: EventWord, word: TaggedWord, words: readonly TaggedWord[], tokens: Token[], lexicon: Lexicon, usually = false): boolean {
	if (event.phrase) return phraseTells({ phrase: event.phrase }, event.things ?? [], word, words, tokens, lexicon);
	// "became a member" tells "joined", whose definition WordNet opens with them.
	if (event.pos === 'v' && phraseTells({ verb: event.lemma }, event.things ?? [], word, words, tokens, lexicon)) return true;
	if (event.key !== undefined && word.pos !== 'X') {
		const token = tokens.find((t) => t.kind === 'word' && t.start <= word.start && t.end >= word.end);
		if (token && sameKey(token.key, event.key)) return true;
	}
	let known = meanings.get(lexicon);
	if (!known) meanings.set(lexicon, (known = new RecentCache(MEANINGS_KEPT)));
	const id = `${event.pos}:${event.lemma}|${usually ? 'first:' : ''}${word.pos}:${word.lemma}:${word.lower}`;
	let same = known.get(id);
	if (same === undefined) {
		same = meansEvent(event, word, lexicon, usually);
		known.set(id, same);
	}
	return same;
}

// Whether a word can mean an event's word, by their lemmas and classes: asked again and again for the
// same pairs. A writer's words are new in every session (and every half-typed word is one), so only
// the pairs asked lately are kept.
const meanings = new WeakMap<Lexicon, RecentCache<boolean>>();
const MEANINGS_KEPT = 20_000;

function meansEvent(event: EventWord, word: TaggedWord, lexicon: Lexicon, usually: boolean): boolean {
	// Doing again is another event than doing: "reopened" does not date the opening, nor "rejoined" the joining.
	if (isRepetition(event.lemma, word.lemma) || isRepetition(word.lemma, event.lemma)) return false;
	if (word.pos === 'ADJ') {
		const stem = word.lower.replace(/d$/, '');
		return [stem, stem.replace(/e$/, ''), word.lower.replace(/ed$/, '')].some(
			(lemma) => lexicon.has(lemma, 'v') && sameMeaning(lexicon, event, { lemma, pos: 'v' }, usually),
		);
	}
	const pos = wordClass(word.pos);
	if (pos !== 'v' && pos !== 'n') return false;
	return sameMeaning(lexicon, event, { lemma: word.lemma, pos }, usually);
}

/** Whether `again` is `once` with the prefix of repetition ("reopen", "re-elect"). */
function isRepetition(again: string, once: string): boolean {
	return again === `re${once}` || again === `re-${once}`;
}

/**
 * The parts of the passage that tell the event (those holding a word for it), by sentence; empty
 * when the passage has no word for it.
 */
export function eventParts(sentences: readonly EvidenceSentence[], event: EventWord, lexicon: Lexicon, tagger: Tagger): Map<EvidenceSentence, Span[]> {
	const found = new Map<EvidenceSentence, Span[]>();
	const id = `${event.pos}:${event.lemma}:${event.key ?? ''}:${event.phrase?.verb ?? ''}:${event.things?.join(' ') ?? ''}`;
	for (const sentence of sentences) {
		let known = partsCache.get(sentence);
		if (!known) partsCache.set(sentence, (known = new Map()));
		let parts = known.get(id);
		if (parts === undefined) {
			const { words, segments } = segmentsOfPassage(sentence, tagger);
			// A participle the model takes for an adjective ("—formalized during the summit") tells an event too.
			const hits = words.filter(
				(w) =>
					(w.pos === 'VERB' || w.pos === 'NOUN' || (w.pos === 'ADJ' && w.lower.endsWith('ed'))) && tells(event, w, words, sentence.analysis.tokens, lexicon),
			);
			parts = hits.length === 0 ? null : segments.filter((c) => hits.some((h) => h.start >= c.start && h.end <= c.end));
			known.set(id, parts);
		}
		if (parts) found.set(sentence, parts);
	}
	return found;
}

// The same passages come up for claim after claim, and the same events with them.
const partsCache = new WeakMap<EvidenceSentence, Map<string, Span[] | null>>();

/** Whether a span of a passage sentence lies in one of the event's parts. */
export function inEvent(events: Map<EvidenceSentence, Span[]>, sentence: EvidenceSentence, span: Span): boolean {
	return events.get(sentence)?.some((c) => span.start >= c.start && span.end <= c.end) ?? false;
}

/**
 * Whether a passage's verb that tells the claim's verb is about the same thing happening: a claim's
 * "held an exercise" is not dated by "a summit was held". The passage's thing is what its verb
 * governs, or, for a verb told of its subject ("was held"), the subject's head.
 */
export function sameThingHappens(
	event: EventWord,
	verb: TaggedWord,
	date: { sentence: EvidenceSentence; mention: DateMention },
	lexicon: Lexicon,
	tagger: Tagger,
): boolean {
	if (verb.pos !== 'VERB' || (event.governs === undefined && !event.byActor)) return true;
	const words = segmentWords(date.sentence, date.mention.span, tagger);
	const subject =
		phraseRightBefore(words, verb) ??
		segmentsOfPassage(date.sentence, tagger)
			.subjects.filter((s) => s.end <= verb.start)
			.at(-1);
	// An act done by an actor is not what a thing does ("Uzbekistan joined" is not dated by "the
	// Charter entered into force"); a passive verb's subject is what the act is done to.
	if (event.byActor && subject && !isPassive(words, verb) && doneByThing(date.sentence, subject, passageWords(date.sentence, tagger), lexicon)) return false;
	if (event.governs === undefined) return true;
	const subjectHead = subject && words.filter((w) => w.pos === 'NOUN' && w.start >= subject.start && w.end <= subject.end).at(-1);
	const thing = objectNoun(words, verb) ?? subjectHead;
	if (!thing || thing.lemma === event.governs) return true;
	return sameMeaning(lexicon, { lemma: event.governs, pos: 'n' }, { lemma: thing.lemma, pos: 'n' });
}

/**
 * The noun phrase written right before a verb, past its auxiliaries and adverbs ("…, in 2002 the League
 * has also developed"): the verb's subject, where a clause that leads the sentence ("Since dredging was
 * costly, …") would give another.
 */
function phraseRightBefore(words: readonly TaggedWord[], verb: TaggedWord): Span | undefined {
	let k = words.indexOf(verb) - 1;
	while (k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART')) k--;
	const end = k;
	// A name or noun phrase of several parts ("the Ministry of Internal Affairs", "Uzbekistan's ministry") is whole.
	const inPhrase = (w: TaggedWord, before: TaggedWord | undefined) =>
		['NOUN', 'PROPN', 'PRON', 'ADJ', 'DET', 'NUM'].includes(w.pos) ||
		((w.lower === 'of' || w.pos === 'PART') && (before?.pos === 'NOUN' || before?.pos === 'PROPN'));
	while (k >= 0 && inPhrase(words[k]!, words[k - 1])) k--;
	const first = words[k + 1];
	return end > k && first && ['NOUN', 'PROPN', 'PRON'].includes(words[end]!.pos) ? { start: first.start, end: words[end]!.end } : undefined;
}

/**
 * Whether a passage's date is tied to an act of its own of which the claim's act is only a noun inside
 * what it governs ("On May 9 the press gave wide coverage to the council's closing of the port"): the
 * date is the coverage's, and the closing may have been on any day before it.
 */
export function datesOtherAct(event: EventWord, date: { sentence: EvidenceSentence; mention: DateMention }, lexicon: Lexicon, tagger: Tagger): boolean {
	const words = passageWords(date.sentence, tagger);
	const tokens = date.sentence.analysis.tokens;
	const telling = words.filter((w) => (w.pos === 'VERB' || w.pos === 'NOUN') && tells(event, w, words, tokens, lexicon));
	if (telling.length === 0 || telling.some((w) => w.pos !== 'NOUN')) return false;
	const tied = dateEventsOf(date.sentence, lexicon, tagger).get(date.mention) ?? [];
	const governs = (act: TaggedWord, noun: TaggedWord) =>
		act.end <= noun.start &&
		words.every((w) => w.start < act.end || w.start >= noun.start || NOUN_PHRASE.has(w.pos) || w.pos === 'NOUN' || POSSESSIVES.has(w.lower));
	return tied.some(
		(act) => !telling.includes(act) && (act.pos === 'NOUN' || (act.pos === 'VERB' && !isLight(words, act))) && telling.every((noun) => governs(act, noun)),
	);
}

/** Whether the verb of the clause a passage date is in says only that its subject began or happened. */
export function passageHappening(date: { sentence: EvidenceSentence; mention: DateMention }, lexicon: Lexicon, tagger: Tagger): Happening | undefined {
	const verb = clauseVerb(segmentWords(date.sentence, date.mention.span, tagger))?.word;
	return verb && happeningOf(verb, lexicon);
}

/**
 * Whether the act a passage's date is given to is the opposite of one the claim tells, or of what
 * that act is a kind of: "broke out" (began) against "ended on 4 May". The two dates are then of
 * two acts, however close they are.
 */
export function datedActOpposes(
	claimWords: readonly TaggedWord[],
	date: { sentence: EvidenceSentence; mention: DateMention },
	lexicon: Lexicon,
	tagger: Tagger,
): boolean {
	const verb = clauseVerb(segmentWords(date.sentence, date.mention.span, tagger))?.word;
	if (!verb) return false;
	const dated = { lemma: verb.lemma, pos: 'v' as const };
	return claimWords.some(
		(w) => w.pos === 'VERB' && [w.lemma, happeningOf(w, lexicon)].some((lemma) => lemma !== undefined && opposite(lexicon, { lemma, pos: 'v' }, dated)),
	);
}

/** The words of the part of a passage sentence that holds `span` (its whole words when no part does). */
function segmentWords(sentence: EvidenceSentence, span: Span, tagger: Tagger): TaggedWord[] {
	const { words, segments } = segmentsOfPassage(sentence, tagger);
	const segment = segments.find((s) => span.start >= s.start && span.end <= s.end);
	return segment ? words.filter((w) => w.start >= segment.start && w.end <= segment.end) : words;
}

/** The main verb of a part of a clause, past the preposition or conjunction that may lead it. */
function clauseVerb(words: TaggedWord[]): ReturnType<typeof mainVerb> {
	return mainVerb(words[0] && LEADING.has(words[0].pos) ? words.slice(1) : words);
}

/** Whether the words before a date say the act of the clause before once more: "did the same", "did likewise", "did so". */
function repeatsAct(words: TaggedWord[], span: Span): boolean {
	return words.some(
		(w, k) =>
			w.end <= span.start &&
			w.lemma === 'do' &&
			(words[k + 1]?.lower === 'likewise' || words[k + 1]?.lower === 'so' || (words[k + 1]?.lower === 'the' && words[k + 2]?.lower === 'same')),
	);
}

const dateEventCache = new WeakMap<EvidenceSentence, Map<DateMention, TaggedWord[]>>();

/** For each date of a passage sentence, the words that may tell its event, likeliest first. */
export function dateEventsOf(sentence: EvidenceSentence, lexicon: Lexicon, tagger: Tagger): Map<DateMention, TaggedWord[]> {
	let known = dateEventCache.get(sentence);
	if (known) return known;
	known = new Map();
	const all = passageWords(sentence, tagger);
	let before: TaggedWord[] = [];
	for (const date of sentence.dates) {
		const inside = segmentWords(sentence, date.span, tagger);
		const others = sentence.dates.filter((d) => d !== date).map((d) => d.span);
		let told = dateEventWords(inside, date.span, lexicon, sentence.analysis.tokens, others);
		// "… in 1996, and did the same for Westmark in 1999": a clause that repeats the act before tells that act.
		if (told.length === 0 && repeatsAct(inside, date.span)) told = before;
		// "proposed during the conference, which took place on 16 May": the proposing is of that day too.
		const during = actInside(all, date, (verb) => happeningOf(verb, lexicon) !== undefined);
		if (during && !told.includes(during)) told = [...told, during];
		known.set(date, withTimeClauses(all, sentence.dates, date, told));
		before = told;
	}
	dateEventCache.set(sentence, known);
	return known;
}

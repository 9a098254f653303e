// Which event a date of a claim belongs to, and where a passage tells that event. A passage often
// dates several events ("It returned in 2006 but left again in 2012"; "announced on July 3 joint
// exercises, which were to take place in October"), and so does a claim ("After joining in the
// 1990s, it withdrew in 1999"): a claim's date is compared only with the dates of the passage's
// parts that tell the same event, found by the word for what happens.
import { mainVerb } from '../claims/checkable';
import type { Claim } from '../claims/claim';
import { clausesOf } from '../claims/clauses';
import type { EvidenceSentence } from '../corpus/corpus';
import { LEXFILE, type Lexicon, type WordClass } from '../language/lexicon';
import { sameMeaning, wordClass } from '../language/meaning';
import type { Tagger, TaggedWord } from '../language/tagger';
import { sameKey, type Token } from '../text/analyzer';
import type { DateMention, Span } from '../types';

/** The word that says what happens: its lemma and class, and the key the analyzer compares it on. */
export interface EventWord {
	lemma: string;
	pos: WordClass;
	key?: string;
}

// Verbs that carry no event of their own: the event is in what they govern.
const LIGHT = new Set([
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
const LEADING = new Set(['ADP', 'SCONJ']);

/**
 * The parts of a clause that each tell an event: a leading phrase with a verb of its own ("After
 * joining the CSTO in the 1990s, …", "When they met in 2012, …") is apart from the rest.
 */
export function segmentsOf(words: TaggedWord[], span: Span): Span[] {
	const inside = words.filter((w) => w.start >= span.start && w.end <= span.end);
	const first = inside[0];
	if (!first || !LEADING.has(first.pos)) return [span];
	// The comma that ends the phrase, not one inside a date ("on April 14-15, 2017,").
	const comma = inside.findIndex((w, k) => w.lower === ',' && inside[k + 1]?.pos !== 'NUM');
	if (comma < 2 || !inside.slice(1, comma).some((w) => w.pos === 'VERB')) return [span];
	return [
		{ start: span.start, end: inside[comma]!.start },
		{ start: inside[comma]!.end, end: span.end },
	];
}

export function isEventNoun(lexicon: Lexicon, w: TaggedWord): boolean {
	if (w.pos !== 'NOUN') return false;
	const first = lexicon.senses(w.lemma, 'n')[0];
	if (first === undefined) return false;
	const lexfile = lexicon.lexfile(first);
	// Acts and events, and what is said or met at them: "visit", "death", "briefing", "statement", "summit".
	return lexfile === LEXFILE.nounEvent || lexfile === LEXFILE.nounAct || lexfile === LEXFILE.nounCommunication;
}

/** The noun a date is written before: the head of the phrase right after it ("May 2005 Andijan massacre"). */
function headAfter(words: TaggedWord[], span: Span): TaggedWord | undefined {
	let head: TaggedWord | undefined;
	// The comma that closes a full date inside a noun phrase ("the CSTO's October 21-29, 2019, joint
	// exercises"), not one that ends a phrase ("on July 2, 2021, the spokesman said").
	const before = words.filter((w) => w.end <= span.start).at(-1);
	const inPhrase = before !== undefined && (before.pos === 'DET' || (before.pos === 'PART' && before.lower.endsWith('s')));
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
 * The words that may tell the event a date or figure of the claim at `span` belongs to, likeliest
 * first: the main verb of its part of the clause (unless it carries no event: "was", "took place"),
 * then the words of the vocabulary's families and the nouns that name events there, nearest first
 * ("put its membership on hold", "talks with Putin in March", "Karimov's death in September 2016").
 */
export function eventOf(claim: Claim, span: Span, lexicon: Lexicon): EventWord[] {
	const segment = segmentsOf(claim.words, claim.span).find((s) => span.start >= s.start && span.end <= s.end) ?? claim.span;
	const words = claim.words.filter((w) => w.start >= segment.start && w.end <= segment.end);
	const found = dateEventWords(words, span, lexicon, claim.analysis.tokens, true);
	// Where the words tied to the date carry no event the vocabulary or WordNet knows ("put its membership
	// on hold in May"), the clause's words of the vocabulary's verb families stand in, nearest first.
	if (found.length === 0) {
		const distance = (w: TaggedWord) => (w.end <= span.start ? span.start - w.end : w.start - span.end + 0.5);
		found.push(...words.filter((w) => isVerbFamily(w, claim.analysis.tokens, lexicon)).sort((a, b) => distance(a) - distance(b)));
	}
	return [...new Set(found)].slice(0, MAX_CANDIDATES).map((w) => eventWord(w, claim.analysis.tokens));
}

/**
 * The words a date at `span` is tied to, likeliest first: the noun it is written before ("a July 12
 * briefing", "the May 2005 Andijan massacre"), the nearest word for an act before it ("suspended its
 * membership in June 2012", "the massacre of late 2005"), the verb of its clause; for a date that
 * opens its clause, the first act after it.
 */
function dateEventWords(words: TaggedWord[], span: Span, lexicon: Lexicon, tokens: Token[], strict = false): TaggedWord[] {
	const found: TaggedWord[] = [];
	const head = headAfter(words, span);
	// Written before a noun, the writer's date is that noun's and no other word's (a passage's may also
	// be told by its clause: "exit … formalized during the December 2012 summit").
	if (head && strict) return [head];
	if (head) found.push(head);
	// A noun that modifies the noun after it ("a training ground") names no act of its own.
	const modifier = (w: TaggedWord) => w.pos === 'NOUN' && words[words.indexOf(w) + 1]?.pos === 'NOUN';
	const acts = (w: TaggedWord) =>
		(w.pos === 'VERB' && !LIGHT.has(w.lemma)) ||
		(w.pos === 'ADJ' && w.lower.endsWith('ed')) ||
		(isEventNoun(lexicon, w) && !modifier(w)) ||
		isVerbFamily(w, tokens, lexicon);
	const before = words.filter((w) => w.end <= span.start && acts(w)).at(-1);
	if (before) found.push(before);
	const verb = mainVerb(words[0] && LEADING.has(words[0].pos) ? words.slice(1) : words);
	if (verb && !LIGHT.has(verb.word.lemma)) found.push(verb.word);
	if (!before) {
		const next = words.find((w) => w.start >= span.end && acts(w));
		if (next) found.push(next);
	}
	// "chose to suspend", "agreed to hold": the act is the verb governed as well as the one that governs it.
	return found.flatMap((w) => {
		const governed = governedVerb(words, w);
		return governed ? [w, governed] : [w];
	});
}

/** The verb a verb governs through "to" ("decided to leave"), if it does. */
export function governedVerb(words: TaggedWord[], verb: TaggedWord): TaggedWord | undefined {
	if (verb.pos !== 'VERB') return undefined;
	const at = words.indexOf(verb);
	const to = words[at + 1];
	const next = words[at + 2];
	return to?.lower === 'to' && next?.pos === 'VERB' && !LIGHT.has(next.lemma) ? next : undefined;
}

// The likeliest few words are enough; more only cost time.
const MAX_CANDIDATES = 4;

const passageSegments = new WeakMap<EvidenceSentence, { words: TaggedWord[]; segments: Span[]; subjects: Span[] }>();

/** The subjects of a passage sentence's clauses. */
export function passageSubjects(sentence: EvidenceSentence, tagger: Tagger): Span[] {
	return segmentsOfPassage(sentence, tagger).subjects;
}

/** A passage sentence's words, tagged once. */
export function passageWords(sentence: EvidenceSentence, tagger: Tagger): TaggedWord[] {
	return segmentsOfPassage(sentence, tagger).words;
}

function segmentsOfPassage(sentence: EvidenceSentence, tagger: Tagger): { words: TaggedWord[]; segments: Span[]; subjects: Span[] } {
	let known = passageSegments.get(sentence);
	if (!known) {
		const words = tagger.tag(sentence.text);
		const clauses = clausesOf(sentence.text, words);
		const segments = clauses.flatMap((c) => segmentsOf(words, c.span));
		known = { words, segments, subjects: clauses.flatMap((c) => (c.subject ? [c.subject] : [])) };
		passageSegments.set(sentence, known);
	}
	return known;
}

/** Whether a word of a passage names the event. */
function tells(event: EventWord, word: TaggedWord, tokens: Token[], lexicon: Lexicon): boolean {
	if (event.key !== undefined && word.pos !== 'X') {
		const token = tokens.find((t) => t.kind === 'word' && t.start <= word.start && t.end >= word.end);
		if (token && sameKey(token.key, event.key)) return true;
	}
	let forLexicon = meanings.get(lexicon);
	if (!forLexicon) meanings.set(lexicon, (forLexicon = new Map()));
	let byWord = forLexicon.get(`${event.pos}:${event.lemma}`);
	if (!byWord) forLexicon.set(`${event.pos}:${event.lemma}`, (byWord = new Map()));
	const id = `${word.pos}:${word.lemma}:${word.lower}`;
	let same = byWord.get(id);
	if (same === undefined) {
		same = meansEvent(event, word, lexicon);
		byWord.set(id, same);
	}
	return same;
}

// Whether a word can mean an event's word, by their lemmas and classes: asked again and again for the same pairs.
const meanings = new WeakMap<Lexicon, Map<string, Map<string, boolean>>>();

function meansEvent(event: EventWord, word: TaggedWord, lexicon: Lexicon): boolean {
	// Doing again is another event than doing: "reopened" does not date the opening, nor "rejoined" the joining.
	if (isRepetition(event.lemma, word.lemma) || isRepetition(word.lemma, event.lemma)) return false;
	if (word.pos === 'ADJ') {
		const stem = word.lower.replace(/d$/, '');
		return [stem, stem.replace(/e$/, ''), word.lower.replace(/ed$/, '')].some(
			(lemma) => lexicon.has(lemma, 'v') && sameMeaning(lexicon, event, { lemma, pos: 'v' }),
		);
	}
	const pos = wordClass(word.pos);
	if (pos !== 'v' && pos !== 'n') return false;
	return sameMeaning(lexicon, event, { lemma: word.lemma, pos });
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
	const id = `${event.pos}:${event.lemma}:${event.key ?? ''}`;
	for (const sentence of sentences) {
		let known = partsCache.get(sentence);
		if (!known) partsCache.set(sentence, (known = new Map()));
		let parts = known.get(id);
		if (parts === undefined) {
			const { words, segments } = segmentsOfPassage(sentence, tagger);
			// A participle the model takes for an adjective ("—formalized during the summit") tells an event too.
			const hits = words.filter(
				(w) => (w.pos === 'VERB' || w.pos === 'NOUN' || (w.pos === 'ADJ' && w.lower.endsWith('ed'))) && tells(event, w, sentence.analysis.tokens, lexicon),
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
 * For each date of the claim, the passage's dates it is compared with: those the passage ties to the
 * same event (`aligned`); where the passage tells the event but dates it nowhere, the dates of the
 * sentences that tell it, which can agree but never disagree (`near`); all of the passage's when the
 * claim's event is unknown (`unknown`) or the passage does not tell it (`missing`: they too can agree
 * by chance, never disagree).
 */
export function alignDates<D extends { sentence: EvidenceSentence; mention: DateMention }>(
	events: readonly EventWord[][],
	unit: { sentences: readonly EvidenceSentence[] },
	dates: D[],
	lexicon: Lexicon,
	tagger: Tagger,
): { pools: D[][]; states: ('aligned' | 'near' | 'unknown' | 'missing')[] } {
	const pools: D[][] = [];
	const states: ('aligned' | 'near' | 'unknown' | 'missing')[] = [];
	for (const candidates of events) {
		if (candidates.length === 0) {
			pools.push(dates);
			states.push('unknown');
			continue;
		}
		const telling = unit.sentences.filter((sentence) => candidates.some((event) => eventParts([sentence], event, lexicon, tagger).size > 0));
		if (telling.length === 0) {
			pools.push(dates);
			states.push('missing');
			continue;
		}
		// A passage date belongs to the event its own words tie it to: the noun it is written before,
		// the nearest word for an act before it, the verb of its clause.
		const own = dates.filter(
			(d) =>
				telling.includes(d.sentence) &&
				dateEventsOf(d.sentence, lexicon, tagger)
					.get(d.mention)!
					.some((w) => candidates.some((event) => tells(event, w, d.sentence.analysis.tokens, lexicon))),
		);
		pools.push(own.length > 0 ? own : dates.filter((d) => telling.includes(d.sentence)));
		states.push(own.length > 0 ? 'aligned' : 'near');
	}
	return { pools, states };
}

const dateEventCache = new WeakMap<EvidenceSentence, Map<DateMention, TaggedWord[]>>();

/** For each date of a passage sentence, the words that may tell its event, likeliest first. */
function dateEventsOf(sentence: EvidenceSentence, lexicon: Lexicon, tagger: Tagger): Map<DateMention, TaggedWord[]> {
	let known = dateEventCache.get(sentence);
	if (known) return known;
	known = new Map();
	const { words, segments } = segmentsOfPassage(sentence, tagger);
	for (const date of sentence.dates) {
		const segment = segments.find((s) => date.span.start >= s.start && date.span.end <= s.end);
		const inside = segment ? words.filter((w) => w.start >= segment.start && w.end <= segment.end) : words;
		known.set(date, dateEventWords(inside, date.span, lexicon, sentence.analysis.tokens));
	}
	dateEventCache.set(sentence, known);
	return known;
}

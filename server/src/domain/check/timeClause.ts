// Clauses of time beside a date. One written after it ("Tolls have been charged since 1952, when
// they were restored", "in 1999, when the treaty lapsed") tells the date's act: its verb tells the
// date's event, and a "since" so followed dates that act as a point as well as the start of the state
// the main clause tells. One that leads the clause after the date's own phrase ("In 1961, after the
// pier had been pulled down, the council opened a new quay") tells an act of another time.
import { mainVerb } from '../claims/checkable';
import { leadingComma } from '../claims/clauses';
import type { TaggedWord } from '../language/tagger';
import { samePoint } from '../facts/dateParts';
import type { DateMention } from '../types';
import { governedVerb, isLight } from './lightVerbs';

// What closes a clause inside a sentence.
const CLAUSE_ENDS = new Set([',', ';', ':', '.', '(', ')', '—', '–']);

/**
 * The verb of a time clause set off after a date ("in 1999, when the treaty lapsed"), if the date is
 * a single point and the clause tells an act ("when it was independent" tells none).
 */
export function timeClauseVerb(words: TaggedWord[], mention: DateMention): TaggedWord | undefined {
	// A range's time clause tells its end, or its whole span: which is not plain.
	if (!samePoint(mention.start, mention.end)) return undefined;
	const at = words.findIndex((w) => w.start >= mention.span.end);
	if (at < 0 || words[at]!.lower !== ',' || words[at + 1]?.lower !== 'when') return undefined;
	const end = words.findIndex((w, k) => k > at + 1 && CLAUSE_ENDS.has(w.lower));
	const clause = words.slice(at + 2, end < 0 ? undefined : end);
	const verb = mainVerb(clause)?.word;
	return verb && verb.pos === 'VERB' && !isLight(clause, verb) ? verb : undefined;
}

/**
 * The words that tell a passage date's event, with the verb of the time clause after it (and the verb
 * that one governs: "when it agreed to join"), and without the verb of another date's time clause
 * where another act stands between them ("since 1952, when they were restored after being abolished
 * in 1938": 1938 is the abolishing's, the restoring is 1952's).
 */
export function withTimeClauses(words: TaggedWord[], dates: readonly DateMention[], date: DateMention, told: TaggedWord[]): TaggedWord[] {
	const others = dates.filter((d) => d !== date).flatMap((d) => timeClauseVerb(words, d) ?? []);
	const actBetween = (verb: TaggedWord) => words.some((w) => w.start >= verb.end && w.end <= date.span.start && w.pos === 'VERB' && !isLight(words, w));
	const kept = told.filter((w) => !(others.includes(w) && w.end <= date.span.start && actBetween(w)));
	const own = timeClauseVerb(words, date);
	if (!own || kept.includes(own)) return kept;
	const governed = governedVerb(words, own);
	return [...kept, own, ...(governed ? [governed] : [])];
}

// Leading conjunctions that tell the same time as the date's phrase before them ("In 2019, when the
// talks failed, …"), not another.
const SAME_TIME = new Set(['when', 'while', 'as']);

/**
 * The words of a clause that leads the main clause after the phrase of a date ("In early 2019, after
 * fines had been imposed on dozens of people, the first sentences were handed down"): what it tells
 * happened before or after the date, or for some reason of its own, not at the date. Empty where there
 * is none.
 */
export function laterLead(words: TaggedWord[], span: { start: number; end: number }): Set<TaggedWord> {
	const first = leadingComma(words);
	const opens = words[0]?.pos === 'ADP' || words[0]?.pos === 'SCONJ';
	if (!opens || first < 1 || words[first]!.start < span.end || words.slice(0, first).some((w) => w.pos === 'VERB')) return new Set();
	const lead = words[first + 1];
	if (!lead || !(lead.pos === 'ADP' || lead.pos === 'SCONJ') || SAME_TIME.has(lead.lower)) return new Set();
	const rest = words.slice(first + 1);
	const second = leadingComma(rest);
	const clause = second < 0 ? [] : rest.slice(0, second);
	// Only a clause with a verb of its own, before the main clause's: "In 2019, in Tallinn, …" leads with a place.
	if (!clause.some((w) => w.pos === 'VERB') || !rest.slice(second + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return new Set();
	return new Set(clause);
}

// Prepositions that put an act inside the time of a thing: "proposed during the conference", "signed at the summit".
const INSIDE = new Set(['during', 'at', 'throughout']);
// What a noun phrase after such a preposition is made of: "the Third Conference of the Harbour League on Safer Passage".
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADP', 'PART']);

/**
 * The act a passage tells as done during or at a thing whose date a relative clause after it gives
 * ("the charter was proposed during the Third Conference, which took place in Kelmouth on 16 May
 * 1987"): the act is of that date too. `happens` says whether the relative clause's verb only tells
 * that the thing took place.
 */
export function actInside(words: TaggedWord[], date: DateMention, happens: (verb: TaggedWord) => boolean): TaggedWord | undefined {
	const at = words.findIndex((w) => w.start >= date.span.start);
	let which = at - 1;
	while (which > 0 && words[which]!.lower !== 'which' && !CLAUSE_ENDS.has(words[which]!.lower)) which--;
	if (which < 2 || words[which]!.lower !== 'which' || words[which - 1]!.lower !== ',') return undefined;
	const verb = words.slice(which + 1, at).find((w) => w.pos === 'VERB');
	if (!verb || !happens(verb)) return undefined;
	let k = which - 2;
	while (k > 0 && !INSIDE.has(words[k]!.lower) && (NOUN_PHRASE.has(words[k]!.pos) || (words[k]!.pos === 'VERB' && words[k]!.lower.endsWith('ing')))) k--;
	if (!INSIDE.has(words[k]?.lower ?? '')) return undefined;
	const act = words[k - 1];
	return act?.pos === 'VERB' && !isLight(words, act) ? act : undefined;
}

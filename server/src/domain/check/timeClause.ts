// A time clause written after a date: "Conscription has been in place since 2015, when it was
// reinstated", "in 1999, when the treaty lapsed". The date is the time of the clause's act: its verb
// tells the date's event, and a "since" so followed dates that act as a point as well as the start
// of the state the main clause tells.
import { mainVerb } from '../claims/checkable';
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
 * where another act stands between them ("since 2015, when it was reinstated after being ended in
 * 2008": 2008 is the ending's, the reinstating is 2015's).
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

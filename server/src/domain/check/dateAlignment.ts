// How surely a passage's dates are those of a claim's event: for each date of the claim, the dates
// of the passage it is compared with, tied by the passage's own words to the same event, or only near
// it, or not at all.
import type { EvidenceSentence } from '../corpus/corpus';
import type { Lexicon } from '../language/lexicon';
import type { Tagger } from '../language/tagger';
import type { DateMention } from '../types';
import { dateEventsOf, datesOtherAct, eventParts, inEvent, passageHappening, passageWords, sameThingHappens, tells, type EventWord } from './events';
import { timeClauseVerb } from './timeClause';

/** A passage's date where it is written. */
type Dated = { sentence: EvidenceSentence; mention: DateMention };

/** How surely a passage's dates are the claim's event's: see `alignDates`. */
export type AlignState = 'aligned' | 'rare' | 'near' | 'unknown' | 'missing';

/** For each date of a claim, the passage's dates it is compared with and how: see `alignDates`. */
export interface Alignment<D> {
	pools: D[][];
	states: AlignState[];
	acts: Set<DateMention>[];
	apart: Set<DateMention>[];
	others: Set<DateMention>[];
}

/**
 * For each date of the claim, the passage's dates it is compared with: those the passage ties to the
 * same event (`aligned`), or to it only through a rarer sense of a word (`rare`: compared, never
 * rewritten); where the passage tells the event but dates it nowhere, the dates of the
 * sentences that tell it, which can agree but never disagree (`near`); all of the passage's when the
 * claim's event is unknown (`unknown`) or the passage does not tell it (`missing`: they too can agree
 * by chance, never disagree). With them, the passage's dates among its own whose time clause tells
 * the claim's act (`acts`: "since 1952, when the tolls were restored" dates the restoring as a point), and
 * the `near` ones written in a part of their sentence that does not tell the claim's act (`apart`:
 * "Shortly after X agreed to hold drills, Y argued that … since last September …"), and those tied to
 * another act of which the claim's is only a noun inside it (`others`: see `datesOtherAct`).
 */
export function alignDates<D extends Dated>(
	events: readonly EventWord[][],
	unit: { sentences: readonly EvidenceSentence[] },
	dates: D[],
	lexicon: Lexicon,
	tagger: Tagger,
): Alignment<D> {
	const aligned = events.map((all) => alignEvent(all, unit, dates, lexicon, tagger));
	return {
		pools: aligned.map((a) => a.pool),
		states: aligned.map((a) => a.state),
		acts: aligned.map((a) => a.acts),
		apart: aligned.map((a) => a.apart),
		others: aligned.map((a) => a.others),
	};
}

/** The passage's dates one claimed date is compared with, and how surely they are its event's: see `alignDates`. */
function alignEvent<D extends Dated>(
	all: readonly EventWord[],
	unit: { sentences: readonly EvidenceSentence[] },
	dates: D[],
	lexicon: Lexicon,
	tagger: Tagger,
): { pool: D[]; state: AlignState; acts: Set<DateMention>; apart: Set<DateMention>; others: Set<DateMention> } {
	// A light verb's noun is the event only where a passage tells it so: elsewhere the claim's event
	// is as unknown as it was without it.
	const candidates = all.filter((e) => !e.phrase || unit.sentences.some((sentence) => eventParts([sentence], e, lexicon, tagger).size > 0));
	if (candidates.length === 0) return { pool: dates, state: 'unknown', acts: new Set(), apart: new Set(), others: new Set() };
	const telling = unit.sentences.filter((sentence) => candidates.some((event) => eventParts([sentence], event, lexicon, tagger).size > 0));
	if (telling.length === 0) return { pool: dates, state: 'missing', acts: new Set(), apart: new Set(), others: new Set() };
	const tiedTo = (events: EventWord[]) => dates.filter((d) => telling.includes(d.sentence) && tiedBy(d, events, lexicon, tagger));
	// A noun standing in for the claim's verb tells its event only where no word of the clause itself
	// is told; a subject only with a verb that says the same of it ("broke out" and "started").
	let own = tiedTo(candidates.filter((e) => !e.argument));
	if (own.length === 0)
		own = dates.filter(
			(d) =>
				telling.includes(d.sentence) &&
				candidates.some(
					(e) =>
						e.argument && tiedBy(d, [e], lexicon, tagger) && (e.argument.role === 'object' || e.argument.happening === passageHappening(d, lexicon, tagger)),
				),
		);
	if (own.length > 0) {
		// Tied only by a rarer sense of a word ("sign" as "ratify"), the passage's date may be another
		// stage of the matter: compared, never rewritten.
		const usual = own.some((d) => tiedBy(d, candidates, lexicon, tagger, true));
		const acts = new Set(own.filter((d) => timeTold(d, candidates, lexicon, tagger)).map((d) => d.mention));
		return { pool: own, state: usual ? 'aligned' : 'rare', acts, apart: new Set(), others: new Set() };
	}
	const pool = dates.filter((d) => telling.includes(d.sentence));
	const told = (d: D) => candidates.some((e) => inEvent(eventParts([d.sentence], e, lexicon, tagger), d.sentence, d.mention.span));
	// A date the passage ties to another act, the claim's act a noun inside it, may agree by chance but
	// never tells the claim's act's date otherwise.
	const other = (d: D) => candidates.some((e) => datesOtherAct(e, d, lexicon, tagger));
	return {
		pool,
		state: 'near',
		acts: new Set(),
		apart: new Set(pool.filter((d) => !told(d)).map((d) => d.mention)),
		others: new Set(pool.filter(other).map((d) => d.mention)),
	};
}

/**
 * Whether the passage ties a date to one of the events by its own words: the noun it is written
 * before, the nearest word for an act before it, the verb of its clause (`usually`: in the words'
 * first senses).
 */
function tiedBy(d: Dated, events: EventWord[], lexicon: Lexicon, tagger: Tagger, usually = false): boolean {
	const words = passageWords(d.sentence, tagger);
	return dateEventsOf(d.sentence, lexicon, tagger)
		.get(d.mention)!
		.some((w) =>
			events.some((event) => tells(event, w, words, d.sentence.analysis.tokens, lexicon, usually) && sameThingHappens(event, w, d, lexicon, tagger)),
		);
}

/**
 * Whether a date's time clause has a verb that tells the claim's own act in its usual sense ("since
 * 1952, when the tolls were restored"): the date is that act's point in time.
 */
function timeTold(d: Dated, candidates: EventWord[], lexicon: Lexicon, tagger: Tagger): boolean {
	const words = passageWords(d.sentence, tagger);
	const verb = timeClauseVerb(words, d.mention);
	return (
		verb !== undefined &&
		candidates.some((e) => !e.argument && tells(e, verb, words, d.sentence.analysis.tokens, lexicon, true) && sameThingHappens(e, verb, d, lexicon, tagger))
	);
}

// The outcome of a passage that gives other dates than the claim's: whether it tells the claim's
// very event, so that its date is one to name or to write in, or says nothing of when it happened.
import type { EvidenceSentence } from '../corpus/corpus';
import { isActor, type Token } from '../text/analyzer';
import { dateEdits, dateFits, daySlip, isBound, monthSlip, PRECISION, type ClaimPoint } from './dateMatch';
import { samePoint } from '../facts/dateParts';
import type { AlignState } from './dateAlignment';
import { datedActOpposes, endsState } from './events';
import { numberOutcome, type Outcome } from './numberOutcome';
import { sentenceHasKey, type EvidencePoint } from './passages';
import type { Reading } from './verify';

// The share of a claim's weight that a passage sentence must hold to be taken for a retelling of it.
const RESTATED = 0.8;
// The words a retelling must share with the claim, at the least, to pin its act down.
const PARTICULARS = 6;
// The share of a claim's weight that the sentence giving a slipped day must hold.
const SLIP_TOLD = 0.5;
// A month recurs twelve times as often as a day of the year: the sentence must tell more of the claim.
const MONTH_SLIP_TOLD = 0.65;

/** For each claimed date the passage does not answer, the passage's dates it may be compared with instead. */
type FreeDates = Map<ClaimPoint, EvidencePoint[]>;

/** The outcome of a passage where some of the claim's dates found no date of the passage that agrees. */
export function dateOutcome(reading: Reading): Outcome {
	const { claim, unit, corpus, options, facts, score } = reading;
	const { claimPoints, unmatchedDates, unmatchedNumbers, figures, alignment } = facts;
	// Told by the clause's own words, not the subject it borrows.
	const own = reading.tokens.filter((t) => t.start >= claim.span.start && t.end <= claim.span.end);
	const free = freeDates(reading, own);
	// A passage that does not tell the claim's event cannot date it otherwise.
	const states = unmatchedDates.map((c) => alignment.states[claimPoints.indexOf(c)]!);
	const silent = datesSilent(reading, free, states);
	if (silent && unmatchedNumbers.length === 0) return { kind: 'partial', score, unit };
	if (!silent && (reading.pinned(figures.length - unmatchedNumbers.length) < options.event || !reading.sameEvent || reading.intendedOnly))
		return { kind: 'partial', score, unit };
	// A passage's "since 1952, when the tolls were restored" dates the claim's act as a point too.
	const asAct = (c: ClaimPoint, d: EvidencePoint) => alignment.acts[claimPoints.indexOf(c)]!.has(d.mention);
	const edits = silent ? undefined : dateEdits(claim, unmatchedDates, (c) => free.get(c) ?? [], corpus, asAct);
	if (!edits && unmatchedNumbers.length === 0) return { kind: 'partial', score, unit };
	if (!edits)
		return (
			numberOutcome(claim, unmatchedNumbers, facts.numbers, score, reading.pinned(claimPoints.length - unmatchedDates.length), unit, corpus, options) ?? {
				kind: 'partial',
				score,
				unit,
			}
		);
	return {
		kind: 'wrong-date',
		score: reading.pinned(figures.length - unmatchedNumbers.length),
		unit,
		edits: edits.edits,
		said: edits.said,
		distance: edits.distance,
		slips: edits.slips,
		precise: edits.precise,
		aligned: editsAligned(reading, own, free, states),
		from: unmatchedDates.flatMap((c) => chosenFor(free, c)?.sentence ?? []),
	};
}

/** The passage's date the fix writes in place of a claimed one, if it writes one. */
function chosenFor(free: FreeDates, point: ClaimPoint): EvidencePoint | undefined {
	return free.get(point)?.find((d) => d.used);
}

/** The weight of the claim's own words a passage sentence says. */
function told(reading: Reading, own: Token[], sentence: EvidenceSentence): number {
	return own.reduce((sum, t) => sum + (sentenceHasKey(sentence, t.key) ? reading.corpus.weight(t.key, t.kind) : 0), 0);
}

/** For each unanswered claimed date, the passage's dates not yet used that may date the claim's act, each fresh. */
function freeDates(reading: Reading, own: Token[]): FreeDates {
	const { unit, facts } = reading;
	const { unmatchedDates, dates, alignment, claimPoints } = facts;
	// A claimed range is answered by the passage's range as a whole, even where a single date of
	// the claim already agreed with one of its ends ("in 2006 … for 2007-2009" against "for 2006-2008").
	const rangeClaimed = unmatchedDates.some((c) => c.role !== 'point');
	// A period the claim gives is answered only by a period of the passage, not by the date of a single
	// act ("suspended … between 1999 and 2006" against "suspended … in June 2012"): an act may begin
	// another period as well as end this one.
	const freeOf = (pool: EvidencePoint[], c: ClaimPoint) =>
		pool.filter(
			(d) =>
				(!d.used || (rangeClaimed && d.bySingle && !samePoint(d.mention.start, d.mention.end))) &&
				// A bound answers only a bound of its kind ("by 1 January 2024" a claimed "by 1 January 2025").
				(!isBound(d.mention) || d.mention.qualifier === c.mention.qualifier) &&
				(c.role === 'point' || !samePoint(d.mention.start, d.mention.end)),
		);
	const fresh = new Map(dates.map((d) => [d, { ...d, used: false }]));
	// In a pair, a date dates the claim's act only in a sentence that tells much of the claim, not in
	// one that only shares a name or two with it ("… noted in our March 1994 interview"), unless
	// the sentence that tells most has no date of its own ("That same day, Westmark ratified …").
	const telling = unit.pair ? [...unit.sentences].sort((a, b) => told(reading, own, b) - told(reading, own, a))[0]! : undefined;
	// A sentence that goes on with "it" or "they" and names no one tells with the one before it.
	const goesOn = (sentence: EvidenceSentence) => sentence !== unit.sentences[0] && sentence.analysis.pronoun && sentence.analysis.entities.length === 0;
	const tellsMuch = (d: EvidencePoint) =>
		!telling || d.sentence === telling || telling.dates.length === 0 || goesOn(d.sentence) || told(reading, own, d.sentence) >= told(reading, own, telling) / 2;
	return new Map(
		unmatchedDates.map((c) => [
			c,
			freeOf(alignment.pools[claimPoints.indexOf(c)]!, c)
				// A day one part off the claim's is the claim's act wherever in the pair it is told.
				.filter((d) => tellsMuch(d) || daySlip(c.point, d.point))
				.map((d) => fresh.get(d)!),
		]),
	);
}

/** The passage does not date this event: the date is not backed, but a figure may still be wrong. */
function datesSilent(reading: Reading, free: FreeDates, states: AlignState[]): boolean {
	const { tokens, facts } = reading;
	const { unmatchedDates, dates, claimPoints } = facts;
	// Where the claim's event is not known ("was a member from 2006"), only a passage with one date,
	// against a claim with one, can be said to date it otherwise.
	const unknownEvent = states.includes('unknown') && (unmatchedDates.length > 1 || new Set(dates.map((d) => d.mention.text)).size > 1);
	// Nor can one whose actors are not the claim's: the subject named only around it, it tells of others.
	// A passage that does not tie a date to the claim's event ('missing', 'near') may still date it
	// otherwise when it has one date only and tells most of what happens: said, never rewritten.
	// The sentence of that date must name all the claim's actors itself.
	// A claim that names no actor ("Fighting resumed on …") is pinned to no passage's event so.
	const namesActor = tokens.some(isActor);
	const allHere = (d: EvidencePoint) =>
		namesActor && tokens.every((t) => t.kind !== 'entity' || d.sentence.analysis.tokens.some((s) => s.kind === 'entity' && s.key === t.key));
	// Where the passage has no word for the event at all, only a claim of one date can be matched so.
	const loose = (state: string, c: ClaimPoint) =>
		(state === 'missing' || state === 'near') &&
		((state === 'missing' && claimPoints.length > 1) || new Set(free.get(c)!.map((d) => d.mention.text)).size !== 1 || !free.get(c)!.every(allHere));
	// Nor does one whose dates are all those of another act it tells the claim's act within.
	const others = (c: ClaimPoint) => free.get(c)!.every((d) => facts.alignment.others[claimPoints.indexOf(c)]!.has(d.mention));
	return (
		unknownEvent || !reading.actorHere || unmatchedDates.some((c, k) => loose(states[k]!, c) || others(c)) || [...free.values()].some((f) => f.length === 0)
	);
}

/**
 * Fixed only where the passage ties each date to the very event: else said, not rewritten. A
 * sentence that restates nearly all of the claim, agreeing on many particulars, tells the same
 * act though it words the act otherwise ("spoke to" for "told", "got to" for "reached"), when
 * the date is the only one it holds (written beside its word for the act or not: "the summit in July
 * 2005 called on …") or a rarer sense of its words ties the date to the act.
 * Few particulars do not pin an act down: a council that "voted for" a budget in one year
 * may have "approved" it in another.
 */
function editsAligned(reading: Reading, own: Token[], free: FreeDates, states: AlignState[]): boolean {
	const { claim, corpus } = reading;
	const { unmatchedDates } = reading.facts;
	const ownWeight = own.reduce((sum, t) => sum + corpus.weight(t.key, t.kind), 0);
	const restated = (state: AlignState, point: ClaimPoint) => {
		const chosen = chosenFor(free, point);
		if (!chosen) return false;
		// A date written in a part of the sentence that tells another act is that act's, however much
		// of the claim the rest of the sentence tells, and however like the claim's it is.
		if (reading.facts.alignment.apart[reading.facts.claimPoints.indexOf(point)]!.has(chosen.mention)) return false;
		// A day one part off the claim's, in a sentence that tells much of the claim in its words, is the
		// claim's day mistyped: that the other is another event of the same day of the year is too unlikely.
		const slipTold = daySlip(point.point, chosen.point) ? SLIP_TOLD : monthSlip(point.point, chosen.point) ? MONTH_SLIP_TOLD : undefined;
		if (
			slipTold !== undefined &&
			told(reading, own, chosen.sentence) >= slipTold * ownWeight &&
			!datedActOpposes(claim.words, chosen, corpus.lexicon, corpus.tagger)
		)
			return true;
		if (state !== 'rare' && ((state !== 'missing' && state !== 'near') || chosen.sentence.dates.length !== 1)) return false;
		const shared = new Set(own.filter((t) => sentenceHasKey(chosen.sentence, t.key)).map((t) => t.key));
		return shared.size >= PARTICULARS && told(reading, own, chosen.sentence) >= RESTATED * ownWeight;
	};
	// Where a state ends ("keeps the base through 2042") is rewritten only from where the passage says it ends.
	const endsAgree = (point: ClaimPoint) => {
		if (!endsState(claim.sentence.text, point.mention.span)) return true;
		const chosen = chosenFor(free, point);
		return chosen !== undefined && endsState(chosen.sentence.text, chosen.mention.span, true);
	};
	// The passage gives the claim's own date too, to another act of the same telling: which act the claim
	// dates is not plain, so the writer's date is not rewritten.
	const givenElsewhere = (point: ClaimPoint) =>
		reading.facts.dates.some((d) => PRECISION[d.point.granularity] >= PRECISION[point.point.granularity] && dateFits(point, d.point));
	if (unmatchedDates.some(givenElsewhere)) return false;
	return (
		unmatchedDates.every(endsAgree) &&
		states.every(
			(state, k) => state === 'aligned' || (state === 'unknown' && free.get(unmatchedDates[k]!)!.length === 1) || restated(state, unmatchedDates[k]!),
		)
	);
}

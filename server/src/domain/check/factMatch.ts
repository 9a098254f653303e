// The claim's dates and figures against a passage's: which of the claim's the passage answers,
// which it leaves unanswered (to be found wrong, or not told), and which it gives too coarsely to tell.
import type { SourceMeta } from '../corpus/bibliography';
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import { findDates } from '../facts/dates';
import { comparable, findNumbers, isFigure, sameNumber } from '../facts/numbers';
import { isActor, sameKey, type Token } from '../text/analyzer';
import type { DateMention, DatePoint, NumberMention, Span } from '../types';
import { isSayingVerb } from '../claims/checkable';
import { isPastParticiple } from '../claims/clauseWords';
import type { Claim } from '../claims/claim';
import { coarseFor, dateFits, datedBefore, datesFitting, pointsOf, PRECISION, type ClaimPoint } from './dateMatch';
import { samePoint } from '../facts/dateParts';
import { alignDates, type Alignment } from './dateAlignment';
import { agentClauseOf, passageWords, type EventWord } from './events';
import { labelledThings } from './labelledDates';
import type { EvidencePoint, Unit } from './passages';

/** The claim's dates and figures against the passage's: which of the claim's the passage does not answer. */
export interface FactMatch {
	claimPoints: ClaimPoint[];
	/** The passage's dates that bear on the claim. */
	dates: EvidencePoint[];
	alignment: Alignment<EvidencePoint>;
	/** The year the passage's source was published, if known. */
	published: number | undefined;
	unmatchedDates: ClaimPoint[];
	/** Claimed dates the passage gives no more precisely than a coarser one: it cannot tell. */
	unconfirmed: ClaimPoint[];
	/** Claimed dates the passage agrees with only less precisely ("June 2004" against "2004"). */
	vague: ClaimPoint[];
	numbers: Unit['numbers'];
	/** The claim's figures to check against the passage's. */
	figures: NumberMention[];
	unmatchedNumbers: NumberMention[];
}

// How far around a passage a unit it names by its ordinal may be named in full.
const UNIT_REACH = 3;

/**
 * "the 114th moved to the frontier": an ordinal written with digits that ranks no noun after it
 * stands for the unit it names (the 114th brigade), as a name does ("the 32nd member" ranks one).
 */
function namesUnit(figure: NumberMention, claim: Claim): boolean {
	if (figure.unit !== 'ordinal' || !/\d/.test(figure.text)) return false;
	const next = claim.words.find((w) => w.start >= figure.span.end);
	return next === undefined || !['NOUN', 'ADJ', 'NUM', 'PROPN'].includes(next.pos);
}

/** Whether the passage, the sentences around it or its source's title name the unit an ordinal stands for. */
function unitNamed(figure: NumberMention, unit: Unit, meta: SourceMeta | undefined, corpus: Corpus): boolean {
	const written = new RegExp(`(?<![\\p{L}\\p{N}])${figure.text.replace(/[^\p{L}\p{N}]/gu, '')}(?![\\p{L}\\p{N}])`, 'iu');
	const around = unit.sentences.flatMap((s) => corpus.sentencesAround(s, UNIT_REACH));
	return written.test(meta?.title ?? '') || around.some((s) => written.test(s.text));
}

/** Compares the claim's dates and figures with those of the passage that bear on the claim. */
export function matchFacts(claim: Claim, tokens: Token[], events: EventWord[][], unit: Unit, claimPoints: ClaimPoint[], corpus: Corpus): FactMatch {
	// In a pair, a sentence that shares none of the claim's words is context, and its dates and figures belong to another event.
	const words = tokens.filter((t) => t.kind !== 'entity');
	const bearing = new Set(
		unit.sentences.filter((sentence) => !unit.pair || sentence.analysis.tokens.some((t) => t.kind !== 'entity' && words.some((w) => sameKey(w.key, t.key)))),
	);
	const ownKeys = new Set(tokens.map((t) => t.key));
	// A date that another clause of the sentence gives answers that clause ("reelected in 1979 and again
	// in 1984" against "in 1979 and 1986"): it is no candidate for this one's.
	const sibling = (mention: DateMention) => claim.siblingDates.some((o) => samePoint(o.start, mention.start) && samePoint(o.end, mention.end));
	const actor = claimActor(claim, tokens);
	const dates = unit.dates
		.filter((d) => bearing.has(d.sentence) && !labelsOther(d, ownKeys, corpus) && !(actor && ofOtherActor(d, actor, corpus)))
		.map((d) => ({ ...d, used: sibling(d.mention) }));
	// Each claimed date is compared with the dates of the passage's parts that tell its event.
	const alignment = alignDates(events, unit, dates, corpus.lexicon, corpus.tagger);
	const meta = corpus.source(unit.sentences[0]!.key)?.meta;
	const { unmatchedDates, unconfirmed, vague } = unmatchedClaimDates(claimPoints, events, alignment.pools, unit, meta, corpus, claim.frame ?? []);
	const numbers = unit.numbers.filter((n) => bearing.has(n.sentence)).map((n) => ({ ...n, used: false }));
	// A multiple ("doubled", "bilateral") is a figure to check only against the passage's own; where
	// the passage has none it is a word of the claim, read as such.
	const figures = claim.numbers.filter((c) => isFigure(c) || numbers.some((e) => comparable(c, e.mention)));
	const unmatchedNumbers = figures.filter((c) => {
		if (namesUnit(c, claim) && unitNamed(c, unit, meta, corpus)) return false;
		const hit = numbers.find((e) => !e.used && (sameNumber(c, e.mention) || ordinalOfCount(c, claim.sentence.text, e, corpus)));
		if (hit) hit.used = true;
		return !hit;
	});
	return { claimPoints, dates, alignment, published: meta?.year, unmatchedDates, unconfirmed, vague, numbers, figures, unmatchedNumbers };
}

/** The actor the claim's subject names, if it names one. */
function claimActor(claim: Claim, tokens: Token[]): Token | undefined {
	const subject = claim.subject;
	return subject && tokens.find((t) => isActor(t) && !t.referent && t.start >= subject.start && t.end <= subject.end);
}

/**
 * A date of a clause told of an agent of its own ("Eastland became toll free in 1973, followed
 * by Westmark and Southmoor in 1974"): the agent is an actor of the claim's actor's kind, and the clause
 * does not name the claim's actor at all. Its date is that agent's, not the claim's.
 */
function ofOtherActor(d: { sentence: EvidenceSentence; mention: DateMention }, actor: Token, corpus: Corpus): boolean {
	const clause = agentClauseOf(d.sentence, d.mention.span, corpus.tagger);
	if (!clause) return false;
	const inSpan = (span: { start: number; end: number }) =>
		d.sentence.analysis.tokens.filter((t) => t.kind === actor.kind && t.start >= span.start && t.end <= span.end);
	if (inSpan(clause.span).some((t) => corpus.actorKey(t) === actor.key)) return false;
	const type = corpus.analyzer.entityType(actor.key);
	return inSpan(clause.subject).some((t) => corpus.analyzer.entityType(corpus.actorKey(t)) === type);
}

/**
 * A date written in brackets after a thing the claim does not name is that thing's ("signed the Fisheries
 * Treaty (1968), … the Lighthouse Convention, and …"): it dates nothing the claim tells.
 */
function labelsOther(d: { sentence: EvidenceSentence; mention: DateMention }, ownKeys: Set<string>, corpus: Corpus): boolean {
	const named = labelledThings(d.sentence, corpus.tagger).get(d.mention);
	if (!named) return false;
	const weight = named.reduce((sum, t) => sum + corpus.weight(t.key, t.kind), 0);
	const shared = named.reduce((sum, t) => sum + (ownKeys.has(t.key) ? corpus.weight(t.key, t.kind) : 0), 0);
	return weight > 0 && shared < weight / 2;
}

/**
 * The claimed dates no date of the passage answers, each answered date marked used, and apart the
 * ones the passage gives too coarsely to tell.
 */
function unmatchedClaimDates(
	claimPoints: ClaimPoint[],
	events: EventWord[][],
	pools: EvidencePoint[][],
	unit: Unit,
	meta: SourceMeta | undefined,
	corpus: Corpus,
	frame: Span[],
): { unmatchedDates: ClaimPoint[]; unconfirmed: ClaimPoint[]; vague: ClaimPoint[] } {
	// A report that gives no date for what it tells tells of the days it was published in.
	let before: DatePoint[] | undefined;
	const unconfirmed: ClaimPoint[] = [];
	const vague: ClaimPoint[] = [];
	const hitOf = new Map<ClaimPoint, EvidencePoint>();
	const unanswered = claimPoints.filter((c, i) => {
		const pool = pools[i]!;
		// "A 1998 report called …": the year of the text that says it is the year of the source it is read in.
		if (meta?.year === c.point.year && c.point.granularity === 'year' && frame.some((s) => c.mention.span.start >= s.start && c.mention.span.end <= s.end))
			return false;
		if (pool.length === 0 && answeredAround(c, events[i]!, unit, meta, corpus, () => (before ??= datedBefore(unit, corpus)))) return false;
		// Said no more precisely than the year: this passage cannot tell.
		if (!datesFitting(c, pool).length && pool.some((d) => coarseFor(c, d.point))) {
			unconfirmed.push(c);
			return false;
		}
		const hits = datesFitting(c, pool);
		// One source date answers one claimed date: the one written as precisely, so that "the 1990s"
		// does not use up the "1999" a later "1998" should be compared with.
		// A single date is answered by a single date before a range's end, so that the range is left
		// whole for a claimed range ("in 2006 … for 2007-2009" against "September 6 … for 2006-2008").
		const single = (h: EvidencePoint) => samePoint(h.mention.start, h.mention.end) === (c.role === 'point');
		const hit =
			hits.find((h) => single(h) && h.point.granularity === c.point.granularity) ??
			hits.find(single) ??
			hits.find((h) => h.point.granularity === c.point.granularity) ??
			hits[0];
		if (hit) {
			hit.used = true;
			hit.bySingle = c.role === 'point';
			hitOf.set(c, hit);
			if (PRECISION[hit.point.granularity] < PRECISION[c.point.granularity]) vague.push(c);
		}
		return hit === undefined;
	});
	const straddling = claimPoints.filter((c) => straddles(c, claimPoints, hitOf));
	for (const c of straddling) hitOf.get(c)!.used = false;
	return { unmatchedDates: claimPoints.filter((c) => unanswered.includes(c) || straddling.includes(c)), unconfirmed, vague };
}

/**
 * Whether a claimed date the passage itself does not give is answered by what is around it: the
 * sentences before it that date what it tells, or the report's own date.
 */
function answeredAround(c: ClaimPoint, event: EventWord[], unit: Unit, meta: SourceMeta | undefined, corpus: Corpus, before: () => DatePoint[]): boolean {
	if (before().some((d) => PRECISION[d.granularity] >= PRECISION[c.point.granularity] && dateFits(c, d))) return true;
	if (meta?.year !== undefined && meta.month !== undefined && c.point.granularity === 'month' && c.point.year === meta.year && c.point.month === meta.month)
		return true;
	// "By 2006, relations had been improving": what a report of 2006 tells as so was so by then.
	const bound = c.mention.qualifier === 'by' || c.mention.qualifier === 'before';
	if (meta?.year !== undefined && bound && dateFits(c, { year: meta.year, granularity: 'year' })) return true;
	// "Writing in 1989, one survey concluded that …": a year of saying is when a report said it,
	// and a report of that year that tells it undated says it then. (A day or a month it would name.)
	const saying = event.some((e) => e.pos === 'v' && isSayingVerb(e.lemma, corpus.lexicon));
	// So is anything a report tells undated where the nearest sentence before it that dates anything
	// dates only what was still to come when it was written ("the drawdown in 2014", in a report of
	// 2013): the story is told in the report's present. (With no date near, an act may be older.)
	const undated = meta?.year !== undefined && before().length > 0 && before().every((d) => d.year !== undefined && d.year > meta.year!);
	return meta?.year === c.point.year && c.point.granularity === 'year' && (saying || undated || toldInPresent(unit, corpus));
}

/**
 * Whether a claimed period's start is where one of the passage's periods ends while its end is
 * another's: "ran the ferry from 1990 until 2004" against "from 1975 to 1990, then from 1991 to 2004"
 * straddles the two, and its start is not answered.
 */
function straddles(c: ClaimPoint, claimPoints: ClaimPoint[], hitOf: Map<ClaimPoint, EvidencePoint>): boolean {
	const start = hitOf.get(c);
	const other = claimPoints.find((o) => o.mention === c.mention && o.role === 'end');
	const end = other && hitOf.get(other);
	return (
		c.role === 'start' &&
		start !== undefined &&
		end !== undefined &&
		start.mention !== end.mention &&
		start.point === start.mention.end &&
		!samePoint(start.mention.start, start.mention.end)
	);
}

// Finite forms that tell the present, and the past.
const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);
const PAST = new Set(['was', 'were', 'had', 'did']);

/**
 * Whether the passage tells its matter in the present tense and nowhere in the past ("Iran is already an
 * observer", "Russia is trying to …"): an undated present is the report's own time.
 */
function toldInPresent(unit: Unit, corpus: Corpus): boolean {
	let present = false;
	for (const sentence of unit.sentences) {
		const words = passageWords(sentence, corpus.tagger);
		for (const [i, w] of words.entries()) {
			if (w.pos !== 'VERB' && w.pos !== 'AUX') continue;
			const participle = /(?:ing|ed|en)$/.test(w.lower) && words[i - 1] !== undefined && (words[i - 1]!.pos === 'AUX' || words[i - 1]!.pos === 'VERB');
			if (PAST.has(w.lower) || (isPastParticiple(w) && !participle)) return false;
			if (PRESENT.has(w.lower) || (w.pos === 'VERB' && w.lower !== w.lemma && /[^s]s$/.test(w.lower))) present = true;
		}
	}
	return present;
}

/**
 * Whether a passage's own text gives every date and figure of the claim, at least as precisely: a
 * passage that supports a whole sentence confirms a clause's date only where it writes that date.
 */
export function givesFactsOf(claim: Claim, quote: string): boolean {
	const dates = findDates(quote);
	const points = dates.flatMap((d) => [d.start, d.end]);
	const datesGiven = pointsOf(claim.dates).every((c) => points.some((p) => PRECISION[p.granularity] >= PRECISION[c.point.granularity] && dateFits(c, p)));
	const numbers = findNumbers(
		quote,
		dates.map((d) => d.span),
	);
	return datesGiven && claim.numbers.filter(isFigure).every((n) => numbers.some((m) => sameNumber(n, m)));
}

/** The word written right after a figure ("member" of "32nd member", "members" of "32 members"). */
function wordAfter(text: string, mention: NumberMention): string | undefined {
	return /^[\s-]*(\p{L}+)/u.exec(text.slice(mention.span.end))?.[1];
}

/**
 * "became the 14th member" against "enlarging the league to 14 members": the N-th of a thing is
 * the thing's count reaching N, where both count the same thing.
 */
function ordinalOfCount(claimed: NumberMention, text: string, passage: { mention: NumberMention; sentence: EvidenceSentence }, corpus: Corpus): boolean {
	const other = passage.mention;
	if (claimed.value !== other.value || claimed.bound || other.bound || [claimed.unit, other.unit].sort().join() !== 'count,ordinal') return false;
	const a = wordAfter(text, claimed);
	const b = wordAfter(passage.sentence.text, other);
	return a !== undefined && b !== undefined && sameKey(corpus.analyzer.conceptOf(a), corpus.analyzer.conceptOf(b));
}

/**
 * Saying the opposite is about the same moment: a denial from 2021 does not contradict a claim about
 * 2006. An undated passage speaks as of its source's publication ("is not reviewing rejoining").
 */
export function sameMoment({ unmatchedDates, alignment, claimPoints, published }: FactMatch): boolean {
	return (
		unmatchedDates.length === 0 ||
		(unmatchedDates.every((c) => alignment.pools[claimPoints.indexOf(c)]!.length === 0) &&
			published !== undefined &&
			unmatchedDates.every((c) => dateFits(c, { year: published, granularity: 'year' })))
	);
}

/**
 * "reached $6 million in 1998" against "from 1998 to 1999 … rose by a fifth, reaching $7 million": a
 * claim's year that only the first year of a period of the passage agrees with does not make the
 * passage's figures the claim's: they are the period's, told at its end. (One that is the last year is
 * when the figure was reached.)
 */
export function periodOnly(claim: Claim, { claimPoints, dates }: FactMatch): boolean {
	// A clause of no date of its own ("…, a rise of a fifth on the year before") is told at its sentence's date.
	const points = claimPoints.length > 0 ? claimPoints : pointsOf(claim.siblingDates);
	const opens = (d: EvidencePoint, year: number | undefined) =>
		d.mention.start.year === year && d.mention.end.year !== undefined && d.mention.end.year !== year;
	return (
		points.length > 0 &&
		points.every((c) => c.role === 'point') &&
		points.every(
			(c) => dates.some((d) => opens(d, c.point.year)) && !dates.some((d) => samePoint(d.mention.start, d.mention.end) && d.point.year === c.point.year),
		)
	);
}

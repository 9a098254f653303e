// Comparing a claim's dates with a passage's: which agree, which are wrong, and the fix that writes
// the passage's date in the writer's form.
import type { Claim } from '../claims/claim';
import type { Corpus } from '../corpus/corpus';
import { samePoint } from '../facts/dateParts';
import { formatDate, formatRange, sameDate } from '../facts/dates';
import { sameKey, type Token } from '../text/analyzer';
import type { DateMention, DatePoint, Span } from '../types';
import type { EvidencePoint, Unit } from './passages';
import type { SentenceEdit } from './verify';

export interface ClaimPoint {
	point: DatePoint;
	mention: DateMention;
	role: 'point' | 'start' | 'end';
}

/**
 * The dates of the few sentences before an undated passage: "In a July editorial, … Panina pointed
 * to threats … "The armed forces … should be subordinated", she said." They can agree with a
 * claim's date; they never make it wrong, being another sentence's.
 */
export function datedBefore(unit: Unit, corpus: Corpus): DatePoint[] {
	const first = unit.sentences[0]!;
	const points: DatePoint[] = [];
	for (let id = first.id - 1; id >= Math.max(0, first.id - 3); id--) {
		const sentence = corpus.retriever.sentence(id);
		if (!sentence || sentence.key !== first.key) break;
		for (const mention of sentence.dates) points.push(mention.start, mention.end);
		if (points.length > 0) break;
	}
	return points;
}

/** "after 2014", "before 2017": a bound, not the date of an event. */
export function isBound(mention: DateMention): boolean {
	return mention.qualifier === 'before' || mention.qualifier === 'after' || mention.qualifier === 'by' || mention.qualifier === 'until';
}

export const PRECISION: Record<DatePoint['granularity'], number> = { decade: 0, year: 1, month: 2, day: 3 };

/**
 * The source's dates that a claimed date agrees with. The passage's most precise dates (up to the
 * claim's precision) decide: a bare "2012" elsewhere in a passage that dates the event "June 2012"
 * cannot vouch for a claimed "April 15, 2012".
 */
export function datesFitting(claim: ClaimPoint, dates: EvidencePoint[]): EvidencePoint[] {
	const usable = dates.filter((d) => isBound(d.mention) === isBound(claim.mention) || !isBound(d.mention));
	const wanted = PRECISION[claim.point.granularity];
	const level = Math.min(wanted, Math.max(-1, ...usable.map((d) => PRECISION[d.point.granularity])));
	return usable.filter((d) => PRECISION[d.point.granularity] >= level && ((dateFits(claim, d.point) && !otherBound(claim, d)) || samePartOfYear(claim, d)));
}

/**
 * A source's own bound of the same kind at another date ("a decree to dissolve them by 1 January
 * 2024" against a claimed "by 1 January 2025"): the bound is what the source states, a deadline or a
 * count as of a date, not a time the claim's bound may lie after.
 */
function otherBound(claim: ClaimPoint, source: EvidencePoint): boolean {
	return isBound(claim.mention) && source.mention.qualifier === claim.mention.qualifier && !sameDate(claim.point, source.point);
}

/** "early 2009" against a source's own "early 2009": the same part of the same year, as precise as the claim. */
function samePartOfYear(claim: ClaimPoint, source: EvidencePoint): boolean {
	return isPartOfYear(claim.mention.qualifier) && source.mention.qualifier === claim.mention.qualifier && sameDate(claim.point, source.point);
}

export function pointsOf(mentions: DateMention[]): ClaimPoint[] {
	const points: ClaimPoint[] = [];
	for (const mention of mentions) {
		if (samePoint(mention.start, mention.end)) points.push({ point: mention.start, mention, role: 'point' });
		else points.push({ point: mention.start, mention, role: 'start' }, { point: mention.end, mention, role: 'end' });
	}
	return points;
}

/** Compares two points on their years, then months, then days, as far as both go. */
export function compare(a: DatePoint, b: DatePoint): number {
	if (a.year !== undefined && b.year !== undefined) {
		const ay = a.granularity === 'decade' ? Math.floor(a.year / 10) : a.year;
		const by = b.granularity === 'decade' ? Math.floor(b.year / 10) : b.year;
		if (a.granularity === 'decade' || b.granularity === 'decade') {
			const x = a.granularity === 'decade' ? ay : Math.floor(a.year / 10);
			const y = b.granularity === 'decade' ? by : Math.floor(b.year / 10);
			return x - y;
		}
		if (a.year !== b.year) return a.year - b.year;
	}
	if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return a.month - b.month;
	if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return a.day - b.day;
	return 0;
}

const PARTS_OF_YEAR = { early: [1, 5], mid: [4, 9], late: [8, 12] } as const;
const isPartOfYear = (q: DateMention['qualifier']): q is keyof typeof PARTS_OF_YEAR => q === 'early' || q === 'mid' || q === 'late';

/** A source's bare "2005" against a claimed "late 2005": it neither confirms nor denies the part of the year. */
export function coarseFor(claim: ClaimPoint, source: DatePoint): boolean {
	return isPartOfYear(claim.mention.qualifier) && claim.point.granularity === 'year' && source.granularity === 'year' && source.year === claim.point.year;
}

/** A claimed date fits a source's date when they agree, or when the claim only bounds it ("before 2017"). */
export function dateFits(claim: ClaimPoint, source: DatePoint): boolean {
	// A source's "2 January" of no known year, in an account of the events, agrees with a claimed "2
	// January 2022" on all it says; another day is another day whatever the year.
	if (claim.point.year !== undefined && source.year === undefined)
		return source.month !== undefined && source.month === claim.point.month && source.day === claim.point.day && claim.mention.qualifier === undefined;
	// A claimed "August 29" of no year and a source's bare "2005" have nothing to agree on.
	if (claim.point.year === undefined && source.month === undefined) return false;
	const q = claim.mention.qualifier;
	// "late 2005" is not the source's "May 2005"; the parts overlap, as writers' use of them does.
	const part = isPartOfYear(q) ? PARTS_OF_YEAR[q] : undefined;
	if (part && claim.point.granularity === 'year' && source.month !== undefined && source.year === claim.point.year) {
		return source.month >= part[0] && source.month <= part[1];
	}
	if (coarseFor(claim, source)) return false;
	if (sameDate(claim.point, source)) return true;
	if (q === 'before' || q === 'by' || q === 'until') return compare(source, claim.point) < 0;
	if (q === 'after') return compare(source, claim.point) > 0;
	return false;
}

/** Whether a passage's date may stand for a wrong date of the claim, by their kinds. */
function mayAnswer(point: ClaimPoint, candidate: EvidencePoint, asAct: (point: ClaimPoint, candidate: EvidencePoint) => boolean): boolean {
	// "since March 1998" is answered by a "since", not by the date of another event.
	// And a "since" only answers a "since": the start of a state is not the date of an act, unless
	// the passage gives it as the time of the claim's act too ("since 1952, when the tolls were restored").
	const since = candidate.mention.qualifier === 'since' && !(point.mention.qualifier !== 'since' && asAct(point, candidate));
	if ((point.mention.qualifier === 'since') !== since) return false;
	// A decade is a period, no event's date: "the 1990s" does not correct "27 October 2020".
	return !(candidate.point.granularity === 'decade' && point.point.granularity !== 'decade');
}

/** Pairs each wrong date of the claim with the source's date that stands where it stands, and writes the fix. */
export function dateEdits(
	claim: Claim,
	wrong: ClaimPoint[],
	freeFor: (point: ClaimPoint) => EvidencePoint[],
	corpus: Corpus,
	asAct: (point: ClaimPoint, candidate: EvidencePoint) => boolean = () => false,
): { edits: SentenceEdit[]; said: string; distance: number; slips: number; precise: boolean } | undefined {
	const replacements = new Map<DateMention, { start?: DatePoint; end?: DatePoint; samePart?: boolean }>();
	let distance = 0;
	let slips = 0;
	let precise = true;
	// Every wrong date against every free date of the passage, best pairs first: shared words around
	// the two dates, then how near the dates are (a writer's slip is usually near the right date).
	const pairs: { point: ClaimPoint; candidate: EvidencePoint; score: number; precise: number; slip: number; nearness: number }[] = [];
	for (const point of wrong) {
		const context = nearKeys(claim.analysis.tokens, point.mention.span, 48);
		for (const candidate of freeFor(point)) {
			if (!mayAnswer(point, candidate, asAct)) continue;
			let score = 0;
			for (const key of context) score += corpus.weight(key) * closeness(candidate.sentence.analysis.tokens, candidate.mention.span, key, 64);
			// A range's start answers a point claim better than its end ("rejoined from 2006-2012").
			if (candidate.point !== candidate.mention.start) score -= 0.01;
			const precise = PRECISION[candidate.point.granularity] >= PRECISION[point.point.granularity] ? 1 : 0;
			const slip = daySlip(candidate.point, point.point) ? 1 : 0;
			pairs.push({ point, candidate, score, precise, slip, nearness: -Math.abs(years(candidate.point) - years(point.point)) });
		}
	}
	// A day is corrected by a day ("September 7" by "September 6", not by the "2006-2007" of a
	// programme's term), whenever the passage has one.
	// A day one part off the claim's is the one the writer mistyped, before any the words place nearer.
	pairs.sort((a, b) => b.precise - a.precise || b.slip - a.slip || b.score - a.score || b.nearness - a.nearness);
	const paired = new Set<ClaimPoint>();
	for (const { point, candidate, score } of pairs) {
		if (paired.has(point) || candidate.used) continue;
		// With several dates in the claim ("left in 1969, came back in 1976 and suspended in June 1981"),
		// a date whose words the passage does not share is about another part of it: left alone.
		if (score <= 0 && wrong.length > 1) continue;
		paired.add(point);
		candidate.used = true;
		distance += Math.abs(years(candidate.point) - years(point.point));
		slips += partsApart(candidate.point, point.point);
		if (PRECISION[candidate.point.granularity] < PRECISION[point.point.granularity]) precise = false;
		const entry = replacements.get(point.mention) ?? {};
		const whole = point.role !== 'point' && !samePoint(candidate.mention.start, candidate.mention.end);
		// A claimed range wrong at one end is answered by the passage's range as a whole: "2007-2008"
		// against "2006-2007" becomes "2006-2007", never "2007-2006".
		if (whole) {
			entry.start = candidate.mention.start;
			entry.end = candidate.mention.end;
		} else {
			// A source that gives the day without the year ("began on 2 January") corrects the day only:
			// the writer's year stands, as nothing in the passage says otherwise.
			const source = candidate.point.year === undefined && point.point.year !== undefined ? { ...candidate.point, year: point.point.year } : candidate.point;
			if (point.role === 'end') entry.end = source;
			else entry.start = source;
			entry.samePart = isPartOfYear(point.mention.qualifier) && candidate.mention.qualifier === point.mention.qualifier;
		}
		replacements.set(point.mention, entry);
	}
	if (replacements.size === 0) return undefined;
	const edits: SentenceEdit[] = [];
	const said: string[] = [];
	for (const [mention, entry] of replacements) {
		const isRange = !samePoint(mention.start, mention.end);
		const part = !isRange && entry.start ? vaguePeriodEdit(claim.sentence.text, mention, entry.start) : undefined;
		if (part) {
			edits.push(part);
			said.push(part.newText);
			continue;
		}
		const newText = isRange ? formatRange(entry.start ?? mention.start, entry.end ?? mention.end, mention) : formatDate(entry.start ?? mention.start, mention);
		// "late 2003" against "late 2008": the part of the year, the same in both, is written with the year it is of.
		const written = entry.samePart ? PART_BEFORE.exec(claim.sentence.text.slice(0, mention.span.start)) : null;
		const start = written ? written.index : mention.span.start;
		edits.push({ start, end: mention.span.end, newText: `${written?.[0] ?? ''}${newText}` });
		said.push(`${written?.[0] ?? ''}${newText}`);
	}
	return { edits, said: said.join(', '), distance, slips, precise };
}

// The words of a part of the year written right before its year: "early ", "mid-", "late ".
const PART_BEFORE = /\b(?:early|mid|late)(?:\s*-\s*|\s+)$/i;

/**
 * "mid-2013" against a source's "December 2012": the part of the year would be wrong too, so the
 * fix gives the source's month in its place.
 */
export function vaguePeriodEdit(text: string, mention: DateMention, source: DatePoint): SentenceEdit | undefined {
	if (source.year === undefined) return undefined;
	// "the 1990s" against "2005": the year says more than "the 2000s" would.
	if (mention.start.granularity === 'decade' && source.granularity !== 'decade') {
		const before = /\b(?:the\s+)?(?:(?:early|mid|late)(?:\s*-\s*|\s+)(?:the\s+)?)?$/i.exec(text.slice(0, mention.span.start));
		return { start: before ? before.index : mention.span.start, end: mention.span.end, newText: String(source.year) };
	}
	if (!isPartOfYear(mention.qualifier)) return undefined;
	if (mention.start.granularity === 'year' && source.month !== undefined) {
		const before = /\b(?:early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?$/i.exec(text.slice(0, mention.span.start));
		if (before) return { start: before.index, end: mention.span.end, newText: formatDate({ year: source.year, month: source.month, granularity: 'month' }) };
	}
	return undefined;
}

/**
 * Two dates of a day that differ in one part only ("1 January 2021" and "1 January 2022", "26 and 28
 * August 2022"): the slip of a writer's pen, or two events on the same day of the year by chance.
 */
export function daySlip(a: DatePoint, b: DatePoint): boolean {
	return a.granularity === 'day' && b.granularity === 'day' && partsApart(a, b) === 1;
}

/** Two dates of a month that differ in the year only ("September 1993" and "September 1992"). */
export function monthSlip(a: DatePoint, b: DatePoint): boolean {
	return a.granularity === 'month' && b.granularity === 'month' && partsApart(a, b) === 1;
}

/**
 * How many of the parts both dates give differ: "7 March 2023" is one slip from "7 March 2024" (the
 * year) and two from "4 April 2023" (the day and the month). A writer's slip is more often one part.
 */
function partsApart(a: DatePoint, b: DatePoint): number {
	let parts = 0;
	if (a.year !== undefined && b.year !== undefined && a.year !== b.year) parts++;
	if (a.month !== undefined && b.month !== undefined && a.month !== b.month) parts++;
	if (a.day !== undefined && b.day !== undefined && a.day !== b.day) parts++;
	return parts;
}

/** A point as a number of years, for how far apart two dates are. */
export function years(point: DatePoint): number {
	if (point.year === undefined) return 0;
	return point.year + ((point.month ?? 6) - 1) / 12 + ((point.day ?? 15) - 1) / 365;
}

/**
 * The words of a passage sentence that may tell what stands at `span`: a label after it ("1,200 |
 * Reserve: | 9,400") names the value after the label, not this one.
 */
export function wordsAround(sentence: { text: string; analysis: { tokens: Token[] } }, span: Span): Token[] {
	return sentence.analysis.tokens.filter((t) => t.start < span.end || !/^\s*:/.test(sentence.text.slice(t.end, t.end + 4)));
}

/** 1 for a matching word right next to the span, falling to 0 at `radius` characters away. */
export function closeness(tokens: Token[], span: Span, key: string, radius: number): number {
	let best = 0;
	for (const t of tokens) {
		if (!sameKey(t.key, key)) continue;
		const gap = t.end <= span.start ? span.start - t.end : t.start >= span.end ? t.start - span.end : 0;
		best = Math.max(best, 1 - gap / radius);
	}
	return best;
}

export function nearKeys(tokens: Token[], span: Span, radius: number): string[] {
	return tokens.filter((t) => t.end > span.start - radius && t.start < span.end + radius).map((t) => t.key);
}

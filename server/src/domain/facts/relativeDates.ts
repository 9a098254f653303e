// Dates written as counted from another date of the text: "three years later", "four days later", "the following year",
// "later that year", "that September", "May 11 of that year". Writers tell a sequence of events
// this way once the first is dated; what such a date says is checked like any other, but it is
// never rewritten (the date it counts from may not be the one the writer meant, and the fix would
// have to recount the writer's words).

import type { DateMention, DatePoint, Span } from '../types';
import { FULL_MONTHS } from './dateParts';
import { UNITS } from './numberWords';

export interface RelativeDate {
	span: Span;
	text: string;
	/** How far on from the date it counts from (negative: earlier). */
	years: number;
	months: number;
	/** Days on ("four days later", "two weeks earlier"), counted only from a date of a day. */
	days?: number;
	/** A month of that date's year ("that September"). */
	month?: number;
	/**
	 * The very date counted from, and only one written before it in the same sentence ("In 1974 the
	 * toll was raised; at the same time ferries were withdrawn"): between sentences "at the same
	 * time" joins arguments more often than times.
	 */
	same?: true;
	/**
	 * Counted from the date written right after it ("a year before the October 2018 agreement", "two
	 * years after its 2005 handover"): that date is the other event's, and names it, not this one.
	 */
	anchored?: true;
}

const COUNT = `a|an|${[...UNITS.keys()].filter((w) => w !== 'zero').join('|')}|\\d{1,2}`;
// "three years later", "a year on", "two months earlier", "four days later", "two weeks on".
const COUNTED = new RegExp(`\\b(${COUNT})\\s+(years?|months?|weeks?|days?)\\s+(later|on|earlier)\\b`, 'gi');
// "a year before", "two years after", "six months prior to": counted from the date the phrase goes on to.
const ANCHORED = new RegExp(`\\b(${COUNT})\\s+(years?|months?|weeks?|days?)\\s+(before|after|prior\\s+to)\\b`, 'gi');
// What may stand between such a phrase and the date it counts from: an article or a possessive ("the", "its", "Kelmouth's").
const TO_ANCHOR = /^\s+(?:(?:the|its|their|his|her|this|that|[\p{Lu}][\p{L}-]*['’]s?)\s+)?$/u;
// "the following year", "the previous month".
const NEXT = /\bthe\s+(following|next|previous|preceding)\s+(year|month)\b/gi;
// "that year", "that same year", "later that year", "the same year".
const SAME_YEAR = /\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:that|the\s+same)\s+(?:same\s+)?year\b(?!['’])/gi;
// "at the same time", "at that time".
const SAME_TIME = /\bat\s+(?:the\s+same|that)\s+time\b/gi;
// "that September".
const THAT_MONTH = new RegExp(`\\bthat\\s+(${FULL_MONTHS.join('|')})\\b`, 'g');

function count(word: string): number {
	const lower = word.toLowerCase();
	if (lower === 'a' || lower === 'an') return 1;
	return UNITS.get(lower) ?? Number(lower);
}

/** How far `n` of a unit ("years", "month", "weeks", "days") reaches: weeks are counted in days. */
function offset(n: number, unit: string): { years: number; months: number; days?: number } {
	if (unit.startsWith('year')) return { years: n, months: 0 };
	if (unit.startsWith('month')) return { years: 0, months: n };
	return { years: 0, months: 0, days: unit.startsWith('week') ? 7 * n : n };
}

/** The dates of `text` written as counted from another date, in text order. */
export function findRelativeDates(text: string): RelativeDate[] {
	const found: RelativeDate[] = [];
	const add = (m: RegExpExecArray, years: number, months: number, month?: number, days?: number) => {
		const start = month === undefined ? m.index : m.index + m[0].length - m[1]!.length;
		found.push({
			span: { start, end: m.index + m[0].length },
			text: text.slice(start, m.index + m[0].length),
			years,
			months,
			...(month ? { month } : {}),
			...(days ? { days } : {}),
		});
	};
	for (const m of text.matchAll(COUNTED)) {
		const n = count(m[1]!) * (m[3]!.toLowerCase() === 'earlier' ? -1 : 1);
		const unit = m[2]!.toLowerCase();
		const { years, months, days } = offset(n, unit);
		add(m, years, months, undefined, days);
	}
	for (const m of text.matchAll(ANCHORED)) {
		const n = count(m[1]!) * (m[3]!.toLowerCase() === 'after' ? 1 : -1);
		const unit = m[2]!.toLowerCase();
		const span = { start: m.index, end: m.index + m[0].length };
		const base = { span, text: m[0], anchored: true as const };
		const { years, months, days } = offset(n, unit);
		found.push({ ...base, years, months, ...(days ? { days } : {}) });
	}
	for (const m of text.matchAll(NEXT)) {
		const n = /^(?:following|next)$/i.test(m[1]!) ? 1 : -1;
		if (m[2]!.toLowerCase() === 'year') add(m, n, 0);
		else add(m, 0, n);
	}
	for (const m of text.matchAll(SAME_YEAR)) add(m, 0, 0);
	for (const m of text.matchAll(SAME_TIME)) found.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], years: 0, months: 0, same: true });
	for (const m of text.matchAll(THAT_MONTH)) add(m, 0, 0, FULL_MONTHS.indexOf(m[1]!) + 1);
	return found.sort((a, b) => a.span.start - b.span.start).filter((d, k, all) => k === 0 || d.span.start >= all[k - 1]!.span.end);
}

/** Whether a date may be counted from: it was written with its year (not given the report's year by default). */
export function countsFrom(date: DateMention): boolean {
	return date.end.year !== undefined && !date.inferredYear;
}

/** The point a relative date names, counted from `from`; undefined where `from` is not precise enough. */
function counted(relative: RelativeDate, from: DatePoint): DatePoint | undefined {
	if (from.year === undefined) return undefined;
	if (relative.same) return { ...from };
	if (relative.month !== undefined) return { year: from.year, month: relative.month, granularity: 'month' };
	if (relative.days !== undefined) {
		if (from.month === undefined || from.day === undefined) return undefined;
		const day = new Date(Date.UTC(from.year, from.month - 1, from.day + relative.days));
		return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), granularity: 'day' };
	}
	if (relative.months === 0) return { year: from.year + relative.years, granularity: 'year' };
	if (from.month === undefined) return undefined;
	const months = from.year * 12 + from.month - 1 + relative.months;
	return { year: Math.floor(months / 12), month: (months % 12) + 1, granularity: 'month' };
}

/**
 * The text's dates with its relative dates counted, each from the date written before it (in the
 * text, else `before`: the last date of the sentences before), and those that had no date to count from.
 * A date of no year just before "of that year" ("May 11 of that year") takes the year it names, as a
 * year not written: a fix rewrites the day or month and leaves "of that year" to say the year.
 */
export function withRelativeDates(
	text: string,
	dates: DateMention[],
	relatives: RelativeDate[],
	before?: DatePoint,
): { dates: DateMention[]; uncounted: RelativeDate[] } {
	const out: DateMention[] = [];
	const uncounted: RelativeDate[] = [];
	let from = before;
	let written = false;
	let d = 0;
	for (const relative of relatives) {
		if (relative.anchored) {
			// The date it counts from stands for the other event: it is replaced by the date counted.
			for (; d < dates.length && dates[d]!.span.start < relative.span.start; d++) out.push(dates[d]!);
			const anchor = dates[d];
			if (!anchor || !countsFrom(anchor) || !TO_ANCHOR.test(text.slice(relative.span.end, anchor.span.start))) {
				uncounted.push(relative);
				continue;
			}
			d++;
			const point = counted(relative, anchor.end);
			if (!point) {
				uncounted.push(relative);
				continue;
			}
			out.push({ span: relative.span, text: relative.text, start: point, end: point, relative: true });
			from = point;
			continue;
		}
		for (; d < dates.length && dates[d]!.span.start < relative.span.start; d++) {
			const date = dates[d]!;
			// "that September" stands for the month the scan found without a year.
			if (relative.month !== undefined && date.span.start >= relative.span.start) break;
			out.push(date);
			if (countsFrom(date)) {
				from = date.end;
				written = true;
			}
		}
		const point = from && (!relative.same || written) ? counted(relative, from) : undefined;
		if (!point) {
			uncounted.push(relative);
			continue;
		}
		if (relative.month !== undefined && dates[d]?.span.start === relative.span.start) d++;
		const previous = out.at(-1);
		if (previous && previous.start.year === undefined && /^\s+of\s+$/i.test(text.slice(previous.span.end, relative.span.start)) && relative.years === 0) {
			out[out.length - 1] = { ...previous, start: { ...previous.start, year: point.year }, end: { ...previous.end, year: point.year }, inferredYear: true };
		} else out.push({ span: relative.span, text: relative.text, start: point, end: point, relative: true });
		from = point;
	}
	out.push(...dates.slice(d));
	return { dates: out, uncounted };
}

// The pieces a date is made of: month names, days and years as tokens, the granularity of a point,
// and the style the writer used, which a fix follows.

import type { DatePoint, Granularity } from '../types';
import { numberEndsClean } from './numberContext';
import type { Token } from './tokens';

/** Whether two points are the same point, field for field. */
export function samePoint(a: DatePoint, b: DatePoint): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day && a.granularity === b.granularity;
}

export const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = new Map<string, number>();
FULL_MONTHS.forEach((m, k) => MONTHS.set(m.toLowerCase(), k + 1));
SHORT_MONTHS.forEach((m, k) => MONTHS.set(m.toLowerCase(), k + 1));
MONTHS.set('sept', 9);
export const FULL_LOWER = new Set(FULL_MONTHS.map((m) => m.toLowerCase()));
const DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);

interface MonthTok {
	month: number;
	abbreviated: boolean;
}

/**
 * A month name. It must be capitalised ("may" and "march" are verbs) and stand alone, not glued to
 * letters or digits on either side.
 */
export function monthAt(ts: Token[], i: number): MonthTok | undefined {
	const t = ts[i];
	if (!t || t.kind !== 'word' || t.url) return undefined;
	const month = MONTHS.get(t.lower);
	if (month === undefined) return undefined;
	const c = t.text.charCodeAt(0);
	if (c < 65 || c > 90) return undefined;
	const p = ts[i - 1];
	if (p && !t.spaced && p.kind !== 'punct') return undefined;
	const n = ts[i + 1];
	if (n && !n.spaced && n.kind !== 'punct') return undefined;
	return { month, abbreviated: !FULL_LOWER.has(t.lower) };
}

export interface DayTok {
	day: number;
	ordinal: boolean;
	/** Token index after the day (and its ordinal suffix). */
	next: number;
}

export function dayAt(ts: Token[], i: number): DayTok | undefined {
	const t = ts[i];
	if (!t || t.kind !== 'num' || t.url || t.text.length > 2) return undefined;
	const day = Number(t.text);
	if (day < 1 || day > 31) return undefined;
	let next = i + 1;
	let ordinal = false;
	const s = ts[next];
	if (s && !s.spaced && s.kind === 'word' && ORDINAL_SUFFIXES.has(s.lower)) {
		ordinal = true;
		next++;
	}
	const after = ts[next];
	// "December 13,2013" is a date; "May 1,000" is not.
	if (after?.text === ',' && !after.spaced && ts[next + 1]?.text.length === 4) return { day, ordinal, next };
	return numberEndsClean(ts, next) ? { day, ordinal, next } : undefined;
}

/** Words before a four-digit number that make it a year: "in 1865", "since 1924". */
export const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'around', 'circa', 'c']);

/**
 * A four-digit year. One of this century or the last is a year standing alone; an older one ("1873")
 * only where what is around it makes it one (`older`: a month, a preposition of time, a range), since
 * a bare "1500" is as often a count.
 */
export function yearValue(t: Token | undefined, older = false): number | undefined {
	if (!t || t.kind !== 'num' || t.url || t.text.length !== 4) return undefined;
	const y = Number(t.text);
	return y >= (older ? 1000 : 1900) && y <= 2099 ? y : undefined;
}

/** A year at token i, glued to nothing after it but a possessive or a dash; after a month, of any age. */
export function yearAt(ts: Token[], i: number): number | undefined {
	const y = yearValue(ts[i], true);
	return y !== undefined && numberEndsClean(ts, i + 1) ? y : undefined;
}

interface YearTok {
	year: number;
	comma: boolean;
	of: boolean;
	next: number;
}

/** The year that completes a month or a day-and-month: " 2013", ", 2013", " of 2013". */
export function yearAfter(ts: Token[], k: number, allowOf: boolean): YearTok | undefined {
	const t = ts[k];
	if (!t) return undefined;
	if (t.text === ',') {
		const y = yearAt(ts, k + 1);
		return y !== undefined ? { year: y, comma: true, of: false, next: k + 2 } : undefined;
	}
	if (allowOf && t.lower === 'of' && t.spaced) {
		const y = ts[k + 1]?.spaced ? yearAt(ts, k + 1) : undefined;
		return y !== undefined ? { year: y, comma: false, of: true, next: k + 2 } : undefined;
	}
	if (!t.spaced) return undefined;
	const y = yearAt(ts, k);
	return y !== undefined ? { year: y, comma: false, of: false, next: k + 1 } : undefined;
}

export function validDay(month: number, day: number): boolean {
	return day <= (DAYS_IN[month - 1] ?? 0);
}

export const RANK: Record<Granularity, number> = { decade: 0, year: 1, month: 2, day: 3 };

export function coarser(a: Granularity, b: Granularity): Granularity {
	return RANK[a] <= RANK[b] ? a : b;
}

/** How the writer wrote a date, kept so a fix can be written the same way. */
export interface Style {
	order: 'md' | 'dm' | 'iso' | 'plain';
	/** The month as written ("Sept", "December"). */
	monthText?: string;
	monthDot: boolean;
	ordinal: boolean;
	/** A comma between a day and its year ("December 13, 2013"). */
	comma: boolean;
	/** A comma between a month and its year ("June, 2012"). */
	monthComma: boolean;
	/** "June of 2012", "the 1st of June". */
	of: boolean;
	decade?: 's' | "'s" | 'short';
	/** The text between the two ends of a range ("-", " – ", " to ", " and "). */
	connector?: string;
	/** "2012-13". */
	shortEnd: boolean;
}

export function style(order: Style['order'], extra: Partial<Style> = {}): Style {
	return { order, monthDot: false, ordinal: false, comma: false, monthComma: false, of: false, shortEnd: false, ...extra };
}

export function point(granularity: Granularity, year?: number, month?: number, day?: number): DatePoint {
	const p: DatePoint = { granularity };
	if (year !== undefined) p.year = year;
	if (month !== undefined) p.month = month;
	if (day !== undefined) p.day = day;
	return p;
}

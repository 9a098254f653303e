// Writing a date or a range in English, the way the writer wrote the one it replaces.

import type { DateMention, DatePoint, Granularity } from '../types';
import { coarser, FULL_LOWER, FULL_MONTHS, point, RANK, samePoint, SHORT_MONTHS, style, type Style } from './dateParts';
import { scan } from './dateScan';
import { ordinalSuffix } from './numberFormat';

const DEFAULT_STYLE = style('md', { comma: true });

/**
 * The mention's text scanned again. A range in words whose "from" or "between" was left outside it
 * ("3 to 9 May 1921") is read as that word made it.
 */
function scanAlone(like: DateMention): ReturnType<typeof scan> {
	const found = scan(like.text);
	if (samePoint(like.start, like.end) || found.length !== 1 || found[0]!.hit.range) return found;
	for (const intro of ['from ', 'between ']) {
		const again = scan(intro + like.text);
		if (again.length === 1 && again[0]!.hit.range) return again;
	}
	return found;
}

/** The writer's way of writing the mention, read back from its text. */
function styleOf(like: DateMention): Style {
	const found = scanAlone(like);
	const first = found[0];
	const st = { ...(first?.hit.style ?? style('plain')) };
	// "2006 to 2012" alone lacks the "from" that made it a range: take the connector between the two.
	const second = found[1];
	if (first && second && !first.hit.range) st.connector = like.text.slice(first.end, second.start);
	// A year the writer did not write, when a fix must add one, takes the usual comma: "April 16, 2014".
	if (like.start.year === undefined || like.inferredYear) st.comma = st.order === 'md';
	if (like.start.granularity === 'decade') {
		const t = like.text.trim();
		// Read off the text: "1990's" alone (without "the") scans as a possessive year.
		st.decade = t.startsWith("'") || t.startsWith('’') ? 'short' : t.endsWith("'s") || t.endsWith('’s') ? "'s" : 's';
	}
	return st;
}

function coarsen(p: DatePoint, g: Granularity): DatePoint {
	if (RANK[g] >= RANK[p.granularity]) return p;
	if (g === 'decade' || g === 'year') {
		if (p.year === undefined) return p; // "April 15" has no year to fall back on
		return g === 'decade' ? point('decade', Math.floor(p.year / 10) * 10) : point('year', p.year);
	}
	return point('month', p.year, p.month);
}

/** The granularity the point's fields really support. */
function effective(p: DatePoint): Granularity {
	if (p.granularity === 'day' && (p.day === undefined || p.month === undefined)) return p.month === undefined ? 'year' : 'month';
	if (p.granularity === 'month' && p.month === undefined) return 'year';
	return p.granularity;
}

/** Whether the fix writes a year: not when the writer gave none, unless the one assumed for it is wrong. */
function includeYear(written: DatePoint, inferred: boolean | undefined, p: DatePoint): boolean {
	if (p.year === undefined || written.year === undefined) return false;
	return !inferred || written.year !== p.year;
}

function pad2(n: number): string {
	return String(n).padStart(2, '0');
}

function monthName(month: number, st: Style): string {
	const full = FULL_MONTHS[month - 1] ?? '';
	const w = st.monthText;
	if (!w) return full;
	const lower = w.toLowerCase();
	let name = full;
	if (!FULL_LOWER.has(lower)) {
		name = month === 9 && lower === 'sept' ? 'Sept' : (SHORT_MONTHS[month - 1] ?? full);
		if (st.monthDot && name !== full) name += '.';
	}
	return w.length > 1 && w === w.toUpperCase() ? name.toUpperCase() : name;
}

function dayText(day: number, st: Style): string {
	return st.ordinal ? `${day}${ordinalSuffix(day)}` : String(day);
}

function decadeText(year: number, st: Style | undefined): string {
	switch (st?.decade) {
		case 'short':
			return `'${pad2(year % 100)}s`;
		case "'s":
			return `${year}'s`;
		case 's':
			return `${year}s`;
		default:
			return `the ${year}s`;
	}
}

function formatPoint(p: DatePoint, st: Style, withYear: boolean): string {
	const g = effective(p);
	const y = withYear ? p.year : undefined;
	const month = p.month ?? 1;
	const day = p.day ?? 1;
	switch (g) {
		case 'decade':
			return decadeText(p.year ?? 0, st);
		case 'year':
			return p.year !== undefined ? String(p.year) : '';
		case 'month': {
			if (st.order === 'iso' && y !== undefined) return `${y}-${pad2(month)}`;
			const m = monthName(month, st);
			if (y === undefined) return m;
			return st.of ? `${m} of ${y}` : `${m}${st.monthComma ? ',' : ''} ${y}`;
		}
		case 'day': {
			if (st.order === 'iso' && y !== undefined) return `${y}-${pad2(month)}-${pad2(day)}`;
			const m = monthName(month, st);
			const d = dayText(day, st);
			const yearPart = y === undefined ? '' : `${st.comma ? ',' : ''} ${y}`;
			return st.order === 'dm' ? `${d} ${st.of ? 'of ' : ''}${m}${yearPart}` : `${m} ${d}${yearPart}`;
		}
	}
}

/**
 * The point written in English ("June 2012", "December 13, 2013", "2006", "the 1990s"). With `like`,
 * the writer's mention being corrected, the result replaces `like.span`: it follows the writer's
 * order, month spelling, ordinals and commas, and stays at the writer's granularity where the point
 * allows ("December 2012" corrected to a day in December 2013 reads "December 2013").
 */
export function formatDate(date: DatePoint, like?: DateMention): string {
	if (!like) return formatPoint(date, DEFAULT_STYLE, true);
	const st = styleOf(like);
	const p = coarsen(date, coarser(date.granularity, like.start.granularity));
	return formatPoint(p, st, includeYear(like.start, like.inferredYear, p));
}

/** A range written in English ("2006-2012", "April 4-5, 2017"), in the style of `like` when given. */
export function formatRange(start: DatePoint, end: DatePoint, like?: DateMention): string {
	const st = like ? styleOf(like) : DEFAULT_STYLE;
	let s = start;
	let e = end;
	if (like) {
		s = coarsen(s, coarser(s.granularity, like.start.granularity));
		e = coarsen(e, coarser(e.granularity, like.end.granularity));
	}
	const gs = effective(s);
	const ge = effective(e);
	if (gs === ge && s.year === e.year && s.month === e.month && s.day === e.day) return like ? formatDate(s, like) : formatPoint(s, st, true);
	const conn = st.connector ?? '-';
	const startYear = like ? includeYear(like.start, like.inferredYear, s) : true;
	const endYear = like ? includeYear(like.end, like.inferredYear, e) : true;
	if (gs === 'decade' && ge === 'decade') {
		const dst = like && st.decade ? st : undefined;
		return dst ? `${decadeText(s.year ?? 0, dst)}${conn}${decadeText(e.year ?? 0, dst)}` : `the ${s.year}s${conn}${e.year}s`;
	}
	if (gs === 'year' && ge === 'year' && s.year !== undefined && e.year !== undefined) {
		const short = st.shortEnd && Math.floor(s.year / 100) === Math.floor(e.year / 100);
		return `${s.year}${conn}${short ? pad2(e.year % 100) : e.year}`;
	}
	// One year for both ends: "April 4-5, 2017", "June-July 2012", "4-5 April 2017".
	if (gs === ge && (gs === 'month' || gs === 'day') && s.year === e.year && st.order !== 'iso') {
		const y = endYear && e.year !== undefined ? e.year : undefined;
		const m1 = monthName(s.month ?? 1, st);
		const m2 = monthName(e.month ?? 1, st);
		if (gs === 'month') return `${m1}${conn}${m2}${y === undefined ? '' : `${st.monthComma ? ',' : ''} ${y}`}`;
		const d1 = dayText(s.day ?? 1, st);
		const d2 = dayText(e.day ?? 1, st);
		const yearPart = y === undefined ? '' : `${st.comma ? ',' : ''} ${y}`;
		if (st.order === 'dm') return s.month === e.month ? `${d1}${conn}${d2} ${m1}${yearPart}` : `${d1} ${m1}${conn}${d2} ${m2}${yearPart}`;
		return s.month === e.month ? `${m1} ${d1}${conn}${d2}${yearPart}` : `${m1} ${d1}${conn}${m2} ${d2}${yearPart}`;
	}
	return `${formatPoint(s, st, startYear)}${conn}${formatPoint(e, st, endYear)}`;
}

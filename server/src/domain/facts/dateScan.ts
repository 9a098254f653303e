// Reading dates off tokens: each form ("June 2012", "13 December 2013", "2013-12-13", "the 1990s",
// "2012-13"), ranges of two of them ("from 2006 to 2012", "April 4-5"), and the bound or period
// words before them ("since", "mid-").

import type { DateMention, DatePoint } from '../types';
import { dayAt, monthAt, point, style, validDay, yearAfter, yearValue, YEAR_PREPOSITIONS, type DayTok, type Style } from './dateParts';
import { figureFollows, numberEndsClean, startsClean } from './numberContext';
import { glued, isApostrophe, isDash, tokenize, type Token } from './tokens';

type Qualifier = NonNullable<DateMention['qualifier']>;

export interface Hit {
	start: DatePoint;
	end: DatePoint;
	/** Tokens [first, last). */
	first: number;
	last: number;
	style: Style;
	range: boolean;
	numericStart: boolean;
	qualifier?: Qualifier;
}

const GLUED_QUALIFIERS = new Map<string, Qualifier>([
	['mid', 'mid'],
	['early', 'early'],
	['late', 'late'],
	['pre', 'before'],
	['post', 'after'],
]);
const SPACED_QUALIFIERS = new Map<string, Qualifier>([
	['before', 'before'],
	['after', 'after'],
	['following', 'after'],
	['beyond', 'after'],
	['preceding', 'before'],
	['since', 'since'],
	['until', 'until'],
	['till', 'until'],
	['by', 'by'],
	['early', 'early'],
	['mid', 'mid'],
	['late', 'late'],
]);

interface Before {
	qualifier?: Qualifier;
	/** The number is glued by a hyphen to a word or a number: a name ("Zapad-2017") or an identifier. */
	name?: boolean;
}

function qualifierBefore(ts: Token[], i: number, decade: boolean): Before {
	const t = ts[i];
	const p = ts[i - 1];
	if (!t || !p) return {};
	if (!t.spaced && isDash(p)) {
		const w = ts[i - 2];
		if (!w || p.spaced) return {};
		if (w.kind === 'word') {
			const q = GLUED_QUALIFIERS.get(w.lower);
			return q ? { qualifier: q } : { name: true };
		}
		return w.kind === 'num' ? { name: true } : {};
	}
	let k = i - 1;
	// "since the 1990s": only decades take "the", or "after the 2012 elections" would read as a bound.
	if (decade && ts[k]?.lower === 'the') k--;
	// "since last September": the word that places the month in a year stands between.
	else if (ts[k]?.lower === 'last' || ts[k]?.lower === 'this' || ts[k]?.lower === 'next') k--;
	const w = ts[k];
	if (!w || w.kind !== 'word') return {};
	// "as of November 1987" (all had paid), "as of 1964" (working under licence): the time a
	// state held, from then or at then, and like "since" not the date of an act.
	if (w.lower === 'of' && ts[k - 1]?.lower === 'as') return { qualifier: 'since' };
	if (w.lower === 'to') {
		const v = ts[k - 1]?.lower;
		if (v === 'prior') return { qualifier: 'before' };
		if (v === 'up') return { qualifier: 'until' };
		return {};
	}
	const q = SPACED_QUALIFIERS.get(w.lower);
	return q ? { qualifier: q } : {};
}

/** "April 4-5": a dash between two parts, either glued on both sides or spaced on both sides. */
function dashJoins(ts: Token[], k: number): boolean {
	const d = ts[k];
	const n = ts[k + 1];
	if (!d || !n || !isDash(d)) return false;
	return d.spaced === n.spaced;
}

/** "June 2012", "December 13, 2013", "Sept. 6", "April 4-5", "October 21-29, 2019", "June-July 2012". */
function monthFirst(ts: Token[], i: number): Hit | undefined {
	const m = monthAt(ts, i);
	if (!m) return undefined;
	const monthText = (ts[i] as Token).text;
	let k = i + 1;
	let dot = false;
	if (m.abbreviated && ts[k]?.text === '.' && glued(ts, k)) {
		dot = true;
		k++;
	}
	const dayTok = ts[k];
	const d = dayTok && (dayTok.spaced || dot) ? dayAt(ts, k) : undefined;
	// "In May 12 soldiers died" is a figure; "On May 12 soldiers…" a date.
	if (d && validDay(m.month, d.day) && (!figureFollows(ts, d.next) || ts[i - 1]?.lower === 'on')) {
		let e = d.next;
		let endDay: DayTok | undefined;
		// "October 21-29", and in words "October 21 to 29", "July 15 and 16".
		const worded = ts[e]?.kind === 'word' && ts[e]?.spaced && (TO_WORDS.has(ts[e]!.lower) || ts[e]!.lower === 'and');
		if (dashJoins(ts, e) || worded) {
			const d2 = ts[e + 1]?.spaced || !worded ? dayAt(ts, e + 1) : undefined;
			if (d2 && d2.day > d.day && validDay(m.month, d2.day) && !monthAt(ts, d2.next) && !figureFollows(ts, d2.next)) {
				endDay = d2;
				e = d2.next;
			}
		}
		const y = yearAfter(ts, e, false);
		const st = style('md', { monthText, monthDot: dot, ordinal: d.ordinal, comma: y?.comma ?? false });
		const start = point('day', y?.year, m.month, d.day);
		const end = endDay ? point('day', y?.year, m.month, endDay.day) : start;
		if (endDay) st.connector = textBetween(ts, d.next - 1, d.next + 1);
		return { start, end, first: i, last: y ? y.next : e, style: st, range: endDay !== undefined, numericStart: false };
	}
	const y = yearAfter(ts, k, true);
	if (y) {
		const start = point('month', y.year, m.month);
		return {
			start,
			end: start,
			first: i,
			last: y.next,
			style: style('md', { monthText, monthDot: dot, monthComma: y.comma, of: y.of }),
			range: false,
			numericStart: false,
		};
	}
	// "June-July 2012", "from March to May 2005"
	if (dashJoins(ts, k) || wordedRange(ts, i, k)) {
		const m2 = monthAt(ts, k + 1);
		if (m2 && m2.month > m.month) {
			let j = k + 2;
			if (m2.abbreviated && ts[j]?.text === '.' && glued(ts, j)) j++;
			const y2 = yearAfter(ts, j, false);
			if (y2) {
				const st = style('md', { monthText, monthDot: dot, monthComma: y2.comma, connector: textBetween(ts, k - 1, k + 1) });
				return {
					start: point('month', y2.year, m.month),
					end: point('month', y2.year, m2.month),
					first: i,
					last: y2.next,
					style: st,
					range: true,
					numericStart: false,
				};
			}
		}
	}
	// A month alone is a date after a word that makes it one ("last September", "in October"), and
	// takes its year from the context.
	if (BARE_MONTH_CUES.has(ts[i - 1]?.lower ?? '') && ts[k]?.kind !== 'num') {
		const start = point('month', undefined, m.month);
		return { start, end: start, first: i, last: k, style: style('md', { monthText, monthDot: dot }), range: false, numericStart: false };
	}
	return undefined;
}

const BARE_MONTH_CUES = new Set(['last', 'next', 'this', 'in', 'since', 'until', 'by', 'during', 'early', 'mid', 'late', 'a']);

/** "13 December 2013", "13 December", "the 1st of June", "4-5 April 2017". */
function dayFirst(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const d = dayAt(ts, i);
	if (!d) return undefined;
	if (!inRange && (!startsClean(ts, i) || qualifierBefore(ts, i, false).name)) return undefined;
	let k = d.next;
	let endDay: DayTok | undefined;
	let connector: string | undefined;
	if (dashJoins(ts, k)) {
		endDay = dayAt(ts, k + 1);
		if (!endDay || endDay.day <= d.day) return undefined;
		connector = textBetween(ts, k - 1, k + 1);
		k = endDay.next;
	} else if (wordedRange(ts, i, k) || (ts[k]?.lower === 'and' && ts[k]?.spaced && ts[k + 1]?.spaced)) {
		// "from 3 to 9 May 1921", "between 3 and 9 May", "on 14 and 15 June": the month and
		// year are the second day's (a day and a day before a month are two days of it, not two figures).
		const second = dayAt(ts, k + 1);
		if (second && second.day > d.day && ts[second.next]?.spaced && monthAt(ts, second.next)) {
			endDay = second;
			connector = textBetween(ts, k - 1, k + 1);
			k = second.next;
		}
	}
	let of = false;
	if (ts[k]?.lower === 'of' && ts[k]?.spaced) {
		of = true;
		k++;
	}
	const m = ts[k]?.spaced ? monthAt(ts, k) : undefined;
	if (!m || !validDay(m.month, endDay?.day ?? d.day)) return undefined;
	const monthText = (ts[k] as Token).text;
	k++;
	let dot = false;
	if (m.abbreviated && ts[k]?.text === '.' && glued(ts, k)) {
		dot = true;
		k++;
	}
	const y = yearAfter(ts, k, false);
	const st = style('dm', { monthText, monthDot: dot, ordinal: d.ordinal, comma: y?.comma ?? false, of });
	if (connector !== undefined) st.connector = connector;
	const start = point('day', y?.year, m.month, d.day);
	const end = endDay ? point('day', y?.year, m.month, endDay.day) : start;
	return { start, end, first: i, last: y ? y.next : k, style: st, range: endDay !== undefined, numericStart: true };
}

/**
 * Whether the day or month at `i` opens a range written in words that its intro announces: "from 19
 * to …", "between March and …" (without the intro, "19 to 25" may be two figures).
 */
function wordedRange(ts: Token[], i: number, k: number): boolean {
	const intro = ts[i - 1]?.lower;
	const c = ts[k];
	if (!c || c.kind !== 'word' || !c.spaced || !ts[k + 1]?.spaced) return false;
	return (intro === 'from' && TO_WORDS.has(c.lower)) || (intro === 'between' && c.lower === 'and');
}

/** "2013-12-13". */
function iso(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const y = yearValue(ts[i], true);
	if (y === undefined) return undefined;
	const mo = ts[i + 2];
	const da = ts[i + 4];
	if (ts[i + 1]?.text !== '-' || ts[i + 3]?.text !== '-' || !glued(ts, i + 1) || !glued(ts, i + 2) || !glued(ts, i + 3) || !glued(ts, i + 4)) return undefined;
	if (mo?.kind !== 'num' || da?.kind !== 'num' || mo.text.length !== 2 || da.text.length !== 2) return undefined;
	const month = Number(mo.text);
	const day = Number(da.text);
	if (month < 1 || month > 12 || day < 1 || !validDay(month, day) || !numberEndsClean(ts, i + 5)) return undefined;
	if (!inRange && (!startsClean(ts, i) || qualifierBefore(ts, i, false).name)) return undefined;
	const p = point('day', y, month, day);
	return { start: p, end: p, first: i, last: i + 5, style: style('iso'), range: false, numericStart: true };
}

/** "1990s", "the 1990's", "'90s". */
function decade(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const t = ts[i];
	if (!t) return undefined;
	let year: number | undefined;
	let last = i;
	let form: Style['decade'];
	if (t.kind === 'num') {
		const y = yearValue(t, true);
		if (y === undefined || y % 10 !== 0) return undefined;
		const s = ts[i + 1];
		if (s && !s.spaced && s.lower === 's') {
			form = 's';
			last = i + 2;
		} else if (isApostrophe(s) && !s?.spaced && glued(ts, i + 2) && ts[i + 2]?.lower === 's') {
			// "2010's amendments" is a possessive year; "the 1990's" a decade.
			const before = qualifierBefore(ts, i, true).qualifier;
			if (ts[i - 1]?.lower !== 'the' && before !== 'early' && before !== 'mid' && before !== 'late') return undefined;
			form = "'s";
			last = i + 3;
		} else return undefined;
		year = y;
	} else if (isApostrophe(t) && (t.spaced || i === 0)) {
		const n = ts[i + 1];
		const s = ts[i + 2];
		if (!n || n.kind !== 'num' || n.spaced || n.text.length !== 2 || !s || s.spaced || s.lower !== 's') return undefined;
		const yy = Number(n.text);
		if (yy % 10 !== 0) return undefined;
		// "'20s" could be either century; the nearer one is the likelier in this field.
		year = yy >= 30 ? 1900 + yy : 2000 + yy;
		form = 'short';
		last = i + 3;
	} else return undefined;
	const after = ts[last];
	if (after && !after.spaced && after.kind !== 'punct') return undefined;
	if (!inRange && t.kind === 'num' && (!startsClean(ts, i) || qualifierBefore(ts, i, true).name)) return undefined;
	const p = point('decade', year);
	return { start: p, end: p, first: i, last, style: style('plain', { decade: form }), range: false, numericStart: true };
}

// "FY 2010": a fiscal year, named by the year it ends in, is that year as a writer dates by it, not a name.
const FISCAL_YEAR = 'FY';

/**
 * "Peace Mission 2005", "during Zapad 2017": a bare year right after a capitalised word that follows
 * another word (not a month) ends a name, as "Zapad-2017" does; it dates no event. (A capital that
 * opens a sentence may be any word's: "In 2005".)
 */
function endsName(ts: Token[], i: number): boolean {
	const p = ts[i - 1];
	if (!p || p.kind !== 'word' || !ts[i]!.spaced || monthAt(ts, i - 1) || p.text === FISCAL_YEAR) return false;
	// Only a capital after a word is a name's: after a stop, a quotation mark or a bracket it may open a sentence.
	const before = ts[i - 2];
	return before !== undefined && before.kind === 'word' && p.spaced && /^\p{Lu}/u.test(p.text);
}

/** Whether a preposition of time stands before the number at `i`, past a period word: "in 1873", "until early 1885", "by mid-1870". */
function timeWordBefore(ts: Token[], i: number): boolean {
	let k = i - 1;
	if (isDash(ts[k]) && glued(ts, i) && glued(ts, k)) k--;
	if (ts[k]?.lower === 'early' || ts[k]?.lower === 'mid' || ts[k]?.lower === 'late') k--;
	return YEAR_PREPOSITIONS.has(ts[k]?.lower ?? '');
}

/** "2009", "2012's", "2012-13", "2012/13", "2012/2013". */
function year(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const y = yearValue(ts[i], inRange || timeWordBefore(ts, i));
	if (y === undefined) return undefined;
	// "FY1998": a fiscal year's mark may be written glued to its year.
	const fiscal = ts[i - 1]?.text === FISCAL_YEAR && !ts[i]!.spaced;
	if (!inRange) {
		if (!(fiscal || startsClean(ts, i)) || qualifierBefore(ts, i, false).name || endsName(ts, i)) return undefined;
		if (figureFollows(ts, i + 1)) return undefined;
	}
	const d = ts[i + 1];
	const n = ts[i + 2];
	const gluedNumber = d !== undefined && n !== undefined && !d.spaced && !n.spaced && n.kind === 'num';
	if (gluedNumber && d.text === '/') {
		const end = n.text.length === 2 ? Math.floor(y / 100) * 100 + Number(n.text) : n.text.length === 4 ? yearValue(n, true) : undefined;
		if (end === undefined || end <= y || !numberEndsClean(ts, i + 3)) return undefined;
		const st = style('plain', { connector: '/', shortEnd: n.text.length === 2 });
		return { start: point('year', y), end: point('year', end), first: i, last: i + 3, style: st, range: true, numericStart: true };
	}
	if (!numberEndsClean(ts, i + 1)) return undefined;
	if (gluedNumber && isDash(d) && n.text.length === 2) {
		const end = Math.floor(y / 100) * 100 + Number(n.text);
		if (end <= y || !numberEndsClean(ts, i + 3) || isDash(ts[i + 3])) return undefined;
		const st = style('plain', { connector: d.text, shortEnd: true });
		return { start: point('year', y), end: point('year', end), first: i, last: i + 3, style: st, range: true, numericStart: true };
	}
	const p = point('year', y);
	return { start: p, end: p, first: i, last: i + 1, style: style('plain'), range: false, numericStart: true };
}

function single(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const t = ts[i];
	if (!t || t.url) return undefined;
	if (t.kind === 'word') return monthFirst(ts, i);
	if (t.kind === 'num') return dayFirst(ts, i, inRange) ?? iso(ts, i, inRange) ?? decade(ts, i, inRange) ?? year(ts, i, inRange);
	return isApostrophe(t) ? decade(ts, i, inRange) : undefined;
}

function textBetween(ts: Token[], a: number, b: number): string {
	const x = ts[a];
	const y = ts[b];
	if (!x || !y) return '';
	// Rebuilt from tokens (spaces collapse to one), which is all a fix needs of a connector.
	let out = '';
	for (let k = a + 1; k < b; k++) {
		const t = ts[k] as Token;
		out += (t.spaced ? ' ' : '') + t.text;
	}
	return out + (y.spaced ? ' ' : '');
}

/** -1, 0 or 1 comparing two points on the fields both give, or undefined when nothing is comparable. */
function order(a: DatePoint, b: DatePoint): number | undefined {
	if (a.year !== undefined && b.year !== undefined) {
		const coarse = a.granularity === 'decade' || b.granularity === 'decade';
		const ya = coarse ? Math.floor(a.year / 10) : a.year;
		const yb = coarse ? Math.floor(b.year / 10) : b.year;
		if (ya !== yb) return ya < yb ? -1 : 1;
		if (coarse) return 0;
	} else if ((a.year === undefined) !== (b.year === undefined) && (a.month === undefined || b.month === undefined)) return undefined;
	if (a.month === undefined || b.month === undefined) return 0;
	if (a.month !== b.month) return a.month < b.month ? -1 : 1;
	if (a.day === undefined || b.day === undefined) return 0;
	return a.day === b.day ? 0 : a.day < b.day ? -1 : 1;
}

/** Joins two dates into a range when the second really follows the first. */
function join(a: Hit, b: Hit, connector: string): Hit | undefined {
	if (a.range || b.range) return undefined;
	let start = a.start;
	const end = b.end;
	// "April 30-May 2, 2017", "December 30-January 2, 2017": the start takes the end's year.
	if (start.year === undefined && end.year !== undefined) {
		if (start.month === undefined) return undefined;
		start = { ...start, year: end.month !== undefined && start.month > end.month ? end.year - 1 : end.year };
	}
	if (start.year !== undefined && end.year === undefined) return undefined;
	const o = order(start, end);
	if (o === undefined || o >= 0) return undefined;
	const st = { ...a.style, connector };
	return { start, end, first: a.first, last: b.last, style: st, range: true, numericStart: a.numericStart };
}

const TO_WORDS = new Set(['to', 'until', 'till', 'through', 'thru']);

/** The date, range or period starting at token i. */
function parseAt(ts: Token[], i: number): Hit | undefined {
	const a = single(ts, i, false);
	if (!a) return undefined;
	let hit: Hit | undefined;
	let k = a.first - 1;
	if (ts[k]?.lower === 'the') k--;
	const intro = ts[k]?.lower;
	const c = ts[a.last];
	if ((intro === 'from' || intro === 'between') && c && c.kind === 'word' && c.spaced && (intro === 'from' ? TO_WORDS.has(c.lower) : c.lower === 'and')) {
		let j = a.last + 1;
		if (ts[j]?.lower === 'the') j++;
		const b = single(ts, j, true);
		if (b) {
			hit = join(a, b, textBetween(ts, a.last - 1, j));
			if (hit) return hit;
		}
	}
	if (dashJoins(ts, a.last)) {
		const b = single(ts, a.last + 1, true);
		if (b) hit = join(a, b, textBetween(ts, a.last - 1, a.last + 1));
	}
	const result = hit ?? a;
	// A number glued by a dash to more digits that do not make a range is an identifier ("71-2012-33").
	if (
		!hit &&
		result.numericStart &&
		ts[result.last - 1]?.kind === 'num' &&
		isDash(ts[result.last]) &&
		glued(ts, result.last) &&
		ts[result.last + 1]?.kind === 'num' &&
		glued(ts, result.last + 1)
	) {
		return undefined;
	}
	const before = qualifierBefore(ts, result.first, result.start.granularity === 'decade');
	if (before.qualifier) result.qualifier = before.qualifier;
	return result;
}

export interface Found {
	hit: Hit;
	start: number;
	end: number;
}

/** The dates of `text`, in order and not overlapping, with how each was written. */
export function scan(text: string): Found[] {
	const ts = tokenize(text);
	const out: Found[] = [];
	let i = 0;
	while (i < ts.length) {
		const hit = parseAt(ts, i);
		const first = hit ? ts[hit.first] : undefined;
		const last = hit ? ts[hit.last - 1] : undefined;
		if (hit && first && last) {
			out.push({ hit, start: first.start, end: last.end });
			i = hit.last;
		} else i++;
	}
	return out;
}

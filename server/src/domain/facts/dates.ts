// Dates, ranges of dates and periods written in English prose.
//
// The scan is a single pass over a token list with a small, fixed look-ahead at each token, so it is
// linear in the text and has no regular expression that could backtrack. chrono-node is deliberately
// not used here: on 100 KB of "1-1-1-…" it needs about 300 ms, it reads "may 5" (the verb) as a date,
// and it knows nothing of bare years, decades, year ranges or qualifiers, which are most of what
// papers on security policy write. The tests use chrono as an oracle for the month/day forms instead.
//
// Span decision: a mention's span covers the date itself and nothing else. Bound and period words
// ("before", "since", "early", the "mid-" glued to "mid-2012", "the" of "the 1990s") are recorded in
// `qualifier` but left outside the span, so a fix that replaces the span keeps the writer's words.

import type { DateMention, DatePoint, Granularity } from '../types';

// ---------------------------------------------------------------------------------------------
// Tokens (shared with numbers.ts, which reads the same text with the same notion of "glued")

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
	kind: TokenKind;
	text: string;
	/** Lower-cased text of a word; the text itself otherwise. */
	lower: string;
	start: number;
	end: number;
	/** Whitespace or the start of the text comes right before the token. */
	spaced: boolean;
	/** The token is part of a URL, e-mail address or DOI, whose digits are never dates or figures. */
	url: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigitCode(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	// Surrogate halves never match, so astral characters fall out as punctuation: harmless here.
	return LETTER.test(text.charAt(i));
}

export function isSpaceCode(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/** Splits text into words (letters), numbers (ASCII digits) and single punctuation characters. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const n = text.length;
	let spaced = true;
	let chunkStart = -1;
	let chunkToken = 0;
	const closeChunk = (end: number): void => {
		if (chunkStart >= 0 && looksLikeUrl(text.slice(chunkStart, end))) {
			for (let k = chunkToken; k < tokens.length; k++) (tokens[k] as Token).url = true;
		}
		chunkStart = -1;
	};
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpaceCode(c)) {
			closeChunk(i);
			spaced = true;
			i++;
			continue;
		}
		if (chunkStart < 0) {
			chunkStart = i;
			chunkToken = tokens.length;
		}
		let j = i + 1;
		let kind: TokenKind = 'punct';
		if (isDigitCode(c)) {
			kind = 'num';
			while (j < n && isDigitCode(text.charCodeAt(j))) j++;
		} else if (isLetterAt(text, i)) {
			kind = 'word';
			while (j < n && isLetterAt(text, j)) j++;
		}
		const t = text.slice(i, j);
		tokens.push({ kind, text: t, lower: kind === 'word' ? t.toLowerCase() : t, start: i, end: j, spaced, url: false });
		spaced = false;
		i = j;
	}
	closeChunk(n);
	return tokens;
}

/** A whitespace-free chunk that is a link: its numbers are parts of an address. */
function looksLikeUrl(chunk: string): boolean {
	const lower = chunk.toLowerCase();
	if (lower.includes('://') || lower.includes('www.') || lower.includes('doi.org') || lower.startsWith('doi:')) return true;
	const at = lower.indexOf('@');
	if (at > 0 && lower.indexOf('.', at) > at) return true;
	const slash = lower.indexOf('/');
	if (slash <= 0) return false;
	// A dotted host name before the first slash ("example.org/path"), as left by a URL broken over lines.
	for (let k = 1; k < slash - 1; k++) {
		if (lower.charCodeAt(k) === 46 && isLetterAt(lower, k - 1) && isLetterAt(lower, k + 1)) return true;
	}
	// A DOI ("10.1080/…").
	return lower.startsWith('10.') && slash > 3;
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '‒', '−']);

export function isDash(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'punct' && DASHES.has(t.text);
}

function isApostrophe(t: Token | undefined): boolean {
	return t !== undefined && (t.text === "'" || t.text === '’');
}

/** Token i follows token i-1 with no space between them. */
function glued(ts: Token[], i: number): boolean {
	const t = ts[i];
	return t !== undefined && !t.spaced;
}

// ---------------------------------------------------------------------------------------------
// Word lists shared with numbers.ts: what makes a number a figure rather than a date

const COUNT_NOUNS = new Set(
	(
		'troops soldiers servicemen servicemembers personnel men women people persons individuals fighters militants ' +
		'insurgents terrorists extremists jihadists officers officials policemen police guards border guards recruits ' +
		'conscripts volunteers reservists refugees migrants workers students children civilians residents citizens ' +
		'casualties deaths dead killed wounded injured victims prisoners detainees hostages arrests members delegates ' +
		'participants observers advisers advisors instructors contractors experts staff vehicles tanks aircraft planes ' +
		'jets helicopters drones weapons rifles guns missiles rockets shells bombs mines rounds km kilometers kilometres ' +
		'miles metres meters tons tonnes hectares barrels units cases pages words companies firms projects ' +
		'battalions brigades regiments divisions platoons exercises drills flights sorties dollars euros rubles roubles ' +
		'soums tenge yuan votes seats'
	).split(' '),
);

/** Words glued by a hyphen to a number that make it a size ("a 2000-strong force"). */
const COUNT_SUFFIXES = new Set([
	'strong',
	'man',
	'men',
	'member',
	'troop',
	'soldier',
	'person',
	'seat',
	'page',
	'km',
	'kilometer',
	'kilometre',
	'mile',
	'ton',
	'tonne',
	'bed',
]);

const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mln']);

/** A plural noun of things or people counted: "2000 troops" is a figure, not a year. */
export function isCountNoun(word: string): boolean {
	return COUNT_NOUNS.has(word.toLowerCase());
}

/** Words after which a number is a locator (page, issue, article…), never a date or a figure. */
const LOCATORS = new Set(
	(
		'p pp page pages vol vols volume volumes issue issues chapter chapters ch chap section sections sec art article ' +
		'articles para paras paragraph paragraphs fig figs figure figures table tables tab note notes footnote fn nn ' +
		'resolution resolutions res decree item items clause clauses annex appendix part no nos nr'
	).split(' '),
);
/** Locators that are ordinary English words unless abbreviated with a period or capitalised ("No. 12", "No 12"). */
const DOTTED_LOCATORS = new Set(['no', 'nos', 'nr', 'n', 'nn']);
const LOCATOR_SIGNS = new Set(['#', '№', '§', '¶']);
export const MONEY_SIGNS = new Set(['$', '€', '£', '¥', '₽', '₸', '₹']);

/** The number at token i stands after "p.", "pp.", "No.", "vol.", "§" and the like. */
export function isLocatorBefore(ts: Token[], i: number): boolean {
	const p = ts[i - 1];
	if (!p) return false;
	if (p.kind === 'punct') {
		if (LOCATOR_SIGNS.has(p.text)) return true;
		// "p. 146", "Issue: 167"
		if (p.text !== '.' && p.text !== ':') return false;
		const w = ts[i - 2];
		return w !== undefined && w.kind === 'word' && glued(ts, i - 1) && (LOCATORS.has(w.lower) || DOTTED_LOCATORS.has(w.lower));
	}
	if (p.kind !== 'word') return false;
	if (DOTTED_LOCATORS.has(p.lower)) return p.text === 'No' || p.text === 'NO' || p.text === 'Nos' || p.text === 'Nr';
	return LOCATORS.has(p.lower);
}

/** The words after a number (from token k on) make it a figure: "2000 troops", "2000 million", "a 2000-strong force". */
export function figureFollows(ts: Token[], k: number): boolean {
	const t = ts[k];
	if (!t) return false;
	if (t.kind === 'punct' && t.text === '%') return true;
	if (t.kind === 'word' && t.spaced) {
		if (COUNT_NOUNS.has(t.lower) || SCALE_WORDS.has(t.lower) || t.lower === 'percent' || t.lower === 'pct') return true;
		if (t.lower === 'per' && ts[k + 1]?.lower === 'cent') return true;
		return false;
	}
	if (isDash(t) && !t.spaced) {
		const w = ts[k + 1];
		return w !== undefined && w.kind === 'word' && !w.spaced && (COUNT_SUFFIXES.has(w.lower) || COUNT_NOUNS.has(w.lower));
	}
	return false;
}

/**
 * The number ending just before token k is not glued to more of a number or an identifier: no letters
 * ("2019a", "20km"), no decimal or time part ("2012.5", "20:15"), no "/" part ("12/05"), no thousands
 * group ("13,000"), no percent sign. Dashes are left to the caller, which knows about ranges.
 */
export function numberEndsClean(ts: Token[], k: number): boolean {
	const s = ts[k];
	if (!s || s.spaced) return true;
	if (s.kind !== 'punct') return false;
	if (s.text === '%') return false;
	const n = ts[k + 1];
	const digitsNext = n !== undefined && n.kind === 'num' && !n.spaced;
	if (!digitsNext) return true;
	if (s.text === '.' || s.text === ':' || s.text === '/') return false;
	if (s.text === ',') return n.text.length !== 3;
	return true;
}

/** Punctuation a number may stand glued after: brackets and quotes. */
const OPENERS = new Set(['(', '[', '{', '"', '“', '‘', "'", '’', '«', '<', '*', '_']);

/** The number at token i starts cleanly: not glued to a word, a figure, a currency sign, nor after a locator. */
function startsClean(ts: Token[], i: number): boolean {
	const t = ts[i];
	const p = ts[i - 1];
	if (!t || !p) return true;
	if (t.spaced) return !isLocatorBefore(ts, i) && !(p.kind === 'punct' && MONEY_SIGNS.has(p.text));
	if (p.kind !== 'punct') return false;
	if (isDash(p)) return true; // decided by qualifierBefore: "mid-2012" yes, "Zapad-2017" no
	return OPENERS.has(p.text);
}

// ---------------------------------------------------------------------------------------------
// Month and number pieces

const FULL_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS = new Map<string, number>();
FULL_MONTHS.forEach((m, k) => MONTHS.set(m.toLowerCase(), k + 1));
SHORT_MONTHS.forEach((m, k) => MONTHS.set(m.toLowerCase(), k + 1));
MONTHS.set('sept', 9);
const FULL_LOWER = new Set(FULL_MONTHS.map((m) => m.toLowerCase()));
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
function monthAt(ts: Token[], i: number): MonthTok | undefined {
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

interface DayTok {
	day: number;
	ordinal: boolean;
	/** Token index after the day (and its ordinal suffix). */
	next: number;
}

function dayAt(ts: Token[], i: number): DayTok | undefined {
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

function yearValue(t: Token | undefined): number | undefined {
	if (!t || t.kind !== 'num' || t.url || t.text.length !== 4) return undefined;
	const y = Number(t.text);
	return y >= 1900 && y <= 2099 ? y : undefined;
}

/** A year at token i, glued to nothing after it but a possessive or a dash. */
function yearAt(ts: Token[], i: number): number | undefined {
	const y = yearValue(ts[i]);
	return y !== undefined && numberEndsClean(ts, i + 1) ? y : undefined;
}

interface YearTok {
	year: number;
	comma: boolean;
	of: boolean;
	next: number;
}

/** The year that completes a month or a day-and-month: " 2013", ", 2013", " of 2013". */
function yearAfter(ts: Token[], k: number, allowOf: boolean): YearTok | undefined {
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

// ---------------------------------------------------------------------------------------------
// Parsed dates

/** How the writer wrote a date, kept so a fix can be written the same way. */
interface Style {
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

type Qualifier = NonNullable<DateMention['qualifier']>;

interface Hit {
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

function style(order: Style['order'], extra: Partial<Style> = {}): Style {
	return { order, monthDot: false, ordinal: false, comma: false, monthComma: false, of: false, shortEnd: false, ...extra };
}

function point(granularity: Granularity, year?: number, month?: number, day?: number): DatePoint {
	const p: DatePoint = { granularity };
	if (year !== undefined) p.year = year;
	if (month !== undefined) p.month = month;
	if (day !== undefined) p.day = day;
	return p;
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
	const w = ts[k];
	if (!w || w.kind !== 'word') return {};
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

function validDay(month: number, day: number): boolean {
	return day <= (DAYS_IN[month - 1] ?? 0);
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
	// "June-July 2012"
	if (dashJoins(ts, k)) {
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

/** "2013-12-13". */
function iso(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const y = yearValue(ts[i]);
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
		const y = yearValue(t);
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

/** "2009", "2012's", "2012-13", "2012/13", "2012/2013". */
function year(ts: Token[], i: number, inRange: boolean): Hit | undefined {
	const y = yearValue(ts[i]);
	if (y === undefined) return undefined;
	if (!inRange) {
		if (!startsClean(ts, i) || qualifierBefore(ts, i, false).name) return undefined;
		if (figureFollows(ts, i + 1)) return undefined;
	}
	const d = ts[i + 1];
	const n = ts[i + 2];
	const gluedNumber = d !== undefined && n !== undefined && !d.spaced && !n.spaced && n.kind === 'num';
	if (gluedNumber && d.text === '/') {
		const end = n.text.length === 2 ? Math.floor(y / 100) * 100 + Number(n.text) : n.text.length === 4 ? yearValue(n) : undefined;
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

const RANK: Record<Granularity, number> = { decade: 0, year: 1, month: 2, day: 3 };

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

const ANY_DIGIT = /[0-9]/;
const ANY_MONTH = new RegExp(`\\b(?:${SHORT_MONTHS.join('|')})`);

interface Found {
	hit: Hit;
	start: number;
	end: number;
}

function scan(text: string): Found[] {
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

/** Dates, ranges and periods in `text`, in text order and not overlapping. */
export function findDates(text: string, options: { defaultYear?: number; defaultMonth?: number } = {}): DateMention[] {
	// Every date this reads has a number in it, or a month's name.
	if (!ANY_DIGIT.test(text) && !ANY_MONTH.test(text)) return [];
	const fallback = options.defaultYear;
	return scan(text).map(({ hit, start, end }) => {
		let inferred = false;
		// "last September" in a report of July 2017 is September 2016; "next April", April 2018.
		const relative = /\b(last|next)\s+$/i.exec(text.slice(Math.max(0, start - 6), start))?.[1]?.toLowerCase();
		const fill = (p: DatePoint): DatePoint => {
			if (p.year !== undefined || fallback === undefined) return { ...p };
			inferred = true;
			let year = fallback;
			if (relative && p.month !== undefined) {
				const now = options.defaultMonth;
				if (relative === 'last' && (now === undefined || p.month >= now)) year--;
				if (relative === 'next' && (now === undefined || p.month <= now)) year++;
			}
			return { ...p, year };
		};
		const mention: DateMention = { span: { start, end }, text: text.slice(start, end), start: fill(hit.start), end: fill(hit.end) };
		if (hit.qualifier) mention.qualifier = hit.qualifier;
		if (inferred) mention.inferredYear = true;
		return mention;
	});
}

// ---------------------------------------------------------------------------------------------
// Comparing

function coarser(a: Granularity, b: Granularity): Granularity {
	return RANK[a] <= RANK[b] ? a : b;
}

/**
 * The two points agree at the coarser granularity of the two: June 2012 = 2012 = June 13, 2012, and
 * 1999 = the 1990s. A field only one of them gives (a year missing from "April 15") cannot disagree.
 */
export function sameDate(a: DatePoint, b: DatePoint): boolean {
	const g = coarser(a.granularity, b.granularity);
	if (a.year !== undefined && b.year !== undefined) {
		if (g === 'decade') return Math.floor(a.year / 10) === Math.floor(b.year / 10);
		if (a.year !== b.year) return false;
	}
	if (RANK[g] >= RANK.month && a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
	if (g === 'day' && a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
	return true;
}

// ---------------------------------------------------------------------------------------------
// Writing a date

const DEFAULT_STYLE = style('md', { comma: true });

/** The writer's way of writing the mention, read back from its text. */
function styleOf(like: DateMention): Style {
	const found = scan(like.text);
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

/** "st", "nd", "rd" or "th": the ending of an ordinal number written in digits. */
export function ordinalSuffix(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return 'th';
	return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
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

// Reading figures off tokens: a number in digits or in words, with its currency, scale and unit, and
// the rules of context that tell a figure from a year, a name, a pronoun or a fraction.

import type { NumberMention, NumberUnit, Span } from '../types';
import { CURRENCY_CODES, CURRENCY_WORDS, MONEY_SIGNS } from './currencies';
import { YEAR_PREPOSITIONS } from './dateParts';
import { figureFollows, isLocatorBefore, numberEndsClean } from './numberContext';
import { GLUED_SCALES, ORDINAL_SCALES, ORDINAL_WORDS, SCALES, SPACED_SCALES, TENS, UNITS } from './numberWords';
import { isSpaceCode } from '../text/whitespace';
import { isDash, tokenize, type Token } from './tokens';

/** Words after a unit that make it a fraction ("two-thirds", "three quarters"), which is not a figure here. */
const FRACTIONS = new Set([
	'half',
	'halves',
	'third',
	'thirds',
	'quarter',
	'quarters',
	'fourths',
	'fifths',
	'sixths',
	'sevenths',
	'eighths',
	'ninths',
	'tenths',
]);
/** Words before a word ordinal that make it a rank ("the fifth", "its third"); "a third" is a fraction. */
const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose', 's']);

/** A figure as parsed, with the pieces a fix needs to write another value the same way. */
export interface Parsed {
	/** Tokens [first, last). */
	first: number;
	last: number;
	/** The number as written, before its scale: 7.6 in "$7.6 billion". */
	core: number;
	value: number;
	unit: NumberUnit;
	currency?: string;
	scale?: string;
	form: 'digits' | 'words';
	/** Thousands separator as written ("," or a space), "" when none. */
	group: string;
	decimals: number;
	/** Currency sign or code and anything up to the number ("US$", "USD "). */
	prefix: string;
	/** Text from the end of the number to the end of the scale word (" billion", "bn"), "" when none. */
	scaleText: string;
	/** Text after that to the end of the figure (" percent", "%", " dollars", "th"). */
	suffix: string;
	ordinalWords: boolean;
	capital: boolean;
	/** True when nothing but the number was written: "15" in "15-20 percent" borrows its unit. */
	bare: boolean;
}

interface Core {
	value: number;
	next: number;
	form: 'digits' | 'words';
	group: string;
	decimals: number;
	ordinal: boolean;
	/** The last word was a scale word ("twenty thousand"). */
	scaleWord?: string;
	single: boolean;
	/** Read on through "and a half" ("twelve and a half", "12-and-a-half"). */
	half?: boolean;
}

/** Where "and a half" after a number ends ("three and a half", "12-and-a-half"), if it follows at `j`. */
function halfAfter(ts: Token[], j: number): number | undefined {
	let k = j;
	// Glued with dashes ("12-and-a-half") or spaced ("twelve and a half"), not a mix.
	const glued = ts[k] !== undefined && isDash(ts[k]!) && !ts[k]!.spaced;
	if (glued) k++;
	for (const word of ['and', 'a', 'half']) {
		const t = ts[k];
		if (!t || t.lower !== word || (glued ? t.spaced : !t.spaced)) return undefined;
		k++;
		if (glued && word !== 'half') {
			if (!ts[k] || !isDash(ts[k]!) || ts[k]!.spaced) return undefined;
			k++;
		}
	}
	return k;
}

/** "20,000", "20 000", "12.6", "1500". */
function digitsAt(text: string, ts: Token[], k: number): Core | undefined {
	const t = ts[k];
	if (!t || t.kind !== 'num') return undefined;
	let int = t.text;
	let group = '';
	let j = k + 1;
	if (t.text.length <= 3) {
		for (;;) {
			const c = ts[j];
			const g = ts[j + 1];
			// At most five groups (under 10^15): a longer chain is a list, and capping it keeps the scan linear.
			if (!c || !g || c.text !== ',' || c.spaced || g.spaced || g.kind !== 'num' || g.text.length !== 3 || j - k >= 8) break;
			group = ',';
			int += g.text;
			j += 2;
		}
		if (!group) {
			for (;;) {
				const prev = ts[j - 1] as Token;
				const g = ts[j];
				// "20 000": one space-like character between three-digit groups.
				if (!g || g.kind !== 'num' || !g.spaced || g.text.length !== 3 || g.start - prev.end !== 1 || !isSpaceCode(text.charCodeAt(prev.end)) || j - k >= 4)
					break;
				group = text.charAt(prev.end);
				int += g.text;
				j++;
			}
		}
	}
	let decimals = 0;
	let frac = '';
	const dot = ts[j];
	const f = ts[j + 1];
	if (dot && f && dot.text === '.' && !dot.spaced && !f.spaced && f.kind === 'num') {
		frac = f.text;
		decimals = frac.length;
		j += 2;
		// "1.2.3" is a version or a section number.
		if (ts[j]?.text === '.' && ts[j + 1]?.kind === 'num' && !ts[j]?.spaced && !ts[j + 1]?.spaced) return undefined;
	}
	const value = Number(frac ? `${int}.${frac}` : int);
	if (!Number.isFinite(value)) return undefined;
	return { value, next: j, form: 'digits', group, decimals, ordinal: false, single: false };
}

type WordKind = 'unit' | 'tens' | 'hundred' | 'scale' | 'dozen';

/** The word after token j, over a glued hyphen ("hundred-thousandth") or a space. */
function wordAfterJoiner(ts: Token[], j: number): string | undefined {
	const sep = ts[j + 1];
	const next = sep && isDash(sep) && !sep.spaced ? ts[j + 2] : sep;
	return next?.kind === 'word' ? next.lower : undefined;
}

/** "six", "twenty-one", "two hundred and fifty", "sixty-fifth", "a dozen", "twenty thousand". */
function wordsAt(ts: Token[], k: number): Core | undefined {
	const t = ts[k];
	if (!t || t.kind !== 'word') return undefined;
	let total = 0;
	let current = 0;
	let last: WordKind | 'none' = 'none';
	let j = k;
	let words = 0;
	let ordinal = false;
	let scaleWord: string | undefined;
	if (t.lower === 'a') {
		const n = ts[k + 1];
		if (!n || !n.spaced || !(n.lower === 'dozen' || n.lower === 'hundred' || SCALES.has(n.lower))) return undefined;
		current = 1;
		last = 'unit';
		j = k + 1;
	}
	for (;;) {
		const w = ts[j];
		if (!w || w.kind !== 'word') break;
		const lower = w.lower;
		const u = UNITS.get(lower);
		const tens = TENS.get(lower);
		const scale = SCALES.get(lower);
		const ord = ORDINAL_WORDS.get(lower);
		const ordScale = ORDINAL_SCALES.get(lower);
		let kind: WordKind | undefined;
		if (ordScale !== undefined && (last === 'none' || current > 0 || total > 0)) {
			// "hundredth", "one hundredth", "ten-thousandth", "two hundred thousandth".
			current = total + (last === 'none' ? 1 : current) * ordScale;
			total = 0;
			ordinal = true;
			words++;
			j++;
			break;
		} else if (lower === 'hundred' && last === 'none' && ORDINAL_SCALES.has(wordAfterJoiner(ts, j) ?? '')) {
			// "hundred-thousandth": a bare "hundred" before a scale's ordinal.
			current = 100;
			kind = 'hundred';
		} else if (u !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && u > 0 && u < 10 && current % 10 === 0))) {
			current += u;
			kind = 'unit';
		} else if (tens !== undefined && (last === 'none' || last === 'hundred' || last === 'scale')) {
			current += tens;
			kind = 'tens';
		} else if (lower === 'hundred' && last === 'unit' && current > 0 && current < 10) {
			current *= 100;
			kind = 'hundred';
		} else if (scale !== undefined && (last === 'unit' || last === 'tens' || last === 'hundred' || last === 'dozen') && current > 0) {
			total += current * scale;
			current = 0;
			kind = 'scale';
			scaleWord = w.text;
		} else if (lower === 'dozen' && last === 'unit' && current > 0 && current < 10) {
			current *= 12;
			kind = 'dozen';
		} else if (ord !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && ord < 10 && current % 10 === 0))) {
			current = last === 'none' ? ord : current + ord;
			ordinal = true;
			words++;
			j++;
			break;
		}
		if (!kind) break;
		last = kind;
		words++;
		j++;
		if (kind !== 'scale') scaleWord = undefined;
		// Joiners: a glued hyphen ("twenty-one") or "and" after hundreds ("two hundred and fifty").
		const sep = ts[j];
		const after = ts[j + 1];
		if (sep && after && isDash(sep) && !sep.spaced && !after.spaced && after.kind === 'word') j++;
		else if (sep?.lower === 'and' && sep.spaced && (last === 'hundred' || last === 'scale') && after && (UNITS.has(after.lower) || TENS.has(after.lower))) j++;
		else if (!sep || !sep.spaced) break;
	}
	if (words === 0) return undefined;
	// The loop may have stepped over a joiner that led nowhere.
	while (j > k && ts[j - 1]?.kind !== 'word') j--;
	if (ts[j - 1]?.lower === 'and') j--;
	const value = total + current;
	return { value, next: j, form: 'words', group: '', decimals: 0, ordinal, single: words === 1 && t.lower !== 'a', ...(scaleWord ? { scaleWord } : {}) };
}

function capitalised(t: Token): boolean {
	const c = t.text.charCodeAt(0);
	return c >= 65 && c <= 90;
}

/**
 * "Nuclear tests456", "Area18,000 km2": a table's label run into its value, as a page's infobox
 * comes out in text. A lower-case word of three letters or more, then a figure of three digits or
 * more: no model name or code is written so ("G20", "Su27", "mp3").
 */
function tableGlue(ts: Token[], i: number): boolean {
	const t = ts[i]!;
	const p = ts[i - 1]!;
	const comma = ts[i + 1];
	const grouped = comma?.text === ',' && !comma.spaced && ts[i + 2]?.kind === 'num' && ts[i + 2]!.text.length === 3 && !ts[i + 2]!.spaced;
	return p.kind === 'word' && /\p{Ll}{3}$/u.test(p.text) && (t.text.length >= 3 || grouped);
}

/** Glue before the number's first token that makes it part of something else: "G20", "Su-27", "0.5", "12:30". */
function startsInside(ts: Token[], i: number): boolean {
	const t = ts[i] as Token;
	const p = ts[i - 1];
	if (!p || t.spaced) return false;
	if (p.kind !== 'punct') return !tableGlue(ts, i);
	// "km^2", "km^{2}": an exponent is part of a unit.
	if (p.text === '^' || (p.text === '{' && !p.spaced && ts[i - 2]?.text === '^')) return true;
	if (isDash(p)) {
		const w = ts[i - 2];
		// "Brotherhood-2019", "Mi-8", "mid-2012": a name or a date; "15-20" is a range of figures,
		// unless it is a range of pages ("pp. 146-147").
		if (!w || p.spaced) return false;
		return w.kind === 'word' || (w.kind === 'num' && isLocatorBefore(ts, i - 2));
	}
	if (
		p.text === '.' ||
		p.text === ',' ||
		p.text === ':' ||
		p.text === '/' ||
		p.text === '+' ||
		p.text === '@' ||
		p.text === '_' ||
		p.text === '=' ||
		p.text === '#' ||
		p.text === '№' ||
		p.text === '§'
	) {
		const w = ts[i - 2];
		return p.text === '#' || p.text === '№' || p.text === '§' || (w !== undefined && !p.spaced && w.kind !== 'punct');
	}
	return false;
}

interface Options {
	/** Parse text that is one figure on its own (a mention's text), without the context rules. */
	isolated: boolean;
}

/** A currency sign or code before the number ("$", "US$", "USD 20"), and how many tokens it takes. */
function currencyBefore(ts: Token[], i: number): { currency: string; tokens: number } | undefined {
	const t = ts[i] as Token;
	if (t.kind === 'punct' && MONEY_SIGNS.has(t.text)) return { currency: t.text, tokens: 1 };
	if (t.kind !== 'word') return undefined;
	if ((t.text === 'US' || t.text === 'A' || t.text === 'C') && ts[i + 1]?.text === '$' && !ts[i + 1]?.spaced) return { currency: `${t.text}$`, tokens: 2 };
	if (CURRENCY_CODES.has(t.text) && ts[i + 1]?.kind === 'num' && ts[i + 1]?.spaced) return { currency: t.text, tokens: 1 };
	return undefined;
}

/** The scale after a number in digits ("billion", "bn"; "m" and "b" only after a currency), and where it ends. */
function scaleAfter(ts: Token[], core: Core, currency: string | undefined): { scale?: string; mult: number; next: number } {
	const j = core.next;
	// "four and a half million": the scale comes after the half, as after digits.
	if (core.form !== 'digits' && !core.half) return core.scaleWord ? { scale: core.scaleWord, mult: 1, next: j } : { mult: 1, next: j };
	const s = ts[j];
	if (!s || s.kind !== 'word') return { mult: 1, next: j };
	const spacedScale = s.spaced ? SPACED_SCALES.get(s.lower) : undefined;
	const gluedScale = !s.spaced
		? (GLUED_SCALES.get(s.lower) ?? (currency && (s.lower === 'm' || s.lower === 'b') ? (s.lower === 'm' ? 1e6 : 1e9) : undefined))
		: undefined;
	if (spacedScale === undefined && gluedScale === undefined) return { mult: 1, next: j };
	return { scale: s.text, mult: spacedScale ?? gluedScale ?? 1, next: j + 1 };
}

interface UnitAfter {
	unit: NumberUnit;
	currency?: string;
	/** "65th": the ending is part of the number as written. */
	ordinalDigits: boolean;
	next: number;
}

/** The unit from token j on: an ordinal ending, a percent sign or word, a currency word or code ("dollars", "USD"). */
function unitAfter(ts: Token[], j: number, core: Core, scale: string | undefined, currency: string | undefined): UnitAfter {
	const same = currency ? { currency } : {};
	const s = ts[j];
	// Grouped digits take the ending too ("the 100,000th crossing").
	if (s && !s.spaced && s.kind === 'word' && core.form === 'digits' && !scale && !core.decimals && /^(st|nd|rd|th)$/.test(s.lower)) {
		return { unit: 'ordinal', ...same, ordinalDigits: true, next: j + 1 };
	}
	if (core.ordinal) return { unit: 'ordinal', ...same, ordinalDigits: false, next: j };
	const percent = (next: number): UnitAfter => ({ unit: 'percent', ...same, ordinalDigits: false, next });
	if (s && s.text === '%' && (!s.spaced || core.form === 'digits')) return percent(j + 1);
	if (s && s.spaced && (s.lower === 'percent' || s.lower === 'pct')) return percent(j + 1);
	if (s && s.spaced && s.lower === 'per' && ts[j + 1]?.lower === 'cent' && ts[j + 1]?.spaced) return percent(j + 2);
	if (s && s.spaced && s.lower === 'percentage' && /^points?$/.test(ts[j + 1]?.lower ?? '')) return percent(j + 2);
	if (!currency && s && s.spaced) {
		let w = s;
		let n = j;
		// "7.6 billion US dollars"
		if (w.text === 'US' && ts[j + 1]?.spaced && CURRENCY_WORDS.get(ts[j + 1]?.lower ?? '') === 'USD') w = ts[++n] as Token;
		const code = CURRENCY_WORDS.get(w.lower) ?? (CURRENCY_CODES.has(w.text) && w.text.length === 3 ? CURRENCY_CODES.get(w.text) : undefined);
		if (code) return { unit: 'currency', currency: CURRENCY_WORDS.has(w.lower) ? code : w.text, ordinalDigits: false, next: n + 1 };
	}
	return { unit: currency ? 'currency' : 'count', ...same, ordinalDigits: false, next: j };
}

function parseAt(text: string, ts: Token[], i: number, opts: Options): Parsed | undefined {
	const t = ts[i];
	if (!t || t.url) return undefined;
	const before = currencyBefore(ts, i);
	const k = i + (before?.tokens ?? 0);
	const c = ts[k];
	if (!c) return undefined;
	if (before && (c.kind !== 'num' || (c.spaced && text.slice(ts[k - 1]?.end ?? 0, c.start).length > 1))) return undefined;
	if (!opts.isolated && (startsInside(ts, i) || isLocatorBefore(ts, i))) return undefined;
	let core = c.kind === 'num' ? digitsAt(text, ts, k) : wordsAt(ts, k);
	if (!core) return undefined;
	const half = core.value > 0 && !core.ordinal && core.decimals === 0 && !core.scaleWord ? halfAfter(ts, core.next) : undefined;
	if (half !== undefined) core = { ...core, value: core.value + 0.5, next: half, decimals: 1, half: true };
	const { scale, mult, next: scaleEnd } = scaleAfter(ts, core, before?.currency);
	const { unit, currency, ordinalDigits, next: j } = unitAfter(ts, scaleEnd, core, scale, before?.currency);

	// What is glued after the figure must end it: "20km", "5G", "3.5.1" and "12/05" are not figures.
	if (!opts.isolated) {
		const after = ts[j];
		if (after && !after.spaced && after.kind !== 'punct') return undefined;
		if (!numberEndsClean(ts, j)) return undefined;
	}

	if (!opts.isolated && !contextAllows(ts, i, k, j, core, unit, currency, scale)) return undefined;

	const first = ts[i] as Token;
	const coreTok = ts[k] as Token;
	const coreEnd = ts[core.next - 1] as Token;
	const scaleLast = ts[scaleEnd - 1] as Token;
	const lastTok = ts[j - 1] as Token;
	const parsed: Parsed = {
		first: i,
		last: j,
		core: core.value,
		value: core.value * mult,
		unit,
		form: core.form,
		group: core.group,
		decimals: core.decimals,
		prefix: text.slice(first.start, coreTok.start),
		scaleText: core.form === 'digits' ? text.slice(coreEnd.end, scaleLast.end) : '',
		suffix: text.slice(scaleLast.end, lastTok.end),
		ordinalWords: core.ordinal,
		capital: capitalised(coreTok),
		bare: !currency && !scale && unit === 'count',
	};
	if (ordinalDigits) parsed.suffix = text.slice(coreEnd.end, lastTok.end);
	if (currency) parsed.currency = currency;
	if (scale) parsed.scale = scale;
	return parsed;
}

/** The rules that tell a figure from a year, a name, a pronoun or a fraction. */
function contextAllows(
	ts: Token[],
	i: number,
	k: number,
	j: number,
	core: Core,
	unit: NumberUnit,
	currency: string | undefined,
	scale: string | undefined,
): boolean {
	const c = ts[k] as Token;
	const p = ts[i - 1];
	// "[12]" is a reference marker.
	if (p?.text === '[' && !ts[i]?.spaced && ts[j]?.text === ']' && !ts[j]?.spaced) return false;
	if (core.form === 'digits') {
		// A bare year is a date (findDates has it), unless a counted noun follows: "2000 troops".
		// Older years ("in 1865") are not dates here, but not figures either.
		const plain = !currency && !scale && unit === 'count' && !core.group && !core.decimals && c.text.length === 4;
		if (!plain || figureFollows(ts, j)) return true;
		const y = Number(c.text);
		if (y >= 1900 && y <= 2099) return false;
		return !(y >= 1000 && YEAR_PREPOSITIONS.has(p?.lower ?? ''));
	}
	const first = c.lower;
	// "one" is mostly a pronoun ("one of the", "no one"); it counts only with a scale ("one million")
	// or as a share ("just over one percent").
	if (core.single && first === 'one' && unit !== 'percent') return false;
	// "two-thirds", "three quarters"
	const n = ts[core.next];
	const n2 = ts[core.next + 1];
	if (n && isDash(n) && !n.spaced && n2 && !n2.spaced && FRACTIONS.has(n2.lower)) return false;
	if (n && n.spaced && FRACTIONS.has(n.lower)) return false;
	if (core.ordinal) {
		// "first" and "second" are rarely ranks that a source would state ("at first", "a second time").
		if (core.single && (first === 'first' || first === 'second')) return false;
		const d = ts[k - 1];
		if (!d || !DETERMINERS.has(d.lower) || (d.lower === 's' && !(ts[k - 2]?.text === "'" || ts[k - 2]?.text === '’'))) return false;
	}
	// "the Shanghai Five", "the Group of Eight": a capitalised number after a capitalised word is a name.
	if (capitalised(c) && p && p.kind === 'word' && c.spaced) {
		if (capitalised(p)) return false;
		if (p.lower === 'of' && ts[i - 2] && capitalised(ts[i - 2] as Token)) return false;
	}
	return true;
}

function overlapsAny(sorted: Span[], start: number, end: number): boolean {
	// Binary search for the first skip span that ends after `start`.
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if ((sorted[mid] as Span).end <= start) lo = mid + 1;
		else hi = mid;
	}
	for (let m = lo; m < sorted.length; m++) {
		const s = sorted[m] as Span;
		if (s.start >= end) return false;
		if (s.end > start && s.start < end) return true;
	}
	return false;
}

export function scan(text: string, ts: Token[], skip: Span[]): Parsed[] {
	// Ends are not monotone in start order if spans nest; keeping only the outer ones makes them so.
	const sorted: Span[] = [];
	for (const s of [...skip].sort((a, b) => a.start - b.start || b.end - a.end)) {
		const last = sorted[sorted.length - 1];
		if (last && s.end <= last.end) continue;
		sorted.push(s);
	}
	const out: Parsed[] = [];
	let i = 0;
	while (i < ts.length) {
		const p = parseAt(text, ts, i, { isolated: false });
		if (p) {
			const a = ts[p.first] as Token;
			const b = ts[p.last - 1] as Token;
			if (!overlapsAny(sorted, a.start, b.end)) {
				out.push(p);
				i = p.last;
				continue;
			}
		}
		i++;
	}
	shareUnits(ts, out);
	return out;
}

/**
 * "15-20 percent", "$5-7 billion", "10 to 20 percent", "between 5 and 7 billion": the first number of
 * a range takes the unit and scale of the second.
 */
function shareUnits(ts: Token[], found: Parsed[]): void {
	for (let m = 0; m + 1 < found.length; m++) {
		const a = found[m] as Parsed;
		const b = found[m + 1] as Parsed;
		if (partOfSum(ts, a, b)) {
			a.unit = 'currency';
			a.currency = b.currency;
			takeScale(a, b);
			continue;
		}
		if (b.first !== a.last + 1 || !joinsRange(ts, a, b)) continue;
		if (a.unit === 'ordinal' || b.unit === 'ordinal') continue;
		if (a.bare && b.unit !== 'count') a.unit = b.unit;
		if (a.unit === 'currency' && b.unit === 'count' && !b.currency) b.unit = 'currency';
		if (!a.currency && b.currency) a.currency = b.currency;
		if (!b.currency && a.currency) b.currency = a.currency;
		takeScale(a, b);
	}
}

/** The first figure, written without a scale, takes the second's: "5-7 billion", "five to seven million". */
function takeScale(a: Parsed, b: Parsed): void {
	if (a.scale || !b.scale) return;
	// In words the scale is part of the number's core ("seven million"); after digits it is not ("7 million").
	a.value = a.core * (SCALES.get(b.scale.toLowerCase()) ?? b.value / (b.core || 1));
	a.scale = b.scale;
}

/**
 * "thirty-seven of the thirty-eight million dollars", "37 million of the 38 million dollars": a figure
 * with no currency before "of the" and a sum is a part of that sum, in its currency and, where it has
 * none of its own, its scale. Money is not counted a coin at a time, so the part is no count of dollars.
 */
function partOfSum(ts: Token[], a: Parsed, b: Parsed): boolean {
	return (
		b.unit === 'currency' &&
		b.currency !== undefined &&
		a.unit === 'count' &&
		!a.currency &&
		b.first === a.last + 2 &&
		ts[a.last]?.lower === 'of' &&
		ts[a.last + 1]?.lower === 'the'
	);
}

/**
 * Whether the token after `a` makes it the first end of a range that ends with `b`: a dash between
 * digits ("15-20"; between words it writes one number, "twenty-five"), or after a bare number "to",
 * or "and" after "between".
 */
function joinsRange(ts: Token[], a: Parsed, b: Parsed): boolean {
	const link = ts[a.last];
	if (isDash(link)) return a.form === 'digits' && b.form === 'digits';
	// In words, only a bare first end is one: "8.4 percent to $2.1 billion" are two figures.
	if (!a.bare) return false;
	if (link?.lower === 'to') return true;
	return link?.lower === 'and' && ts[a.first - 1]?.lower === 'between';
}

/** A mention's own text parsed again, for the pieces the mention does not keep. */
export function reparse(m: NumberMention): Parsed | undefined {
	const ts = tokenize(m.text);
	return parseAt(m.text, ts, 0, { isolated: true });
}

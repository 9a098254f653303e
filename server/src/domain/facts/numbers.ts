// Figures written in English prose: counts, percentages, sums of money and ordinals.
//
// Like dates.ts, this is one linear pass over tokens with a fixed look-ahead, no backtracking regex.
//
// Span decision: a figure's span covers its currency sign, number, scale word and unit word
// ("$7.6 billion", "12.6 percent", "7.6 billion dollars", "65th") and nothing after a hyphen, so
// in "20,000-strong" the span is "20,000" and a fix leaves "-strong" in place. `formatNumber`
// writes the text for the whole span, keeping the writer's sign, scale word and unit word.

import { boundBefore, boundsAgree } from './bounds';
import type { NumberMention, NumberUnit, Span } from '../types';
import { MONEY_SIGNS, figureFollows, findDates, isDash, isLocatorBefore, isSpaceCode, numberEndsClean, ordinalSuffix, tokenize, type Token } from './dates';

// ---------------------------------------------------------------------------------------------
// Vocabulary

const UNITS = new Map<string, number>(
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
		.split(' ')
		.map((w, k) => [w, k]),
);
const TENS = new Map<string, number>('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, k) => [w, (k + 2) * 10]));
const SCALES = new Map<string, number>([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12],
]);
const ORDINAL_WORDS = new Map<string, number>([
	['first', 1],
	['second', 2],
	['third', 3],
	['fourth', 4],
	['fifth', 5],
	['sixth', 6],
	['seventh', 7],
	['eighth', 8],
	['ninth', 9],
	['tenth', 10],
	['eleventh', 11],
	['twelfth', 12],
	['thirteenth', 13],
	['fourteenth', 14],
	['fifteenth', 15],
	['sixteenth', 16],
	['seventeenth', 17],
	['eighteenth', 18],
	['nineteenth', 19],
	['twentieth', 20],
	['thirtieth', 30],
	['fortieth', 40],
	['fiftieth', 50],
	['sixtieth', 60],
	['seventieth', 70],
	['eightieth', 80],
	['ninetieth', 90],
	['hundredth', 100],
]);
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

/** Words before a four-digit number that make it a year: "in 1865", "since 1924". */
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'from', 'before', 'after', 'during', 'around', 'circa', 'c']);

/** Scale words written after a number, and abbreviations glued to it ("7.6bn", "20k"). */
const SPACED_SCALES = new Map<string, number>([...SCALES, ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12], ['trn', 1e12]]);
const GLUED_SCALES = new Map<string, number>([
	['bn', 1e9],
	['mn', 1e6],
	['mln', 1e6],
	['k', 1e3],
	['tn', 1e12],
	['trn', 1e12],
]);

/** Currency as written, mapped to one code so "$", "US$", "USD" and "dollars" compare. */
const CURRENCY_CODES = new Map<string, string>([
	['$', 'USD'],
	['US$', 'USD'],
	['USD', 'USD'],
	['€', 'EUR'],
	['EUR', 'EUR'],
	['£', 'GBP'],
	['GBP', 'GBP'],
	['¥', 'CNY'],
	['CNY', 'CNY'],
	['RMB', 'CNY'],
	['₽', 'RUB'],
	['RUB', 'RUB'],
	['₸', 'KZT'],
	['KZT', 'KZT'],
	['UZS', 'UZS'],
	['₹', 'INR'],
]);
const CURRENCY_WORDS = new Map<string, string>([
	['dollars', 'USD'],
	['dollar', 'USD'],
	['euros', 'EUR'],
	['euro', 'EUR'],
	['rubles', 'RUB'],
	['roubles', 'RUB'],
	['yuan', 'CNY'],
	['renminbi', 'CNY'],
	['tenge', 'KZT'],
	['soums', 'UZS'],
	['soum', 'UZS'],
	['sums', 'UZS'],
]);

// ---------------------------------------------------------------------------------------------
// Parsing

/** A figure as parsed, with the pieces a fix needs to write another value the same way. */
interface Parsed {
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
		let kind: WordKind | undefined;
		if (u !== undefined && (last === 'none' || last === 'hundred' || last === 'scale' || (last === 'tens' && u > 0 && u < 10 && current % 10 === 0))) {
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
			current = last === 'none' ? ord : ord === 100 ? current * 100 : current + ord;
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

/** Glue before the number's first token that makes it part of something else: "G20", "Su-27", "0.5", "12:30". */
function startsInside(ts: Token[], i: number): boolean {
	const t = ts[i] as Token;
	const p = ts[i - 1];
	if (!p || t.spaced) return false;
	if (p.kind !== 'punct') return true;
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

function parseAt(text: string, ts: Token[], i: number, opts: Options): Parsed | undefined {
	const t = ts[i];
	if (!t || t.url) return undefined;
	let k = i;
	let currency: string | undefined;
	if (t.kind === 'punct' && MONEY_SIGNS.has(t.text)) {
		currency = t.text;
		k = i + 1;
	} else if (t.kind === 'word' && (t.text === 'US' || t.text === 'A' || t.text === 'C') && ts[i + 1]?.text === '$' && !ts[i + 1]?.spaced) {
		currency = `${t.text}$`;
		k = i + 2;
	} else if (t.kind === 'word' && CURRENCY_CODES.has(t.text) && ts[i + 1]?.kind === 'num' && ts[i + 1]?.spaced) {
		currency = t.text;
		k = i + 1;
	}
	const c = ts[k];
	if (!c) return undefined;
	if (currency && (c.kind !== 'num' || (c.spaced && text.slice(ts[k - 1]?.end ?? 0, c.start).length > 1))) return undefined;
	if (!opts.isolated && (startsInside(ts, i) || isLocatorBefore(ts, i))) return undefined;
	const core = c.kind === 'num' ? digitsAt(text, ts, k) : wordsAt(ts, k);
	if (!core) return undefined;

	let j = core.next;
	let scale: string | undefined;
	let mult = 1;
	if (core.form === 'digits') {
		const s = ts[j];
		if (s && s.kind === 'word') {
			const spacedScale = s.spaced ? SPACED_SCALES.get(s.lower) : undefined;
			const gluedScale = !s.spaced
				? (GLUED_SCALES.get(s.lower) ?? (currency && (s.lower === 'm' || s.lower === 'b') ? (s.lower === 'm' ? 1e6 : 1e9) : undefined))
				: undefined;
			if (spacedScale !== undefined || gluedScale !== undefined) {
				scale = s.text;
				mult = spacedScale ?? gluedScale ?? 1;
				j++;
			}
		}
	} else if (core.scaleWord) scale = core.scaleWord;
	const scaleEnd = j;

	let unit: NumberUnit = currency ? 'currency' : 'count';
	let ordinalDigits = false;
	const s = ts[j];
	if (s && !s.spaced && s.kind === 'word' && core.form === 'digits' && !scale && !core.group && !core.decimals && /^(st|nd|rd|th)$/.test(s.lower)) {
		unit = 'ordinal';
		ordinalDigits = true;
		j++;
	} else if (core.ordinal) {
		unit = 'ordinal';
	} else if (s && s.text === '%' && (!s.spaced || core.form === 'digits')) {
		unit = 'percent';
		j++;
	} else if (s && s.spaced && (s.lower === 'percent' || s.lower === 'pct')) {
		unit = 'percent';
		j++;
	} else if (s && s.spaced && s.lower === 'per' && ts[j + 1]?.lower === 'cent' && ts[j + 1]?.spaced) {
		unit = 'percent';
		j += 2;
	} else if (s && s.spaced && s.lower === 'percentage' && /^points?$/.test(ts[j + 1]?.lower ?? '')) {
		unit = 'percent';
		j += 2;
	} else if (!currency && s && s.spaced) {
		let w = s;
		let n = j;
		// "7.6 billion US dollars"
		if (w.text === 'US' && ts[j + 1]?.spaced && CURRENCY_WORDS.get(ts[j + 1]?.lower ?? '') === 'USD') w = ts[++n] as Token;
		const code = CURRENCY_WORDS.get(w.lower) ?? (CURRENCY_CODES.has(w.text) && w.text.length === 3 ? CURRENCY_CODES.get(w.text) : undefined);
		if (code) {
			unit = 'currency';
			currency = CURRENCY_WORDS.has(w.lower) ? code : w.text;
			j = n + 1;
		}
	}

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
	// "one" is mostly a pronoun ("one of the", "no one"); it counts only with a scale ("one million").
	if (core.single && first === 'one') return false;
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

function scan(text: string, ts: Token[], skip: Span[]): Parsed[] {
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

/** "15-20 percent", "$5-7 billion": the first number of a range takes the unit and scale of the second. */
function shareUnits(ts: Token[], found: Parsed[]): void {
	for (let m = 0; m + 1 < found.length; m++) {
		const a = found[m] as Parsed;
		const b = found[m + 1] as Parsed;
		if (b.first !== a.last + 1 || !isDash(ts[a.last]) || a.form !== 'digits' || b.form !== 'digits') continue;
		if (a.unit === 'ordinal' || b.unit === 'ordinal') continue;
		if (a.bare && b.unit !== 'count') a.unit = b.unit;
		if (a.unit === 'currency' && b.unit === 'count' && !b.currency) b.unit = 'currency';
		if (!a.currency && b.currency) a.currency = b.currency;
		if (!b.currency && a.currency) b.currency = a.currency;
		if (!a.scale && b.scale) {
			a.value = a.core * (b.value / (b.core || 1));
			a.scale = b.scale;
		}
	}
}

function toMention(text: string, ts: Token[], p: Parsed): NumberMention {
	const start = (ts[p.first] as Token).start;
	const end = (ts[p.last - 1] as Token).end;
	const m: NumberMention = { span: { start, end }, text: text.slice(start, end), value: p.value, unit: p.unit };
	if (p.currency) m.currency = p.currency;
	if (p.scale) m.scale = p.scale;
	const bound = boundBefore(text, m.span);
	if (bound) m.bound = bound;
	return m;
}

/**
 * "the two countries", "these three presidents": a small number in words after a definite article
 * counts the actors named before, as a pronoun would; it is no figure to fix another with.
 */
export function isReferring(text: string, m: NumberMention): boolean {
	return (
		m.unit === 'count' && m.value <= 10 && !/\d/.test(m.text) && /\b(?:the|these|those)\s+$/i.test(text.slice(Math.max(0, m.span.start - 7), m.span.start))
	);
}

const RELATIVE_TIME = /^[\s-]+(?:years?|months?|weeks?|days?|decades?)\s+(?:later|earlier|ago|after|afterwards?|before|on)\b/i;

/**
 * Figures in `text`, in order and not overlapping. `skip` are spans that hold no figures, normally
 * the dates found in the same text; when it is not given, the dates are found here.
 */
export function findNumbers(text: string, skip?: Span[]): NumberMention[] {
	const spans = skip ?? findDates(text).map((d) => d.span);
	const ts = tokenize(text);
	// Degrees, minutes and seconds ("50°07′N") place a point on a map or measure an angle: not figures of a claim.
	const angle = (m: NumberMention) => /^[°′″]/.test(text.slice(m.span.end)) || /[°′]$/.test(text.slice(0, m.span.start));
	// "nine years later", "two months after the vote": a time counted from another, told by its dates, not a figure.
	const offset = (m: NumberMention) => m.unit === 'count' && RELATIVE_TIME.test(text.slice(m.span.end, m.span.end + 40));
	const found = scan(text, ts, spans)
		.map((p) => toMention(text, ts, p))
		.filter((m) => !angle(m) && !offset(m));
	const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
	const multiples = findMultiples(text).filter((m) => !spans.some((s) => overlaps(s, m.span)));
	if (multiples.length === 0) return found;
	// "two-fold" is one multiple, not the count "two".
	return [...found.filter((f) => !multiples.some((m) => overlaps(m.span, f.span))), ...multiples].sort((a, b) => a.span.start - b.span.start);
}

// ---------------------------------------------------------------------------------------------
// Multiples: "doubled", "a threefold rise", "a trilateral platform" are figures too.

/** The stems of multiplying words by value, and of how many parties take part. */
const FACTOR_STEMS = new Map([
	[2, 'doubl'],
	[3, 'tripl'],
	[4, 'quadrupl'],
]);
const FOLD_WORDS = new Map([
	[2, 'two'],
	[3, 'three'],
	[4, 'four'],
	[5, 'five'],
	[10, 'ten'],
]);
const PARTY_PREFIXES = new Map([
	[2, 'bi'],
	[3, 'tri'],
	[4, 'quadri'],
]);
// Not "double-digit": a hyphen after the word makes it part of another.
const MULTIPLE = /\b(?:(doubl|tripl|quadrupl)(e|es|ed|ing)|(two|three|four|five|ten)(-?fold)|(bi|tri|quadri)(lateral(?:ly|ism)?))\b(?!-)/gi;

const valueOf = (table: Map<number, string>, word: string) => [...table].find(([, w]) => w === word.toLowerCase())?.[0];

function findMultiples(text: string): NumberMention[] {
	if (!/doubl|tripl|quadrupl|fold|lateral/i.test(text)) return [];
	const out: NumberMention[] = [];
	for (const m of text.matchAll(MULTIPLE)) {
		const value = m[1] ? valueOf(FACTOR_STEMS, m[1]) : m[3] ? valueOf(FOLD_WORDS, m[3]) : valueOf(PARTY_PREFIXES, m[5]!);
		if (value === undefined) continue;
		out.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], value, unit: m[5] ? 'parties' : 'factor' });
	}
	return out;
}

/** A figure read only as a figure: a multiple ("doubled", "trilateral") also says what happens, and is read as a word as well. */
export function isFigure(mention: NumberMention): boolean {
	return mention.unit !== 'factor' && mention.unit !== 'parties';
}

/** `value` written as the writer wrote `like` ("tripled" for 3 as "doubled"), or undefined when there is no such word. */
function formatMultiple(value: number, like: NumberMention): string | undefined {
	const m = new RegExp(MULTIPLE.source, 'i').exec(like.text);
	if (!m) return undefined;
	const [stem, ending] = m[1] ? [FACTOR_STEMS.get(value), m[2]] : m[3] ? [FOLD_WORDS.get(value), m[4]] : [PARTY_PREFIXES.get(value), m[6]];
	if (stem === undefined) return undefined;
	const word = `${stem}${ending}`;
	return /^\p{Lu}/u.test(like.text) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** A mention's own text parsed again, for the pieces the mention does not keep. */
function reparse(m: NumberMention): Parsed | undefined {
	const ts = tokenize(m.text);
	return parseAt(m.text, ts, 0, { isolated: true });
}

// ---------------------------------------------------------------------------------------------
// Comparing

function currencyCode(c: string | undefined): string | undefined {
	if (c === undefined) return undefined;
	return CURRENCY_CODES.get(c) ?? CURRENCY_WORDS.get(c.toLowerCase()) ?? c.toUpperCase();
}

/** Same kind of figure, so one may correct the other: a percent is never corrected to a count, nor dollars to euros. */
export function comparable(a: NumberMention, b: NumberMention): boolean {
	if (a.unit !== b.unit) return false;
	if (a.unit !== 'currency' || a.currency === undefined || b.currency === undefined) return true;
	return currencyCode(a.currency) === currencyCode(b.currency);
}

/** Half the unit of the last digit written, scaled: "7.6 billion" stands for 7.55e9 to 7.65e9. */
function tolerance(m: NumberMention): number {
	const p = reparse(m);
	if (!p) return 0;
	const scale = p.core !== 0 ? Math.abs(m.value / p.core) : 1;
	return (10 ** -p.decimals * scale) / 2;
}

/** The same figure: same unit class and equal within the rounding of the less precise one ("7.6 billion" = "7,600 million", "two" = "2"). */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
	if (!comparable(a, b)) return false;
	if (a.bound || b.bound) return boundsAgree(a, b, tolerance);
	const diff = Math.abs(a.value - b.value);
	const eps = 1e-9 * Math.max(1, Math.abs(a.value), Math.abs(b.value));
	return diff <= Math.max(tolerance(a), tolerance(b)) + eps;
}

// ---------------------------------------------------------------------------------------------
// Writing a figure

const ONES = [...UNITS.keys()];
const TENS_WORDS = ['', '', ...TENS.keys()];
const SCALE_NAMES: [number, string][] = [
	[1e12, 'trillion'],
	[1e9, 'billion'],
	[1e6, 'million'],
	[1e3, 'thousand'],
];

function under100(n: number): string {
	if (n < 20) return ONES[n] ?? '';
	const u = n % 10;
	return `${TENS_WORDS[Math.floor(n / 10)] ?? ''}${u ? `-${ONES[u] ?? ''}` : ''}`;
}

function under1000(n: number): string {
	const h = Math.floor(n / 100);
	const r = n % 100;
	if (!h) return under100(r);
	return `${ONES[h] ?? ''} hundred${r ? ` ${under100(r)}` : ''}`;
}

/** An integer below 10^15 in words: 21 → "twenty-one", 20000 → "twenty thousand". */
function toWords(n: number): string {
	if (n === 0) return 'zero';
	const parts: string[] = [];
	let rest = n;
	for (const [size, name] of SCALE_NAMES) {
		const q = Math.floor(rest / size);
		if (q) parts.push(`${under1000(q)} ${name}`);
		rest -= q * size;
	}
	if (rest) parts.push(under1000(rest));
	return parts.join(' ');
}

const ORDINAL_ENDINGS = new Map<string, string>([
	['one', 'first'],
	['two', 'second'],
	['three', 'third'],
	['five', 'fifth'],
	['eight', 'eighth'],
	['nine', 'ninth'],
	['twelve', 'twelfth'],
]);

function ordinalWords(n: number): string {
	const w = toWords(n);
	const cut = Math.max(w.lastIndexOf(' '), w.lastIndexOf('-')) + 1;
	const lastWord = w.slice(cut);
	const ord = ORDINAL_ENDINGS.get(lastWord) ?? (lastWord.endsWith('y') ? `${lastWord.slice(0, -1)}ieth` : `${lastWord}th`);
	return w.slice(0, cut) + ord;
}

/** Digits with at most three decimals, grouped with the writer's separator. */
function digits(n: number, group: string): string {
	let d = 0;
	while (d < 3 && Math.abs(Number(n.toFixed(d)) - n) > 1e-9 * Math.max(1, Math.abs(n))) d++;
	const [int = '0', frac] = n.toFixed(d).split('.');
	let grouped = int;
	if (group && int.length > 3) {
		grouped = '';
		for (let k = int.length; k > 0; k -= 3) grouped = int.slice(Math.max(0, k - 3), k) + (grouped ? group + grouped : '');
	}
	return frac ? `${grouped}.${frac}` : grouped;
}

/** A value in words as a writer would: "two", "twenty thousand", "1.5 million" when words would be clumsy. */
function inWords(n: number): string | undefined {
	if (!Number.isInteger(n) || n < 0 || n >= 1e15) return undefined;
	if (n < 1000) return toWords(n);
	for (const [size, name] of SCALE_NAMES) {
		if (n < size) continue;
		const q = n / size;
		if (Number.isInteger(q) && q < 1000) return `${toWords(q)} ${name}`;
		return Number.isInteger(q * 10) ? `${digits(q, '')} ${name}` : undefined;
	}
	return undefined;
}

function abbreviatedScale(size: number): string {
	return size >= 1e12 ? 'tn' : size >= 1e9 ? 'bn' : size >= 1e6 ? 'm' : 'k';
}

/**
 * The text that replaces `like.span` to say `value` the writer's way: "15,000" (of "15,000-strong")
 * with 20000 gives "20,000"; "21.6 percent" with 12.6 gives "12.6 percent"; "$7.2 billion" with
 * 7.6e9 gives "$7.6 billion"; "five" with 2 gives "two"; "65th" with 66 gives "66th".
 */
export function formatNumber(value: NumberMention, like: NumberMention): string {
	if (like.unit === 'factor' || like.unit === 'parties') return formatMultiple(value.value, like) ?? value.text;
	const w = reparse(like);
	const v = value.value;
	if (!w) return value.text;
	// The writer's scale, from the value they wrote ("5" of "$5-7 billion" stands for 5e9).
	let size = w.core !== 0 ? like.value / w.core : 1;
	let scaleText = w.scaleText;
	if (size > 1 && Math.abs(v) < size && v !== 0) {
		// "$7.2 billion" corrected to $760 million: say it at the source's scale.
		const source = reparse(value);
		const sourceSize = source && source.core !== 0 ? value.value / source.core : 1;
		if (scaleText && value.scale && sourceSize > 1) {
			const abbreviated = !SCALES.has(w.scaleText.trim().toLowerCase());
			const full = SCALE_NAMES.find(([s]) => s === sourceSize)?.[1] ?? value.scale;
			scaleText = scaleText.replace(/[A-Za-z]+$/, abbreviated ? abbreviatedScale(sourceSize) : full);
			size = sourceSize;
		}
	}
	const n = v / size;
	let core: string | undefined;
	if (w.form === 'words') {
		// "three dozen" corrected to 24 reads "two dozen", in the writer's way of counting.
		const dozens = /\bdozen\b/i.test(like.text) && !w.ordinalWords && Number.isInteger(v / 12) && v > 0 && v < 120;
		const wordsOf = dozens
			? `${v === 12 && /^an?\b/i.test(like.text) ? 'a' : inWords(v / 12)} dozen`
			: w.ordinalWords
				? Number.isInteger(v) && v > 0 && v < 1e15
					? ordinalWords(v)
					: undefined
				: inWords(v);
		if (wordsOf !== undefined) {
			core = w.capital ? wordsOf.charAt(0).toUpperCase() + wordsOf.slice(1) : wordsOf;
			return `${w.prefix}${core}${w.ordinalWords ? '' : w.suffix}`;
		}
		core = w.ordinalWords ? `${digits(v, ',')}${ordinalSuffix(v)}` : digits(v, ',');
		return `${w.prefix}${core}${w.ordinalWords ? '' : w.suffix}`;
	}
	// Grouping: the writer's separator, none if they wrote a long number without one.
	const writtenInt = like.text.slice(w.prefix.length).split(/[^0-9]/)[0] ?? '';
	const group = w.group || (writtenInt.length >= 4 ? '' : ',');
	core = digits(n, group);
	if (w.unit === 'ordinal' && w.suffix) return `${w.prefix}${core}${Number.isInteger(n) ? ordinalSuffix(n) : w.suffix}`;
	return `${w.prefix}${core}${scaleText}${w.suffix}`;
}

// Figures written in English prose: counts, percentages, sums of money and ordinals.
//
// Like dates.ts, this is one linear pass over tokens with a fixed look-ahead, no backtracking regex.
//
// Span decision: a figure's span covers its currency sign, number, scale word and unit word
// ("$7.6 billion", "12.6 percent", "7.6 billion dollars", "65th") and nothing after a hyphen, so
// in "20,000-strong" the span is "20,000" and a fix leaves "-strong" in place. `formatNumber`
// writes the text for the whole span, keeping the writer's sign, scale word and unit word.

import type { NumberMention, Span } from '../types';
import { boundBefore, boundsAgree } from './bounds';
import { currencyCode } from './currencies';
import { findDates } from './dates';
import { findFractions } from './fractions';
import { asFrequency, findFrequencyAdverbs } from './frequencies';
import { findMultiples } from './multiples';
import { reparse, scan, type Parsed } from './numberScan';
import { TENS, UNITS } from './numberWords';
import { tokenize, type Token } from './tokens';

export { isFigure } from './multiples';
export { formatNumber } from './numberFormat';

function toMention(text: string, ts: Token[], p: Parsed): NumberMention {
	const start = (ts[p.first] as Token).start;
	const end = (ts[p.last - 1] as Token).end;
	const m: NumberMention = { span: { start, end }, text: text.slice(start, end), value: p.value, unit: p.unit };
	if (p.currency) m.currency = p.currency;
	if (p.scale) m.scale = p.scale;
	return bounded(text, m);
}

/** The figure with the bound the words right before it make of it ("more than 33,000", "almost a quarter"). */
function bounded(text: string, m: NumberMention): NumberMention {
	const bound = boundBefore(text, m.span);
	return bound ? { ...m, bound } : m;
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
// "some 40 fewer than Westmark had claimed", "1,200 trawlers more than planned": a comparative with "than"
// right after a figure (and the noun it counts) makes it a difference between two others.
const DIFFERENCE = /^(?:\s+[\w-]+)?\s+(?:fewer|more|less|higher|lower|greater|larger|smaller|bigger)\s+than\b/i;

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
	// A difference is no quantity of its own to compare with another: it tells how two others differ.
	// ("lost more than 300" bounds the figure after "than": the one before is no difference.)
	const difference = (m: NumberMention) => {
		const found = DIFFERENCE.exec(text.slice(m.span.end, m.span.end + 40));
		if (!found) return false;
		const next = /^\s+(?:some |about |nearly |almost )?([$€£]?\d|[a-z]+)/i.exec(text.slice(m.span.end + found[0].length))?.[1]?.toLowerCase();
		return next === undefined || !(/\d/.test(next) || UNITS.has(next) || TENS.has(next));
	};
	const found = scan(text, ts, spans)
		.map((p) => toMention(text, ts, p))
		.filter((m) => !angle(m) && !offset(m) && !difference(m))
		.map((m) => asFrequency(text, m) ?? m);
	const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
	// A share in words is bounded as a figure is ("almost a quarter").
	const shares = findFractions(text).map((m) => bounded(text, m));
	const multiples = [...findMultiples(text), ...findFrequencyAdverbs(text), ...shares].filter((m) => !spans.some((s) => overlaps(s, m.span)));
	if (multiples.length === 0) return found;
	// "two-fold" is one multiple, not the count "two"; "twice" a frequency; "two-fifths" a share.
	return [...found.filter((f) => !multiples.some((m) => overlaps(m.span, f.span))), ...multiples].sort((a, b) => a.span.start - b.span.start);
}

// "from two days to six", "from two to four days": the two ends of a change, a word or two apart.
const CHANGE_FROM = /\bfrom\s+$/i;
const CHANGE_TO = /\bfrom\s+[\w-]+(?:\s+[\w-]+)?\s+to\s+$/i;

/** Whether a figure is one end of a change from one quantity to another. */
export function endOfChange(text: string, figure: NumberMention): boolean {
	const before = text.slice(Math.max(0, figure.span.start - 40), figure.span.start);
	return CHANGE_TO.test(before) || (CHANGE_FROM.test(before) && /^(?:\s+[\w-]+)?\s+to\s+\S/i.test(text.slice(figure.span.end)));
}

/** Same kind of figure, so one may correct the other: a percent is never corrected to a count, nor dollars to euros. */
export function comparable(a: NumberMention, b: NumberMention): boolean {
	if (a.unit !== b.unit) return false;
	// How often, counted against the same span of time: "twice a month" is no "once a year".
	if (a.unit === 'frequency') return a.scale === b.scale;
	if (a.unit !== 'currency' || a.currency === undefined || b.currency === undefined) return true;
	return currencyCode(a.currency) === currencyCode(b.currency);
}

// A share in words is the simple fraction nearest the exact share, not a numerator rounded to its
// digit: "two-fifths" stands for 38.5 to 41.5 percent, not for anything from 30 to 50.
const FRACTION_TOLERANCE = 1.5;

/** Half the unit of the last digit written, scaled: "7.6 billion" stands for 7.55e9 to 7.65e9. */
function tolerance(m: NumberMention): number {
	if (m.fraction !== undefined) return FRACTION_TOLERANCE;
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

// A figure is often a bound, not a value: "more than 33,000 missions", "just under 600 kilograms",
// "nearly three-quarters". Two figures agree when what they allow overlaps: "well over 30,000"
// agrees with "more than 33,000", "just under 600" with "581", and neither is a wrong figure. The
// words that make a bound are a closed class of English grammar, like the negations; they are listed
// here, not learnt.
import type { NumberMention, Span } from '../types';

/** What a figure allows: at least its value, at most, or close below or above it. */
export type Bound = NonNullable<NumberMention['bound']>;

// Longest first, so that "just under" is read before "under".
const BOUNDS: [string, Bound][] = [
	['just short of', 'just-under'],
	['in excess of', 'over'],
	['upwards of', 'over'],
	['well over', 'over'],
	['well above', 'over'],
	['more than', 'over'],
	['greater than', 'over'],
	['at least', 'over'],
	['just over', 'just-over'],
	['just above', 'just-over'],
	['just under', 'just-under'],
	['just below', 'just-under'],
	['less than', 'under'],
	['fewer than', 'under'],
	['at most', 'under'],
	['up to', 'under'],
	['as many as', 'under'],
	['as much as', 'under'],
	['as high as', 'under'],
	['exceeding', 'over'],
	['exceeded', 'over'],
	['exceeds', 'over'],
	['exceed', 'over'],
	['over', 'over'],
	['above', 'over'],
	['under', 'under'],
	['below', 'under'],
	['nearly', 'just-under'],
	['almost', 'just-under'],
];

const BOUND_OF = new Map(BOUNDS);
const BOUND_BEFORE = new RegExp(`(?:^|[^a-z])(${BOUNDS.map(([words]) => words).join('|')}) $`);

/** The bound the words right before a figure make of it ("more than 33,000"), if any. */
export function boundBefore(text: string, span: Span): Bound | undefined {
	const found = boundWords(text, span);
	return found ? BOUND_OF.get(found[1]!) : undefined;
}

/**
 * A figure with the words before it that bound it ("exceeded $7 billion"): they say how the figure
 * is meant, as its unit does, and are compared with it, not as words of their own.
 */
export function boundedSpan(text: string, span: Span): Span {
	const found = boundWords(text, span);
	if (!found) return span;
	// The words' length as written: spaces the match read as one may be several.
	let start = span.start;
	for (let words = found[1]!.split(' ').length; words > 0; words--) {
		start = text.slice(0, start).trimEnd().search(/\S+$/);
	}
	return { start, end: span.end };
}

function boundWords(text: string, span: Span): RegExpExecArray | null {
	const before = text
		.slice(Math.max(0, span.start - 24), span.start)
		.toLowerCase()
		.replace(/\s+/g, ' ');
	return BOUND_BEFORE.exec(before);
}

// How far "nearly" and "just over" reach from the figure: a tenth of it.
const NEAR = 0.1;

/** The values a figure allows, given the half-unit its last digit is rounded to. */
function range(m: NumberMention, tolerance: number): [number, number] {
	const v = m.value;
	switch (m.bound) {
		case 'over':
			return [v - tolerance, Infinity];
		case 'under':
			return [-Infinity, v + tolerance];
		case 'just-over':
			return [v - tolerance, v * (1 + NEAR) + tolerance];
		case 'just-under':
			return [v * (1 - NEAR) - tolerance, v + tolerance];
		default:
			return [v - tolerance, v + tolerance];
	}
}

// A bound still names a value near the one meant: "more than 30,000" is no way to say 90,000, and
// "at least 14" is not what a writer who read "at least 41" means.
const CLOSE = 0.2;

/**
 * Whether two figures, one of them a bound, say the same: they allow a value in common and lie close
 * ("well over 30,000" and "more than 33,000", "just under 600" and "581").
 */
export function boundsAgree(a: NumberMention, b: NumberMention, tolerance: (m: NumberMention) => number): boolean {
	const [aLow, aHigh] = range(a, tolerance(a));
	const [bLow, bHigh] = range(b, tolerance(b));
	const larger = Math.max(Math.abs(a.value), Math.abs(b.value));
	// Two bounds name their thresholds as they are: "at least 3%" is not "at least 2%", whatever the
	// rounding of a single digit would allow a value.
	const slack = a.bound && b.bound ? 0 : tolerance(a) + tolerance(b);
	return aLow <= bHigh && bLow <= aHigh && Math.abs(a.value - b.value) <= CLOSE * larger + slack;
}

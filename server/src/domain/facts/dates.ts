// Dates, ranges of dates and periods written in English prose.
//
// The scan (dateScan.ts) is a single pass over a token list with a small, fixed look-ahead at each token, so it is
// linear in the text and has no regular expression that could backtrack. chrono-node is deliberately
// not used here: on 100 KB of "1-1-1-…" it needs about 300 ms, it reads "may 5" (the verb) as a date,
// and it knows nothing of bare years, decades, year ranges or qualifiers, which are most of what
// papers on security policy write. The tests use chrono as an oracle for the month/day forms instead.
//
// Span decision: a mention's span covers the date itself and nothing else. Bound and period words
// ("before", "since", "early", the "mid-" glued to "mid-2012", "the" of "the 1990s") are recorded in
// `qualifier` but left outside the span, so a fix that replaces the span keeps the writer's words.

import type { DateMention, DatePoint } from '../types';
import { coarser, RANK, SHORT_MONTHS } from './dateParts';
import { scan } from './dateScan';

export { formatDate, formatRange } from './dateFormat';

const ANY_DIGIT = /[0-9]/;
const ANY_MONTH = new RegExp(`\\b(?:${SHORT_MONTHS.join('|')})`);

/**
 * What follows a negation that says when, not whether ("did not reopen until July"): a few words, then
 * "until" or "till". One pattern for the date it dates and for the negation it undoes (`polarity.ts`).
 */
export const UNTIL_AFTER_NEGATION = String.raw`(?:\s+[\p{L}’'-]+){1,4}\s+(?:until|till)`;

// A negation a few words before the "until" that a date follows: "not reopen until ", "never resumed till ".
const NOT_UNTIL = new RegExp(String.raw`(?:\bnot|n['’]t|\bnever)${UNTIL_AFTER_NEGATION}\s+(?:the\s+)?$`, 'iu');

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
		// "did not reopen until July 2012" says when it reopened: the date is the act's, no bound.
		if (hit.qualifier && !(hit.qualifier === 'until' && NOT_UNTIL.test(text.slice(Math.max(0, start - 80), start)))) mention.qualifier = hit.qualifier;
		if (inferred) mention.inferredYear = true;
		return mention;
	});
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

// How often something happens is a figure too: "twice a year", "three times a month", "once every
// five years". The adverbs "once", "twice" and "thrice" and a count before "times" are read as such
// where a span of time follows; the figure's span takes in that span of time, which it is counted
// against, so that "twice a month" is never corrected to "once a year".

import type { NumberMention } from '../types';
import { casedAs } from './numberWords';

const ADVERBS = new Map([
	['once', 1],
	['twice', 2],
	['thrice', 3],
]);
// The span of time after a frequency: "a year", "per month", "each week", "every five years".
const PERIOD = /^\s+(?:a|an|per|each|every)\s+(?:([\w-]+)\s+)?(day|week|month|year|decade|century)s?\b/i;
const ADVERB = /\b(once|twice|thrice)\b/gi;
const TIMES = /^\s+times\b/i;
// The count and the span of time of a frequency as written: "twice" and " a year" of "twice a year".
const WRITTEN = /^(once|twice|thrice|.+?\s+times)(\s.*)$/is;

/** The span of time right after `end`, as [its length, what it counts against: "year", "five year"]. */
function periodAfter(text: string, end: number): [number, string] | undefined {
	const m = PERIOD.exec(text.slice(end));
	return m ? [m[0].length, `${m[1] ? `${m[1].toLowerCase()} ` : ''}${m[2]!.toLowerCase()}`] : undefined;
}

/** "once", "twice" or "thrice" before a span of time, as figures of how often. */
export function findFrequencyAdverbs(text: string): NumberMention[] {
	if (!/once|twice|thrice/i.test(text)) return [];
	const out: NumberMention[] = [];
	for (const m of text.matchAll(ADVERB)) {
		const period = periodAfter(text, m.index + m[0].length);
		if (!period) continue;
		const end = m.index + m[0].length + period[0];
		out.push({ span: { start: m.index, end }, text: text.slice(m.index, end), value: ADVERBS.get(m[0].toLowerCase())!, unit: 'frequency', scale: period[1] });
	}
	return out;
}

/** A count written before "times" and a span of time ("three times a year") read as how often. */
export function asFrequency(text: string, count: NumberMention): NumberMention | undefined {
	if (count.unit !== 'count' || count.bound) return undefined;
	const times = TIMES.exec(text.slice(count.span.end));
	const period = times && periodAfter(text, count.span.end + times[0].length);
	if (!times || !period) return undefined;
	const end = count.span.end + times[0].length + period[0];
	return { span: { start: count.span.start, end }, text: text.slice(count.span.start, end), value: count.value, unit: 'frequency', scale: period[1] };
}

/**
 * `value` said as the writer said `like`, their span of time kept: "once a year", "three times a
 * year" ("thrice" only where they wrote it), the count in their form (`count`).
 */
export function formatFrequency(value: number, like: NumberMention, count: (n: number) => string): string {
	const [, written = '', period = ''] = WRITTEN.exec(like.text) ?? [];
	const adverb = [...ADVERBS].find(([, v]) => v === value)?.[0];
	const said = adverb && (value <= 2 || written.toLowerCase() === 'thrice') ? adverb : `${count(value)} times`;
	return `${casedAs(said, written)}${period}`;
}

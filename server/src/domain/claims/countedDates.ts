// A sentence's dates counted from a date of the sentences before it in its paragraph ("The HL pilot service
// was founded in May 1962. Four years later it employed …"): the reading of a sentence depends
// on its text only, so what its context adds is added here, once per sentence and date counted from.
import { withRelativeDates } from '../facts/relativeDates';
import type { DatePoint } from '../types';
import type { SentenceReading } from './reading';

const counted = new WeakMap<SentenceReading, Map<string, SentenceReading>>();

function countedFrom(text: string, reading: SentenceReading, before: DatePoint): SentenceReading {
	const key = `${before.year}-${before.month ?? ''}-${before.day ?? ''}`;
	let byDate = counted.get(reading);
	if (!byDate) counted.set(reading, (byDate = new Map()));
	let read = byDate.get(key);
	if (!read) {
		const { dates, uncounted } = withRelativeDates(text, reading.dates, reading.uncounted, before);
		read = { ...reading, dates, uncounted };
		byDate.set(key, read);
	}
	return read;
}

/**
 * The paragraph's sentences as read with their relative dates counted: each from the last date
 * written before it (a heading's dates count for nothing; a paragraph starts afresh, as a writer
 * who counts across a break names the date again).
 */
export function withCountedDates(sentences: { text: string; heading: boolean }[], readings: SentenceReading[]): SentenceReading[] {
	let before: DatePoint | undefined;
	return readings.map((reading, i) => {
		const sentence = sentences[i]!;
		if (sentence.heading) return reading;
		const read = reading.uncounted.length > 0 && before ? countedFrom(sentence.text, reading, before) : reading;
		const last = read.dates.filter((d) => d.end.year !== undefined).at(-1);
		if (last) before = last.end;
		return read;
	});
}

import { describe, expect, it } from 'vitest';
import { findDates } from '../../server/src/domain/facts/dates';
import { findRelativeDates, withRelativeDates } from '../../server/src/domain/facts/relativeDates';

const counted = (text: string, before?: { year: number; month?: number }) => {
	const { dates, uncounted } = withRelativeDates(
		text,
		findDates(text),
		findRelativeDates(text),
		before && { ...before, granularity: before.month ? 'month' : 'year' },
	);
	return { dates: dates.map((d) => [d.text, d.start.year, d.start.month, d.relative ?? false]), uncounted: uncounted.map((d) => d.text) };
};

describe('relative dates', () => {
	it('finds the forms writers count with, and not a bare "next year" or "that year\'s"', () => {
		const text =
			'Three years later, a year on, two months earlier, the following year, later that year, that same year, that September; next year, that year’s conflict.';
		expect(findRelativeDates(text).map((d) => [d.text, d.years, d.months, d.month])).toEqual([
			['Three years later', 3, 0, undefined],
			['a year on', 1, 0, undefined],
			['two months earlier', 0, -2, undefined],
			['the following year', 1, 0, undefined],
			['later that year', 0, 0, undefined],
			['that same year', 0, 0, undefined],
			['September', 0, 0, 9],
		]);
	});

	it('counts from the date written before it in the sentence, each from the last', () => {
		expect(counted('The unit was founded in June 2013; three years later it had grown, and a year later it shrank.').dates).toEqual([
			['June 2013', 2013, 6, false],
			['three years later', 2016, undefined, true],
			['a year later', 2017, undefined, true],
		]);
	});

	it('counts "a year before" and "two years after" from the date that follows, which names the other event and is no date of this one', () => {
		expect(counted('A year before the October 1931 ferry accord, Kelmouth had leased the pier.').dates).toEqual([['A year before', 1930, undefined, true]]);
		expect(counted('Two years after its 1912 opening, the pier was rebuilt; later that year it burned.').dates).toEqual([
			['Two years after', 1914, undefined, true],
			['later that year', 1914, undefined, true],
		]);
		expect(counted('Six months after Kelmouth’s March 1931 vote the pier closed.').dates).toEqual([['Six months after', 1931, 9, true]]);
		// Where no date follows, the count has nothing to count from; the dates written stay as they are.
		expect(counted('Two years after leaving, Kelmouth rejoined in 1935.')).toEqual({
			dates: [['1935', 1935, undefined, false]],
			uncounted: ['Two years after'],
		});
	});

	it('counts months only from a date that names its month', () => {
		expect(counted('They joined in March 2004 and the union two months later.').dates.at(-1)).toEqual(['two months later', 2004, 5, true]);
		expect(counted('They joined in 2004 and the union two months later.').uncounted).toEqual(['two months later']);
	});

	it('counts days and weeks only from a date that names its day, across a month', () => {
		const text = 'On 29 August 2022 the villages were handed over; four days later a new road opened, and two weeks later a second.';
		const { dates } = withRelativeDates(text, findDates(text), findRelativeDates(text));
		expect(dates.map((d) => [d.text, d.start.year, d.start.month, d.start.day])).toEqual([
			['29 August 2022', 2022, 8, 29],
			['four days later', 2022, 9, 2],
			['two weeks later', 2022, 9, 16],
		]);
		expect(counted('They joined in March 2004 and the union four days later.').uncounted).toEqual(['four days later']);
	});

	it('counts from the date of the sentences before where the sentence gives none, and leaves it uncounted without one', () => {
		expect(counted('The following year the council sold the boats.', { year: 2013 }).dates).toEqual([['The following year', 2014, undefined, true]]);
		expect(counted('The following year the council sold the boats.').uncounted).toEqual(['The following year']);
	});

	it('gives "that September" and "June 24 of that year" the year counted from, as a year not written', () => {
		expect(counted('He planned to visit that September.', { year: 2017 }).dates).toEqual([['September', 2017, 9, true]]);
		const { dates } = withRelativeDates(
			'A hearing held on June 24 of that year.',
			findDates('A hearing held on June 24 of that year.'),
			findRelativeDates('A hearing held on June 24 of that year.'),
			{
				year: 2005,
				granularity: 'year',
			},
		);
		expect(dates.map((d) => [d.text, d.start.year, d.start.month, d.start.day, d.inferredYear])).toEqual([['June 24', 2005, 6, 24, true]]);
	});

	it('does not count from a year only assumed (a report’s own year given to a date written without one)', () => {
		const text = 'On 4 May the council met, and a year later it sold the boats.';
		const { dates } = withRelativeDates(text, findDates(text, { defaultYear: 2016 }), findRelativeDates(text), { year: 2010, granularity: 'year' });
		expect(dates.map((d) => [d.text, d.start.year])).toEqual([
			['4 May', 2016],
			['a year later', 2011],
		]);
	});

	it('reads "at the same time" as the very date written before it in the sentence, and only there', () => {
		expect(counted('In May 2010 the system was replaced; at the same time conscription was paused.').dates).toEqual([
			['May 2010', 2010, 5, false],
			['at the same time', 2010, 5, true],
		]);
		expect(counted('At the same time, the council kept its distance.', { year: 2010 }).uncounted).toEqual(['At the same time']);
	});
});

import * as chrono from 'chrono-node';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, formatDate, formatRange, sameDate } from '../../server/src/domain/facts/dates';
import type { DateMention, DatePoint } from '../../server/src/domain/types';

const day = (year: number | undefined, month: number, d: number): DatePoint => ({ ...(year !== undefined ? { year } : {}), month, day: d, granularity: 'day' });
const month = (year: number | undefined, m: number): DatePoint => ({ ...(year !== undefined ? { year } : {}), month: m, granularity: 'month' });
const year = (y: number): DatePoint => ({ year: y, granularity: 'year' });
const decade = (y: number): DatePoint => ({ year: y, granularity: 'decade' });

function only(text: string, options?: { defaultYear?: number; defaultMonth?: number }): DateMention {
	const found = findDates(text, options);
	expect(found, `dates in ${JSON.stringify(text)}: ${JSON.stringify(found.map((d) => d.text))}`).toHaveLength(1);
	return found[0] as DateMention;
}

function texts(text: string): string[] {
	return findDates(text).map((d) => d.text);
}

describe('findDates: single dates', () => {
	it.each([
		['Uzbekistan suspended its participation in June 2012.', 'June 2012', month(2012, 6)],
		['The rapid reaction force was set up in 2009.', '2009', year(2009)],
		['Parliament approved the agreement on December 13, 2013, after a short debate.', 'December 13, 2013', day(2013, 12, 13)],
		['Parliament approved the agreement on 13 December 2013.', '13 December 2013', day(2013, 12, 13)],
		['The ministers met on 13 December, 2013 in Tashkent.', '13 December, 2013', day(2013, 12, 13)],
		['Mirziyoyev flew to Moscow on April 15.', 'April 15', day(undefined, 4, 15)],
		['Tashkent sent a delegation to the May 21 Riyadh Summit.', 'May 21', day(undefined, 5, 21)],
		['The drill ended on Sept. 6 near Termez.', 'Sept. 6', day(undefined, 9, 6)],
		['The treaty was signed Sep 6, 2006 in Minsk.', 'Sep 6, 2006', day(2006, 9, 6)],
		['The SCO summit opened on June 1st.', 'June 1st', day(undefined, 6, 1)],
		['The SCO summit opened on the 1st of June 2001.', '1st of June 2001', day(2001, 6, 1)],
		['Kazakhstan reported the incident in June of 2010.', 'June of 2010', month(2010, 6)],
		['The protocol is dated 2013-12-13.', '2013-12-13', day(2013, 12, 13)],
		['THE REPORT WAS RELEASED IN MARCH 2015.', 'MARCH 2015', month(2015, 3)],
		['On 13 December Karimov signed the decree.', '13 December', day(undefined, 12, 13)],
		['The agreement (signed 2 Feb. 2008) was never ratified.', '2 Feb. 2008', day(2008, 2, 2)],
	])('%s', (text, written, start) => {
		const d = only(text);
		expect(d.text).toBe(written);
		expect(d.start).toEqual(start);
		expect(d.end).toEqual(start);
		expect(text.slice(d.span.start, d.span.end)).toBe(written);
	});

	it('reads a possessive year without its "\'s"', () => {
		const d = only("2012's decision to leave the CSTO surprised Moscow.");
		expect(d.text).toBe('2012');
		expect(d.start).toEqual(year(2012));
	});

	it('reads seasons as the year', () => {
		expect(only('Troops withdrew in the spring of 2014.').start).toEqual(year(2014));
		expect(only('Exercises resumed in summer 2012 near Samarkand.').start).toEqual(year(2012));
	});

	it('finds several dates in text order', () => {
		expect(texts('Uzbekistan joined the CSTO in 1992, left in 1999, returned in 2006 and left again in June 2012.')).toEqual([
			'1992',
			'1999',
			'2006',
			'June 2012',
		]);
	});
});

describe('findDates: ranges', () => {
	it.each([
		['The summit was held April 4-5 in Astana.', 'April 4-5', day(undefined, 4, 4), day(undefined, 4, 5)],
		['The summit was held April 4–5 in Astana.', 'April 4–5', day(undefined, 4, 4), day(undefined, 4, 5)],
		['The exercise ran October 21-29, 2019 in Tajikistan.', 'October 21-29, 2019', day(2019, 10, 21), day(2019, 10, 29)],
		['Talks took place 4-5 April 2017 in Moscow.', '4-5 April 2017', day(2017, 4, 4), day(2017, 4, 5)],
		['Talks took place April 30-May 2, 2017 in Moscow.', 'April 30-May 2, 2017', day(2017, 4, 30), day(2017, 5, 2)],
		['Talks took place December 30-January 2, 2017.', 'December 30-January 2, 2017', day(2016, 12, 30), day(2017, 1, 2)],
		['Uzbekistan was a CSTO member in 2006-2012.', '2006-2012', year(2006), year(2012)],
		['Uzbekistan was a CSTO member in 2006–2007.', '2006–2007', year(2006), year(2007)],
		['Uzbekistan was a CSTO member from 2006 to 2012.', '2006 to 2012', year(2006), year(2012)],
		['Relations cooled between 2011 and 2012.', '2011 and 2012', year(2011), year(2012)],
		['The 2012-13 budget raised defence spending.', '2012-13', year(2012), year(2013)],
		['The 2012/13 budget raised defence spending.', '2012/13', year(2012), year(2013)],
		['Joint patrols ran June-July 2012.', 'June-July 2012', month(2012, 6), month(2012, 7)],
		['He served as ambassador from June 2004 to May 2006.', 'June 2004 to May 2006', month(2004, 6), month(2006, 5)],
		['Militancy shifted in the 1990s-2000s.', '1990s-2000s', decade(1990), decade(2000)],
		['The war lasted 1992 – 1997 in Tajikistan.', '1992 – 1997', year(1992), year(1997)],
	])('%s', (text, written, start, end) => {
		const d = only(text);
		expect(d.text).toBe(written);
		expect(d.start).toEqual(start);
		expect(d.end).toEqual(end);
		expect(d.qualifier).toBeUndefined();
	});

	it('does not join dates that run backwards', () => {
		// Glued, a backward pair is more likely an identifier than two dates.
		expect(texts('Compare 2012-2006 figures.')).toEqual([]);
		expect(texts('Compare 2012 – 2006 figures.')).toEqual(['2012', '2006']);
		expect(texts('Between 2014 and 2012 nothing changed.')).toEqual(['2014', '2012']);
	});
});

describe('findDates: periods and bounds', () => {
	it.each([
		['Talks stalled in mid-2012.', '2012', year(2012), 'mid'],
		['Talks stalled in mid 2012.', '2012', year(2012), 'mid'],
		['Talks stalled in mid-June 2012.', 'June 2012', month(2012, 6), 'mid'],
		['Relations thawed in early 2013.', '2013', year(2013), 'early'],
		['Relations thawed in late 2016.', '2016', year(2016), 'late'],
		['Islamist groups grew in the early 2000s.', '2000s', decade(2000), 'early'],
		['Islamist groups grew in the late 1990s.', '1990s', decade(1990), 'late'],
		['Islamist groups grew in the mid-1990s.', '1990s', decade(1990), 'mid'],
		['Russia tightened its grip post-2014.', '2014', year(2014), 'after'],
		['In the pre-2014 period, trade grew.', '2014', year(2014), 'before'],
		['Before 2017, no joint drills were held.', '2017', year(2017), 'before'],
		['After 2014 the CSTO expanded its mandate.', '2014', year(2014), 'after'],
		['Tashkent has hosted RATS since June 2004.', 'June 2004', month(2004, 6), 'since'],
		['The base stayed open until 2012.', '2012', year(2012), 'until'],
		['The base stayed open till 2005.', '2005', year(2005), 'until'],
		['The reform should be complete by 2015.', '2015', year(2015), 'by'],
		['Prior to 2016, Karimov ruled alone.', '2016', year(2016), 'before'],
		['Border incidents multiplied since the 1990s.', '1990s', decade(1990), 'since'],
		['No date was set before April 15.', 'April 15', day(undefined, 4, 15), 'before'],
	])('%s', (text, written, start, qualifier) => {
		const d = only(text);
		expect(d.text).toBe(written);
		expect(d.start).toEqual(start);
		expect(d.qualifier).toBe(qualifier);
		// The qualifier word stays outside the span, so a fix keeps it.
		expect(text.slice(d.span.start, d.span.end)).toBe(written);
	});

	it('reads decades', () => {
		const d = only('The 1990s were a decade of civil war next door.');
		expect(d.text).toBe('1990s');
		expect(d.start).toEqual(decade(1990));
		expect(only("Uzbek policy in the 1990's was cautious.").start).toEqual(decade(1990));
		expect(only("Uzbek policy in the '90s was cautious.").start).toEqual(decade(1990));
	});

	it('reads "2010\'s amendments" as a possessive year, not a decade', () => {
		expect(only("The CSTO's 2010's amendments alarmed Tashkent.").start).toEqual(year(2010));
	});

	it('does not take "the" as part of a bound for a plain year', () => {
		expect(only('After the 2012 summit, Tashkent withdrew.').qualifier).toBeUndefined();
	});
});

describe('findDates: years before 1900', () => {
	it.each([
		['Kelmouth took the pier in 1865.', '1865', year(1865)],
		['The harbour stayed closed until early 1885.', '1885', year(1885)],
		['The league met on December 12, 1873 at Port Arden.', 'December 12, 1873', day(1873, 12, 12)],
		['The charter was sealed in March 1873.', 'March 1873', month(1873, 3)],
		['Tolls doubled in the 1870s.', '1870s', decade(1870)],
	])('%s', (text, written, start) => {
		const d = only(text);
		expect(d.text).toBe(written);
		expect(d.start).toEqual(start);
	});

	it('reads an older year alone, with no month or word of time, as no date', () => {
		expect(texts('Ships: 1865 in all; 1873 was the busiest.')).toEqual([]);
		expect(only('The league ruled from 1873 to 1885.').end).toEqual(year(1885));
	});
});

describe('findDates: missing years', () => {
	it('fills in the default year and says so', () => {
		const d = only('Karimov received Putin on April 15.', { defaultYear: 2013 });
		expect(d.start).toEqual(day(2013, 4, 15));
		expect(d.inferredYear).toBe(true);
	});

	it('fills in both ends of a range', () => {
		const d = only('The CSTO met April 4-5.', { defaultYear: 2017 });
		expect(d.start).toEqual(day(2017, 4, 4));
		expect(d.end).toEqual(day(2017, 4, 5));
		expect(d.inferredYear).toBe(true);
	});

	it('leaves written years alone', () => {
		const d = only('Karimov received Putin on April 15, 2013.', { defaultYear: 2020 });
		expect(d.start).toEqual(day(2013, 4, 15));
		expect(d.inferredYear).toBeUndefined();
	});

	it('reads a month after a word that makes it a date, in the year of the context', () => {
		expect(only('In June the talks resumed.', { defaultYear: 2012 }).start).toEqual({ year: 2012, month: 6, granularity: 'month' });
	});

	it('reads a month used before a noun ("a July editorial")', () => {
		expect(only('In a July editorial, Panina wrote on the CSTO.', { defaultYear: 2021 }).start).toEqual({ year: 2021, month: 7, granularity: 'month' });
	});

	it('counts "last" and "next" months from the month of publication', () => {
		const since = only('Outreach since last September’s transition.', { defaultYear: 2017, defaultMonth: 7 });
		expect(since.start.year).toBe(2016);
		// What dates from a time is bounded by it, as "since September" is.
		expect(since.qualifier).toBe('since');
		expect(only('Talks resumed last March.', { defaultYear: 2017, defaultMonth: 7 }).start.year).toBe(2017);
		expect(only('The drills are planned for next April.', { defaultYear: 2017, defaultMonth: 7 }).start.year).toBe(2018);
	});

	it('leaves the year out without a default', () => {
		const d = only('Karimov received Putin on April 15.');
		expect(d.start.year).toBeUndefined();
		expect(d.inferredYear).toBeUndefined();
	});
});

describe('findDates: what is not a date', () => {
	it.each([
		['figures', 'The 20,000-strong force grew by 12.6 percent to $7.6 billion; 36 states attended the 65th session.'],
		['a count of troops written like a year', 'Russia stationed 2000 troops at the base.'],
		['a size glued to a year-like number', 'A 2000-strong contingent arrived.'],
		['money and percentages', 'The fund holds $2000 and grew 2000% in value; another 1990 million was pledged.'],
		['exercise names', 'Uzbekistan joined Brotherhood-2019 and watched Zapad-2017 and Tsentr-2019 from afar.'],
		['a year that ends a name', 'The Peace Mission 2005 drills followed Halden Cup 2009, during Zapad 2017.'],
		['page numbers', 'See Weitz, p. 2012, and pp. 2001-2005, and pp. 1999–2003.'],
		['issue and article numbers', 'Resolution 1999 and Article 2015 of Law No. 2010 and § 2011.'],
		['URLs', 'Source: http://www.example.org/2012/06/uzbekistan-csto and www.gov.uz/news/2013 and example.com/2014/report'],
		['identifiers glued to letters', 'The key weitz2014 and report AR2005072902038 and flight UZ2012 are not years.'],
		['decimals and times', 'The index stood at 1.2012 and 2012.5; the meeting began at 19:2012.'],
		['phone-like digit chains', 'Call 71-2012-33 for details.'],
		['the verb may and the noun march', 'Tashkent may 5 times refuse; the March on Moscow failed; they march 12 kilometres.'],
		['ordinals and words', 'It was the second meeting; the first came later.'],
		['a month name without a word that makes it a date', 'April was quiet; June and July passed.'],
		['a lower-case month word', 'Officials may 15 more times object; the march 12 was cancelled.'],
		['a year past 2099, and an older one with no word of time before it', 'The year 2150 is far off; the ledger lists 1865 tolls.'],
		['a day that is a count', 'In May 12 soldiers were killed.'],
		['a day glued to a figure', 'In April 15,000 troops gathered.'],
	])('%s', (_label, text) => {
		expect(texts(text)).toEqual([]);
	});

	it('still finds a date beside a non-date', () => {
		expect(texts('Uzbekistan skipped Brotherhood-2019 but attended drills in 2019.')).toEqual(['2019']);
		expect(texts('On May 12 soldiers crossed the border.')).toEqual(['May 12']);
		// A capital that may open a sentence is no name's: after a stop, a quotation mark or a bracket.
		expect(texts('"In 2005 we left," he said. (In 2006 they came.) It left. In 2007 it came back.')).toEqual(['2005', '2006', '2007']);
	});
});

describe('findDates agrees with chrono on month and day forms', () => {
	it.each([
		'December 13, 2013',
		'13 December 2013',
		'Sept. 6',
		'Sep 6, 2006',
		'June 1st',
		'October 21-29, 2019',
		'April 4-5',
		'the May 21 Riyadh Summit',
		'June 2012',
	])('%s', (text) => {
		const ours = only(text);
		const theirs = chrono.parse(text, new Date(2000, 0, 1))[0];
		expect(theirs).toBeDefined();
		if (!theirs) return;
		const known = (c: chrono.ParsedComponents): DatePoint => {
			const y = c.isCertain('year') ? c.get('year') : null;
			const m = c.isCertain('month') ? c.get('month') : null;
			const d = c.isCertain('day') ? c.get('day') : null;
			const p: DatePoint = { granularity: d !== null ? 'day' : m !== null ? 'month' : 'year' };
			if (y !== null) p.year = y;
			if (m !== null) p.month = m;
			if (d !== null) p.day = d;
			return p;
		};
		expect(ours.start).toEqual(known(theirs.start));
		expect(ours.end).toEqual(theirs.end ? known(theirs.end) : known(theirs.start));
	});
});

describe('sameDate', () => {
	it('compares at the coarser granularity', () => {
		expect(sameDate(month(2012, 6), year(2012))).toBe(true);
		expect(sameDate(month(2012, 6), day(2012, 6, 13))).toBe(true);
		expect(sameDate(month(2012, 6), month(2012, 7))).toBe(false);
		expect(sameDate(year(1999), decade(1990))).toBe(true);
		expect(sameDate(year(2000), decade(1990))).toBe(false);
		expect(sameDate(day(2013, 12, 13), day(2013, 12, 13))).toBe(true);
		expect(sameDate(day(2013, 12, 13), day(2013, 12, 14))).toBe(false);
		expect(sameDate(day(2013, 12, 13), day(2012, 12, 13))).toBe(false);
		expect(sameDate(year(2012), year(2013))).toBe(false);
	});

	it('compares a point with no year on month and day only', () => {
		expect(sameDate(day(undefined, 4, 15), day(2013, 4, 15))).toBe(true);
		expect(sameDate(day(undefined, 4, 15), day(2013, 4, 16))).toBe(false);
		expect(sameDate(day(undefined, 4, 15), month(2013, 5))).toBe(false);
		expect(sameDate(day(undefined, 4, 15), year(2013))).toBe(true);
	});

	it('is symmetric', () => {
		const points = [day(2013, 12, 13), month(2013, 12), year(2013), decade(2010), day(undefined, 12, 13), month(2012, 6), decade(1990)];
		for (const a of points) for (const b of points) expect(sameDate(a, b)).toBe(sameDate(b, a));
	});
});

describe('formatDate', () => {
	it('writes points in English', () => {
		expect(formatDate(month(2012, 6))).toBe('June 2012');
		expect(formatDate(day(2013, 12, 13))).toBe('December 13, 2013');
		expect(formatDate(year(2006))).toBe('2006');
		expect(formatDate(decade(1990))).toBe('the 1990s');
		expect(formatDate(day(undefined, 4, 15))).toBe('April 15');
		expect(formatDate(month(undefined, 4))).toBe('April');
	});

	const fix = (written: string, p: DatePoint, options?: { defaultYear?: number }): string => formatDate(p, only(written, options));

	it("follows the writer's order, spelling and punctuation", () => {
		expect(fix('13 December 2014', day(2013, 12, 13))).toBe('13 December 2013');
		expect(fix('December 13, 2014', day(2013, 12, 13))).toBe('December 13, 2013');
		expect(fix('December 13 2014', day(2013, 12, 13))).toBe('December 13 2013');
		expect(fix('Sept. 6, 2006', day(2006, 10, 7))).toBe('Oct. 7, 2006');
		expect(fix('Sept. 6, 2006', day(2006, 9, 7))).toBe('Sept. 7, 2006');
		expect(fix('Sep 6, 2006', day(2006, 9, 7))).toBe('Sep 7, 2006');
		expect(fix('Sept. 6, 2006', day(2006, 5, 7))).toBe('May 7, 2006');
		expect(fix('June 1st, 2012', day(2012, 6, 2))).toBe('June 2nd, 2012');
		expect(fix('the 1st of June 2012', day(2012, 6, 3))).toBe('3rd of June 2012');
		expect(fix('June of 2012', month(2013, 7))).toBe('July of 2013');
		expect(fix('2013-12-13', day(2013, 12, 14))).toBe('2013-12-14');
		expect(fix('MARCH 2015', month(2015, 4))).toBe('APRIL 2015');
	});

	it("stays at the writer's granularity where the point allows", () => {
		expect(fix('December 2012', day(2013, 12, 13))).toBe('December 2013');
		expect(fix('December 2012', month(2013, 12))).toBe('December 2013');
		expect(fix('December 13, 2012', month(2013, 12))).toBe('December 2013');
		expect(fix('13 December 2012', month(2013, 12))).toBe('December 2013');
		expect(fix('in 2012', day(2013, 6, 2))).toBe('2013');
		expect(fix('in 2012', year(2013))).toBe('2013');
		expect(fix('in 1995', decade(1980))).toBe('the 1980s');
	});

	it('keeps decade forms without "the", which stays outside the span', () => {
		expect(fix('the 1990s', year(2003))).toBe('2000s');
		expect(fix('the early 1990s', decade(2000))).toBe('2000s');
		expect(fix("the '90s", decade(1980))).toBe("'80s");
		expect(fix("the 1990's", decade(1980))).toBe("1980's");
	});

	it('corrects only the date when a qualifier is glued to it', () => {
		const text = 'Talks stalled in mid-2012.';
		const d = only(text);
		const fixed = text.slice(0, d.span.start) + formatDate(year(2013), d) + text.slice(d.span.end);
		expect(fixed).toBe('Talks stalled in mid-2013.');
	});

	it('leaves the year out when the writer gave none, unless the assumed one is wrong', () => {
		expect(fix('on April 15', day(2013, 4, 16))).toBe('April 16');
		expect(fix('on April 15', day(2013, 4, 16), { defaultYear: 2013 })).toBe('April 16');
		expect(fix('on April 15', day(2014, 4, 16), { defaultYear: 2013 })).toBe('April 16, 2014');
		expect(fix('on April 15', month(2013, 5))).toBe('May');
	});
});

describe('formatRange', () => {
	it('writes ranges in English', () => {
		expect(formatRange(year(2006), year(2012))).toBe('2006-2012');
		expect(formatRange(day(2017, 4, 4), day(2017, 4, 5))).toBe('April 4-5, 2017');
		expect(formatRange(day(2017, 4, 30), day(2017, 5, 2))).toBe('April 30-May 2, 2017');
		expect(formatRange(day(2016, 12, 30), day(2017, 1, 2))).toBe('December 30, 2016-January 2, 2017');
		expect(formatRange(month(2012, 6), month(2012, 7))).toBe('June-July 2012');
		expect(formatRange(month(2004, 6), month(2006, 5))).toBe('June 2004-May 2006');
		expect(formatRange(decade(1990), decade(2000))).toBe('the 1990s-2000s');
		expect(formatRange(year(2012), year(2012))).toBe('2012');
	});

	const fix = (written: string, s: DatePoint, e: DatePoint, options?: { defaultYear?: number }): string => formatRange(s, e, only(written, options));

	it("follows the writer's connector and form", () => {
		expect(fix('2006-2012', year(2006), year(2011))).toBe('2006-2011');
		expect(fix('2006–2007', year(2005), year(2007))).toBe('2005–2007');
		expect(fix('1992 – 1997', year(1992), year(1996))).toBe('1992 – 1996');
		expect(fix('from 2006 to 2012', year(2006), year(2011))).toBe('2006 to 2011');
		expect(fix('between 2011 and 2012', year(2010), year(2012))).toBe('2010 and 2012');
		expect(fix('2012-13', year(2013), year(2014))).toBe('2013-14');
		expect(fix('April 4-5, 2017', day(2017, 4, 6), day(2017, 4, 7))).toBe('April 6-7, 2017');
		expect(fix('4-5 April 2017', day(2017, 4, 6), day(2017, 4, 7))).toBe('6-7 April 2017');
		expect(fix('4-5 April 2017', day(2017, 4, 30), day(2017, 5, 2))).toBe('30 April-2 May 2017');
		expect(fix('October 21-29, 2019', day(2019, 10, 21), day(2019, 11, 2))).toBe('October 21-November 2, 2019');
		expect(fix('June-July 2012', month(2012, 6), month(2012, 8))).toBe('June-August 2012');
		expect(fix('from June 2004 to May 2006', month(2004, 6), month(2006, 6))).toBe('June 2004 to June 2006');
		expect(fix('from 19 to 25 August 2005', day(2005, 8, 19), day(2005, 8, 29))).toBe('19 to 29 August 2005');
		expect(fix('from March to May 2005', month(2005, 3), month(2005, 6))).toBe('March to June 2005');
	});

	it("stays at the writer's granularity and year", () => {
		expect(fix('2006-2012', month(2006, 3), day(2011, 5, 2))).toBe('2006-2011');
		expect(fix('April 4-5', day(2017, 4, 6), day(2017, 4, 7))).toBe('April 6-7');
		expect(fix('April 4-5', day(2017, 4, 6), day(2017, 4, 7), { defaultYear: 2017 })).toBe('April 6-7');
	});
});

describe('robustness', () => {
	const pieces = fc.oneof(
		fc.constantFrom(
			'June',
			'May',
			'Sept.',
			'April',
			'March',
			'the',
			'early',
			'mid-',
			'since',
			'from',
			'to',
			'between',
			'and',
			'p.',
			'No.',
			'http://x.org/',
			"'",
			'’s',
			's',
			'st',
			'Brotherhood-',
			'$',
			'%',
			'é',
			'🙂',
			'\u00a0',
			'–',
			'—',
		),
		fc.integer({ min: 0, max: 2100 }).map(String),
		fc.constantFrom(' ', ' ', ', ', '-', '.', '/', ':', '(', ')'),
		fc.string({ maxLength: 4 }),
		fc.string({ unit: 'binary', maxLength: 3 }),
	);
	const prose = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));

	it('returns ordered, non-overlapping spans that match the text', () => {
		fc.assert(
			fc.property(prose, fc.option(fc.integer({ min: 1900, max: 2099 }), { nil: undefined }), (text, defaultYear) => {
				const found = findDates(text, defaultYear !== undefined ? { defaultYear } : {});
				let end = 0;
				for (const d of found) {
					expect(d.span.start).toBeGreaterThanOrEqual(end);
					expect(d.span.end).toBeGreaterThan(d.span.start);
					expect(d.span.end).toBeLessThanOrEqual(text.length);
					expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
					end = d.span.end;
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('formats whatever it finds without throwing', () => {
		fc.assert(
			fc.property(prose, (text) => {
				for (const d of findDates(text)) {
					expect(typeof formatDate(d.start, d)).toBe('string');
					expect(typeof formatRange(d.start, d.end, d)).toBe('string');
				}
			}),
			{ numRuns: 500 },
		);
	});

	it.each([
		['digits', '7'.repeat(100_000)],
		['digits and hyphens', '12-'.repeat(34_000)],
		['1-1-1-1', '1-'.repeat(50_000)],
		['April April April', 'April '.repeat(17_000)],
		['April 4-April 4-', 'April 4-'.repeat(12_500)],
		['years and dashes', '2012-'.repeat(20_000)],
		['spaced years and dashes', '2012 - '.repeat(15_000)],
		['from 2006 to from 2006 to', 'from 2006 to '.repeat(8_000)],
		['apostrophes', "'90s'".repeat(20_000)],
		['one long URL', `http://${'1/'.repeat(50_000)}`],
	])(
		// A reading that goes back over what it has read would take hours on such input; a linear one
		// takes milliseconds. The bound is the test's time-out, far above either, so load cannot fail it.
		'ends on %s',
		(_label, text) => {
			expect(Array.isArray(findDates(text))).toBe(true);
		},
		20_000,
	);
});

describe('day ranges in words', () => {
	it('reads "Month D to D, YYYY" and "Month D and D" as one range', () => {
		const [a] = findDates('The drills ran from October 21 to 29, 2019.');
		expect(a?.text).toBe('October 21 to 29, 2019');
		expect(a?.start).toMatchObject({ year: 2019, month: 10, day: 21 });
		expect(a?.end).toMatchObject({ year: 2019, month: 10, day: 29 });
		const [b] = findDates('officials met in Tashkent on July 15 and 16', { defaultYear: 2021 });
		expect(b?.text).toBe('July 15 and 16');
		expect(b?.end).toMatchObject({ year: 2021, month: 7, day: 16 });
	});

	it('reads "from D to D Month" and "between D and D Month", and "from Month to Month YYYY", as one range', () => {
		const [a] = findDates('The drills ran from 19 to 25 August 2005.');
		expect(a?.text).toBe('19 to 25 August 2005');
		expect(a?.start).toMatchObject({ year: 2005, month: 8, day: 19 });
		expect(a?.end).toMatchObject({ year: 2005, month: 8, day: 25 });
		expect(findDates('They met between 2 and 4 May.')[0]?.text).toBe('2 and 4 May');
		// Two days before their month are two days of it, with or without "between".
		const [two] = findDates('On 19 and 20 September 2023 the offensive went on.');
		expect(two?.text).toBe('19 and 20 September 2023');
		expect(two?.start).toMatchObject({ year: 2023, month: 9, day: 19 });
		expect(two?.end).toMatchObject({ year: 2023, month: 9, day: 20 });
		const [m] = findDates('The talks went on from March to May 2005.');
		expect(m?.text).toBe('March to May 2005');
		expect(m?.start).toMatchObject({ year: 2005, month: 3 });
		expect(m?.end).toMatchObject({ year: 2005, month: 5 });
		// Without "from", two figures before a date stay figures.
		expect(findDates('Prices rose 19 to 25 percent in August 2005.').map((d) => d.text)).toEqual(['August 2005']);
	});

	it('leaves a count after "and" alone', () => {
		const dates = findDates('On July 15 and 16 soldiers were hurt.');
		expect(dates.map((d) => d.text)).toEqual(['July 15']);
	});
});

describe('findDates: a fiscal year', () => {
	it('reads "FY 2010" as the year it is named by, not as a name', () => {
		const d = only('In FY 1911 the harbour board spent more on dredging.');
		expect(d.text).toBe('1911');
		expect(d.start).toEqual(year(1911));
	});

	it('reads "FY1996", the mark glued to its year, as that year', () => {
		const d = only('The grants ended at the end of FY1996.');
		expect(d.text).toBe('1996');
		expect(d.start).toEqual(year(1996));
	});
});

import { boundedSpan } from '../../server/src/domain/facts/bounds';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../server/src/domain/facts/dates';
import { comparable, findNumbers, formatNumber, isReferring, sameNumber } from '../../server/src/domain/facts/numbers';
import type { NumberMention } from '../../server/src/domain/types';

/** The figures of a text, with its dates skipped as the checker does. */
function figures(text: string): NumberMention[] {
	return findNumbers(
		text,
		findDates(text).map((d) => d.span),
	);
}

function only(text: string): NumberMention {
	const found = figures(text);
	expect(found, `figures in ${JSON.stringify(text)}: ${JSON.stringify(found.map((n) => n.text))}`).toHaveLength(1);
	return found[0] as NumberMention;
}

function texts(text: string): string[] {
	return figures(text).map((n) => n.text);
}

describe('findNumbers: forms', () => {
	it.each([
		['The CSTO created a 20,000-strong rapid reaction force.', '20,000', 20000, 'count'],
		['Kazakhstan fielded 20 000 troops.', '20 000', 20000, 'count'],
		['Kazakhstan fielded 20\u00a0000 troops.', '20\u00a0000', 20000, 'count'],
		['Trade grew by 12.6 percent last year.', '12.6 percent', 12.6, 'percent'],
		['Trade grew by 12.6% last year.', '12.6%', 12.6, 'percent'],
		['Trade grew by 12.6 per cent last year.', '12.6 per cent', 12.6, 'percent'],
		['Trade grew by 12.6 % last year.', '12.6 %', 12.6, 'percent'],
		['Turnout fell 3 percentage points.', '3 percentage points', 3, 'percent'],
		['Police seized just over one percent of the goods.', 'one percent', 1, 'percent'],
		['Uzbekistan attended the 65th meeting of defence ministers.', '65th', 65, 'ordinal'],
		['The Kelmouth ferry made its 10,000th crossing in May.', '10,000th', 10000, 'ordinal'],
		['The Kelmouth ferry made its ten-thousandth crossing in May.', 'ten-thousandth', 10000, 'ordinal'],
		['The port unloaded its hundred-thousandth crate.', 'hundred-thousandth', 100000, 'ordinal'],
		['The pier marked its one hundredth year.', 'one hundredth', 100, 'ordinal'],
		['The league welcomed its thousandth member.', 'thousandth', 1000, 'ordinal'],
		['It was the sixty-fifth session of the council.', 'sixty-fifth', 65, 'ordinal'],
		['It was the third SCO summit in Tashkent.', 'third', 3, 'ordinal'],
		['Russia and Uzbekistan signed 36 agreements.', '36', 36, 'count'],
		['Russia and Uzbekistan signed six agreements.', 'six', 6, 'count'],
		['The two presidents met twice.', 'two', 2, 'count'],
		['Some twenty-one officers were detained.', 'twenty-one', 21, 'count'],
		['About a dozen militants crossed the border.', 'a dozen', 12, 'count'],
		['Two dozen advisers stayed behind.', 'Two dozen', 24, 'count'],
		['Some two hundred and fifty guards were moved.', 'two hundred and fifty', 250, 'count'],
		['Twenty thousand people fled.', 'Twenty thousand', 20000, 'count'],
		['1.5 million people live in the Ferghana region.', '1.5 million', 1.5e6, 'count'],
		['Some three and a half million people voted.', 'three and a half million', 3.5e6, 'count'],
		['The base served for twelve and a half years.', 'twelve and a half', 12.5, 'count'],
		['The base served for its 12-and-a-half years.', '12-and-a-half', 12.5, 'count'],
		['One million people live in the region.', 'One million', 1e6, 'count'],
		['About 20k migrants returned.', '20k', 20000, 'count'],
		['The index rose to 0.5 points.', '0.5', 0.5, 'count'],
	])('%s', (text, written, value, unit) => {
		const n = only(text);
		expect(n.text).toBe(written);
		expect(n.value).toBeCloseTo(value, 6);
		expect(n.unit).toBe(unit);
		expect(text.slice(n.span.start, n.span.end)).toBe(written);
	});

	it.each([
		['Trade with Russia reached $7.6 billion.', '$7.6 billion', 7.6e9, '$', 'billion'],
		['Trade with Russia reached US$7.6bn.', 'US$7.6bn', 7.6e9, 'US$', 'bn'],
		['Trade with Russia reached 7.6 billion dollars.', '7.6 billion dollars', 7.6e9, 'USD', 'billion'],
		['Trade with Russia reached 7.6 billion US dollars.', '7.6 billion US dollars', 7.6e9, 'USD', 'billion'],
		['The EU pledged €3 million for border posts.', '€3 million', 3e6, '€', 'million'],
		['The EU pledged 3 million euros for border posts.', '3 million euros', 3e6, 'EUR', 'million'],
		['Moscow wrote off USD 865 million of debt.', 'USD 865 million', 865e6, 'USD', 'million'],
		['The loan was $7.6m.', '$7.6m', 7.6e6, '$', 'm'],
		['The grant was $500,000.', '$500,000', 5e5, '$', undefined],
		['China lent 2 billion yuan.', '2 billion yuan', 2e9, 'CNY', 'billion'],
	])('%s', (text, written, value, currency, scale) => {
		const n = only(text);
		expect(n.text).toBe(written);
		expect(n.value).toBeCloseTo(value, 3);
		expect(n.unit).toBe('currency');
		expect(n.currency).toBe(currency);
		expect(n.scale).toBe(scale);
	});

	it('lets the first number of a range share the unit of the second', () => {
		const [a, b] = figures('Growth was 15-20 percent in 2016.');
		expect(a).toMatchObject({ text: '15', value: 15, unit: 'percent' });
		expect(b).toMatchObject({ text: '20 percent', value: 20, unit: 'percent' });
		const [c, d] = figures('The deal was worth $5-7 billion.');
		expect(c).toMatchObject({ text: '$5', value: 5e9, unit: 'currency', currency: '$', scale: 'billion' });
		expect(d).toMatchObject({ text: '7 billion', value: 7e9, unit: 'currency', currency: '$' });
	});

	it('reads a range written in words ("10 to 20 percent", "between 5 and 7 billion") as one, but not two figures of their own', () => {
		expect(figures('About 10 to 20 percent were displaced.')[0]).toMatchObject({ text: '10', unit: 'percent' });
		expect(figures('It cost between 5 and 7 billion dollars.')[0]).toMatchObject({ text: '5', value: 5e9, unit: 'currency' });
		expect(figures('Trade rose by 12.6 percent to $7.6 billion.')[0]).toMatchObject({ text: '12.6 percent', value: 12.6, unit: 'percent' });
		expect(figures('He counted 5 and 7 percent.')[0]).toMatchObject({ text: '5', unit: 'count' });
		expect(figures('The deal was worth $5-$7 billion.')[0]).toMatchObject({ text: '$5', value: 5e9, unit: 'currency' });
	});

	it('gives the first end of a range in words the scale of the second ("five to seven million")', () => {
		expect(figures('The harbour works cost between five and seven million dollars.')[0]).toMatchObject({ text: 'five', value: 5e6, unit: 'currency' });
	});

	it('reads a figure before "of the" and a sum as a part of that sum, in its currency and scale', () => {
		const [part, whole] = figures('Port Arden paid thirty-seven of the thirty-eight million dollars the pier cost.');
		expect(part).toMatchObject({ text: 'thirty-seven', value: 37e6, unit: 'currency', currency: 'USD', scale: 'million' });
		expect(whole).toMatchObject({ value: 38e6, unit: 'currency' });
		expect(figures('Port Arden paid 37 million of the 38 million dollars.')[0]).toMatchObject({ value: 37e6, unit: 'currency' });
		// A count of people out of a count of people stays a count.
		expect(figures('Five of the 38 million residents voted by post.')[0]).toMatchObject({ text: 'Five', value: 5, unit: 'count' });
	});

	it('finds figures in text order, skipping dates', () => {
		const text = 'On December 13, 2013, 36 deputies backed the plan; by 2015 some 1,500 troops and six helicopters had arrived.';
		expect(texts(text)).toEqual(['36', '1,500', 'six']);
	});

	it('reads no figure in a time counted from another ("nine years later"), but one in a duration', () => {
		expect(findNumbers('Nine years later the house ratified it, for another 30 years, two months after the vote.').map((n) => n.text)).toEqual(['30']);
	});

	it('tells a small number that points back ("the two countries") from a count', () => {
		const text = 'Trade between the two countries grew, and two ministries and these 2 banks signed.';
		expect(findNumbers(text).map((m) => [m.text, isReferring(text, m)])).toEqual([
			['two', true],
			['two', false],
			['2', false],
		]);
	});

	it('reads no figure in degrees, minutes and seconds', () => {
		expect(findNumbers('The site lies at 50°07′N 78°43′E, on a 12° slope, with 340 wells.').map((n) => n.text)).toEqual(['340']);
	});

	it('finds the dates itself when no skip spans are given', () => {
		expect(findNumbers('On December 13, 2013, 36 deputies voted.').map((n) => n.text)).toEqual(['36']);
		expect(findNumbers('On December 13, 2013, 36 deputies voted.', []).map((n) => n.text)).toEqual(['13', '36']);
	});

	it('reads a figure run into a table label, as an infobox comes out in text', () => {
		expect(texts('Test information Nuclear tests456 (340 underground) Area18,000 km2')).toEqual(['456', '340', '18,000']);
	});

	it('counts a year-like number followed by what it counts', () => {
		expect(only('Russia kept 2000 troops at Kant.').value).toBe(2000);
		expect(only('A 2000-strong contingent arrived.').text).toBe('2000');
	});
});

describe('findNumbers: what is not a figure', () => {
	it.each([
		['years', "Uzbekistan left the CSTO in 2012 and returned in 2006; 2012's crisis followed."],
		['decades', 'In the 1990s and the early 2000s the IMU grew.'],
		['years before 1900', 'Russia took Tashkent in 1865 and Bukhara became a protectorate after 1868.'],
		['exercise names', 'Brotherhood-2019 and Zapad-2017 were large drills.'],
		['weapon and aircraft names', 'Tashkent bought Su-27 jets, Mi-8 transports and an S-400 battery.'],
		['page numbers', 'See Weitz, p. 146, and pp. 146-147, and pp. 12–14, and p.33.'],
		['issue numbers', 'Eurasia Daily Monitor No. 12, Vol. 10, Issue: 76, § 4 and #5.'],
		['locators', 'Article 5 of the treaty and Resolution 1373 and Chapter 7 and Table 2.'],
		['URLs', 'Read http://www.example.org/news/2013/12345.html or www.gov.uz/ru/9876 or example.com/a/555.'],
		['identifiers glued to letters', 'The G20, the C5+1 format, a 3D map, a 20km zone and weitz2014.'],
		['versions and times', 'Version 3.5.1 was released at 12:30.'],
		['exponents of units', 'Areas are given in km^{2} and volumes in m^3.'],
		['reference markers', 'As argued earlier [12], the base closed.'],
		['a half or a third alone', 'Half the troops left; a third stayed; a third term.'],
		['words that only look like multiples', 'A unilateral step; a collateral deal; the foldout map; double-digit growth.'],
		['the pronoun one', 'One of the officers said no one would leave; one another.'],
		['first and second', 'At first Tashkent refused; the second round was quiet.'],
		['vague plurals', 'Dozens of militants and hundreds of refugees and thousands of people.'],
		['names with a number word', 'The Shanghai Five became the SCO; the Group of Eight met.'],
		['dates', 'The summit ran April 4-5, 2017 and again on 13 December 2013 and Sept. 6.'],
		['differences between two others', 'The observers counted some 300 fewer than were claimed, and 2,000 troops more than planned.'],
	])('%s', (_label, text) => {
		expect(texts(text)).toEqual([]);
	});

	it('reads a figure a comparative with "than" bounds after it, and the one before it ("lost more than 300")', () => {
		expect(texts('The 201st lost more than 300 soldiers, and twelve more than five.')).toEqual(['201st', '300', 'twelve', 'five']);
	});
});

const n = (text: string): NumberMention => only(text);

/** Each figure of a text as [text, value, unit]. */
const read = (text: string) => findNumbers(text).map((m) => [m.text, m.value, m.unit]);

describe('findNumbers: multiples', () => {
	it('reads multiplying words as factors and bilateral, trilateral, quadrilateral as how many take part', () => {
		expect(read('Trade doubled, then tripled; a threefold rise and a two-fold one; a Trilateral and a quadrilateral format, acting bilaterally.')).toEqual([
			['doubled', 2, 'factor'],
			['tripled', 3, 'factor'],
			['threefold', 3, 'factor'],
			['two-fold', 2, 'factor'],
			['Trilateral', 3, 'parties'],
			['quadrilateral', 4, 'parties'],
			['bilaterally', 2, 'parties'],
		]);
	});

	it('compares a factor only with a factor', () => {
		expect(comparable(n('tripled'), n('doubled'))).toBe(true);
		expect(sameNumber(n('twofold'), n('double'))).toBe(true);
		expect(comparable(n('trilateral'), n('three'))).toBe(false);
	});
});

describe('findNumbers: how often', () => {
	it('reads "once", "twice" and a count before "times" as how often, with the span of time they are counted against', () => {
		expect(
			findNumbers('The board meets twice a year, the council three times per month and the assembly once every five years.').map((m) => [
				m.text,
				m.value,
				m.unit,
			]),
		).toEqual([
			['twice a year', 2, 'frequency'],
			['three times per month', 3, 'frequency'],
			['once every five years', 1, 'frequency'],
		]);
		// Without a span of time, "twice" tells no frequency to check.
		expect(findNumbers('He visited the port twice.')).toEqual([]);
	});

	it('compares how often only against the same span of time, and writes it as the writer did', () => {
		const [twice] = findNumbers('The board meets twice a year.');
		const [once] = findNumbers('It met once a year.');
		const [thrice] = findNumbers('It met 3 times per year.');
		const [monthly] = findNumbers('It met twice a month.');
		expect(comparable(twice!, once!)).toBe(true);
		expect(comparable(twice!, monthly!)).toBe(false);
		expect(formatNumber(once!, twice!)).toBe('once a year');
		expect(formatNumber(thrice!, twice!)).toBe('three times a year');
		expect(formatNumber(twice!, thrice!)).toBe('twice per year');
	});
});

describe('findNumbers: fractions', () => {
	it('reads a fraction in words as a share, as a percentage is, and writes a fix as the writer wrote the share', () => {
		expect(read('Two-thirds of voters, three quarters of members and nearly a third of the budget agreed; about two-fifths was spent.')).toEqual([
			['Two-thirds', (2 / 3) * 100, 'percent'],
			['three quarters', 75, 'percent'],
			['a third', (1 / 3) * 100, 'percent'],
			['two-fifths', 40, 'percent'],
		]);
		const [threeFifths] = findNumbers('About three-fifths of the aid.');
		const [twoFifths] = findNumbers('about two-fifths of the aid');
		const [forty] = findNumbers('40% of the aid');
		const [share] = findNumbers('35% of the aid');
		expect(sameNumber(twoFifths!, forty!)).toBe(true);
		expect(formatNumber(twoFifths!, threeFifths!)).toBe('two-fifths');
		expect(formatNumber(forty!, threeFifths!)).toBe('two-fifths');
		expect(formatNumber(share!, threeFifths!)).toBe('35 percent');
		expect(formatNumber(threeFifths!, forty!)).toBe('60%');
	});

	it('bounds a share in words as a figure is bounded ("almost a quarter" takes in 24%, not 20%)', () => {
		const [almost] = findNumbers('almost a quarter of the pilots');
		expect(almost?.bound).toBe('just-under');
		expect(sameNumber(almost!, findNumbers('24% of the pilots')[0]!)).toBe(true);
		expect(sameNumber(almost!, findNumbers('20% of the pilots')[0]!)).toBe(false);
	});

	it('takes a share in words for the simple fraction nearest the share, not for a numerator rounded to its digit', () => {
		const [third] = findNumbers('nearly a third of the harbour dues');
		expect(sameNumber(third!, findNumbers('about two-fifths of the harbour dues')[0]!)).toBe(false);
		expect(sameNumber(third!, findNumbers('31% of the harbour dues')[0]!)).toBe(true);
		expect(sameNumber(findNumbers('two-fifths of the dues')[0]!, findNumbers('39% of the dues')[0]!)).toBe(true);
		expect(sameNumber(findNumbers('two-fifths of the dues')[0]!, findNumbers('43% of the dues')[0]!)).toBe(false);
	});
});

describe('sameNumber and comparable', () => {
	it('matches the same figure written differently', () => {
		expect(sameNumber(n('It cost $7.6 billion.'), n('It cost $7,600 million.'))).toBe(true);
		expect(sameNumber(n('It cost 7.6 billion dollars.'), n('It cost US$7.6bn.'))).toBe(true);
		expect(sameNumber(n('They sent two battalions.'), n('They sent 2 battalions.'))).toBe(true);
		expect(sameNumber(n('Twenty thousand people fled.'), n('20,000 people fled.'))).toBe(true);
		expect(sameNumber(n('About 20 000 people fled.'), n('20,000 people fled.'))).toBe(true);
		expect(sameNumber(n('It rose 12.6%.'), n('It rose 12.6 per cent.'))).toBe(true);
		expect(sameNumber(n('The 65th meeting.'), n('The sixty-fifth meeting.'))).toBe(true);
		expect(sameNumber(n('A dozen guards.'), n('12 guards.'))).toBe(true);
	});

	it('reads a bound as the values it allows, close to its figure', () => {
		expect(n('Well over 30,000 flights.').bound).toBe('over');
		expect(n('As many as 200,000 troops might take part.').bound).toBe('under');
		expect(n('It came to just under 600 kilograms.').bound).toBe('just-under');
		expect(sameNumber(n('Well over 30,000 flights.'), n('More than 33,000 flights.'))).toBe(true);
		expect(sameNumber(n('It came to just under 600 kilograms.'), n('It came to 581 kilograms.'))).toBe(true);
		expect(sameNumber(n('At least 14 people died.'), n('At least 41 people died.'))).toBe(false);
		expect(sameNumber(n('Up to 1,000 troops.'), n('Up to 1,500 troops.'))).toBe(false);
		expect(sameNumber(n('Some 60 miles away.'), n('Up to 1,500 troops.'))).toBe(false);
		expect(sameNumber(n('More than 30,000 flights.'), n('25,000 flights.'))).toBe(false);
		// Two bounds name thresholds: a digit's rounding makes no "at least 3%" of "at least 2%".
		expect(sameNumber(n('To spend at least 3% of revenue.'), n('To spend at least 2% of revenue.'))).toBe(false);
		expect(sameNumber(n('To spend at least 2% of revenue.'), n('To spend more than 2% of revenue.'))).toBe(true);
	});

	it('allows for the rounding of the less precise figure', () => {
		expect(sameNumber(n('It rose 13 percent.'), n('It rose 12.6 percent.'))).toBe(true);
		expect(sameNumber(n('1.5 million people'), n('1,520,000 people'))).toBe(true);
		expect(sameNumber(n('It rose 12 percent.'), n('It rose 12.6 percent.'))).toBe(false);
		expect(sameNumber(n('It cost $7.2 billion.'), n('It cost $7.6 billion.'))).toBe(false);
		expect(sameNumber(n('20,000 people'), n('20,400 people'))).toBe(false);
		expect(sameNumber(n('five states'), n('two states'))).toBe(false);
	});

	it('never matches across unit classes', () => {
		expect(sameNumber(n('It rose 12.6 percent.'), n('12.6 tonnes'))).toBe(false);
		expect(comparable(n('It rose 12.6 percent.'), n('36 deputies'))).toBe(false);
		expect(comparable(n('$7.6 billion'), n('7.6 billion'))).toBe(false);
		expect(comparable(n('the 65th meeting'), n('65 meetings'))).toBe(false);
		expect(comparable(n('$7.6 billion'), n('€7.6 billion'))).toBe(false);
		expect(comparable(n('$7.6 billion'), n('7.2 billion dollars'))).toBe(true);
		expect(comparable(n('USD 7 million'), n('US$7m'))).toBe(true);
		expect(comparable(n('15 percent'), n('21.6%'))).toBe(true);
		expect(comparable(n('five states'), n('36 states'))).toBe(true);
	});
});

describe('formatNumber', () => {
	/** The writer's sentence with its figure replaced by the source's, the way the fix does it. */
	const fix = (writer: string, source: string): string => {
		const w = only(writer);
		const s = only(source);
		return writer.slice(0, w.span.start) + formatNumber(s, w) + writer.slice(w.span.end);
	};

	it('writes a part of a sum in words without the scale it borrows ("twenty-seven of the thirty-eight million dollars")', () => {
		const writer = 'Port Arden paid twenty-seven of the thirty-eight million dollars.';
		const [part] = findNumbers(writer);
		const [source] = findNumbers('Port Arden paid thirty-seven million of the thirty-eight million dollars.');
		expect(writer.slice(0, part!.span.start) + formatNumber(source!, part!) + writer.slice(part!.span.end)).toBe(
			'Port Arden paid thirty-seven of the thirty-eight million dollars.',
		);
	});

	it("writes the source figure the writer's way", () => {
		expect(fix('The CSTO built a 15,000-strong force.', 'a 20,000-strong force')).toBe('The CSTO built a 20,000-strong force.');
		expect(fix('Trade grew 21.6 percent.', 'trade grew by 12.6 percent')).toBe('Trade grew 12.6 percent.');
		expect(fix('Trade grew 21.6%.', 'trade grew by 12.6 per cent')).toBe('Trade grew 12.6%.');
		expect(fix('Trade reached $7.2 billion.', 'trade reached 7.6 billion dollars')).toBe('Trade reached $7.6 billion.');
		expect(fix('Trade reached US$7.2bn.', 'trade reached $7,600 million')).toBe('Trade reached US$7.6bn.');
		expect(fix('Trade reached 7.2 billion dollars.', 'trade reached $7.6 billion')).toBe('Trade reached 7.6 billion dollars.');
		expect(fix('They signed five agreements.', 'they signed 2 agreements')).toBe('They signed two agreements.');
		expect(fix('Five agreements were signed.', 'they signed 2 agreements')).toBe('Two agreements were signed.');
		expect(fix('They signed 48 agreements.', 'they signed 36 agreements')).toBe('They signed 36 agreements.');
		expect(fix('They signed twenty agreements.', 'they signed 21 agreements')).toBe('They signed twenty-one agreements.');
		expect(fix('About a dozen guards left.', 'some 15 guards left')).toBe('About fifteen guards left.');
		expect(fix('About three dozen guards left.', 'some 24 guards left')).toBe('About two dozen guards left.');
		expect(fix('Two dozen guards left.', 'some 12 guards left')).toBe('One dozen guards left.');
		expect(fix('Twenty thousand people fled.', '15,000 people fled')).toBe('Fifteen thousand people fled.');
		expect(fix('1.2 million people live there.', '1,500,000 people')).toBe('1.5 million people live there.');
		expect(fix('Some three and a half million people voted.', 'some 5.3 million people')).toBe('Some 5.3 million people voted.');
	});

	it('writes a multiple as the writer wrote theirs', () => {
		expect(fix('Uzbekistan plans to triple its exercises.', 'plans to double its exercises')).toBe('Uzbekistan plans to double its exercises.');
		expect(fix('Trade tripled.', 'trade doubled')).toBe('Trade doubled.');
		expect(fix('A Trilateral platform was set up.', 'a quadrilateral platform')).toBe('A Quadrilateral platform was set up.');
		expect(fix('A threefold rise.', 'a twofold rise')).toBe('A twofold rise.');
	});

	it('keeps ordinals ordinal', () => {
		expect(fix('It was the 64th meeting.', 'the 65th meeting')).toBe('It was the 65th meeting.');
		expect(fix('It was the 64th meeting.', 'the 61st meeting')).toBe('It was the 61st meeting.');
		expect(fix('It was the 64th meeting.', 'the 112th meeting')).toBe('It was the 112th meeting.');
		expect(fix('It was the sixty-fourth meeting.', 'the 65th meeting')).toBe('It was the sixty-fifth meeting.');
		expect(fix('It was the fourth summit.', 'the 3rd summit')).toBe('It was the third summit.');
		expect(fix('It was the fourth summit.', 'the 20th summit')).toBe('It was the twentieth summit.');
	});

	it("keeps the writer's grouping", () => {
		expect(fix('They sent 15000 troops.', '20,000 troops')).toBe('They sent 20000 troops.');
		expect(fix('They sent 15 000 troops.', '25000 troops')).toBe('They sent 25 000 troops.');
		expect(fix('They sent 800 troops.', '1,200 troops')).toBe('They sent 1,200 troops.');
	});

	it("changes the scale word when the writer's would give a fraction", () => {
		expect(fix('Trade reached $7.2 billion.', 'trade reached $760 million')).toBe('Trade reached $760 million.');
		expect(fix('Trade reached US$7.2bn.', 'trade reached $760 million')).toBe('Trade reached US$760m.');
	});

	it("writes the shared-unit end of a range at the range's scale", () => {
		const text = 'The deal was worth $5-7 billion.';
		const [a] = figures(text);
		expect(formatNumber(only('a $6 billion deal'), a as NumberMention)).toBe('$6');
	});
});

describe('robustness', () => {
	const pieces = fc.oneof(
		fc.constantFrom(
			'one',
			'two',
			'twenty',
			'-',
			'hundred',
			'and',
			'a',
			'dozen',
			'third',
			'the',
			'million',
			'bn',
			'percent',
			'per',
			'cent',
			'%',
			'$',
			'US$',
			'€',
			'USD',
			'p.',
			'No.',
			'http://x.org/',
			'th',
			'st',
			'Brotherhood-',
			'é',
			'🙂',
			'\u00a0',
			'–',
		),
		fc.integer({ min: 0, max: 100_000 }).map(String),
		fc.double({ min: 0, max: 1e6, noNaN: true }).map((x) => x.toFixed(2)),
		fc.constantFrom(' ', ' ', ', ', ',', '.', '/', ':', '[', ']'),
		fc.string({ maxLength: 4 }),
		fc.string({ unit: 'binary', maxLength: 3 }),
	);
	const prose = fc.array(pieces, { maxLength: 40 }).map((a) => a.join(''));

	it('returns ordered, non-overlapping spans that match the text, and never inside skipped spans', () => {
		fc.assert(
			fc.property(prose, (text) => {
				const dates = findDates(text).map((d) => d.span);
				const found = findNumbers(text, dates);
				let end = 0;
				for (const m of found) {
					expect(m.span.start).toBeGreaterThanOrEqual(end);
					expect(m.span.end).toBeGreaterThan(m.span.start);
					expect(m.span.end).toBeLessThanOrEqual(text.length);
					expect(text.slice(m.span.start, m.span.end)).toBe(m.text);
					expect(Number.isFinite(m.value)).toBe(true);
					for (const d of dates) expect(m.span.end <= d.start || m.span.start >= d.end).toBe(true);
					end = m.span.end;
				}
			}),
			{ numRuns: 2000 },
		);
	});

	it('compares and formats whatever it finds without throwing', () => {
		fc.assert(
			fc.property(prose, prose, (a, b) => {
				const xs = findNumbers(a);
				const ys = findNumbers(b);
				for (const x of xs) {
					expect(sameNumber(x, x)).toBe(true);
					for (const y of ys) {
						expect(sameNumber(x, y)).toBe(sameNumber(y, x));
						expect(typeof formatNumber(y, x)).toBe('string');
					}
				}
			}),
			{ numRuns: 500 },
		);
	});

	it.each([
		['digits', '7'.repeat(100_000)],
		['digits and hyphens', '12-'.repeat(34_000)],
		['1-1-1-1', '1-'.repeat(50_000)],
		['comma groups', '100,'.repeat(25_000)],
		['space groups', '100 '.repeat(25_000)],
		['decimals', '1.'.repeat(50_000)],
		['number words', 'twenty-'.repeat(14_000)],
		['number words with and', 'two hundred and '.repeat(6_000)],
		['currency signs', '$'.repeat(100_000)],
		['April April April', 'April '.repeat(17_000)],
	])(
		// A reading that goes back over what it has read would take hours on such input; a linear one
		// takes milliseconds. The bound is the test's time-out, far above either, so load cannot fail it.
		'ends on %s',
		(_label, text) => {
			expect(Array.isArray(findNumbers(text))).toBe(true);
		},
		20_000,
	);
});

describe('boundedSpan', () => {
	it('takes in the words that bound a figure, as written', () => {
		const text = 'Dues came to  in excess of 300 tons, and exceeded $7 million.';
		const span = (figure: string) => {
			const start = text.indexOf(figure);
			const found = boundedSpan(text, { start, end: start + figure.length });
			return text.slice(found.start, found.end);
		};
		expect(span('300 tons')).toBe('in excess of 300 tons');
		expect(span('$7 million')).toBe('exceeded $7 million');
		expect(span('Dues')).toBe('Dues');
	});
});

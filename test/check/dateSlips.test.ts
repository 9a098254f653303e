// Of the dates a passage gives for like acts, the one a writer most likely slipped from differs in
// fewest parts: "7 March 2013" is one slip (the year) from "March 7, 2014", two (day and month) from
// "April 4, 2013", however much nearer in time the second is.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Arden joined the league on March 7, 2014, enlarging the league to 32 ports (see Figure 1). Amid heightened concerns about storms after the February 2012 floods, both Lisle and Arden applied to join the league in May 2012 with the intention to accede to the league together. Lisle joined on April 4, 2013, but Arden’s accession was delayed by issues raised by Varna.',
	],
	2015,
);

describe('a wrong date', () => {
	it('is fixed to the date it differs from in fewest parts', () => {
		const [claim] = claims('Arden joined the league on 7 March 2013, enlarging the league to 32 ports.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['7 March 2014']);
	});
});

describe('a decade', () => {
	const war = claimsAgainstPortArden(
		[
			'The war has resulted in Lisle control over much of the harbour it lost to Arden forces during previous fighting in the 1990s, including a portion of the docks.',
		],
		2021,
	);

	it('is a period, no event’s date: it never corrects a day', () => {
		const [claim] = war('Fighting between Lisle and the Arden side resumed on 27 October 2020.');
		expect(claim?.fixes.map((f) => f.newText) ?? []).not.toContain('the 1990s');
	});
});

// A date one part off the passage's (a day's year or day, a month's year) is the writer's slip, fixed
// though the passage tells the act in other words; a date off in more parts is left for the writer.
const SLIPS = [
	{
		kind: 'a day one part off',
		passage:
			'The harbour master is appointed by the league council to a three-year term. The current harbour master is Anna Berg of Ostrava, who assumed office on 1 January 2022.',
		claim: 'Anna Berg of Ostrava took over as harbour master on {}.',
		slipped: '1 January 2021',
		said: '1 January 2022',
		other: '3 March 2021',
	},
	{
		kind: 'a month one year off',
		passage: 'In September 1992, the mayor of Arden reinstated the harbour guard under firm council control.',
		claim: 'The mayor of Arden brought the harbour guard back under firm council control in {}.',
		slipped: 'September 1993',
		said: 'September 1992',
		other: 'March 1993',
	},
];

describe.each(SLIPS)('$kind the passage’s date', ({ passage, claim, slipped, said, other }) => {
	const claims = claimsAgainstPortArden([passage], 2023);

	it('is the writer’s slip: the passage’s date is written in', () => {
		expect(claims(claim.replace('{}', slipped))[0]).toMatchObject({ verdict: 'wrong-date', fixes: [expect.objectContaining({ newText: said })] });
	});

	it('but a date off in more parts is left for the writer to check', () => {
		expect(claims(claim.replace('{}', other))[0]?.fixes).toEqual([]);
	});
});

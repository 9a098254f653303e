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

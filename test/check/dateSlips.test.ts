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

describe('a day one part off the passage’s', () => {
	const office = claimsAgainstPortArden(
		[
			'The harbour master is appointed by the league council to a three-year term. The current harbour master is Anna Berg of Ostrava, who assumed office on 1 January 2022.',
		],
		2023,
	);

	it('is the writer’s slip, fixed though the passage tells the act in other words', () => {
		const [claim] = office('Anna Berg of Ostrava took over as harbour master on 1 January 2021.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', fixes: [expect.objectContaining({ newText: '1 January 2022' })] });
	});

	it('but a day off in two parts is left for the writer to check', () => {
		const [claim] = office('Anna Berg of Ostrava took over as harbour master on 3 March 2021.');
		expect(claim?.fixes).toEqual([]);
	});
});

describe('a month one year off the passage’s', () => {
	const guard = claimsAgainstPortArden(['In September 1992, the mayor of Arden reinstated the harbour guard under firm council control.'], 1995);

	it('is the writer’s slip where the sentence tells most of the claim', () => {
		const [claim] = guard('The mayor of Arden brought the harbour guard back under firm council control in September 1993.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', fixes: [expect.objectContaining({ newText: 'September 1992' })] });
	});

	it('but another month is left for the writer to check', () => {
		const [claim] = guard('The mayor of Arden brought the harbour guard back under firm council control in March 1993.');
		expect(claim?.fixes).toEqual([]);
	});
});

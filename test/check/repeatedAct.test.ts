// A passage that tells one act for two parties, the second time as "did the same" ("… phased out the
// grants for Kelmouth at the end of FY1996, and did the same for Eastland at the end of FY1999"), dates
// that act twice; and "the administration" that did it is a body of people, not a thing, so an act a
// claim gives to an actor is the same act.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Owing to its progress in dredging, the administration phased out harbour grants for Kelmouth at the end of FY1996, and did the same for Eastland and Westmark at the end of FY1999.',
	],
	2004,
);
const report = (text: string) => claims(text)[0];

describe('an act told again as "did the same"', () => {
	it('dates the act for the second party by its own date', () => {
		const found = report('The mayor phased out harbour grants for Eastland and Westmark at the end of FY1999.');
		expect(found?.verdict).toBe('supported');
	});

	it('finds the first party’s date wrong, done by a body of people, and fixes only the year of a fiscal year written glued', () => {
		const found = report('The mayor phased out harbour grants for Kelmouth at the end of FY1998.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1996']);
	});
});

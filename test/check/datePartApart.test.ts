// A passage's date written in a part of its sentence that tells another act ("Shortly after the
// board agreed to rebuild the lighthouse, the mayor said that trade had grown in May 2012") is that
// act's: a claim that gives the first act another date is not corrected to it, however much of the
// claim the sentence tells and however like the claim's date it is.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Shortly after the Harbour Board agreed with Lord Marr to rebuild the old lighthouse on the northern mole, Mayor Ivo Kell said that trade through the harbour had grown in May 2012.',
	],
	2015,
);
const report = (text: string) => claims(text)[0];

describe('a date in another part of the sentence', () => {
	it('is not written in for the act of the part that tells the claim', () => {
		const found = report('The Harbour Board agreed with Lord Marr to rebuild the old lighthouse on the northern mole in May 2010.');
		expect(found?.fixes).toEqual([]);
		expect(found?.verdict).not.toBe('wrong-date');
	});

	it('still dates the act of its own part', () => {
		const found = report('Trade through the harbour grew in May 2011.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['May 2012']);
	});
});

// An act a passage tells as done during or at a thing whose date a relative clause gives ("the charter
// was proposed during the Third Conference of the Harbour League, which took place in Kelmouth on
// 16 May 1987") is of that date too: a claim that dates the proposing otherwise is wrong, and fixed.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The pilot charter was proposed during the Third Conference of the Harbour League on Safer Passage, which took place in Kelmouth on 16 May 1987.'],
	1990,
);

describe('an act during a dated thing', () => {
	it('is dated by the thing’s date', () => {
		const found = claims('The pilot charter was proposed at the league’s conference in Kelmouth on 16 May 1986.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['16 May 1987']);
	});

	it('agrees with the thing’s date', () => {
		expect(claims('The pilot charter was proposed at the league’s conference in Kelmouth on 16 May 1987.')[0]?.verdict).toBe('supported');
	});
});

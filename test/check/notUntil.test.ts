// "did not resume until July 1988" says when the act happened, not that it did not: it agrees with a
// passage's "resumed in July 1988", and its date is compared as a point, not as a bound that any
// earlier date would meet.
import { describe, expect, it } from 'vitest';
import { findDates } from '../../server/src/domain/facts/dates';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Both Kelmouth ferries were halted in November 1987 after the storm and resumed in July 1988.'], 1990);

describe('"not … until" a date', () => {
	it('reads the date as the act’s, not as a bound', () => {
		expect(findDates('The ferries did not resume until July 1988.')[0]?.qualifier).toBeUndefined();
		expect(findDates("They didn't resume until 1988.")[0]?.qualifier).toBeUndefined();
		expect(findDates('The ferries ran until July 1988.')[0]?.qualifier).toBe('until');
	});

	it('agrees with the passage’s date of the act', () => {
		expect(claims('The Kelmouth ferries did not resume until July 1988.')[0]?.verdict).toBe('supported');
	});

	it('is no denial, nor met by an earlier date', () => {
		const found = claims('The Kelmouth ferries did not resume until July 1989.')[0];
		expect(found?.verdict).not.toBe('supported');
		expect(found?.verdict).not.toBe('contradicted');
	});
});

// A passage that tells an act's start and its end ("began in March … completed in May") holds the
// antonym of a claim's "finished", but says the claim's act too, in other words: it is no opposite.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Work began in March 1920 to extend the Kelmouth breakwater, which was completed in May of the same year.'], 1990);

describe('an act and its opposite told together', () => {
	it('supports the end of the work, though the passage also tells its start', () => {
		expect(claims('Work on extending the Kelmouth breakwater was finished in May 1920.')[0]?.verdict).toBe('supported');
		const [, end] = claims('Work on extending the Kelmouth breakwater began in March 1920 and was finished two months later.');
		expect(end?.verdict).toBe('supported');
	});

	it('still reads a passage that tells only the opposite act as saying the opposite', () => {
		const only = claimsAgainstPortArden(['Work began in March 1920 to extend the Kelmouth breakwater.'], 1990);
		expect(only('Work on extending the Kelmouth breakwater was finished in March 1920.')[0]?.verdict).not.toBe('supported');
	});
});

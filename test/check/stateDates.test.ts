// "As of March 2015 Ostrava had ratified the accord", "serving under contract as of 1995": the time a
// state held, not the date of an act. It never becomes the date a fix writes into a claim's act.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['As of March 2015, the Ostrava council had ratified the harbour accord of the Harbour League.'], 2016);

describe('a date given with "as of"', () => {
	it('is not written into a claim as the date of the act', () => {
		const [claim] = claims('The Ostrava council ratified the harbour accord of the Harbour League in June 2016.');
		expect(claim?.fixes).toEqual([]);
		expect(claim?.verdict).not.toBe('supported');
	});

	it('still backs a claim of the state at that time', () => {
		const [claim] = claims('As of March 2015, the Ostrava council had ratified the harbour accord of the Harbour League.');
		expect(claim?.verdict).toBe('supported');
	});
});

// An adjective of a phrase that leads the claim and only places it ("at the same time") says nothing the
// claim asserts: a passage's "other" is no opposite of it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Despite its strict line on trawlers, Kelmouth is admitting ferries bound for other ports.'], 1990);

describe('an antonym of a word the claim says nothing with', () => {
	it('does not make the passage say the opposite', () => {
		expect(claims('At the same time Kelmouth admitted ferries bound for other ports.')[0]?.verdict).toBe('supported');
	});

	it('still finds the opposite of a word the claim asserts', () => {
		expect(claims('Kelmouth is admitting ferries bound for the same ports.')[0]?.verdict).not.toBe('supported');
	});
});

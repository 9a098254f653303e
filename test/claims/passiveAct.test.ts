// "The talks were held in Lisle", "The lighthouse was built on the southern cape": a passive in the
// past tells what was done to its subject, a claim to check, even where the verb's first sense in
// WordNet is a state ("hold") or its particle makes a stative phrase of it ("build on").
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Kelmouth built a new lighthouse on the northern cape in 1921.'], 1990);

describe('a passive in the past', () => {
	it('is a claim, checked against the sources', () => {
		expect(claims('The Kelmouth lighthouse was built on the southern cape.')[0]?.verdict).toBe('contradicted');
		expect(claims('The talks on the lighthouse were held regularly in Lisle.')[0]?.verdict).toBe('unsupported');
	});

	it('in a relative clause describes what it follows', () => {
		expect(claims('Kelmouth, which was built on the cape, grew.')).toEqual([]);
	});
});

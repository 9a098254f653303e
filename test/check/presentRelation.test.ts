// "Port Arden hosts the only dry dock on the coast of Kelmouth": an actor's standing relation to
// another, told in the simple present, is a fact a source states as it stands, and is checked. A
// verb of saying or a passive still weighs or describes: no finding unless a source says it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Port Arden has bought its coal from Kelmouth since 1911.'], 2019);

describe('a relation of two actors in the present', () => {
	it('is a fact, checked', () => {
		expect(claims('Port Arden hosts the only dry dock on the coast of Kelmouth.')[0]?.verdict).toBe('unsupported');
	});

	it('as a saying or as a passive, weighs or describes', () => {
		expect(claims('Port Arden argues that its pilots serve Kelmouth well.')).toEqual([]);
		expect(claims('Port Arden is seen as a rival to Kelmouth.')).toEqual([]);
	});
});

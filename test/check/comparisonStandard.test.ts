// "Few harbours silted up as quickly as the one at Port Arden after 1911": a date only in what the
// subject is measured against says which thing that is; the clause still weighs by degree, the
// writer's assessment. A figure after "as many as" is bounded by it, and checked.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The harbour of Port Arden was dredged in 1911.', 'In 1912 as many as 300 ships called at Port Arden.'], 2019);

describe('a date in the standard of a comparison', () => {
	it('leaves the comparison the writer’s assessment', () => {
		expect(claims('Few harbours on the coast silted up as quickly as the one at Port Arden after 1911.')).toEqual([]);
	});

	it('is not a figure that "as many as" bounds', () => {
		expect(claims('In 1912 as many as 300 ships called at Port Arden.')[0]?.verdict).toBe('supported');
		expect(claims('In 1912 as many as 500 ships called at Port Arden.')[0]?.verdict).toBe('wrong-number');
	});
});

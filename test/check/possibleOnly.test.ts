// What a claim tells only as possible ("some thought that Kelmouth might open a new pier") is not
// denied by a passage that says it did not happen: the claim reports a possibility, which the passage
// reports too.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['Although some observers surmised that the closure might signal Kelmouth’s readiness to open a new pier on its coast, this did not occur.'],
	1990,
);

describe('a claim of a mere possibility', () => {
	it('is not contradicted by a denial that it happened', () => {
		const found = claims('Some observers had thought that Kelmouth might open a new pier on its coast after the closure.')[0];
		expect(found?.verdict).not.toBe('contradicted');
	});
});

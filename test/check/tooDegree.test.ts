// "pushed too hard", "paid too little": a degree past a measure the writer sets is the writer's
// weighing, as a comparison is; with no date or figure to pin it, it is no finding unless a source
// says it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The harbour of Port Arden was dredged in 1911 and again in 1954.'], 2019);

describe('a degree with "too"', () => {
	it('weighs as the writer sees it', () => {
		expect(claims('Port Arden’s harbour master pushed the pilots too hard.')).toEqual([]);
	});

	it('is not "too" meaning "also", and without it the act is checked', () => {
		expect(claims('Port Arden’s harbour master pushed the pilots hard.')[0]?.verdict).toBe('unsupported');
		expect(claims('Port Arden’s harbour master too pushed the pilots.')[0]?.verdict).toBe('unsupported');
	});
});

// A figure paired with another ("420 by 36 metres", "20 to 25 pilots") counts what the other does: the
// passage's "420" is a length in metres, and answers a claimed length in metres with a fix.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The new quay at Kelmouth has a concrete deck measuring 420 by 36 metres.'], 1990);

describe('a figure paired with another', () => {
	it('counts what the other counts', () => {
		const found = claims('The new quay at Kelmouth has a concrete deck 520 metres long.')[0];
		expect(found?.verdict).toBe('wrong-number');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['420']);
	});
});

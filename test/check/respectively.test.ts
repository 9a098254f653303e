// Two lists of names a passage pairs by their order ("based in Arden and Lisle, and led by Mara Holt
// and Anna Varga respectively"): a claim that pairs them otherwise is not what it says. On another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The two pilot stations of the coast are based in Arden and Lisle, and led by Mara Holt and Anna Varga respectively.'],
	2015,
);

describe('names paired by "respectively"', () => {
	it('support a claim that pairs them as the passage does, and no claim that pairs them otherwise', () => {
		expect(claims('The pilot station in Lisle is led by Anna Varga.')[0]?.verdict).toBe('supported');
		expect(claims('The pilot station in Arden is led by Anna Varga.')[0]?.verdict).not.toBe('supported');
		expect(claims('The pilot station in Arden is led by Mara Holt.')[0]?.verdict).toBe('supported');
	});
});

// A figure a passage gives for a period, reached at its end ("from 1910 to 1911 … rose by a fifth,
// reaching $7 million"), is not the figure of the period's first year: a claim dated to that year
// gets no fix from it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(
	['From 1910 to 1911, by the harbour board’s count, the dues paid at Port Arden rose by 8.4 percent, reaching $2.1 million.'],
	2020,
);

describe('a figure of a period', () => {
	it('is not written into a claim dated to the period’s first year', () => {
		const claims = check('The dues paid at Port Arden reached $1.2 million in 1910, a 3 percent rise on the year before.');
		expect(claims.flatMap((c) => c.fixes)).toEqual([]);
		expect(claims.map((c) => c.verdict)).not.toContain('wrong-number');
	});

	it('is still the figure of the year the period ends in', () => {
		const [claim] = check('The dues paid at Port Arden reached $1.2 million in 1911.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['$2.1 million']);
	});
});

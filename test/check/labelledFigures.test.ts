// In a row of label and value ("Active: | 3,100 | Reserve: | 8,700 |"), a label names the value after
// it: the figure a claim about the reserve is compared with is the reserve's, not the one before it.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const claims = claimsAgainst(
	{
		guard: [
			'Valdera Harbour Guard | |',
			'Commander: | Anna Berg |',
			'Founded: | 1921 |',
			'Active: | 2,400 (2020), 3,100 |',
			'Reserve: | 8,700 |',
			'Deployed: | 48 |',
		].join('\n'),
	},
	'@misc{guard, title = {Valdera Harbour Guard}, author = {{Wiki contributors}}, year = {2021}}',
);

describe('a figure under a label', () => {
	it('is the one a claim about what the label names is compared with', () => {
		const [claim] = claims('The Valdera Harbour Guard can draw on a reserve of about 7,800.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.message).toContain('8,700');
		expect(claim?.fixes.map((f) => f.newText)).not.toContain('3,100');
	});
});

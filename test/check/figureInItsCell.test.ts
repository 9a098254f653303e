// In an infobox read as one line ("Active: | 3,100 | Reserve: | 8,700 |"), a label names the value
// after its colon, not the one that ends the cell before it: a claim about the reserve is about the
// reserve's figure, plainly enough to be fixed with it.
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

describe('a figure in its cell', () => {
	it('is fixed with the value its label names', () => {
		const [claim] = claims('The Valdera Harbour Guard can draw on a reserve of about 7,800.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['8,700']);
	});

	it('not with the value of the cell before the label', () => {
		const [claim] = claims('The Valdera Harbour Guard has about 3,500 active members.');
		expect(claim?.fixes.map((f) => f.newText)).not.toContain('8,700');
	});
});

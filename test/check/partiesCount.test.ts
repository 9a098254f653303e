// "Trilateral" counts who take part, as a figure does, and is checked; "bilateral" tells of most
// dealings between two states, and alone makes no statement a claim.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The river conference of 2019 ended when the ministers agreed to form a new quadrilateral forum on river transport.'],
	2020,
);

describe('a count of parties', () => {
	it('is a figure to check, even in a clause that names no one', () => {
		const [claim] = claims(
			'The river conference of 2019 drew wide notice, and ended with the ministers agreeing to form a new trilateral forum on river transport.',
		).filter((c) => c.text.includes('trilateral'));
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['quadrilateral forum']);
	});

	it('of two is a way of speaking, not a claim of its own', () => {
		expect(claims('and ended with bilateral talks on river transport.').filter((c) => c.text.includes('bilateral'))).toEqual([]);
	});
});

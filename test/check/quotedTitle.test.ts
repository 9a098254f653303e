// A date written after a quoted title is the date of the act the title belongs to, not of a word in
// the title. On another subject: a harbour.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The Arden council announced that it will hold a hearing entitled “Is the Port Undermining Local Fisheries?” on March 3, 2015, in the town hall.'],
	2015,
);

describe('a date after a quoted title', () => {
	it('dates the act the title belongs to, so a wrong one is fixed', () => {
		const [claim] = claims('The Arden council held its hearing on the port on March 3, 2016.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['March 3, 2015']);
	});
});

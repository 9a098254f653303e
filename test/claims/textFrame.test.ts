// A clause that tells what a text says ("A 1998 report called the pier …"): the text and its saying
// are where the statement is told, as a citation is; the statement is the claim.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(['The new pier at Port Arden is the finest on the whole coast, and its lamps are lit at dusk.'], 1998);

describe('a text as the subject of a verb of saying', () => {
	it('is the frame of the statement: a passage that says what the text says supports it', () => {
		const [claim] = check('A 1998 harbour board report called the new pier at Port Arden "the finest on the whole coast".');
		expect(claim?.verdict).toBe('supported');
	});

	it('is not a person who says it: what a named mayor called the pier is still the mayor’s saying', () => {
		const [claim] = check('The mayor of Kelmouth called the new pier at Port Arden "the finest on the whole coast".');
		expect(claim?.verdict).not.toBe('supported');
	});
});

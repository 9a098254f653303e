// A state denied since a date ("has not been a member since 1931") is what an act that ends it at
// that date tells ("suspended its membership in May 1931"), not its opposite; a state told as
// lasting since then is what it denies.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(
	['Eastland suspended its membership of the Harbour League in May 1931, and the dues it owed were never paid.', 'In 1929 the league raised its dues.'],
	2020,
);

describe('a state denied since a date', () => {
	it('agrees with the act that ended it at that date', () => {
		const [claim] = check('Eastland has not been a member of the Harbour League since 1931.');
		expect(claim?.verdict).toBe('supported');
	});

	it('is not supported from another date of the passage', () => {
		const [claim] = check('Eastland has not been a member of the Harbour League since 1929.');
		expect(claim?.verdict).not.toBe('supported');
	});

	it('is turned around where the claim tells it as lasting since the date the passage ends it', () => {
		const [claim] = check('Eastland has been a member of the Harbour League since 1931.');
		expect(claim?.verdict).toBe('contradicted');
	});
});

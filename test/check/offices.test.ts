// An office named by what it is over: a passage that gives the act to the same kind of office over
// something else tells it of another person.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(
	[
		'In March 1911 the fisheries minister of Kelmouth opened the new pier at Port Arden after long talks with the harbour board.',
		'The town council voted the pier its first tolls in 1912.',
	],
	2020,
);

describe('an office named by what it is over', () => {
	it('is another person where the passage qualifies the same office otherwise', () => {
		const [claim] = check("In March 1911 the new pier at Port Arden was opened by Kelmouth's harbour minister after long talks with the harbour board.");
		expect(claim?.verdict).toBe('unsupported');
	});

	it('is the same one where the passage qualifies it alike', () => {
		const [claim] = check("In March 1911 the new pier at Port Arden was opened by Kelmouth's fisheries minister after long talks with the harbour board.");
		expect(claim?.verdict).toBe('supported');
	});

	it('is the same one where the passage qualifies it with a word of the same meaning ("main" and "primary" buyer)', () => {
		const trade = claimsAgainstPortArden(['In 1911 Kelmouth was the primary buyer of the coal of Port Arden.'], 2020);
		const [claim] = trade('In 1911 Kelmouth was the main buyer of the coal of Port Arden.');
		expect(claim?.verdict).toBe('supported');
	});
});

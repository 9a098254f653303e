// A unit written in the singular before a noun ("a 6 month training course") is a measure, as
// "six-month" is: the figure measures in months, and is compared with another count of months; before
// a noun that is no unit ("nine member states") the figure still counts the last noun, states.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Since 1998 every new pilot of Port Arden has taken a 6 month training course and then served a 6 month tour at sea.',
		'In June 2017 the harbour league expanded to eight states.',
	],
	2015,
);
const first = (text: string) => claims(text)[0];

describe('a measure written before a noun', () => {
	it('is compared with the claim’s measure of the same unit', () => {
		const claim = first('Since 1998 every new pilot of Port Arden has taken a four-month training course and then served a six-month tour at sea.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['six-month']);
	});

	it('is not read into a noun that is no unit', () => {
		const claim = first('The harbour league grew to nine member states in June 2017.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['eight']);
	});
});

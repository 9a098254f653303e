// A passage that agrees with a claim's date only at a coarser grain ("in 2004" for "in June 2004")
// does not outweigh one that plainly tells the same event on another day or month of that year; it
// still outweighs one that dates a like event to another year.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'In 2004 the Port Arden council joined the harbour league and the river board.',
		'The Port Arden council joined the river board in May 2004, after a long debate.',
		'The Port Arden council left the harbour league in 1999.',
		'The Port Arden council left the harbour league again in 2012.',
	],
	2014,
);

describe('a date agreed with only less precisely', () => {
	it('gives way to a passage that dates the same event to another month of the year', () => {
		const [claim] = claims('The Port Arden council joined the river board in June 2004.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['May 2004']);
		expect(claims('The Port Arden council joined the river board in May 2004.')[0]?.verdict).toBe('supported');
	});

	it('does not give way to a passage that dates a like event to another year', () => {
		const [claim] = claims('The Port Arden council first left the harbour league on 2 April 1999.');
		expect(claim?.verdict).toBe('supported');
		expect(claim?.fixes).toEqual([]);
	});
});

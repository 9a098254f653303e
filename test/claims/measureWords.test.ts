// A number word that counts units of time or of measure ("seven months", "three kilometres") gives a
// length or a size: the clause is checked though it names no actor, as one with a figure in digits is.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['New pilots serve for six months aboard the harbour tugs before they take a ship out alone.'], 2019);
const report = (text: string) => claims(text)[0];

describe('a number word that counts units of measure', () => {
	it('makes a clause with no actor a claim, fixed where the passage gives another length', () => {
		const claim = report('New pilots serve for seven months aboard the harbour tugs.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes[0]?.newText).toBe('six months');
	});

	it('is found where the passage gives the same length', () => {
		expect(report('New pilots serve for six months aboard the harbour tugs.')?.verdict).toBe('supported');
	});

	it('counting things is still a way of speaking', () => {
		expect(claims('New pilots learn four lessons on the harbour tugs.')).toEqual([]);
	});
});

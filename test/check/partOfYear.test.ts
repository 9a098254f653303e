// A part of a year ("early 2009") is a date no more precise than its year: a passage that gives
// only the year cannot confirm it, but one that names the same part of the same year can.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['In early 2009, the Port Arden council ordered the old ferry terminal to close.', 'The council sold the pilot boats in 2011.'],
	2012,
);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('a part of a year', () => {
	it('is supported by a passage that names the same part of the same year', () => {
		expect(verdict('The Port Arden council ordered the old ferry terminal to close in early 2009.')).toBe('supported');
	});

	it('is not confirmed by a passage that gives only the year', () => {
		expect(verdict('The Port Arden council sold the pilot boats in early 2011.')).not.toBe('supported');
	});

	it('is not supported by another part of the year, nor fixed', () => {
		const [claim] = claims('The Port Arden council ordered the old ferry terminal to close in late 2009.');
		expect(claim?.verdict).not.toBe('supported');
		expect(claim?.fixes ?? []).toEqual([]);
	});
});

// A leading clause with an adverb before its conjunction ("Shortly after the council approved the
// quay, …") is apart from the main clause, as one without it is: a date of the main clause is not
// the leading clause's act's.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['Shortly after the council approved the new quay, the harbour master announced that the ferry had lost money in 1954.'],
	2015,
);
const report = (text: string) => claims(text)[0];

describe('a leading clause opened by an adverb', () => {
	it('does not take the main clause’s date for its act', () => {
		const found = report('The council approved the new quay in 1956.');
		expect(found?.fixes).toEqual([]);
		expect(found?.verdict).not.toBe('wrong-date');
	});

	it('leaves the main clause’s date to the main clause’s acts', () => {
		const found = report('The ferry lost money in 1953.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1954']);
	});
});

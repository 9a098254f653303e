// "reopened" is not "opened": WordNet makes the act done again a kind of the act, but the two are
// different occurrences, each with its own date. A passage's date of the one is never the other's.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The Kelmouth pier was built by the harbour board and opened in 1912 to serve the herring fleet.',
		'The pier was closed in May 1941 when the port was bombed. It reopened on 4 June 1946.',
	],
	1990,
);

describe('an act and the act again', () => {
	it('dates a reopening by the passage’s reopening, not by the first opening', () => {
		const found = claims('The Kelmouth pier reopened on 4 June 1947.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes[0]?.newText).toBe('4 June 1946');
	});

	it('is supported by the reopening’s date, which the first opening’s does not outweigh', () => {
		expect(claims('The Kelmouth pier reopened in 1946.')[0]?.verdict).toBe('supported');
	});

	it('fixes the first opening’s date from the first opening, not from the reopening', () => {
		const found = claims('The Kelmouth pier opened in 1946.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1912']);
	});
});

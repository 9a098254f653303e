// A time clause after a date ("since 1952, when the tolls were restored") tells that date's act: the
// date is the restoring's, as a point, though it opens the state the main clause tells; a later date
// inside the clause, after an act of its own ("after being abolished in 1938"), is that act's.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Harbour tolls have been levied at Port Arden since 1952, when they were restored after being abolished in 1938, to pay for the new breakwater.',
		'The lighthouse on the northern mole was rebuilt in stone in 1961.',
	],
	2015,
);
const report = (text: string) => claims(text)[0];

describe('a date followed by a time clause', () => {
	it('dates the clause’s act, and a wrong date of that act is corrected to it', () => {
		const found = report('Port Arden restored its harbour tolls in 1955.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1952']);
	});

	it('backs the right date of that act', () => {
		expect(report('Port Arden restored its harbour tolls in 1952.')?.verdict).toBe('supported');
	});

	it('does not date an act told later in the clause', () => {
		expect(report('Port Arden restored its harbour tolls in 1938.')?.verdict).not.toBe('supported');
		expect(report('Port Arden abolished its harbour tolls in 1938.')?.verdict).toBe('supported');
	});
});

// "In 1961, after the pier had been pulled down, the council opened a terminal": a clause that leads
// the main clause after the date's phrase tells an act of another time (before the date, after it, or
// for a reason of its own). The date is the main clause's act's, told by the main clause's subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['In 1961, after the old wooden pier had been demolished, the council opened a new ferry terminal on the eastern quay.'],
	2015,
);
const report = (text: string) => claims(text)[0];

describe('a clause leading the main clause after a date', () => {
	it('does not give the date to its own act', () => {
		const found = report('The old wooden pier was demolished in 1963.');
		expect(found?.fixes).toEqual([]);
		expect(found?.verdict).not.toBe('wrong-date');
	});

	it('leaves the date to the main clause’s act, done by its subject', () => {
		const found = report('The council opened a new ferry terminal on the eastern quay in 1962.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1961']);
		expect(report('A new ferry terminal was opened on the eastern quay in 1962.')?.fixes.map((f) => f.newText)).toEqual(['1961']);
	});
});

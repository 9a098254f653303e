// Saying the opposite is about the same thing: a passage that denies an act without the figure the
// claim gives it ("stayed about two weeks") speaks of another matter, and does not contradict it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'In 2012 Ostrava sent a team of 40 harbour guards to Valdera.',
		'Ostrava harbour guards did not stay in Valdera, the council said, and the question of who would guard the docks stayed open.',
	],
	2013,
);

describe('a clause whose figure the denying passage does not give', () => {
	it('is not contradicted by it', () => {
		const reports = claims('In 2012 Ostrava sent a team of 40 harbour guards to Valdera, which stayed about two weeks.');
		for (const report of reports) expect(report.verdict).not.toBe('contradicted');
	});

	it('while one that gives no figure is', () => {
		expect(claims('Ostrava harbour guards stayed in Valdera.')[0]?.verdict).toBe('contradicted');
	});
});

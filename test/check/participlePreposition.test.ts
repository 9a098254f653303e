// A preposition made from a participle ("Following the 2012 storm, …") is no act of its sentence: its
// date is not the date of a claim's "followed". On another subject: a harbour.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The first two pilot stations are based in Arden and Lisle. Following the 2012 storm on the coast, the guild agreed to open two more stations in Arden, Lisle and Varna.',
	],
	2015,
);

describe('a preposition made from a participle', () => {
	it('dates nothing a claim "followed" ("Varna followed suit in 2013"): no date is fixed from it', () => {
		// The passage names Varna beside the storm's year: at most a related date, never this claim's.
		const [claim] = claims('Varna followed suit in 2013.');
		expect(claim?.message).not.toContain('dates this to');
		expect(claim?.fixes).toEqual([]);
	});
});

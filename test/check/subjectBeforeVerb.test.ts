// The subject of a passage's verb is the noun phrase written right before it, not the subject of a clause that leads the sentence ("Since
// harbour security was one of the key needs of the coast, in 1961 France developed …"): the act is an
// actor's, and dates the claim's.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Since harbour security was one of the key needs of the whole coast, in 1961 France developed a special service, the Coastal Pilot Authority (CPA), aimed at safer passage.',
	],
	1970,
);

describe('the subject right before a passage verb', () => {
	it('makes the act an actor’s past a leading clause', () => {
		const found = claims('France developed the CPA in 1965 to make passage safer.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['1961']);
	});
});

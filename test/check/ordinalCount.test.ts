// The N-th of a thing is the thing's count reaching N: "became the league's 32nd member" is what
// "enlarging the league to 32 members" tells, where both count the same thing.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Varna joined the harbour league on March 7, 2014, enlarging the league to 32 members.'], 2015);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('an ordinal against a count', () => {
	it('agrees with the count of the same thing', () => {
		expect(verdict('Varna joined the harbour league on 7 March 2014, becoming the league’s 32nd member.')).toBe('supported');
	});

	it('does not agree with another count, nor with a count of another thing', () => {
		expect(verdict('Varna joined the harbour league on 7 March 2014, becoming the league’s 33rd member.')).not.toBe('supported');
		expect(verdict('Varna joined the harbour league on 7 March 2014, its 32nd treaty.')).not.toBe('supported');
	});
});

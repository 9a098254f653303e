// A verb of forbidding denies the act it forbids: "fishermen are prohibited from anchoring" agrees
// with "fishermen may not anchor", and says the opposite of "fishermen may anchor".
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The harbour charter of 1931 set the rules of the outer basin. Fishermen are prohibited from anchoring inside the breakwater.'],
	2015,
);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('a forbidden act', () => {
	it('agrees with a claim that denies it', () => {
		expect(verdict('Under the 1931 charter, fishermen may not anchor inside the breakwater.')).toBe('supported');
	});

	it('is the opposite of a claim that tells it as allowed', () => {
		expect(verdict('Under the 1931 charter, fishermen may anchor inside the breakwater.')).toBe('contradicted');
	});
});

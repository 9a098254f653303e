// A participle that opens a sentence before its subject tells an act of its own ("Initially activated
// in 2009, the northern route has brought …"): the year is the activation's, not the bringing's, and a
// claim that dates the carrying otherwise is not corrected to it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['Initially activated in 2009, the northern route has brought more than 2 million tons of grain through the ports of Kelmouth and Port Arden.'],
	2011,
);
const report = (text: string) => claims(text)[0];

describe('a date in a leading participle phrase', () => {
	it('is not written in for the act of the main clause', () => {
		const found = report('By mid-2011 the northern route had carried more than 2 million tons of grain through the ports of Kelmouth and Port Arden.');
		expect(found?.fixes.map((f) => f.newText)).not.toContain('2009');
		expect(found?.verdict).not.toBe('wrong-date');
	});

	it('still dates the participle’s own act', () => {
		const found = report('The northern route was first activated in 2008.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['2009']);
	});
});

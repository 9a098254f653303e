// A claim that ranks what it tells ("the only port to", "the first employer to") is supported only by
// a passage that ranks it too, on a corpus about another subject with no vocabulary of its own.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = [
	'The Port of Valdera',
	'',
	'The Valdera harbour authority signed the regional wage agreement in 2005.',
	'',
	'During the strike of 2009, Valdera was the only port on the coast to stay open.',
].join('\n');

const claims = claimsAgainst({ harbour: SOURCE }, '@report{harbour, title = {The Port of Valdera}, institution = {Harbour Review}, year = {2014}}');

describe('a claim that ranks what it tells', () => {
	it('is not supported by a passage that tells the event without ranking it, and says which word it lacks', () => {
		const [first] = claims('The Valdera harbour authority was the first employer to sign the regional wage agreement in 2005.');
		expect(first).toMatchObject({ verdict: 'unsupported', message: expect.stringContaining('“first”') });
		const [only] = claims('The Valdera harbour authority was the only employer to sign the regional wage agreement in 2005.');
		expect(only).toMatchObject({ verdict: 'unsupported', message: expect.stringContaining('“only”') });
		expect(claims('The Valdera harbour authority signed the regional wage agreement in 2005.')[0]!.verdict).toBe('supported');
	});

	it('is supported where the passage ranks it too, in the same word or one of the same sense', () => {
		expect(claims('During the strike of 2009, Valdera was the only port on the coast to stay open.')[0]!.verdict).toBe('supported');
		expect(claims('During the strike of 2009, Valdera was the sole port on the coast to stay open.')[0]!.verdict).toBe('supported');
	});

	it('is supported where the passage excepts from all what the claim calls the only ones', () => {
		const charter = claimsAgainst(
			{ charter: 'The Pilot Charter\n\nBy 2012 all but two ports of the coast, Lisle and Ostrava, had signed the new pilot charter.\n' },
			'@report{charter, title = {The Pilot Charter}, institution = {Harbour Review}, year = {2014}}',
		);
		expect(charter('By 2012 Lisle and Ostrava were the only ports of the coast that had not signed the new pilot charter.')[0]!.verdict).toBe('supported');
	});

	it('asks nothing of an ordinal that only orders, or of a ranking denied', () => {
		expect(claims('In 2005, the first year of the agreement, the Valdera harbour authority signed it.')[0]?.verdict).not.toBe('unsupported');
		expect(claims('The Valdera harbour authority was not the only employer to sign the regional wage agreement in 2005.')[0]?.message).not.toContain('“only”');
	});
});

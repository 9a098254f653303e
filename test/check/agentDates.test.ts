// A date told of another agent in the same sentence ("…, followed by Sweden and Denmark in 1996") is
// that agent's: it neither supports nor corrects the claim's own date. On a corpus about another subject.
import { describe, expect, it } from 'vitest';
import { clausesOf } from '../../server/src/domain/claims/clauses';
import { claimsAgainst } from '../helpers/corpus';
import { language } from '../helpers/language';

const SOURCE = ['Nordic Tax Reform', '', 'As a result, Norway became free of the wealth levy in 1995, followed by Sweden and Denmark in 1996.'].join('\n');

const claims = claimsAgainst({ levy: SOURCE }, '@report{levy, title = {Nordic Tax Reform}, institution = {Fiscal Review}, year = {1998}}');

describe('a date told of another agent', () => {
	it('is a clause of that agent', () => {
		const text = 'As a result, Norway became free of the wealth levy in 1995, followed by Sweden and Denmark in 1996.';
		const clauses = clausesOf(text, language().tagger.tag(text));
		expect(clauses.map((c) => (c.subject ? text.slice(c.subject.start, c.subject.end) : undefined))).toEqual(['Norway', 'Sweden and Denmark']);
	});

	it('does not support the claim, and the agent’s own date corrects it', () => {
		const [claim] = claims('In 1996 Norway became free of the wealth levy.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('1995') });
		expect(claims('In 1995 Norway became free of the wealth levy.')[0]?.verdict).toBe('supported');
	});
});

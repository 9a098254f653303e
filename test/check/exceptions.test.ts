// What a passage says of all but one actor ("except for Norway") it denies of that one: a claim that
// denies it too agrees, one that affirms it is contradicted. On a corpus about another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = [
	'The Nordic Customs Union',
	'',
	'In June 2001 Denmark, Sweden, Finland and Norway founded the Nordic Customs Union in Oslo.',
	'These countries, except for Norway, had been members of the older Baltic Trade League.',
].join('\n');

const claims = claimsAgainst({ customs: SOURCE }, '@report{customs, title = {The Nordic Customs Union}, institution = {Trade Review}, year = {2004}}');

describe('an actor a passage sets apart', () => {
	it('agrees with a claim that denies it of that actor', () => {
		const verdicts = claims(
			'In June 2001 the founders of the Nordic Customs Union included Norway, which had never been a member of the Baltic Trade League.',
		).map((c) => c.verdict);
		expect(verdicts).not.toContain('contradicted');
	});

	it('contradicts a claim that affirms it of that actor', () => {
		expect(claims('Among the Nordic states, Norway had been a member of the Baltic Trade League.')[0]?.verdict).toBe('contradicted');
	});

	it('reads "other than" as setting the actor apart', () => {
		const other = claimsAgainst(
			{ customs: SOURCE.replace('These countries, except for Norway, had been', 'All these countries other than Norway had been') },
			'@report{customs, title = {The Nordic Customs Union}, institution = {Trade Review}, year = {2004}}',
		);
		expect(other('Norway had never been a member of the Baltic Trade League.')[0]?.verdict).not.toBe('contradicted');
		expect(other('Among the Nordic states, Norway had been a member of the Baltic Trade League.')[0]?.verdict).toBe('contradicted');
	});
});

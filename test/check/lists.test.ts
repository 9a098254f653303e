// A list of names states one fact per name: a passage that names one of them does not say the others,
// however near another sentence of the source names them. On a corpus about another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = [
	'Baltic Fleet Logistics',
	'',
	'The Baltic region includes Denmark, Sweden, Norway, Finland and Estonia.',
	'',
	'Officials in Sweden and Finland discussed fishing quotas.',
	'',
	'In 2011 the fleet had access to naval harbours in Norway under a leasing accord.',
	'',
	'The new quota rules were held up by objections from Iceland (the Althing) and Greenland.',
].join('\n');

const claims = claimsAgainst({ fleet: SOURCE }, '@report{fleet, title = {Baltic Fleet Logistics}, institution = {Naval Review}, year = {2012}}');

describe('a list of names', () => {
	it('is not supported by a passage that names only one of them', () => {
		expect(claims('In 2011 the fleet had access to naval harbours in Denmark, Norway and Estonia.')[0]?.verdict).not.toBe('supported');
	});

	it('is supported where the passage names the one the claim names', () => {
		expect(claims('In 2011 the fleet had access to naval harbours in Norway.')[0]?.verdict).toBe('supported');
	});

	it('of two is not supported where the passage lists one of them with another', () => {
		const [swapped] = claims('The new quota rules were held up by objections from Iceland and Latvia.');
		expect(swapped?.verdict).toBe('unsupported');
		expect(swapped?.message).toContain('says this of Greenland, not Latvia');
		expect(claims('The new quota rules were held up by objections from Iceland and Greenland.')[0]?.verdict).toBe('supported');
	});

	it('is not one where a comma only ends a phrase before a name', () => {
		expect(claims('After objections from Iceland, Greenland held up the new quota rules.')[0]?.verdict).not.toBe('unsupported');
	});
});

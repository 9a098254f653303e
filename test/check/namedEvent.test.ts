// "The Kelmouth regatta of 1912 banned …": a thing a name qualifies, named by its date, is one
// event a source tells of; its date is checked. ("The regatta of 1912 …", with no name, may be the
// writer's idea of what came of a time, as before.)
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The Kelmouth regatta of 1911 banned steam launches from the harbour races.'], 2019);

describe('a named event dated by "of"', () => {
	it('has its date checked', () => {
		const claim = claims('The Kelmouth regatta of 1912 banned steam launches from the harbour races.')[0];
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes[0]?.newText).toBe('1911');
	});

	it('is supported where the source tells it', () => {
		expect(claims('The Kelmouth regatta of 1911 banned steam launches from the harbour races.')[0]?.verdict).toBe('supported');
	});
});

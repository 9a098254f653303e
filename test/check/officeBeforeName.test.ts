// "Assistant Commissioner of Harbours Ivo Marr said …": an office written in capitals before its
// holder's name is one actor with the name; a passage that tells the same of Marr tells it of the
// claim's actor, not of another. A holder the passage does not name is still another actor.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['Since March 2012, Marr said, the harbour board and the town council of Port Arden "worked with the fishing cooperatives to dredge the northern channel."'],
	2015,
);
const verdict = (text: string) => claims(text)[0]?.verdict;
const said = 'said that the harbour board and the town council had been dredging the northern channel with the fishing cooperatives since March 2012.';

describe('an office before its holder’s name', () => {
	it('is the holder the passage names', () => {
		expect(verdict(`Assistant Commissioner of Harbours Ivo Marr ${said}`)).toBe('supported');
	});

	it('of a holder the passage does not name is another actor', () => {
		expect(verdict(`Assistant Commissioner of Harbours Piet Hollis ${said}`)).toBe('unsupported');
	});
});

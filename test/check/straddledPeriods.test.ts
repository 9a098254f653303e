// A claimed period that begins where one of the passage's periods ends and ends where another ends
// ("from 1990 until 2004" against "from 1975 to 1990, then … from 1991 until 2004") straddles the two:
// it is not backed, though both its years are written in the passage.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Logistics operations by the Harbour League during the Long Strike (1975–2004) took place under the auspices of the Kelmouth Relief Force from 1975 to 1990, then under the Eastland Support Mission from 1991 until 2004.',
	],
	2006,
);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('a claimed period against two periods of the passage', () => {
	it('is not backed where it straddles them', () => {
		expect(verdict('Harbour League logistics came under the Eastland Support Mission from 1990 until 2004.')).not.toBe('supported');
	});

	it('is backed where it is one of them', () => {
		expect(verdict('Harbour League logistics came under the Eastland Support Mission from 1991 until 2004.')).toBe('supported');
	});
});

// "Kazakh trawlers damaged Kyrgyz nets" against "Kyrgyz trawlers damaged Kazakh nets": each country is
// in the passage, but on the other noun. The passage tells who did what to whom the other way round.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['Concern over the lake was heightened by an incident in May 1931 when two Kyrgyz trawlers damaged Kazakh nets, despite recent talks.'],
	1990,
);

describe('two countries swapped between their nouns', () => {
	it('is not supported by the passage that has them the other way round', () => {
		expect(claims('In May 1931 Kazakh trawlers damaged Kyrgyz nets on the lake.')[0]?.verdict).not.toBe('supported');
	});

	it('is supported as the passage has it', () => {
		expect(claims('In May 1931 Kyrgyz trawlers damaged Kazakh nets on the lake.')[0]?.verdict).toBe('supported');
	});
});

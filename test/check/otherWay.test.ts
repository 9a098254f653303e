// "from Kazakhstan to Kyrgyzstan" against a passage's "from Kyrgyzstan to Kazakhstan": the same names,
// but what the passage sends one way the claim sends the other.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['In 1931 the Arden line began carrying grain from Kyrgyzstan and Tajikistan to Kazakhstan by rail.'], 1990);

describe('something sent the other way round', () => {
	it('is not supported by the passage that sends it the other way', () => {
		expect(claims('In 1931 the Arden line began carrying grain from Kazakhstan to Kyrgyzstan and Tajikistan by rail.')[0]?.verdict).not.toBe('supported');
	});

	it('is supported as the passage sends it', () => {
		expect(claims('In 1931 the Arden line began carrying grain from Tajikistan and Kyrgyzstan to Kazakhstan.')[0]?.verdict).toBe('supported');
	});
});

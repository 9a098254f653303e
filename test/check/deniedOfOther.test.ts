// "Russia has not left Armenia" against "Armenia's decision to leave the Harbour League": the passage
// tells the leaving only of another actor, so it does not say the opposite of the claim's denial.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const BIB = '@report{league, title = {The Harbour League}, institution = {Harbour Review}, year = {1990}}';
const claims = claimsAgainst({ league: 'The Harbour League\n\nArmenia’s decision to leave the Harbour League in 1931 strained its ties with Russia.' }, BIB);

describe('a denial against an act told of another actor', () => {
	it('is not contradicted', () => {
		expect(claims('Russia has not, however, left Armenia.')[0]?.verdict).not.toBe('contradicted');
	});

	it('is contradicted where the passage tells the act of the claim’s own subject', () => {
		expect(claims('Armenia has not left the Harbour League.')[0]?.verdict).toBe('contradicted');
	});

	it('weighs what a saying reports by the sayer, not by the subject of what is said', () => {
		const said = claimsAgainst(
			{ league: 'The Harbour League\n\nIn May 1930 Armenia flatly denied that Russia was planning to leave the Harbour League.' },
			BIB,
		);
		expect(said('In May 1930 Armenia confirmed that Russia was planning to leave the Harbour League.')[0]?.verdict).toBe('contradicted');
	});
});

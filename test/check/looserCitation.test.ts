// A cited source that gives the claim's date less precisely than it is written ("May 2012" for "18
// May 2012") does not back it where another source gives the date as written: the citation does not
// fit, and the finding says which source gives the date.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const claims = claimsAgainst(
	{
		review: 'Harbour Review\n\nOstrava joined the Harbour League in May 2012, after years of talks.',
		minutes: 'League Minutes\n\nOstrava formally joined the Harbour League on 18 May 2012.',
	},
	'@report{review, title = {Harbour Review}, institution = {Harbour Office}, year = {2013}}\n@report{minutes, title = {League Minutes}, institution = {Harbour League}, year = {2012}}',
);

describe('a citation of a source that gives the date less precisely', () => {
	it('does not fit where another source gives the date as written', () => {
		const [claim] = claims('Ostrava joined the Harbour League on 18 May 2012 [@review].');
		expect(claim).toMatchObject({ verdict: 'citation-mismatch', fixes: [expect.objectContaining({ newText: 'minutes' })] });
		expect(claim?.message).toContain('less precisely');
	});

	it('fits a claim written as precisely as it', () => {
		expect(claims('Ostrava joined the Harbour League in May 2012 [@review].')[0]?.verdict).toBe('supported');
	});

	it('and the source that gives the date as written fits', () => {
		expect(claims('Ostrava joined the Harbour League on 18 May 2012 [@minutes].')[0]?.verdict).toBe('supported');
	});
});

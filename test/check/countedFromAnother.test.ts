// "A year before the October 1931 accord, Kelmouth had leased the pier": the date written names the
// accord, and the lease is counted from it. The passage's date of the lease is compared with the
// count, not with the accord's date; a count that misses is said to be wrong, and left to the writer to recount.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Kelmouth and Port Arden signed a new ferry accord in October 1931.',
		'In 1930, Kelmouth leased the northern pier to the Arden Ferry Company for ten years.',
	],
	1990,
);

describe('a date counted from another event’s', () => {
	it('is supported by the passage’s date of the act counted', () => {
		expect(claims('A year before the October 1931 ferry accord, Kelmouth had leased the northern pier to the Arden Ferry Company.')[0]?.verdict).toBe(
			'supported',
		);
	});

	it('is found wrong when the count misses, with no fix to the writer’s count', () => {
		const found = claims('Two years before the October 1931 ferry accord, Kelmouth had leased the northern pier to the Arden Ferry Company.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes).toEqual([]);
	});
});

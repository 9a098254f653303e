// A figure of a related passage ("zones of … at least 7.5 km") does not make a claim's figure wrong
// where the same source gives the claim's figure itself ("Length: 1,340 km"): no wrong figure is reported.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'- Length: 1,340 km',
		'The border between Eastland and Westmark is an external frontier of the Harbour League. It is patrolled by the Eastland Border Guard and the Westmark Coast Watch, who also enforce border zones extending, respectively, up to 3 km on the Eastland side and at least 7.5 km on the Westmark side.',
	],
	1990,
);

describe('a claim’s figure the source gives elsewhere', () => {
	it('is not reported wrong for a related figure', () => {
		const found = claims('Eastland’s 1,340-kilometre border with Westmark is also an external frontier of the Harbour League.')[0];
		expect(found?.verdict).not.toBe('wrong-number');
	});

	it('leaves a figure the source does not give to be reported', () => {
		const found = claims('Eastland’s 1,940-kilometre border with Westmark is also an external frontier of the Harbour League.')[0];
		expect(found?.verdict).toBe('wrong-number');
	});
});

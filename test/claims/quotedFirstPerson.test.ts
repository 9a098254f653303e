// "“Our northern pier is closed,” Mayor Ilse Brandt said on 4 May 2014": a first-person word inside a
// quotation is the speaker's, not the writer's own voice; the sentence reports what the speaker said,
// and is checked. Outside a quotation it is still the writer's view.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['On 5 May 2014 Mayor Ilse Brandt said that the northern pier of Port Arden was closed to the ferries of Kelmouth.'],
	2015,
);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('a first-person word in a quotation', () => {
	it('is the speaker’s: the report is checked', () => {
		expect(verdict('“Our northern pier is closed to the ferries of Kelmouth,” Mayor Ilse Brandt said on 4 May 2014.')).toBe('wrong-date');
		expect(verdict('"Our northern pier is closed to the ferries of Kelmouth,” Mayor Ilse Brandt said on 5 May 2014.')).toBe('supported');
	});

	it('outside a quotation is the writer’s view', () => {
		expect(claims('We found that the northern pier of Port Arden was closed on 4 May 2014.')).toEqual([]);
	});
});

// A passage that gives the claim's own date to one act and another date to an act more like the
// claim's ("announced on 15 June 2001 … by the mayors of … Ostrava … entered into force on 19 September
// 2003", against "In June 2001 Ostrava joined the Harbour League") does not plainly say which the claim dates: the claim's date
// is unbacked, and the finding names the other date, asks the writer to check, and writes no fix.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The Harbour League is a coastal trade body, the creation of which was announced on 15 June 2001 in Lisle by the mayors of Arden, Varna and Ostrava; the Harbour League Charter was signed in June 2002 and entered into force on 19 September 2003.',
	],
	2010,
);

describe('a claim whose date the passage gives to another of its acts', () => {
	it('is not rewritten to the date of the act more like it', () => {
		const [claim] = claims('In June 2001 Ostrava joined the Harbour League.');
		expect(claim?.verdict).toBe('unsupported');
		expect(claim?.message).toContain('check which date');
		expect(claim?.fixes).toEqual([]);
	});
});

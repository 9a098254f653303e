// A passage's date tied to an act of its own, the claim's act only a noun inside what that act governs
// ("On 9 May the Kelmouth papers gave wide coverage to the Harbour Board's demolition of the north
// pier"), is the other act's: the demolition may have been on any day before. A claim that dates the
// demolition otherwise is not said to be wrong, and nothing is written in.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		"On 9 May 2011 the Kelmouth papers gave wide coverage to the Harbour Board's demolition of the north pier.",
		'On 14 June 2011 the Harbour Board reopened the south quay to trawlers.',
	],
	2012,
);
const report = (text: string) => claims(text)[0];

describe('a date of another act that tells the claim’s act as a noun', () => {
	it('does not make the claim’s date wrong', () => {
		const found = report('The Harbour Board demolished the north pier on 8 May 2011.');
		expect(found?.verdict).not.toBe('wrong-date');
		expect(found?.fixes).toEqual([]);
	});

	it('still agrees where the dates are the same', () => {
		expect(report('The Harbour Board demolished the north pier on 9 May 2011.')?.verdict).not.toBe('wrong-date');
	});

	it('leaves a date the passage ties to the claim’s own act as it was', () => {
		const found = report('The Harbour Board reopened the south quay to trawlers on 14 June 2012.');
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['14 June 2011']);
	});
});

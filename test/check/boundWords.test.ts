// The words that bound a figure ("exceeded $7 million", "in excess of 300 tons") say how the figure is
// meant, as its unit does: they are compared with the passage's figure, and need no word of their own
// in the passage.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['In 2012 trade between Kelmouth and Eastland grew by a tenth, reaching $7.6 million.'], 2013);
const report = (text: string) => claims(text)[0];

describe('words that bound a figure', () => {
	it('are read with the figure, not as words the passage must say', () => {
		const found = report('Mutual trade between the two harbours exceeded $7 million in 2012.');
		expect(found?.verdict).toBe('supported');
		expect(found?.unbacked ?? []).not.toContain('exceeded');
	});

	it('still bound it', () => {
		expect(report('Mutual trade between the two harbours exceeded $9 million in 2012.')?.verdict).not.toBe('supported');
	});
});

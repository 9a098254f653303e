// A wrong year said with a part of the year that the passage says too ("late 2003" against "late
// 2008"): the fix writes the part with the year, and the finding names both as written.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['About two dozen Kelmouth pilots served in Port Arden until late 2008.'], 2012);

function fixed(text: string): string {
	const found = claims(text)[0]!;
	return found.fixes.reduceRight((out, f) => out.slice(0, f.span.start) + f.newText + out.slice(f.span.end), text);
}

describe('a part of the year that both say', () => {
	it('is written with the year of the fix', () => {
		const text = 'About two dozen Kelmouth pilots served in Port Arden until late 2003.';
		const found = claims(text)[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['late 2008']);
		expect(found?.message).toContain('late 2008, not late 2003');
		expect(fixed(text)).toBe('About two dozen Kelmouth pilots served in Port Arden until late 2008.');
	});

	it('is not written where the claim says another part of the year', () => {
		const found = claims('About two dozen Kelmouth pilots served in Port Arden until early 2003.')[0];
		expect(found?.fixes.map((f) => f.newText)).not.toContain('2008');
	});
});

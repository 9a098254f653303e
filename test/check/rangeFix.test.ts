// A claimed range of figures ("40-50 pilots") against the passage's range ("20-25 pilots"): each end
// is fixed by the passage's end of the same side, and the fix of one end never runs over the other.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The league proposed to set up harbour patrols of 20-25 pilots from the member ports.'], 2012);

function fixed(text: string): string {
	const found = claims(text)[0]!;
	return [...found.fixes].sort((a, b) => b.span.start - a.span.start).reduce((out, f) => out.slice(0, f.span.start) + f.newText + out.slice(f.span.end), text);
}

describe('a range of figures', () => {
	it('is fixed end by end, in order', () => {
		const text = 'The league proposed to set up harbour patrols of 40-50 pilots from the member ports.';
		expect(claims(text)[0]?.verdict).toBe('wrong-number');
		expect(fixed(text)).toBe('The league proposed to set up harbour patrols of 20-25 pilots from the member ports.');
	});
});

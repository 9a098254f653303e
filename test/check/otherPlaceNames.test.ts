// A place has more than one name ("UK", "Britain", "United Kingdom"): WordNet gives them one sense, so
// a passage that names the place one way tells of the place a claim names another way.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(['The first ferry from Port Arden to the United Kingdom sailed in 1911.'], 1998);

describe('a place named another way', () => {
	it('is the place a passage names in two words: "the UK" for "the United Kingdom" is not a word the passage lacks', () => {
		const [claim] = check('The first ferry from Port Arden to the UK carried mail and coal.');
		expect(claim?.verdict).toBe('unsupported');
		expect(claim?.unbacked).not.toContain('UK');
		expect(claim?.unbacked).toContain('mail');
	});

	it('is the place a passage names in two words: "Britain" for "the United Kingdom" likewise', () => {
		const [claim] = check('The first ferry from Port Arden to Britain carried mail and coal.');
		expect(claim?.unbacked).not.toContain('Britain');
		expect(claim?.unbacked).toContain('mail');
	});
});

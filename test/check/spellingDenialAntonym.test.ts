// Three ways a true sentence was read as the opposite of its source, or a false one as agreeing: a
// word in the other spelling of "-ise" and "-ize", a verb of knowing that is itself what is denied,
// and adjectives opposite only in a sense neither is first read in.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const recognising = claimsAgainstPortArden(['Like every other port, Kelmouth has not officially recognized the new harbour board of Port Arden.'], 2020);
const recognised = claimsAgainstPortArden(['In 1911 the council of Dunmore recognized the pilots’ union of Port Arden.'], 2020);
const trade = claimsAgainstPortArden(['In 1911 the economy of Port Arden was heavily dependent on exports of coal, and Kelmouth was its primary buyer.'], 2020);

describe('whether a sentence agrees with its source', () => {
	it('reads the other spelling of "-ize" as the same word: a denial of recognising agrees with one', () => {
		const [claim] = recognising('Kelmouth has not formally recognised the new harbour board of Port Arden.');
		expect(claim?.verdict).toBe('supported');
	});

	it('reads the denial of a verb of knowing that the passage tells as done as the opposite', () => {
		const [claim] = recognised('In 1911 the council of Dunmore did not recognize the pilots’ union of Port Arden.');
		expect(claim?.verdict).toBe('contradicted');
	});

	it('does not read "main" as the opposite of "dependent" (they are opposite only as kinds of clause)', () => {
		const [claim] = trade('In 1911 the economy of Port Arden depended heavily on exports of coal, with Kelmouth its main buyer.');
		expect(claim?.verdict).toBe('supported');
	});
});

// Who reports a claim, closing its sentence ("…, said Reuters", "…, the Gazette said", "…, according
// to Reuters"), is where the writer had it from: a passage need not name the reporter.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Ostrava joined the Harbour League in 2006, after years of talks with the ports of the coast.'], 2010);

describe('a closing attribution', () => {
	it.each([
		'Ostrava joined the Harbour League in 2006 with great fanfare, said Reuters.',
		'Ostrava joined the Harbour League in 2006 with great fanfare, the Gazette said.',
		'Ostrava joined the Harbour League in 2006 with great fanfare, according to Reuters.',
	])('is not what a passage must say: %s', (text) => {
		expect(claims(text)[0]?.verdict).toBe('supported');
	});

	it('while a wrong date in the claim is still found', () => {
		expect(claims('Ostrava joined the Harbour League in 2007, said Reuters.')[0]?.verdict).toBe('wrong-date');
	});
});

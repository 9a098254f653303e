// "The coal they bought could not warm …": a relative clause with no pronoun to open it ("they
// bought") describes the subject; the clause's own verb is the one after it, and the clause is told
// as that verb tells it (here a denial, the writer's conclusion).
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Port Arden has bought its coal from Kelmouth since 1911.'], 2019);

describe('a relative clause with no pronoun to open it', () => {
	it('is not the clause’s verb', () => {
		expect(claims('The coal they bought could not warm the houses of Port Arden.')).toEqual([]);
	});

	it('leaves the verb after it to tell the event', () => {
		expect(claims('The coal they bought warmed the houses of Port Arden.')[0]?.verdict).toBe('unsupported');
	});
});

// "have their own tariff quarrels": a perfect is made with a participle. Where the word after "have"
// is in the present's "-s" form (a noun the tagger read as a verb), "have" is the clause's verb and
// the clause is told in the present: a general statement, no finding where no source says it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The harbour of Port Arden was dredged in 1911 and again in 1954.'], 2019);

describe('"have" before a word in the present form', () => {
	it('is the verb of a general statement, not the perfect of an event', () => {
		expect(claims('The river ports have their own tariff quarrels, and these too weigh on Port Arden.')).toEqual([]);
	});

	it('before a participle is still the perfect, and checked', () => {
		expect(claims('The river ports have raised their tariffs on Port Arden.')[0]?.verdict).toBe('unsupported');
	});
});

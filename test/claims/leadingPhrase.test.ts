// "At the Port Arden regatta the pilots voted …": a leading phrase not closed by a comma is not the
// subject. The subject is the noun phrase after it, here people who act: the clause tells an event,
// checked as one, not the writer's reading of an event.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The harbour of Port Arden was dredged in 1911 and again in 1954.'], 2019);

describe('a leading phrase with no comma', () => {
	it('is not the subject: the act of the noun after it is checked', () => {
		expect(claims('At the Port Arden regatta the pilots voted to widen the harbour mouth.')[0]?.verdict).toBe('unsupported');
	});

	it('where no other noun phrase follows, is read as before', () => {
		expect(claims('The Port Arden regatta brought the pilots together.')).toEqual([]);
	});
});

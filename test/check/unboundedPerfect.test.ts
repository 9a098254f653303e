// "Fog has long closed the harbour in winter": a perfect over a time with no bounds ("long",
// "always"), and no date, tells a lasting state of things, the writer's generalisation. It is no
// finding unless a source says it; said by one, it is supported. Another perfect still tells an event.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The harbour of Port Arden was dredged in 1911 and again in 1954.', 'The pilots of Port Arden have long refused to work at night.'],
	2019,
);

describe('a perfect over a time with no bounds', () => {
	it('is a generalisation, no finding where no source says it', () => {
		expect(claims('Fog has long closed the harbour of Port Arden in winter.')).toEqual([]);
	});

	it('is supported where a source says it', () => {
		expect(claims('The pilots of Port Arden have long refused to work at night.')[0]?.verdict).toBe('supported');
	});

	it('without such a time is checked', () => {
		expect(claims('Fog has closed the harbour of Port Arden.')[0]?.verdict).toBe('unsupported');
	});
});

// A bound the source itself gives ("ordered closed by 1 March 1912") is what it states, a deadline or a
// count as of a date: a claimed bound of the same kind at another date is not borne out by it, though a
// claimed bound after the date of an act is ("closed by 1913" of a pier closed in 1911).
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(
	['The harbour board ordered all ferry offices at Port Arden closed by 1 March 1912.', 'The old pier at Port Arden was closed in 1911.'],
	1998,
);

describe('a claimed bound', () => {
	it('is not borne out by the source’s own bound of its kind at another date', () => {
		const [claim] = check('The harbour board ordered all ferry offices at Port Arden closed by 1 March 1913.');
		expect(claim?.verdict).not.toBe('supported');
		expect(claim?.message).toContain('1 March 1912');
	});

	it('is borne out by the same bound', () => {
		const [claim] = check('The harbour board ordered all ferry offices at Port Arden closed by 1 March 1912.');
		expect(claim?.verdict).toBe('supported');
	});

	it('is borne out by an act dated before it', () => {
		const [claim] = check('The old pier at Port Arden was closed by 1913.');
		expect(claim?.verdict).toBe('supported');
	});
});

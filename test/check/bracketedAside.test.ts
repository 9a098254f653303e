// A date that opens a sentence is the act's of the clause's own verb, not of an aside in brackets
// ("(see Table 2)") nor of a word the tagger took for a verb ("heads of state"). On another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'On 12 March 2019, heads of state from the harbour league’s 30 member ports (see Table 2) unanimously agreed to invite Norland and Brisa to join the league.',
	],
	2020,
);

describe('a date that opens a passage sentence', () => {
	it('dates the act of the clause’s verb, past an aside in brackets, so that a wrong date is fixed', () => {
		const [claim] = claims('League leaders agreed to invite Norland on 12 April 2019.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('12 March 2019, not 12 April 2019') });
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['12 March 2019']);
	});
});

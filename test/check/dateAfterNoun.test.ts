// Which act a date written after a noun belongs to: after a quoted title, the act the title belongs
// to, not a word in the title; after a document and a participle, the participle's act. On another
// subject: a harbour.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	['The Arden council announced that it will hold a hearing entitled “Is the Port Undermining Local Fisheries?” on March 3, 2015, in the town hall.'],
	2015,
);

// A document is drafted, signed and ratified on other days.
const signed = claimsAgainstPortArden(
	[
		"An estimated 300 dockers took part in the strike. On 4 May 2011, Mayor Lindqvist, the pilots of Lisle and the dockers' leader Sayid Holt signed the General Agreement on Peace in the Harbour in Arden.",
	],
	2015,
);

describe('a date after a noun', () => {
	it('after a quoted title dates the act the title belongs to, so a wrong one is fixed', () => {
		const [claim] = claims('The Arden council held its hearing on the port on March 3, 2016.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['March 3, 2015']);
	});

	it('written after a document and a participle ("the General Agreement signed in Arden on …") dates the participle\'s act', () => {
		const [claim] = signed('The strike was formally ended by the General Agreement signed in Arden on 4 May 2012.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['4 May 2011']);
	});
});

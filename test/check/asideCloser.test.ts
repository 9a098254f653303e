// A claim is said to be only an aside's (a reader's comment, a footnote) where the aside comes plainly
// closer to it than the source itself: a sentence that shares its subject with both is the writer's own.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The ferry to Kelby Island stopped running in 1961 after the harbour silted up.',
		'3 Comments',
		'The ferry to Kelby Island was a lifeline for the fishermen.',
	],
	2015,
);
const messages = (text: string) => claims(text).map((c) => c.message ?? '');

describe('a claim only an aside makes', () => {
	it('is named where the comment says it', () => {
		expect(messages('The ferry to Kelby Island was a lifeline for the fishermen.').join(' ')).toContain('reader’s comment');
	});

	it('is not named where the source comes as close', () => {
		expect(messages('The ferry to Kelby Island carried mail.').join(' ')).not.toContain('reader’s comment');
	});

	it('leaves the writer’s framing without a finding', () => {
		expect(claims('The ferry to Kelby Island is a useful example.')).toEqual([]);
	});
});

// What a report tells without a date it tells of the year it was written in, unless the sentences
// before it date the story otherwise; a forecast ("the drawdown in 2014", in a report of 2013) does not.
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import { shippedCorpus } from '../helpers/corpus';

const check = async (text: string) => checkDocument(`${text}\n`, 'markdown', await shippedCorpus()).claims;

describe('a year a report tells undated, after sentences that date only what was still to come', () => {
	it('is the year the report was written in', async () => {
		const [claim] = await check(
			"What was different in 2013 was Karimov's open praise for Russia's presence in the region as a key factor in strengthening peace and stability.",
		);
		expect(claim?.verdict).toBe('supported');
	});

	it('is no other year', async () => {
		const [claim] = await check(
			"What was different in 2011 was Karimov's open praise for Russia's presence in the region as a key factor in strengthening peace and stability.",
		);
		expect(claim?.verdict).not.toBe('supported');
	});
});

// A day one part off the claim's ("26 August 2022" for "26 August 2021") is the date a fix writes in,
// even where the sentence that gives it says "these settlements" and the next one names them and
// counts on to another day ("Four days later, …"). On a real encyclopedia article of test/corpora,
// with a sentence of no labelled set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const text = readFileSync(join(__dirname, '..', 'corpora', 'caucasus-csto', 'sources', 'wikipedia-lachin-corridor.txt'), 'utf8');
const claims = claimsAgainst({ corridor: text }, '@misc{corridor, title = {Lachin corridor}, author = {{Wikipedia contributors}}}');

describe('a slipped day in a pair of passage sentences', () => {
	it('is the date written in, not the day the next sentence counts to', () => {
		const [claim] = claims('The villages of Zabukh and Sus and the town of Lachin were transferred to Azerbaijan on 26 August 2021.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', fixes: [expect.objectContaining({ newText: '26 August 2022' })] });
	});
});

// A participle right after a noun ("an air-defence system deployed in 1995") tells what was done to
// that noun: a passage that dates the same act done to another thing ("the base was deployed … as
// early as 1996") does not correct it. On a real encyclopedia article of test/corpora, with a
// sentence of no labelled set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const text = readFileSync(join(__dirname, '..', 'corpora', 'caucasus-csto', 'sources', 'wikipedia-102nd-base.txt'), 'utf8');
const claims = claimsAgainst({ base: text }, '@misc{base, title = {102nd Military Base}, author = {{Wikipedia contributors}}}');

describe('a date of a participle after a noun', () => {
	it('is not rewritten from the date of the same act done to another thing', () => {
		const reports = claims(
			'Some 3,000 Russian soldiers are reported at the base in Gyumri, whose MiG-29s help to defend Armenian airspace as part of an air-defence system deployed in 1995.',
		);
		expect(reports.flatMap((r) => r.fixes.map((f) => f.newText))).toEqual([]);
	});
});

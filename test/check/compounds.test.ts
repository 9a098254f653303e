// A compound is one word however it is written: open, hyphenated or closed. On another subject.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { claimsAgainst } from '../helpers/corpus';

const claims = claimsAgainst(
	{
		port: ['Port Arden', '', 'About 800 servicemembers are at the harbour.', '', 'The harbour master agreed a cease-fire with the strikers on 3 May.'].join(
			'\n',
		),
	},
	'@report{port, title = {Port Arden}, institution = {Harbour Review}, year = {2019}}',
);

describe('a compound written open, hyphenated or closed', () => {
	it('is the same word in the claim and the passage', () => {
		expect(claims('About 800 service members were at the harbour.')[0]?.verdict).toBe('supported');
		expect(claims('The harbour master agreed a ceasefire with the strikers on 3 May.')[0]?.verdict).toBe('supported');
	});

	it('is found in a real news release that writes it closed (test/corpora)', async () => {
		const corpus = await loadCorpus([join(__dirname, '..', 'corpora', 'us-uzbekistan-basing')]);
		const text = 'When the eviction notice arrived, roughly eight hundred American service members were stationed at Karshi-Khanabad.\n';
		const [claim] = checkDocument(text, 'markdown', corpus).claims;
		expect(claim?.message).not.toMatch(/“service”|“members”/);
	});

	it('lets a wrong figure of it be corrected', () => {
		const [claim] = claims('About 1,800 service members were at the harbour.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes[0]?.newText).toBe('800');
	});
});

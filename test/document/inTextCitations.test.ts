// Pandoc's citation written in the text ("@varga1998 describes …", "@varga1998 [p. 4] adds"): the
// author is the subject of the writer's sentence, and the key cites that source for the clause.
import { describe, expect, it } from 'vitest';
import { findInTextCitations } from '../../server/src/domain/document/citations';
import { parseDocument } from '../../server/src/domain/document';
import { claimsAgainst } from '../helpers/corpus';

describe('a Pandoc citation in the text', () => {
	it('is found with its key and its locator in brackets after it; an e-mail address is none', () => {
		const text = '@varga1998 argues this, and @holm1990 [p. 4] adds that; write to me@example.org.';
		const found = findInTextCitations(text);
		expect(found.map((c) => text.slice(c.from, c.to))).toEqual(['@varga1998', '@holm1990 [p. 4]']);
		expect(found.map((c) => c.keys)).toEqual([['varga1998'], ['holm1990']]);
		expect(found[1]?.locator).toBe('4');
	});

	it('leaves a bracket after it that is no locator in the text, and ends its key before a full stop', () => {
		const text = 'As @varga1998 [who grew up there] says. So says @holm1990.';
		expect(findInTextCitations(text).map((c) => text.slice(c.from, c.to))).toEqual(['@varga1998', '@holm1990']);
	});

	it('is read as a citation of its clause, and a key inside brackets stays the bracketed citation’s', () => {
		const [block] = parseDocument('@varga1998 argues that the pier is the finest [see @holm1990, p. 2].\n', 'markdown');
		expect(block?.citations.map((c) => [c.keys, c.locator])).toEqual([
			[['varga1998'], undefined],
			[['holm1990'], '2'],
		]);
		expect(block?.text).toBe('argues that the pier is the finest.');
	});

	it('cites the source it names: where another source says it, the fix cites that one', () => {
		const check = claimsAgainst(
			{
				varga1998: 'Port Arden\n\nThe new pier at Port Arden is the finest on the whole coast.',
				holm1990: 'Kelmouth tolls\n\nThe Kelmouth ferry raised its tolls twice in 1987.',
			},
			'@article{varga1998, title = {Port Arden}, author = {Varga, Lena}, year = {1998}}\n@report{holm1990, title = {Kelmouth tolls}, author = {Holm, Anders}, year = {1990}}',
		);
		const [claim] = check('@holm1990 argues that the new pier at Port Arden is the finest on the whole coast.');
		expect(claim?.verdict).toBe('citation-mismatch');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['varga1998']);
	});
});

import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/domain/document/markdown';

// The reader keeps what it read from each piece of a document, for the next reading of an edited
// version; what it returns must be what a fresh reading returns.
const paper = [
	'---',
	'title: "Between the blocs"',
	'---',
	'',
	'# Between the blocs',
	'',
	'Uzbekistan suspended its CSTO membership in June 2012 [@weitz2014, p. 146].',
	'It had left the bloc in 1999 and came back in 2006 [see @ramani2017].',
	'',
	'## Neighbours',
	'',
	'- Kazakhstan: a strategic partnership, ratified in December 2013.',
	'- Kyrgyzstan: *disputed* border.',
	'',
	'Karimov met Putin in Moscow on April 15, 2013.[^1]',
	'',
	'[^1]: Eurasia Daily Monitor, April 2013.',
	'',
	'| Year | Event |',
	'| --- | --- |',
	'| 2012 | Suspension |',
	'',
	'Tashkent has hosted the RATS since June 2004 [@weitz2014].',
	'',
].join('\n');

function edits(text: string): string[] {
	return [
		text,
		text.replace('June 2012', 'June 2013'),
		`A new opening paragraph moves everything after it.\n\n${text}`,
		text.replace('# Between the blocs\n\n', ''),
		text.replace('[^1]: Eurasia Daily Monitor, April 2013.', '[^1]: Weitz, p. 146.'),
		text.replace('Kyrgyzstan: *disputed* border.', 'Kyrgyzstan: a disputed border, see [@weitz2014, p. 147].'),
		text.replace('since June 2004', 'since June 2005'),
		text.replaceAll('\n', '\r\n'),
	];
}

describe('reading an edited Markdown document again', () => {
	it('gives the blocks a fresh reading gives, whatever was read before', () => {
		for (const version of [...edits(paper), ...edits(paper).reverse()]) {
			const fresh = parseMarkdown(version, { reuse: false });
			expect(parseMarkdown(version)).toEqual(fresh);
			expect(parseMarkdown(version)).toEqual(fresh);
		}
	});

	it('gives each reading blocks of its own, so a caller may change them', () => {
		const first = parseMarkdown(paper);
		first[0]!.citations.push({ kind: 'pandoc', span: { start: 0, end: 1 }, keys: ['x'], anchor: 0 });
		(first[1]!.starts as Int32Array)[0] = -1;
		expect(parseMarkdown(paper)).toEqual(parseMarkdown(paper, { reuse: false }));
	});
});

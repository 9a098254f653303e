// The Markdown reader given the memory of its last reading of a document reads again only the
// pieces an edit touched, and gives the blocks a reading of the whole new text gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownSteps, parseMarkdown } from '../../server/src/domain/document/markdown';
import { MarkdownMemory } from '../../server/src/domain/document/markdownMemory';
import { runSteps } from '../../server/src/domain/steps';
import type { ProseBlock } from '../../server/src/domain/types';
import { applyEdit, randomEdit } from '../helpers/edits';
import { fuzzParameters } from '../helpers/fuzz';

const read = (text: string, memory: MarkdownMemory) => runSteps(markdownSteps(text, {}, memory));
/** Blocks as plain data, their offsets as arrays, to compare readings. */
const plain = (blocks: ProseBlock[]) => blocks.map((b) => ({ ...b, starts: [...b.starts], ends: [...b.ends] }));

const PAPER = [
	'# The CSTO',
	'Uzbekistan left the bloc in 2012 [@weitz2014].',
	'- a list item',
	'Karimov visited China in 2005.',
	'It was his third visit.',
].join('\n\n');

describe('a Markdown reading with the memory of the last one', () => {
	it('keeps the blocks before an edit as they were and moves those after it', () => {
		const memory = new MarkdownMemory();
		const first = read(PAPER, memory);
		const after = PAPER.replace('China in 2005', 'China in the spring of 2005');
		const again = read(after, memory);
		expect(plain(again)).toEqual(plain(parseMarkdown(after)));
		expect(again[0]).toBe(first[0]);
		expect(again[1]).toBe(first[1]);
		expect(again[4]!.starts[0]).toBe(first[4]!.starts[0]! + 'the spring of '.length);
	});

	it('reads on past the edit when it opens a fence that swallows the rest', () => {
		const memory = new MarkdownMemory();
		read(PAPER, memory);
		const after = PAPER.replace('- a list item', '```\n- a list item');
		expect(plain(read(after, memory))).toEqual(plain(parseMarkdown(after)));
		expect(read(after, memory)).toHaveLength(2);
	});

	it('reads the whole text again when the edit adds a link definition', () => {
		const memory = new MarkdownMemory();
		read(PAPER, memory);
		const after = `${PAPER}\n\n[weitz2014]: https://example.org\n`;
		expect(plain(read(after, memory))).toEqual(plain(parseMarkdown(after)));
	});
});

// Strings that make or unmake Markdown structure: blocks, fences, HTML, front matter, definitions.
const MARKUP = [
	'\n\n',
	'\n',
	'# ',
	'```\n',
	'~~~\n',
	'<!--',
	'-->',
	'<div>\n',
	'</div>\n',
	'<pre>\n',
	'</pre>',
	'[x]: https://example.org\n',
	'[^1]',
	'\n\n[^1]: A note.\n',
	'> ',
	'- ',
	'1. ',
	'---\n',
	'*',
	'    ',
	'\t',
	'\r\n',
	' [@weitz2014]',
	'[',
	']',
	'\\',
	'|a|b|\n|-|-|\n',
	'word',
];

describe('random edits of a real paper', () => {
	for (const name of ['csto-exit.md', 'uzbekistan-russia.md']) {
		it(`read as a reading of the whole text does, edit after edit (${name})`, () => {
			const paper = readFileSync(join(__dirname, '..', 'papers', name), 'utf8');
			const edit = randomEdit(MARKUP, 40, 300);
			fc.assert(
				fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
					const memory = new MarkdownMemory();
					let text = paper;
					read(text, memory);
					for (const change of edits) {
						text = applyEdit(text, change);
						expect(plain(read(text, memory))).toEqual(plain(parseMarkdown(text)));
					}
				}),
				fuzzParameters(200),
			);
		});
	}
});

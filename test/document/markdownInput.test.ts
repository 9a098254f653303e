import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/domain/document/markdown';
import { defuse, isPlainParagraph, piecesOf } from '../../server/src/domain/document/markdownInput';
import type { ProseBlock } from '../../server/src/domain/types';
import { expectSoundMapping } from './invariants';

const shifted = (block: ProseBlock, by: number): ProseBlock => ({
	...block,
	starts: block.starts.map((x) => x + by),
	ends: block.ends.map((x) => x + by),
	citations: block.citations.map((c) => ({ ...c, span: { start: c.span.start + by, end: c.span.end + by } })),
});

describe('defuse', () => {
	it('keeps ordinary text as it is', () => {
		const text = '- item [with a link](x)\n> quote [@k]\n\n1. [a] [b]';
		expect(defuse(text)).toBe(text);
	});

	it('blanks deep nesting and long or unmatched brackets, keeping the length', () => {
		const deep = '- '.repeat(100) + 'x';
		expect(defuse(deep)).toHaveLength(deep.length);
		expect(defuse(deep).match(/-/g)).toHaveLength(40);
		expect(defuse('[[[[[[x]]]]]]').match(/\[/g)).toHaveLength(4);
		const far = `[${'a'.repeat(2000)}](u)`;
		expect(defuse(far).startsWith(' ')).toBe(true);
		expect(defuse(`x${']'.repeat(100)}`).match(/\]/g)).toHaveLength(16);
	});
});

describe('isPlainParagraph', () => {
	it('accepts prose with citations and footnote marks', () => {
		expect(isPlainParagraph('Tashkent left the bloc in 2012 [@a, p. 5].\nIt returned later.[^1] (Briefly.)')).toBe(true);
	});

	it('rejects anything a Markdown parser would read as markup', () => {
		for (const paragraph of [
			'Some *emphasis*',
			'A `code` span',
			'A [link](u)',
			'An &amp; entity',
			'Escaped \\* star',
			'Line\n- item',
			'Line\n# heading',
			'Setext\n===',
			'a | b',
			'mail a@b.org',
			'see www.x.org',
			'http://x.org',
			'hard  \nbreak',
			'<b>html</b>',
			'A [bracket]',
			'x\ty',
			'~~gone~~',
			'1. Listed',
			'Quote\n> this',
		]) {
			expect(isPlainParagraph(paragraph), paragraph).toBe(false);
		}
	});
});

describe('piecesOf', () => {
	const big = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length));

	it('keeps a small document whole unless it has plain paragraphs', () => {
		expect(piecesOf('# Title\n\n*Not* plain.')).toEqual([{ start: 0, end: 21, plain: false }]);
		expect(piecesOf('# Title\n\nPlain text.\n\n*Not* plain.')).toEqual([
			{ start: 0, end: 9, plain: false },
			{ start: 9, end: 20, plain: true },
			{ start: 20, end: 34, plain: false },
		]);
	});

	it('never cuts inside fenced code, HTML blocks or front matter', () => {
		const fenced = `\`\`\`\n${big('code line\n\ncolumn zero text\n\n', 200_000)}\`\`\`\n\n*After.*`;
		expect(piecesOf(fenced)[0]?.end).toBe(fenced.indexOf('*After'));
		const comment = `<!--\n${big('hidden\n\ncolumn zero\n\n', 200_000)}-->\n\n*After.*`;
		expect(piecesOf(comment)[0]?.end).toBe(comment.indexOf('*After'));
		const front = `---\n${big('key: value\n\nother: x\n\n', 100_000)}---\n\n*Body.*`;
		expect(piecesOf(front)[0]?.end).toBeGreaterThan(100_000);
	});

	it('reads the whole document at once when it defines link references', () => {
		const doc = `${big('*Text* [ref] here.\n\n', 200_000)}[ref]: https://example.org\n`;
		expect(piecesOf(doc)).toEqual([{ start: 0, end: doc.length, plain: false }]);
	});

	it('cuts long documents and over-long paragraphs', () => {
		const doc = big('*Emphasis* in a paragraph.\n\n', 300_000);
		const pieces = piecesOf(doc);
		expect(pieces.length).toBeGreaterThan(3);
		expect(pieces[0]?.start).toBe(0);
		expect(pieces[pieces.length - 1]?.end).toBe(doc.length);
		for (let i = 1; i < pieces.length; i++) expect(pieces[i]?.start).toBe(pieces[i - 1]?.end);
		const line = big('*a* b ', 100_000);
		expect(Math.max(...piecesOf(line).map((p) => p.end - p.start))).toBeLessThan(20_000);
	});
});

describe('reading in pieces', () => {
	it('gives the blocks of each copy of a repeated document, shifted', () => {
		const unit = [
			'# Heading *one*',
			'',
			'A plain paragraph about Termez [@a, p. 3].[^n]',
			'',
			'A paragraph with *emphasis* &amp; an entity, [a link](http://x.y) and `code`.',
			'',
			'```',
			'code with a blank line',
			'',
			'column zero code text',
			'```',
			'',
			'<!--',
			'',
			'hidden comment text',
			'-->',
			'',
			'- item one',
			'',
			'- item two',
			'',
			'> quoted *line*',
			'',
			'| a | b |',
			'| - | - |',
			'| c | d |',
			'',
			'[^n]: The note [@b].',
			'',
			'',
		].join('\n');
		const one = parseMarkdown(unit);
		const copies = 150;
		const doc = unit.repeat(copies);
		expect(piecesOf(doc).length).toBeGreaterThan(copies);
		const blocks = parseMarkdown(doc);
		const expected = Array.from({ length: copies }, (_, k) => one.map((block) => shifted(block, k * unit.length))).flat();
		expect(blocks).toEqual(expected);
		expectSoundMapping(doc, blocks);
	});

	it('finds a footnote defined in a later piece', () => {
		const filler = '*Filler* paragraph with emphasis.\n\n'.repeat(4000);
		const doc = `The claim.[^late]\n\n${filler}[^late]: Defined far below [@k, p. 9].\n`;
		const [first] = parseMarkdown(doc);
		expect(first?.citations[0]).toMatchObject({ kind: 'footnote', label: 'late', keys: ['k'], locator: '9', note: 'Defined far below.' });
	});
});

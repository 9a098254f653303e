import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../server/src/domain/document/markdown';
import { expectSoundMapping, sourceOf, sourceOfText, texts } from './invariants';

describe('parseMarkdown: structure', () => {
	it('turns headings, paragraphs, list items, quotes and table cells into blocks of their kind', () => {
		const doc = [
			'# Security policy after 1991',
			'',
			'Tashkent kept its distance from Moscow.',
			'',
			'- Bilateral ties came first',
			'- Then the regional blocs',
			'',
			'> A quoted official line',
			'',
			'| Year | Event |',
			'| --- | --- |',
			'| 1999 | Exit |',
			'',
			'Setext heading',
			'==============',
		].join('\n');
		const blocks = parseMarkdown(doc);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['heading', 'Security policy after 1991'],
			['paragraph', 'Tashkent kept its distance from Moscow.'],
			['item', 'Bilateral ties came first'],
			['item', 'Then the regional blocs'],
			['quote', 'A quoted official line'],
			['cell', 'Year'],
			['cell', 'Event'],
			['cell', '1999'],
			['cell', 'Exit'],
			['heading', 'Setext heading'],
		]);
		expectSoundMapping(doc, blocks);
	});

	it('keeps emphasis, strong, strikethrough and link text but not the link target', () => {
		const doc = 'The *new* doctrine was **published** ~~twice~~ on the [ministry site](https://mfa.example/doc "t").';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('The new doctrine was published twice on the ministry site.');
		expect(sourceOfText(doc, block!, 'ministry site')).toBe('ministry site');
		expectSoundMapping(doc, parseMarkdown(doc));
	});

	it('skips code, HTML, images, bare URLs, front matter, thematic breaks and definitions', () => {
		const doc = [
			'---',
			'title: hidden yaml',
			'---',
			'',
			'Visible `hidden code` text ![hidden alt](pic.png) and <span>kept</span> <!-- hidden comment -->',
			'see https://hidden.example.org and <https://hidden.example.net> and [https://hidden.example.com](https://hidden.example.com).',
			'',
			'```js',
			'hidden fenced',
			'```',
			'',
			'    hidden indented',
			'',
			'***',
			'',
			'<div>',
			'hidden html block',
			'</div>',
			'',
			'[ref]: https://hidden.example.io',
		].join('\n');
		const blocks = parseMarkdown(doc);
		expect(texts(blocks).join(' ')).not.toMatch(/hidden/);
		expect(texts(blocks)).toEqual(['Visible text and kept see and and .']);
		expectSoundMapping(doc, blocks);
	});

	it('skips TOML front matter too', () => {
		const doc = '+++\ntitle = "hidden"\n+++\n\nBody text.';
		expect(texts(parseMarkdown(doc))).toEqual(['Body text.']);
	});

	it('turns a soft line break into one space mapped to the break, also under quote markers', () => {
		const doc = '> The first line\n> and the second\nand a lazy third';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('The first line and the second and a lazy third');
		const space = block!.text.indexOf(' and the');
		expect(sourceOf(doc, block!, space, space + 1)).toBe('\n');
		expect(sourceOfText(doc, block!, 'and the second')).toBe('and the second');
		expectSoundMapping(doc, [block!]);
	});

	it('turns a hard line break into a space mapped to the break', () => {
		const doc = 'Line one  \nline two\\\nline three';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Line one line two line three');
		expectSoundMapping(doc, [block!]);
	});

	it('keeps list item paragraphs as items, nested lists included', () => {
		const doc = '1. First point\n   continued\n\n   Second paragraph\n2. Another\n   - nested';
		const blocks = parseMarkdown(doc);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['item', 'First point continued'],
			['item', 'Second paragraph'],
			['item', 'Another'],
			['item', 'nested'],
		]);
		expectSoundMapping(doc, blocks);
	});

	it('drops e-mail addresses and www links that GFM finds after parsing, keeping offsets around them', () => {
		const doc = 'Write to press@mfa.example.uz or see</b>www.example.com/&#233; for the decree [@k].';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Write to or see for the decree.');
		expect(block?.citations[0]?.keys).toEqual(['k']);
		expectSoundMapping(doc, [block!]);
	});

	it('drops the task list checkbox', () => {
		const doc = '- [x] Ratify the accord';
		expect(texts(parseMarkdown(doc))).toEqual(['Ratify the accord']);
	});
});

describe('parseMarkdown: exact offsets', () => {
	it('maps an escaped character to the backslash and the character', () => {
		const doc = 'A \\*literal\\* star and 5\\% growth';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('A *literal* star and 5% growth');
		const star = block!.text.indexOf('*');
		expect(sourceOf(doc, block!, star, star + 1)).toBe('\\*');
		expect(sourceOfText(doc, block!, '5% growth')).toBe('5\\% growth');
		expectSoundMapping(doc, [block!]);
	});

	it('maps character references to their whole source', () => {
		const doc = 'Tashkent &amp; Moscow &mdash; and &#233;t&#xE9; &#x1F600; &copy; end';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Tashkent & Moscow — and été 😀 © end');
		expect(sourceOfText(doc, block!, '&')).toBe('&amp;');
		expect(sourceOfText(doc, block!, '—')).toBe('&mdash;');
		expect(sourceOfText(doc, block!, 'été')).toBe('&#233;t&#xE9;');
		expect(sourceOfText(doc, block!, '😀')).toBe('&#x1F600;');
		expect(sourceOfText(doc, block!, 'end')).toBe('end');
		expectSoundMapping(doc, [block!]);
	});

	it('keeps an unknown reference as written', () => {
		const doc = 'Not &notanentity; here';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Not &notanentity; here');
		expectSoundMapping(doc, [block!]);
	});

	it('maps curly quotes, dashes, accents and emoji one to one', () => {
		const doc = '# Café “Navoi” — 1991–2005\n\nTermez 🇺🇿 hosts e\u0301lite units 😀 and “others”.';
		const blocks = parseMarkdown(doc);
		expect(texts(blocks)).toEqual(['Café “Navoi” — 1991–2005', 'Termez 🇺🇿 hosts e\u0301lite units 😀 and “others”.']);
		for (const needle of ['“Navoi”', '—', '1991–2005', 'Café']) expect(sourceOfText(doc, blocks[0]!, needle)).toBe(needle);
		for (const needle of ['🇺🇿', 'e\u0301lite', '😀', '“others”.']) expect(sourceOfText(doc, blocks[1]!, needle)).toBe(needle);
		expectSoundMapping(doc, blocks);
	});

	it('handles CRLF line ends: a soft break maps to both characters', () => {
		const doc = '# Title\r\n\r\nFirst line\r\nsecond line.\r\n\r\n- item\r\n';
		const blocks = parseMarkdown(doc);
		expect(texts(blocks)).toEqual(['Title', 'First line second line.', 'item']);
		const space = blocks[1]!.text.indexOf(' second');
		expect(sourceOf(doc, blocks[1]!, space, space + 1)).toBe('\r\n');
		expect(sourceOfText(doc, blocks[1]!, 'second line.')).toBe('second line.');
		expectSoundMapping(doc, blocks);
	});
});

describe('parseMarkdown: citations', () => {
	it('removes a Pandoc citation from the text, with the space before it', () => {
		const doc = 'Uzbekistan left the bloc in June 2012 [@karimova2015, p. 146].';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Uzbekistan left the bloc in June 2012.');
		const [citation] = block!.citations;
		expect(citation).toMatchObject({ kind: 'pandoc', keys: ['karimova2015'], locator: '146', anchor: 37 });
		expect(doc.slice(citation!.span.start, citation!.span.end)).toBe(' [@karimova2015, p. 146]');
		// Deleting the span leaves clean prose.
		expect(doc.slice(0, citation!.span.start) + doc.slice(citation!.span.end)).toBe(block!.text);
	});

	it('reads several keys, prefixes and suppressed authors', () => {
		const doc = 'Both accounts agree [see @one2010, pp. 10-12; -@two2011] on this.';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('Both accounts agree on this.');
		expect(block?.citations[0]).toMatchObject({ kind: 'pandoc', keys: ['one2010', 'two2011'], locator: '10-12' });
	});

	it('does not take an escaped bracket or an e-mail address for a citation', () => {
		const doc = 'Write to \\[@notakey] or [mail me@example.org].';
		const [block] = parseMarkdown(doc);
		expect(block?.citations).toEqual([]);
	});

	it('turns a footnote reference into a footnote citation with its note and keys', () => {
		const doc = 'The summit took place in Moscow.[^2] Talks resumed later.\n\n[^2]: Reported by [@rferl2013, p. 4] at the time.\n';
		const [block, ...rest] = parseMarkdown(doc);
		expect(rest).toEqual([]);
		expect(block?.text).toBe('The summit took place in Moscow. Talks resumed later.');
		const [citation] = block!.citations;
		expect(citation).toMatchObject({ kind: 'footnote', label: '2', keys: ['rferl2013'], locator: '4', note: 'Reported by at the time.', anchor: 32 });
		expect(doc.slice(citation!.span.start, citation!.span.end)).toBe('[^2]');
	});

	it('keeps footnote definitions out of the body even when they come first', () => {
		const doc = '[^a]: A note about [@x].\n\nBody sentence.[^a]';
		const blocks = parseMarkdown(doc);
		expect(texts(blocks)).toEqual(['Body sentence.']);
		expect(blocks[0]?.citations[0]).toMatchObject({ kind: 'footnote', label: 'a', keys: ['x'], note: 'A note about.' });
	});

	it('takes the first of two definitions of one footnote label, as GFM does', () => {
		const doc = 'Body sentence.[^a]\n\n[^a]: The first note [@x].\n\n[^a]: The second note [@y].\n';
		expect(parseMarkdown(doc)[0]?.citations[0]).toMatchObject({ kind: 'footnote', label: 'a', keys: ['x'], note: 'The first note.' });
	});

	it('turns an undefined footnote reference into a footnote citation without a note', () => {
		const doc = 'An unexplained claim.[^missing]';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('An unexplained claim.');
		expect(block?.citations[0]).toMatchObject({ kind: 'footnote', label: 'missing', keys: [] });
		expect(block?.citations[0]?.note).toBeUndefined();
	});

	it('removes a citation at the start and one inside a heading', () => {
		const doc = '## Origins [@a]\n\n[@b] opens the paragraph.';
		const blocks = parseMarkdown(doc);
		expect(texts(blocks)).toEqual(['Origins', 'opens the paragraph.']);
		expect(blocks[0]?.citations[0]?.keys).toEqual(['a']);
		expect(blocks[1]?.citations[0]?.anchor).toBe(0);
	});
});

describe('parseMarkdown: pieces read before', () => {
	it('read a footnote mark with the note of the document at hand, whatever document was read before', () => {
		// Two versions of one paper, met while it was edited: the first defines [^1] twice, the other once.
		const dir = join(__dirname, '..', 'fixtures', 'markdown-reuse');
		const first = readFileSync(join(dir, 'first.md'), 'utf8');
		const then = readFileSync(join(dir, 'then.md'), 'utf8');
		const notes = (text: string, options = {}) =>
			parseMarkdown(text, options).flatMap((b) => b.citations.map((c) => (c.kind === 'footnote' ? c.note : c.keys.join(','))));
		const alone = notes(then, { reuse: false });
		parseMarkdown(first);
		expect(notes(then)).toEqual(alone);
		expect(alone).toContain('"Tashkent Strengthens Security Ties with Moscow Ahead of NATO Drawdown," Eurasia Daily Monitor 10, no. 76 (April 2013).');
	});
});

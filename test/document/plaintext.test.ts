import { describe, expect, it } from 'vitest';
import { parsePlainText } from '../../server/src/domain/document/plaintext';
import { expectSoundMapping, sourceOf, sourceOfText, texts } from './invariants';

describe('parsePlainText', () => {
	it('splits paragraphs at blank lines and joins lines with a space mapped to the break', () => {
		const doc = 'First line\nsecond line.\n\n  \t\nNext paragraph\r\nends here.\r\n\r\n';
		const blocks = parsePlainText(doc);
		expect(texts(blocks)).toEqual(['First line second line.', 'Next paragraph ends here.']);
		expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
		const space = blocks[1]!.text.indexOf(' ends');
		expect(sourceOf(doc, blocks[1]!, space, space + 1)).toBe('\r\n');
		expectSoundMapping(doc, blocks);
	});

	it('keeps markup characters as they are', () => {
		const doc = '# not a heading *or emphasis* \\% & &amp;';
		expect(texts(parsePlainText(doc))).toEqual([doc]);
	});

	it('reads Pandoc citations', () => {
		const doc = 'Tashkent hosted the summit in 2004 [@weitz2014, p. 5].\nIt was brief [see @edm2013].';
		const [block] = parsePlainText(doc);
		expect(block?.text).toBe('Tashkent hosted the summit in 2004. It was brief.');
		expect(block?.citations.map((c) => [c.kind, c.keys, c.locator, doc.slice(c.span.start, c.span.end)])).toEqual([
			['pandoc', ['weitz2014'], '5', ' [@weitz2014, p. 5]'],
			['pandoc', ['edm2013'], undefined, ' [see @edm2013]'],
		]);
	});

	it('maps unicode one to one', () => {
		const doc = 'Café “Navoi” — 1991–2005 e\u0301 😀';
		const [block] = parsePlainText(doc);
		expect(sourceOfText(doc, block!, '😀')).toBe('😀');
		expectSoundMapping(doc, [block!]);
	});
});

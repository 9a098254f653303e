import { describe, expect, it } from 'vitest';
import { citationEdits, detectStyle, type CitationTarget } from '../../server/src/domain/cite/insert';
import type { TextEdit } from '../../server/src/domain/types';

const weitz: CitationTarget = {
	meta: {
		key: 'weitz2014',
		type: 'techreport',
		authors: [{ family: 'Weitz', given: 'Richard' }],
		title: "Uzbekistan's National Security Strategy: Threat and Response",
		publication: 'Uzbekistan Initiative Papers No. 12',
		year: 2014,
		month: 3,
	},
	page: '146',
};
const ramani: CitationTarget = {
	meta: {
		key: 'ramani2017',
		type: 'article',
		authors: [{ family: 'Ramani', given: 'Samuel' }],
		title: "Russia and Uzbekistan's Renewed Security Partnership",
		publication: 'The Diplomat',
		year: 2017,
		month: 7,
	},
};

function apply(text: string, edits: TextEdit[]): string {
	let out = text;
	for (const e of [...edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
	return out;
}

const CLAIM = 'Uzbekistan suspended its CSTO membership in June 2012.';

describe('citation styles', () => {
	it('detects the style a document already uses', () => {
		expect(detectStyle('See [@doe2020].', 'markdown')).toBe('pandoc');
		expect(detectStyle('A claim.[^1]\n\n[^1]: Note.', 'markdown')).toBe('markdown-footnote');
		expect(detectStyle('Plain prose.', 'markdown')).toBe('markdown-footnote');
		expect(detectStyle('As \\cite{x} says.', 'latex')).toBe('latex-cite');
		expect(detectStyle('A claim.\\footnote{Note.}', 'latex')).toBe('latex-footnote');
		expect(detectStyle('Anything.', 'plaintext')).toBe('plain');
		expect(detectStyle('It left in 2012 (Ramani 2017).', 'plaintext')).toBe('author-date');
		expect(detectStyle('It left in 2012 (Ramani 2017).', 'markdown')).toBe('author-date');
		expect(detectStyle('See [@doe2020].', 'markdown', 'latex-cite')).toBe('latex-cite');
	});

	it('puts a Pandoc citation before the full stop', () => {
		expect(apply(CLAIM, citationEdits(CLAIM, CLAIM.length, weitz, 'pandoc'))).toBe(
			'Uzbekistan suspended its CSTO membership in June 2012 [@weitz2014, p. 146].',
		);
	});

	it('puts an author–date citation before the full stop, in the name and year findings give the source', () => {
		expect(apply(CLAIM, citationEdits(CLAIM, CLAIM.length, weitz, 'author-date'))).toBe(
			'Uzbekistan suspended its CSTO membership in June 2012 (Weitz 2014, p. 146).',
		);
		expect(apply(CLAIM, citationEdits(CLAIM, CLAIM.length, { ...ramani, label: 'Ramani 2017b' }, 'author-date'))).toBe(
			'Uzbekistan suspended its CSTO membership in June 2012 (Ramani 2017b).',
		);
	});

	it('puts \\cite with its page before the full stop, and a \\footnote after it with LaTeX escaped', () => {
		expect(apply(CLAIM, citationEdits(CLAIM, CLAIM.length, weitz, 'latex-cite'))).toBe(
			'Uzbekistan suspended its CSTO membership in June 2012~\\cite[146]{weitz2014}.',
		);
		const note = apply(CLAIM, citationEdits(CLAIM, CLAIM.length, weitz, 'latex-footnote'));
		expect(note).toBe(
			`${CLAIM}\\footnote{Richard Weitz, \`\`Uzbekistan's National Security Strategy: Threat and Response,'' Uzbekistan Initiative Papers No. 12, March 2014, 146.}`,
		);
	});

	it('adds a Markdown footnote with a full note, then a short note for the same source', () => {
		const doc = `${CLAIM}\n\nKarimov visited China in 2005.\n`;
		const first = apply(doc, citationEdits(doc, CLAIM.length, weitz, 'markdown-footnote'));
		expect(first).toBe(
			`${CLAIM}[^weitz2014-146]\n\nKarimov visited China in 2005.\n\n[^weitz2014-146]: Richard Weitz, "Uzbekistan's National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014, 146.\n`,
		);
		const end = first.indexOf('2005.') + 5;
		const second = apply(first, citationEdits(first, end, { ...weitz, page: '147' }, 'markdown-footnote'));
		expect(second).toContain('Karimov visited China in 2005.[^weitz2014-147]');
		expect(second.endsWith('[^weitz2014-147]: Weitz, "Uzbekistan\'s National Security Strategy," 147.\n')).toBe(true);
	});

	it('reuses the note for the same source and page, and never takes the author’s own footnote id', () => {
		const ours = `${CLAIM}\n\n[^weitz2014-146]: Weitz, "Uzbekistan's National Security Strategy," 146.\n`;
		expect(apply(ours, citationEdits(ours, CLAIM.length, weitz, 'markdown-footnote'))).toBe(
			`${CLAIM}[^weitz2014-146]\n\n[^weitz2014-146]: Weitz, "Uzbekistan's National Security Strategy," 146.\n`,
		);
		// The same id on a note of the writer's about something else: a new id, and that note is left alone.
		const mine = `${CLAIM}\n\n[^weitz2014-146]: My own note about something else.\n`;
		expect(apply(mine, citationEdits(mine, CLAIM.length, weitz, 'markdown-footnote'))).toBe(
			`${CLAIM}[^weitz2014-146-2]\n\n[^weitz2014-146]: My own note about something else.\n[^weitz2014-146-2]: Richard Weitz, "Uzbekistan's National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014, 146.\n`,
		);
		const taken = `${CLAIM} See [^weitz2014-146].\n`;
		const result = apply(taken, citationEdits(taken, CLAIM.length, weitz, 'markdown-footnote'));
		expect(result).toContain('[^weitz2014-146-2]: Richard Weitz');
		// Cited again: the note under the other id is found by its text, not written twice.
		const again = `${result}\nKarimov said so too.\n`;
		const twice = apply(again, citationEdits(again, again.length - 1, weitz, 'markdown-footnote'));
		expect(twice).toContain('Karimov said so too.[^weitz2014-146-2]\n');
		expect(twice.match(/^\[\^weitz2014-146-\d\]:/gm)).toHaveLength(1);
	});

	it('takes only \\n and \\r for line ends, not U+2028, when it finds notes and reference entries', () => {
		const list = `${CLAIM}\n\n[1] Someone,\u2028A Book.\n`;
		expect(apply(list, citationEdits(list, CLAIM.length, weitz, 'plain'))).toContain('[1] Someone,\u2028A Book.\n[2] Richard Weitz');
		const notes = `${CLAIM}\n\n[^a]: A note,\u2028on two lines.\n`;
		expect(apply(notes, citationEdits(notes, CLAIM.length, weitz, 'markdown-footnote'))).toContain(
			'[^a]: A note,\u2028on two lines.\n[^weitz2014-146]: Richard Weitz',
		);
	});

	it('points at the writer’s own footnote for the same source and page', () => {
		const doc = `${CLAIM}\n\nRussia and Uzbekistan grew closer.[^r]\n\n[^r]: Samuel Ramani, “Russia and Uzbekistan’s Renewed Security Partnership,” The Diplomat, July 2017.\n`;
		const known = new Map([['r', { key: 'ramani2017' }]]);
		expect(apply(doc, citationEdits(doc, CLAIM.length, ramani, 'markdown-footnote', known))).toBe(doc.replace(CLAIM, `${CLAIM}[^r]`));
		// Not a label defined twice: which of the two notes it means depends on the reader.
		const twice = `${doc}\n[^r]: My own note.\n`;
		expect(apply(twice, citationEdits(twice, CLAIM.length, ramani, 'markdown-footnote', known))).not.toContain(`${CLAIM}[^r]`);
		// Another page of the same source is another note.
		const weitzNote = new Map([['w', { key: 'weitz2014', page: '147' }]]);
		const withW = `${CLAIM}\n\n[^w]: Weitz, 147.\n`;
		expect(apply(withW, citationEdits(withW, CLAIM.length, weitz, 'markdown-footnote', weitzNote))).toContain('[^weitz2014-146]');
	});

	it('numbers plain-text references and lists each source once', () => {
		const doc = `${CLAIM}\n`;
		const once = apply(doc, citationEdits(doc, CLAIM.length, weitz, 'plain'));
		expect(once).toBe(
			`Uzbekistan suspended its CSTO membership in June 2012 [1, p. 146].\n\nReferences\n\n[1] Richard Weitz, "Uzbekistan's National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014.\n`,
		);
		const twice = apply(once, citationEdits(once, once.indexOf('\n'), ramani, 'plain'));
		expect(twice).toContain('[1, p. 146] [2].');
		expect(twice).toMatch(/\[2\] Samuel Ramani, "Russia and Uzbekistan's Renewed Security Partnership,"/);
		const again = apply(twice, citationEdits(twice, twice.indexOf('\n'), weitz, 'plain'));
		expect(again.match(/^\[1\] /gm)).toHaveLength(1);
	});
});

import { describe, expect, it } from 'vitest';
import { isSilenced, silenceComment, silencedRanges, type SilencedRange } from '../../server/src/domain/document/silence';
import type { DocumentLanguage } from '../../server/src/domain/types';

/** Each range as the text it covers and its codes. */
function silenced(text: string, language: DocumentLanguage): [string, SilencedRange['codes']][] {
	return silencedRanges(text, language).map((r) => [text.slice(r.span.start, r.span.end), r.codes]);
}

/** Whether a finding of `code` on the line holding `words` is silenced. */
function quiet(text: string, language: DocumentLanguage, words: string, code = 'wrong-date'): boolean {
	return isSilenced(silencedRanges(text, language), text.indexOf(words), code);
}

describe('silencing in Markdown', () => {
	it('silences the next line of text, passing over blank lines', () => {
		const text = 'First line.\n<!-- citecheck-disable-next-line -->\n\nSecond line.\nThird line.\n';
		expect(silenced(text, 'markdown')).toEqual([['Second line.', 'all']]);
		expect(quiet(text, 'markdown', 'Second')).toBe(true);
		expect(quiet(text, 'markdown', 'First')).toBe(false);
		expect(quiet(text, 'markdown', 'Third')).toBe(false);
	});

	it('silences only the codes a directive names', () => {
		const text = '<!-- citecheck-disable-next-line wrong-date unsupported -->\nKarimov visited China in 2007.\n';
		expect(silenced(text, 'markdown')).toEqual([['Karimov visited China in 2007.', ['wrong-date', 'unsupported']]]);
		expect(quiet(text, 'markdown', 'Karimov', 'unsupported')).toBe(true);
		expect(quiet(text, 'markdown', 'Karimov', 'wrong-number')).toBe(false);
	});

	it('silences a region up to the enable comment, or to the end of the text', () => {
		const text = 'A.\n<!-- citecheck-disable -->\nB.\nC.\n<!-- citecheck-enable -->\nD.\n<!-- citecheck-disable wrong-date -->\nE.';
		expect(quiet(text, 'markdown', 'A.')).toBe(false);
		expect(quiet(text, 'markdown', 'B.')).toBe(true);
		expect(quiet(text, 'markdown', 'C.', 'unsupported')).toBe(true);
		expect(quiet(text, 'markdown', 'D.')).toBe(false);
		expect(quiet(text, 'markdown', 'E.')).toBe(true);
		expect(quiet(text, 'markdown', 'E.', 'unsupported')).toBe(false);
	});

	it('nests regions: an enable of one code ends its region only, a bare enable ends all', () => {
		const text = [
			'<!-- citecheck-disable -->',
			'<!-- citecheck-disable wrong-date -->',
			'A.',
			'<!-- citecheck-enable wrong-date -->',
			'B.',
			'<!-- citecheck-enable -->',
			'<!-- citecheck-disable wrong-date, unsupported -->',
			'C.',
			'<!-- citecheck-enable unsupported -->',
			'D.',
			'<!-- citecheck-enable -->',
			'E.',
		].join('\n');
		expect(quiet(text, 'markdown', 'A.')).toBe(true);
		expect(quiet(text, 'markdown', 'B.')).toBe(true);
		expect(quiet(text, 'markdown', 'C.', 'unsupported')).toBe(true);
		expect(quiet(text, 'markdown', 'D.', 'unsupported')).toBe(false);
		expect(quiet(text, 'markdown', 'D.', 'wrong-date')).toBe(true);
		expect(quiet(text, 'markdown', 'E.', 'wrong-date')).toBe(false);
	});

	it('silences nothing with a next-line directive at the end of the text', () => {
		expect(silenced('Text.\n<!-- citecheck-disable-next-line -->', 'markdown')).toEqual([]);
		expect(silenced('Text.\n<!-- citecheck-disable-next-line -->\n\n', 'markdown')).toEqual([]);
	});

	it('takes no directive from a fenced code block', () => {
		const text = '```markdown\n<!-- citecheck-disable -->\n```\n\nA.\n~~~~\n<!-- citecheck-disable-next-line -->\n~~~\nB.\n~~~~\nC.\n';
		expect(silenced(text, 'markdown')).toEqual([]);
	});

	it('silences the whole file when the front matter says citecheck: false', () => {
		const text = '---\ntitle: Notes\ncitecheck: false\n---\n\nKarimov visited China in 2007.\n';
		expect(silenced(text, 'markdown')).toEqual([[text, 'all']]);
		expect(silenced('---\ncitecheck: true\n---\nA.\n', 'markdown')).toEqual([]);
		// Not front matter unless it opens the file.
		expect(silenced('A.\n\n---\ncitecheck: false\n---\n', 'markdown')).toEqual([]);
	});

	it('keeps exact offsets with Windows line breaks', () => {
		const text = 'A.\r\n<!-- citecheck-disable-next-line -->\r\nB.\r\nC.';
		expect(silenced(text, 'markdown')).toEqual([['B.', 'all']]);
	});
});

describe('silencing in LaTeX', () => {
	it('reads directives from comments', () => {
		const text = 'A.\n% citecheck-disable-next-line wrong-date\nB.\n  %citecheck-disable\nC.\n% citecheck-enable\nD.\n';
		expect(silenced(text, 'latex')).toEqual([
			['B.', ['wrong-date']],
			['\nC.\n', 'all'],
		]);
		expect(quiet(text, 'latex', 'D.')).toBe(false);
	});

	it('takes no directive after an escaped percent sign', () => {
		const text = 'A rise of 5\\% citecheck-disable-next-line\nB.\n';
		expect(silenced(text, 'latex')).toEqual([]);
		// The comment after an escaped backslash is a comment.
		expect(silenced('A\\\\% citecheck-disable-next-line\nB.', 'latex')).toEqual([['B.', 'all']]);
	});

	it('takes no directive from a verbatim environment', () => {
		const text = '\\begin{verbatim}\n% citecheck-disable\n\\end{verbatim}\nA.\n';
		expect(silenced(text, 'latex')).toEqual([]);
	});

	it('silences the whole file with % citecheck: false in the preamble, not after it', () => {
		const text = '\\documentclass{article}\n% citecheck: false\n\\begin{document}\nA.\n\\end{document}\n';
		expect(silenced(text, 'latex')).toEqual([[text, 'all']]);
		expect(silenced('\\documentclass{article}\n\\begin{document}\n% citecheck: false\nA.\n\\end{document}\n', 'latex')).toEqual([]);
	});
});

describe('silencing in plain text', () => {
	it('reads lines that are a directive alone, bare or after # or //', () => {
		const text =
			'citecheck-disable-next-line\nA.\n# citecheck-disable wrong-date\nB.\n// citecheck-enable wrong-date\nC.\nSee citecheck-disable-next-line\nD.\n';
		expect(silenced(text, 'plaintext')).toEqual([
			['A.', 'all'],
			['\nB.\n', ['wrong-date']],
		]);
		expect(quiet(text, 'plaintext', 'D.')).toBe(false);
	});

	it('silences nothing with a next-line directive on the last line', () => {
		expect(silenced('A.\ncitecheck-disable-next-line', 'plaintext')).toEqual([]);
	});
});

describe('the comment that silences a code on the next line', () => {
	it('is written in the language of the document', () => {
		expect(silenceComment('markdown', 'wrong-date')).toBe('<!-- citecheck-disable-next-line wrong-date -->');
		expect(silenceComment('latex', 'wrong-date')).toBe('% citecheck-disable-next-line wrong-date');
		expect(silenceComment('plaintext', 'wrong-date')).toBe('citecheck-disable-next-line wrong-date');
	});
});

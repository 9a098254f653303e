import { describe, expect, it } from 'vitest';
import { languageOfPath, parseDocument } from '../../server/src/domain/document';

describe('languageOfPath', () => {
	it('maps extensions to languages', () => {
		for (const path of ['paper.md', 'a/b/notes.MARKDOWN', 'x.mdx', 'report.qmd', 'analysis.Rmd']) expect(languageOfPath(path), path).toBe('markdown');
		for (const path of ['paper.tex', 'C:\\work\\thesis.latex', 'old.ltx']) expect(languageOfPath(path), path).toBe('latex');
		for (const path of ['notes.txt', 'README', 'archive.tar.gz', '.md', 'dir.md/file']) expect(languageOfPath(path), path).toBe('plaintext');
	});
});

describe('parseDocument', () => {
	it('reads each language with its own reader', () => {
		const doc = '# Title *x*';
		expect(parseDocument(doc, 'markdown')[0]).toMatchObject({ kind: 'heading', text: 'Title x' });
		expect(parseDocument(doc, 'plaintext')[0]).toMatchObject({ kind: 'paragraph', text: '# Title *x*' });
		expect(parseDocument('\\section{Title}', 'latex')[0]).toMatchObject({ kind: 'heading', text: 'Title' });
	});
});

// The document readers behind one entry point: text in, prose blocks with exact offsets out.
import type { DocumentLanguage, ProseBlock } from '../types';
import { runSteps } from '../steps';
import { latexSteps } from './latex';
import { markdownSteps } from './markdown';
import { plainTextSteps } from './plaintext';

export { parseLatex } from './latex';
export { parseMarkdown } from './markdown';
export { parsePlainText } from './plaintext';
export { sentencesOf, splitSentences } from './sentences';
export { findPandocCitations, parseLocator } from './citations';

const MARKDOWN = new Set(['md', 'markdown', 'mdx', 'qmd', 'rmd', 'mkd', 'mdown']);
const LATEX = new Set(['tex', 'latex', 'ltx']);

export function parseDocument(text: string, language: DocumentLanguage): ProseBlock[] {
	return runSteps(parseDocumentSteps(text, language));
}

/** The same, yielding now and then while it reads, so that a long document can be paused. */
export function parseDocumentSteps(text: string, language: DocumentLanguage): Generator<void, ProseBlock[]> {
	switch (language) {
		case 'markdown':
			return markdownSteps(text);
		case 'latex':
			return latexSteps(text);
		default:
			return plainTextSteps(text);
	}
}

/** The language of a file from its extension (case-insensitive); anything unknown is plain text. */
export function languageOfPath(path: string): DocumentLanguage {
	const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	const dot = name.lastIndexOf('.');
	const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	if (MARKDOWN.has(extension)) return 'markdown';
	if (LATEX.has(extension)) return 'latex';
	return 'plaintext';
}

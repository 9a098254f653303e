// The document readers behind one entry point: text in, prose blocks with exact offsets out.
import { FALLBACK_LANGUAGE } from '../../languages';
import type { DocumentLanguage, ProseBlock } from '../types';
import { runSteps } from '../steps';
import { READERS } from './readers';

export { parseLatex } from './latex';
export { parseMarkdown } from './markdown';
export { parsePlainText } from './plaintext';
export { sentencesOf, splitSentences } from './sentences';
export { findPandocCitations, parseLocator } from './citations';

export { languageOfPath } from '../../languages';

export function parseDocument(text: string, language: DocumentLanguage): ProseBlock[] {
	return runSteps(parseDocumentSteps(text, language));
}

/** The same, yielding now and then while it reads, so that a long document can be paused. */
export function parseDocumentSteps(text: string, language: DocumentLanguage): Generator<void, ProseBlock[]> {
	return (READERS[language] ?? READERS[FALLBACK_LANGUAGE]).steps(text);
}

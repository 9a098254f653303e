// The document readers behind one entry point: text in, prose blocks with exact offsets out.
import { FALLBACK_LANGUAGE } from '../../languages';
import type { DocumentLanguage, ProseBlock } from '../types';
import { runSteps } from '../steps';
import { READERS, readerOf, type Readers, type ReadingMemory } from './readers';

export { parseLatex } from './latex';
export { parseMarkdown } from './markdown';
export { parsePlainText } from './plaintext';
export { sentencesOf, splitSentences } from './sentences';
export { findPandocCitations, parseLocator } from './citations';

export { languageOfPath } from '../../languages';

/** A document read by its language's reader (one the readers do not list, as plain text). */
export function parseDocument(text: string, language: DocumentLanguage | string, readers: Readers = READERS): ProseBlock[] {
	return runSteps(parseDocumentSteps(text, language, readers));
}

/**
 * The same, yielding now and then while it reads, so that a long document can be paused; with the
 * memory of the document's last reading, what an edit did not touch may be kept from it.
 */
export function parseDocumentSteps(
	text: string,
	language: DocumentLanguage | string,
	readers: Readers = READERS,
	memory?: ReadingMemory,
): Generator<void, ProseBlock[]> {
	return (readerOf(language, readers) ?? READERS[FALLBACK_LANGUAGE]).steps(text, memory);
}

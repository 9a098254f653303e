// The reader of each language of `languages.ts`, listed by its id, where the compiler asks for one
// per row: how its text is read into prose, and what its structure tells silencing. Reading and
// silencing take another list of readers beside it, so that a language still to be listed (in a
// test) is read by its reader alone.
import type { DocumentLanguage, ProseBlock } from '../types';
import { latexSteps } from './latex';
import { markdownSteps } from './markdown';
import { MarkdownMemory } from './markdownMemory';
import { plainTextSteps } from './plaintext';
import { latexStructure, markdownStructure, type SilenceStructure } from './silenceStructure';

/** What readers keep of one document between its readings, to read again only what an edit changed. */
export class ReadingMemory {
	readonly markdown = new MarkdownMemory();
}

export interface Reader {
	/** Its text in, prose blocks out, yielding now and then; with a memory of the document, it may keep what it read before. */
	steps: (text: string, memory?: ReadingMemory) => Generator<void, ProseBlock[]>;
	/** Its code and its switch for a whole file, if it has them. */
	silence?: SilenceStructure;
}

export const READERS: Record<DocumentLanguage, Reader> = {
	markdown: { steps: (text, memory) => markdownSteps(text, {}, memory?.markdown), silence: markdownStructure },
	latex: { steps: latexSteps, silence: latexStructure },
	plaintext: { steps: plainTextSteps },
};

/** Readers by the ids of their languages. */
export type Readers = Readonly<Record<string, Reader>>;

/** The reader of a language by its id, if the readers list it (`READERS` lists those of `languages.ts`). */
export function readerOf(id: string, readers: Readers = READERS): Reader | undefined {
	return Object.hasOwn(readers, id) ? readers[id] : undefined;
}

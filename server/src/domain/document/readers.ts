// The reader of each language of `languages.ts`, listed by its id, where the compiler asks for one
// per row: how its text is read into prose, and what its structure tells silencing. Reading and
// silencing take another list of readers beside it, so that a language still to be listed (in a
// test) is read by its reader alone.
import type { DocumentLanguage, ProseBlock } from '../types';
import { latexSteps } from './latex';
import { markdownSteps } from './markdown';
import { plainTextSteps } from './plaintext';
import { latexStructure, markdownStructure, type SilenceStructure } from './silenceStructure';

export interface Reader {
	/** Its text in, prose blocks out, yielding now and then. */
	steps: (text: string) => Generator<void, ProseBlock[]>;
	/** Its code and its switch for a whole file, if it has them. */
	silence?: SilenceStructure;
}

export const READERS: Record<DocumentLanguage, Reader> = {
	markdown: { steps: markdownSteps, silence: markdownStructure },
	latex: { steps: latexSteps, silence: latexStructure },
	plaintext: { steps: plainTextSteps },
};

/** Readers by the ids of their languages. */
export type Readers = Readonly<Record<string, Reader>>;

/** The reader of a language by its id, if the readers list it (`READERS` lists those of `languages.ts`). */
export function readerOf(id: string, readers: Readers = READERS): Reader | undefined {
	return Object.hasOwn(readers, id) ? readers[id] : undefined;
}

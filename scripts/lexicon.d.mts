/** Reads WordNet's data and index files from `dict` into the lexicon's text (see lexicon.mjs). */
export function buildLexicon(dict: string): string;

/** The light verbs whose nouns a verb's definition is read for (those of the checker's lightVerbs.ts). */
export const LIGHT_VERBS: string[];

/** The light verbs and their nouns the parts of a verb's definition open with, as "verb=noun"; `words` are WordNet's words by class. */
export function definitionPhrases(definition: string, words: Record<'n' | 'v' | 'a' | 'r', Set<string>>): string[];

/** Reads WordNet's data and index files from `dict` into the lexicon's text (see lexicon.mjs). */
export function buildLexicon(dict: string): string;

// The domain vocabulary: names, word families, discourse cues, the phrases that steer cleaning. It
// arrives as parsed JSON (the files under a corpus's vocabulary/ folder, merged by top-level key)
// so a user's corpus can bring its own; this module checks its shape once, as it is read.

import { cleaningVocabularyFrom, type CleaningVocabulary } from './corpus/clean';

export interface EntityEntry {
	id: string;
	type: string;
	names: string[];
}

export interface Vocabulary {
	entities: EntityEntry[];
	synonyms: string[][];
	antonyms: [string, string][];
	negations: string[];
	negatingWords: string[];
	pronouns: string[];
	stopwords: string[];
	signposts: string[];
	signpostAnywhere: string[];
	opinions: string[];
	opinionAnywhere: string[];
	abbreviations: string[];
	/** Names of a people used before a noun ("Uzbek officials"): the word after them is no verb. */
	demonyms: string[];
	/** Phrases that begin like a negation but deny nothing ("not only"). */
	nonNegations: string[];
	/** Phrases that deny what came before them ("… this did not occur"). */
	retractions: string[];
	/** The phrases that steer cleaning, every list present (empty where the files give none). */
	cleaning: CleaningVocabulary;
	/** Everything else (any key a later part reads), passed through untouched. */
	extra: Record<string, unknown>;
}

const STRING_LISTS = [
	'negations',
	'negatingWords',
	'pronouns',
	'stopwords',
	'signposts',
	'signpostAnywhere',
	'opinions',
	'opinionAnywhere',
	'abbreviations',
	'demonyms',
	'nonNegations',
	'retractions',
] as const;

export function emptyVocabulary(): Vocabulary {
	const lists = Object.fromEntries(STRING_LISTS.map((key) => [key, [] as string[]])) as Record<(typeof STRING_LISTS)[number], string[]>;
	return { entities: [], synonyms: [], antonyms: [], ...lists, cleaning: cleaningVocabularyFrom({}).vocabulary, extra: {} };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads merged vocabulary JSON; a malformed key is reported and left empty, the rest is kept. */
export function readVocabulary(raw: Record<string, unknown>): { vocabulary: Vocabulary; problems: string[] } {
	const vocabulary = emptyVocabulary();
	const cleaning = cleaningVocabularyFrom(raw);
	vocabulary.cleaning = cleaning.vocabulary;
	const problems = [...cleaning.problems];
	for (const [key, value] of Object.entries(raw)) {
		if (key.startsWith('$')) continue;
		if ((STRING_LISTS as readonly string[]).includes(key)) {
			if (isStringArray(value)) vocabulary[key as (typeof STRING_LISTS)[number]] = value;
			else problems.push(`vocabulary "${key}" must be a list of strings`);
		} else if (key === 'entities') {
			const entities = Array.isArray(value) ? value : [];
			for (const entry of entities) {
				const e = entry as Partial<EntityEntry>;
				if (typeof e?.id === 'string' && typeof e.type === 'string' && isStringArray(e.names)) {
					vocabulary.entities.push({ id: e.id, type: e.type, names: e.names });
				} else problems.push(`vocabulary entity ${JSON.stringify(entry).slice(0, 60)} needs an id, a type and a list of names`);
			}
		} else if (key === 'synonyms') {
			if (Array.isArray(value) && value.every(isStringArray)) vocabulary.synonyms = value as string[][];
			else problems.push('vocabulary "synonyms" must be a list of lists of strings');
		} else if (key === 'antonyms') {
			if (Array.isArray(value) && value.every((pair) => isStringArray(pair) && pair.length === 2)) {
				vocabulary.antonyms = value as [string, string][];
			} else problems.push('vocabulary "antonyms" must be a list of pairs of strings');
		} else if (!(key in vocabulary.cleaning)) {
			vocabulary.extra[key] = value;
		}
	}
	return { vocabulary, problems };
}

/**
 * Adds one vocabulary file's (or one corpus folder's) keys to those read before, so that a user's
 * corpus extends the shipped words rather than replacing them: lists under one key add up, maps
 * add their entries, and a `$comment` and the like just take the last. A key whose value has
 * another shape than before keeps the earlier value, and `problem` says so.
 */
export function mergeVocabulary(into: Record<string, unknown>, from: Record<string, unknown>, problem: (message: string) => void): void {
	for (const [key, value] of Object.entries(from)) {
		const existing = into[key];
		if (existing === undefined || key.startsWith('$')) into[key] = value;
		else if (Array.isArray(existing) && Array.isArray(value)) into[key] = [...existing, ...value];
		else if (isPlainObject(existing) && isPlainObject(value)) into[key] = { ...existing, ...value };
		// A value of another shape is a mistake in the later file: the words read before are kept.
		else problem(`"${key}" is also defined in another vocabulary file with a different shape; this file's value is ignored`);
	}
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

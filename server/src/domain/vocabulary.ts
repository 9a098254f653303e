// The domain vocabulary: names, word families, discourse cues. It arrives as parsed JSON (the
// files under a corpus's vocabulary/ folder, merged by top-level key) so a user's corpus can
// bring its own; this module only checks its shape.

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
	/** Everything else (cleaning rules and any key a later part reads), passed through untouched. */
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
	return { entities: [], synonyms: [], antonyms: [], ...lists, extra: {} };
}

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Reads merged vocabulary JSON; a malformed key is reported and left empty, the rest is kept. */
export function readVocabulary(raw: Record<string, unknown>): { vocabulary: Vocabulary; problems: string[] } {
	const vocabulary = emptyVocabulary();
	const problems: string[] = [];
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
		} else {
			vocabulary.extra[key] = value;
		}
	}
	return { vocabulary, problems };
}

// What kind of thing a name or a noun stands for (a person, a country or other place, an
// organization), read from WordNet: what "he", "the bloc" or "the two countries" can point back to.
import { LEXFILE, type Lexicon } from './lexicon';

export type Kind = 'person' | 'country' | 'organization';

/** The WordNet senses that the kinds are defined by: a sense that is one of these is of that kind. */
interface Anchors {
	person: number[];
	country: number[];
	organization: number[];
}

const anchorsCache = new WeakMap<Lexicon, Anchors>();

function anchors(lexicon: Lexicon): Anchors {
	let found = anchorsCache.get(lexicon);
	if (!found) {
		const first = (word: string) => lexicon.senses(word, 'n').slice(0, 1);
		found = { person: first('person'), country: first('country'), organization: first('organization') };
		anchorsCache.set(lexicon, found);
	}
	return found;
}

// Asked for the same nouns sentence after sentence, check after check: each is worked out once.
const known = new WeakMap<Lexicon, Map<string, Kind | null>>();

function remembered(lexicon: Lexicon, id: string, find: () => Kind | undefined): Kind | undefined {
	let forLexicon = known.get(lexicon);
	if (!forLexicon) known.set(lexicon, (forLexicon = new Map()));
	let kind = forLexicon.get(id);
	if (kind === undefined) {
		kind = find() ?? null;
		if (forLexicon.size > 50_000) forLexicon.clear();
		forLexicon.set(id, kind);
	}
	return kind ?? undefined;
}

/** The kind of a common noun's usual sense ("bloc", "nation", "president"), if it names one. */
export function nounKind(lexicon: Lexicon, lemma: string): Kind | undefined {
	return remembered(lexicon, `n:${lemma}`, () => findNounKind(lexicon, lemma));
}

function findNounKind(lexicon: Lexicon, lemma: string): Kind | undefined {
	const senses = lexicon.senses(lemma, 'n');
	const first = senses[0];
	if (first === undefined) return undefined;
	const { country, organization } = anchors(lexicon);
	if (lexicon.lexfile(first) === LEXFILE.nounPerson) return 'person';
	// "nation", "country": a state as a people under a government; a place's name is a country too.
	if (senses.slice(0, 2).some((s) => country.some((c) => lexicon.isA(s, c)))) return 'country';
	if (organization.some((o) => lexicon.isA(first, o))) return 'organization';
	return undefined;
}

/** The kind of a proper name WordNet knows ("Kyrgyzstan", "NATO", "Putin"). */
export function nameKind(lexicon: Lexicon, name: string): Kind | undefined {
	return remembered(lexicon, `N:${name}`, () => findNameKind(lexicon, name));
}

function findNameKind(lexicon: Lexicon, name: string): Kind | undefined {
	const first = lexicon.senses(name.toLowerCase().replace(/\s+/g, '_'), 'n')[0];
	if (first === undefined) return undefined;
	const lexfile = lexicon.lexfile(first);
	if (lexfile === LEXFILE.nounPerson) return 'person';
	if (lexfile === LEXFILE.nounLocation) return 'country';
	if (lexfile === LEXFILE.nounGroup) return 'organization';
	return undefined;
}

/** The kind of an entity of the vocabulary, from its type ("country", "organization", "city", "militia"). */
export function typeKind(lexicon: Lexicon, type: string): Kind | undefined {
	if (type === 'person' || type === 'country' || type === 'organization') return type;
	if (type === 'region' || type === 'city' || type === 'place') return 'country';
	return nounKind(lexicon, type.toLowerCase());
}

// What the sentences of a paper point back to. Writers name an actor once and then say "it", "he",
// "the bloc" or "the two countries"; a sentence read alone has lost who it is about. This module
// follows the actors named sentence by sentence (the subject of a sentence first, as readers do),
// and resolves each pronoun and definite description to the actors it most likely stands for:
// in the sentence itself before it, then the sentences before in the section, then the section's
// heading and the title.
import type { Token } from '../text/analyzer';
import type { Span } from '../types';
import { nameKind, nounKind, typeKind, type Kind } from '../language/kinds';
import type { Lexicon } from '../language/lexicon';
import type { TaggedWord } from '../language/tagger';

/** An actor named in a sentence: an entity of the vocabulary, or a proper name of one or more words. */
export interface Mention {
	keys: string[];
	kind: Kind | undefined;
	/** The tokens' kind: vocabulary entity or a plain proper name. */
	token: 'entity' | 'name';
	start: number;
	end: number;
	/** Named in the subject of the sentence's first clause. */
	subject: boolean;
}

/** A pronoun or definite description, and the actors it stands for. */
export interface Referent {
	start: number;
	end: number;
	mentions: Mention[];
}

/** What discourse needs of one sentence. */
export interface DiscourseSentence {
	text: string;
	/** A heading starts a section; its actors are the section's topic. */
	heading: boolean;
	/** The heading's level (1 for a title), for knowing where a section ends. */
	level?: number;
	block: number;
	words: TaggedWord[];
	tokens: Token[];
	/** The subject of the sentence's first clause. */
	subject?: Span;
}

export interface DiscourseOptions {
	lexicon: Lexicon;
	/** The vocabulary type of an entity key (`@uzbekistan` → "country"). */
	entityType: (key: string) => string | undefined;
	/** The names of an entity key ("CSTO", "Collective Security Treaty Organization"). */
	entityNames?: (key: string) => readonly string[];
	/** How many sentences back a pronoun may look. */
	reach?: number;
}

const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself']);
const NEUTER = new Set(['it', 'its', 'itself']);
const PLURAL = new Set(['they', 'them', 'their', 'theirs', 'themselves']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their']);

/** The actors a sentence names, with consecutive name words read as one name. */
export function mentionsOf(sentence: DiscourseSentence, options: DiscourseOptions): Mention[] {
	const mentions: Mention[] = [];
	const inSubject = (t: Token) => sentence.subject !== undefined && t.start >= sentence.subject.start && t.end <= sentence.subject.end;
	// A person is the subject of a later clause too where its verb follows the name ("after Mirziyoyev
	// spoke to Trump, … he intended"): "he" goes back to who acted, not to whom it was done.
	const actsLater = (end: number, kind: Kind | undefined) => kind === 'person' && verbFollows(sentence.words, end);
	// A name that opens the sentence is read as a plain word by the analyzer; the tagger knows it for a name.
	const isName = (t: Token) =>
		t.kind === 'name' || (t.kind === 'word' && t.start === 0 && sentence.words.some((w) => w.start === t.start && w.pos === 'PROPN'));
	for (let i = 0; i < sentence.tokens.length; i++) {
		const token = sentence.tokens[i]!;
		if (token.kind === 'entity') {
			const type = options.entityType(token.key);
			mentions.push({
				keys: [token.key],
				kind: type ? typeKind(options.lexicon, type) : undefined,
				token: 'entity',
				start: token.start,
				end: token.end,
				subject: inSubject(token) || actsLater(token.end, type ? typeKind(options.lexicon, type) : undefined),
			});
		} else if (isName(token)) {
			let j = i;
			while (j + 1 < sentence.tokens.length && isName(sentence.tokens[j + 1]!) && sentence.tokens[j + 1]!.start - sentence.tokens[j]!.end <= 1) j++;
			const parts = sentence.tokens.slice(i, j + 1);
			const start = parts[0]!.start;
			const end = parts[parts.length - 1]!.end;
			const kind = nameKind(options.lexicon, sentence.text.slice(start, end)) ?? titledKind(sentence, start, options.lexicon);
			mentions.push({ keys: parts.map((p) => p.key), kind, token: 'name', start, end, subject: parts.some(inSubject) || actsLater(end, kind) });
			i = j;
		}
	}
	return mentions;
}

/** "Colonel Roshchupkin", "spokesman Asadov": a person's title or office right before the name. */
function titledKind(sentence: DiscourseSentence, start: number, lexicon: Lexicon): Kind | undefined {
	const before = sentence.words.filter((w) => w.end <= start).at(-1);
	if (!before || start - before.end > 1 || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) return undefined;
	return nounKind(lexicon, before.lemma) === 'person' ? 'person' : undefined;
}

interface Anaphor {
	start: number;
	end: number;
	/** Kinds it may stand for; empty for any. */
	kinds: Kind[];
	/** How many actors it stands for. */
	count: 1 | 2 | 'plural';
	/** A possessive or object pronoun looks in its own sentence first. */
	local: boolean;
	/** It opens its sentence: only such a subject may point as far back as the heading or the title. */
	initial: boolean;
	/**
	 * Described on the spot ("the Eurasian military bloc"): it stands for an actor of its kind named
	 * before it in its own sentence, and no other ("the new strategic partnership" is a thing).
	 */
	described?: true;
	/** A noun names the kind ("the country"): an actor known to be of that kind comes before a name of no known kind. */
	kindNamed?: true;
	/** The noun of a description ("organization" of "the organization's summit"). */
	noun?: string;
	/** It is the sentence's first words. */
	opening?: true;
}

/** The pronouns and definite descriptions of a sentence. */
function anaphorsOf(sentence: DiscourseSentence, lexicon: Lexicon, mentions: Mention[]): Anaphor[] {
	const found: Anaphor[] = [];
	const words = sentence.words;
	const named = (w: TaggedWord) => mentions.some((m) => w.start < m.end && w.end > m.start);
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (w.pos === 'PRON' || (w.pos === 'DET' && POSSESSIVE.has(w.lower))) {
			const local = POSSESSIVE.has(w.lower) || i > 0;
			const initial = i === 0;
			if (PERSONAL.has(w.lower)) found.push({ start: w.start, end: w.end, kinds: ['person'], count: 1, local, initial });
			else if (NEUTER.has(w.lower)) found.push({ start: w.start, end: w.end, kinds: ['country', 'organization'], count: 1, local, initial });
			else if (PLURAL.has(w.lower)) found.push({ start: w.start, end: w.end, kinds: [], count: 'plural', local, initial });
			continue;
		}
		if (w.lower !== 'the' && w.lower !== 'both') continue;
		// "the two countries", "both leaders", "the bloc": the noun names the kind.
		let k = i + 1;
		let count: Anaphor['count'] = 1;
		if (words[k]?.lower === 'two') {
			count = 2;
			k++;
		} else if (w.lower === 'both') count = 2;
		// "the league", "the two ports": a described actor has no adjective of its own ("the new ferry
		// service" is a thing), but for a bloc or a country said where it is ("the Northern trading bloc").
		const modifiers = k;
		while (k < words.length && (words[k]!.pos === 'ADJ' || words[k]!.pos === 'PROPN' || words[k]!.lower === '-')) k++;
		// "the South American trade bloc": the last noun of a run heads it.
		if (k > modifiers) while (words[k]?.pos === 'NOUN' && words[k + 1]?.pos === 'NOUN') k++;
		const noun = words[k];
		if (!noun || noun.pos !== 'NOUN' || named(noun)) continue;
		// "the organization's summit" is the organization; "the organization of …" and "the bloc Russia leads" are described on the spot.
		const after = words[k + 1];
		if (after && (after.lower === 'of' || after.pos === 'PROPN' || (after.pos === 'NOUN' && after.lower !== "'s"))) continue;
		const kind = nounKind(lexicon, noun.lemma);
		if (!kind && count === 1) continue;
		// A noun that names one actor's kind ("the bloc") stands for the nearest actor of that kind: one
		// named before it in its own sentence first ("the SCO's exercises … the organisation's drills");
		// and, as clear as a sentence's opening subject, it may point as far back as the heading or the title.
		const oneOfKind = kind !== undefined && count === 1;
		if (k > modifiers && kind !== 'organization' && kind !== 'country') continue;
		found.push({
			start: w.start,
			end: noun.end,
			kinds: kind ? [kind] : [],
			count,
			local: oneOfKind,
			initial: i === 0 || oneOfKind,
			...(k > modifiers ? { described: true } : {}),
			...(i === 0 ? { opening: true } : {}),
			...(kind ? { kindNamed: true } : {}),
			noun: noun.lower,
		});
	}
	return found;
}

const fits = (anaphor: Anaphor, mention: Mention) =>
	anaphor.kinds.length === 0
		? mention.kind !== 'person' || anaphor.count !== 1
		: mention.kind !== undefined
			? anaphor.kinds.includes(mention.kind)
			: !anaphor.kinds.includes('person');

/** Distinct actors, most salient first: subjects before others, then the later before the earlier. */
function ranked(mentions: Mention[]): Mention[] {
	return [...mentions].sort((a, b) => Number(b.subject) - Number(a.subject) || b.start - a.start);
}

function distinct(mentions: Mention[]): Mention[] {
	const seen = new Set<string>();
	return mentions.filter((m) => {
		const id = m.keys.join(' ');
		if (seen.has(id)) return false;
		seen.add(id);
		return true;
	});
}

/** The actors an anaphor stands for, from the sentences before it (nearest first). */
function resolve(
	anaphor: Anaphor,
	own: Mention[],
	history: Mention[][],
	section: readonly (readonly Mention[])[],
	words: TaggedWord[],
	options: DiscourseOptions,
): Mention[] {
	const before = own.filter((m) => m.end <= anaphor.start);
	// "Marr and Varga signed a charter on dredging their shared channel": "their" is the actors
	// named together nearest before it in its own sentence.
	if (anaphor.count === 'plural' && anaphor.local) {
		const together = joinedBefore(before, words);
		if (together.length >= 2) return together;
	}
	// A country described where it opens its sentence ("The small coastal nation left in 1931")
	// goes on with the sentence before, as its subject does; one inside a sentence is described on the
	// spot, and so is any other thing ("The new ferry service grew" names a thing of its own).
	const pools = anaphor.described
		? [before, ...(anaphor.opening && anaphor.kinds.includes('country') ? history.slice(0, 1) : [])]
		: [...(anaphor.local && before.length > 0 ? [before] : []), ...history, ...(anaphor.initial ? section : [])];
	if (anaphor.count === 2) {
		const all = distinct(pools.flatMap((pool) => [...pool].sort((a, b) => b.start - a.start)).filter((m) => fits(anaphor, m)));
		if (all.length < 2) return [];
		// The two of one kind: "the two sides" after naming two countries.
		const kind = all[0]!.kind;
		const pair = all.filter((m) => m.kind === kind).slice(0, 2);
		return pair.length === 2 ? pair : [];
	}
	const byName = namedBy(anaphor, pools, options);
	if (byName) return [byName];
	for (const pool of pools) {
		const fitting = pool.filter((m) => fits(anaphor, m));
		const known = anaphor.kindNamed ? fitting.filter((m) => m.kind !== undefined) : [];
		const candidates = ranked(known.length > 0 ? known : fitting);
		if (candidates.length === 0) continue;
		if (anaphor.count === 'plural') {
			// "they" after "Karimov and Nazarbayev met": the actors named together as subject.
			const subjects = candidates.filter((m) => m.subject);
			if (subjects.length >= 2) return distinct(subjects);
			const group = candidates.find((m) => m.kind === 'organization');
			if (group) return [group];
			continue;
		}
		return [candidates[0]!];
	}
	return [];
}

/**
 * "The flooding was worst in its first week, and once it receded it had ruined …": "it" after
 * its sentence's subject, a thing that names no actor, points back to that thing, not to an actor of
 * an earlier sentence.
 */
function pointsToThingSubject(anaphor: Anaphor, sentence: DiscourseSentence, own: Mention[], lexicon: Lexicon): boolean {
	const subject = sentence.subject;
	// (A possessive may still be an actor's: "That prudence has kept its harbour busy.")
	if (!subject || sentence.text.slice(anaphor.start, anaphor.end).toLowerCase() !== 'it') return false;
	if (subject.end > anaphor.start) return false;
	return isThing(sentence, subject, own, lexicon);
}

/**
 * "That prudence has kept its harbour busy. But it has also cost …": "it" as the subject of the next
 * sentence goes on with that sentence's subject, a thing that names no actor, as readers take it.
 */
function continuesThingSubject(
	anaphor: Anaphor,
	sentence: DiscourseSentence,
	previous: { sentence: DiscourseSentence; own: Mention[] } | undefined,
	lexicon: Lexicon,
): boolean {
	const subject = sentence.subject;
	const before = previous?.sentence.subject;
	if (!previous || !before || !subject || sentence.text.slice(anaphor.start, anaphor.end).toLowerCase() !== 'it') return false;
	if (anaphor.start < subject.start || anaphor.end > subject.end) return false;
	return isThing(previous.sentence, before, previous.own, lexicon);
}

/** Whether a sentence's subject is a thing: its head a noun for no actor's kind, and no actor named in it. */
function isThing(sentence: DiscourseSentence, subject: Span, mentions: Mention[], lexicon: Lexicon): boolean {
	if (mentions.some((m) => m.start < subject.end && m.end > subject.start)) return false;
	const head = sentence.words.filter((w) => w.start >= subject.start && w.end <= subject.end).at(-1);
	// "the country …, and it was soon drawn into a toll war": a noun for an actor's kind is the actor.
	return head?.pos === 'NOUN' && !head.lower.endsWith('s') && nounKind(lexicon, head.lemma) === undefined;
}

/** "organisation" and "organization" are one word. */
const spelling = (word: string) => word.toLowerCase().replace(/is(ation|e|ed|ing)$/, 'iz$1');

/**
 * The actor a description names by a word of its name: "the union's meeting" after "the
 * Coastal Pilots' Union", though a ferry company was named since. The
 * nearest such actor of the description's kind, within the sentences it may look back to.
 */
function namedBy(anaphor: Anaphor, pools: readonly (readonly Mention[])[], options: DiscourseOptions): Mention | undefined {
	if (!anaphor.noun || !anaphor.kindNamed || anaphor.count !== 1 || !options.entityNames) return undefined;
	const noun = spelling(anaphor.noun);
	const names = (m: Mention) =>
		m.token === 'entity' && m.keys.some((k) => options.entityNames!(k).some((n) => n.split(/[^\p{L}]+/u).some((w) => spelling(w) === noun)));
	for (const pool of pools) {
		const found = ranked(pool.filter((m) => fits(anaphor, m) && names(m)))[0];
		if (found) return found;
	}
	return undefined;
}

/** Whether the word after `end` is a verb: the name before it is that verb's subject. */
function verbFollows(words: readonly TaggedWord[], end: number): boolean {
	const next = words.find((w) => w.start >= end);
	return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/**
 * The last run of actors joined by "and" or commas ("Marr and Varga", "Eastland, Westmark and Kelmouth")
 * that is a subject, its verb right after it, among mentions in order: "with Eastland and Westmark in
 * 1931" is no one "they" goes back to.
 */
function joinedBefore(mentions: Mention[], words: TaggedWord[]): Mention[] {
	const sorted = [...mentions].sort((a, b) => a.start - b.start);
	let run: Mention[] = [];
	let last: Mention[] = [];
	for (const m of sorted) {
		const prev = run.at(-1);
		const between = prev ? words.filter((w) => w.start >= prev.end && w.end <= m.start) : [];
		if (prev && between.length > 0 && between.every((w) => w.lower === 'and' || w.lower === ',' || w.lower === '&')) run.push(m);
		else run = [m];
		if (run.length >= 2 && verbFollows(words, m.end)) last = [...run];
	}
	return distinct(last);
}

/**
 * What the sentences of a block may point back to beyond their block: the actors of the section's
 * heading and of the title. Nothing else crosses a block's edge (see `resolveDiscourse`).
 */
export interface DiscourseContext {
	readonly title: readonly Mention[];
	readonly heading: readonly Mention[];
}

/** Where a document starts: no heading and no title yet. */
export const NO_CONTEXT: DiscourseContext = Object.freeze({ title: [], heading: [] });

/**
 * Resolves the anaphors of each sentence, in document order: to the actors of the sentences before
 * it in its paragraph, else to those of the section's heading, else to the title's. A paragraph is
 * read on its own: a writer who points back across a paragraph break names the actor again.
 */
export function resolveDiscourse(sentences: DiscourseSentence[], options: DiscourseOptions): Referent[][] {
	const result: Referent[][] = [];
	let context = NO_CONTEXT;
	for (let i = 0; i < sentences.length;) {
		let end = i + 1;
		while (end < sentences.length && sentences[end]!.block === sentences[i]!.block) end++;
		const block = resolveBlock(sentences.slice(i, end), context, options);
		result.push(...block.referents);
		context = block.context;
		i = end;
	}
	return result;
}

/**
 * Resolves the sentences of one block, begun in `context`; gives their referents and the context the
 * block leaves to the next (a heading's actors are the next section's topic). A block depends on
 * nothing before it but its context, so a block read again in the same context reads the same.
 */
export function resolveBlock(
	sentences: readonly DiscourseSentence[],
	start: DiscourseContext,
	options: DiscourseOptions,
): { referents: Referent[][]; context: DiscourseContext } {
	const reach = options.reach ?? 4;
	const result: Referent[][] = [];
	let history: Mention[][] = [];
	let { title, heading } = start;
	let previous: { sentence: DiscourseSentence; own: Mention[] } | undefined;
	for (const sentence of sentences) {
		const own = remembered(sentence, () => mentionsOf(sentence, options), mentionsKnown);
		if (sentence.heading) {
			if (title.length === 0 && (sentence.level ?? 1) <= 1) title = own;
			heading = own;
			history = [];
			previous = undefined;
			result.push([]);
			continue;
		}
		const referents: Referent[] = [];
		const section = [heading, title].filter((p) => p.length > 0);
		for (const anaphor of remembered(sentence, () => anaphorsOf(sentence, options.lexicon, own), anaphorsKnown)) {
			if (pointsToThingSubject(anaphor, sentence, own, options.lexicon) || continuesThingSubject(anaphor, sentence, previous, options.lexicon)) continue;
			const mentions = resolve(anaphor, own, history, section, sentence.words, options);
			if (mentions.length > 0) referents.push({ start: anaphor.start, end: anaphor.end, mentions });
		}
		result.push(referents);
		// What a pronoun stood for is named again, for the next sentence's pronouns ("It … Its … It").
		const resolved = referents.flatMap((r) =>
			r.mentions.map((m) => ({
				...m,
				start: r.start,
				end: r.end,
				subject: sentence.subject !== undefined && r.start >= sentence.subject.start && r.end <= sentence.subject.end,
			})),
		);
		history = [[...own, ...resolved].sort((a, b) => a.start - b.start), ...history].slice(0, reach);
		previous = { sentence, own };
	}
	const context = title === start.title && heading === start.heading ? start : { title, heading };
	return { referents: result, context };
}

/** Whether two contexts hold the same actors, said the same way: a block read in either reads the same. */
export function sameContext(a: DiscourseContext, b: DiscourseContext): boolean {
	return sameMentions(a.title, b.title) && sameMentions(a.heading, b.heading);
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	return a.every((m, i) => {
		const n = b[i]!;
		return (
			m.kind === n.kind &&
			m.token === n.token &&
			m.start === n.start &&
			m.end === n.end &&
			m.subject === n.subject &&
			m.keys.length === n.keys.length &&
			m.keys.every((k, j) => k === n.keys[j])
		);
	});
}

// What a sentence names and where its pronouns are depend on its text alone (its tokens, read once
// per text and kept): found once, not at every check of the paper.
const mentionsKnown = new WeakMap<Token[], Mention[]>();
const anaphorsKnown = new WeakMap<Token[], Anaphor[]>();

function remembered<T>(sentence: DiscourseSentence, find: () => T, known: WeakMap<Token[], T>): T {
	let found = known.get(sentence.tokens);
	if (found === undefined) {
		found = find();
		known.set(sentence.tokens, found);
	}
	return found;
}

/** Whether a pronoun or description at [start, end) is resolved, and to what. */
export function referentAt(referents: Referent[], span: Span): Referent | undefined {
	return referents.find((r) => r.start >= span.start && r.end <= span.end);
}

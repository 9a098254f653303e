// The passages a claim is compared with: a sentence of a source alone, or read with the sentence
// before or after it in its paragraph, with what they say (words, actors, dates, figures) gathered once.
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import { sameKey } from '../text/analyzer';
import type { DateMention, DatePoint, Evidence, NumberMention } from '../types';
import { samePoint } from '../facts/dateParts';
import { resolveDiscourse, type DiscourseOptions } from '../claims/discourse';
import { SourceVoices } from '../claims/sourceVoices';
import { passageSubjects, passageWords } from './events';
import { titleThingOf } from './titleThing';
import { RecentCache } from './recentCache';

/** One or two neighbouring sentences of a source, read together. */
export interface Unit {
	sentences: EvidenceSentence[];
	keys: string[];
	keySet: Set<string>;
	entities: Set<string>;
	dates: EvidencePoint[];
	numbers: { mention: NumberMention; sentence: EvidenceSentence; used: boolean }[];
	/** Read together with a neighbour: slightly less telling than a sentence that says it all. */
	pair: boolean;
}

export interface EvidencePoint {
	point: DatePoint;
	mention: DateMention;
	sentence: EvidenceSentence;
	used: boolean;
	/** Used up by a single date of the claim, not by a claimed range. */
	bySingle?: boolean;
}

/** How a finding names a passage: its source's label, with its page ("Weitz 2014, p. 146"). */
export function label(corpus: Corpus, evidence: Pick<Evidence, 'key' | 'page'>): string {
	const name = corpus.sourceLabel(evidence.key);
	return evidence.page ? `${name}, p. ${evidence.page}` : name;
}

/** The pages two sentences read together are on: "146" and "146-147" make "146-147". */
export function pagesOf(first: string | undefined, last: string | undefined): string | undefined {
	if (first === undefined || last === undefined || first === last) return first ?? last;
	const from = first.split(/[-–]/)[0]!;
	const to = last.split(/[-–]/).at(-1)!;
	return from === to ? from : `${from}-${to}`;
}

export function evidenceOf(unit: Unit, score: number): Evidence {
	const first = unit.sentences[0]!;
	const last = unit.sentences[unit.sentences.length - 1]!;
	const page = pagesOf(first.page, last.page);
	return {
		key: first.key,
		...(page !== undefined ? { page } : {}),
		quote: unit.sentences.map((s) => s.text).join(' '),
		location: { start: first.location.start, end: last.location.end },
		score: Math.round(score * 100) / 100,
	};
}

// Units depend only on the corpus, and the same passages come up for claim after claim.
const unitCache = new WeakMap<Corpus, Map<string, Unit>>();

/** Each candidate alone, and with the sentence before and after it in the same paragraph. */
export function unitsAround(candidates: EvidenceSentence[], corpus: Corpus): Unit[] {
	const units: Unit[] = [];
	const seen = new Set<string>();
	let cache = unitCache.get(corpus);
	if (!cache) unitCache.set(corpus, (cache = new Map()));
	const add = (sentences: EvidenceSentence[]) => {
		const id = sentences.map((s) => s.id).join(',');
		if (seen.has(id)) return;
		seen.add(id);
		let unit = cache.get(id);
		if (!unit) cache.set(id, (unit = makeUnit(sentences, corpus)));
		units.push(unit);
	};
	for (const sentence of candidates) {
		add([sentence]);
		const before = corpus.retriever.sentence(sentence.id - 1);
		const after = corpus.retriever.sentence(sentence.id + 1);
		if (before && neighbours(before, sentence)) add([before, sentence]);
		if (after && neighbours(sentence, after)) add([sentence, after]);
		for (const later of pointingBack(sentence, corpus)) add([sentence, later]);
	}
	return units;
}

// How far on a description may point back to an event told before it ("… Marr said during the Oct. 14 visit").
const POINTS_BACK = 3;

const pointers = new WeakMap<EvidenceSentence, EvidenceSentence[]>();

/**
 * The sentences a little further on that date this one's event by a dated description of it: "At a
 * fish market south of Kelmouth, Marr was loudly cheered when he visited" and, two sentences on,
 * "Marr said during the Oct. 14 visit". The two are read together, as neighbours are.
 */
function pointingBack(sentence: EvidenceSentence, corpus: Corpus): EvidenceSentence[] {
	let found = pointers.get(sentence);
	if (found) return found;
	found = [];
	if (sentence.dates.length === 0 && sentence.aside === undefined) {
		let lemmas: Set<string> | undefined;
		for (let id = sentence.id + 2; id <= sentence.id + POINTS_BACK; id++) {
			const later = corpus.retriever.sentence(id);
			if (!later || later.key !== sentence.key || later.caption) break;
			// Only a sentence with a date after "the" is tagged: most have none.
			const described = later.dates.filter((date) => /\bthe\s+$/i.test(later.text.slice(Math.max(0, date.span.start - 4), date.span.start)));
			if (described.length === 0) continue;
			lemmas ??= new Set(
				passageWords(sentence, corpus.tagger)
					.filter((w) => w.pos === 'VERB' || w.pos === 'NOUN')
					.map((w) => w.lemma),
			);
			if (describesDated(later, described, lemmas, corpus)) found.push(later);
		}
	}
	pointers.set(sentence, found);
	return found;
}

/** Whether one of these dates after "the" is written before a noun of the earlier sentence ("the Aug. 29 visit" after "visited"). */
function describesDated(sentence: EvidenceSentence, dates: DateMention[], lemmas: Set<string>, corpus: Corpus): boolean {
	const words = passageWords(sentence, corpus.tagger);
	return dates.some((date) => {
		const noun = words.find((w) => w.start >= date.span.end);
		return noun !== undefined && noun.pos === 'NOUN' && lemmas.has(noun.lemma);
	});
}

/**
 * Two sentences read together: next to each other in one paragraph, or the last of a paragraph and
 * the first of the next, where a report names the speaker and then quotes them. Captions stand alone.
 */
export function neighbours(a: EvidenceSentence, b: EvidenceSentence): boolean {
	if (a.key !== b.key || a.caption || b.caption) return false;
	return a.paragraph === b.paragraph || a.paragraph === b.paragraph - 1;
}

export function makeUnit(sentences: EvidenceSentence[], corpus: Corpus): Unit {
	// An aside is read alone: the sentences around it in its comment are not the source's.
	const alone = sentences[0]!.aside !== undefined;
	const keys: string[] = [];
	const entities = new Set<string>();
	for (const sentence of sentences) {
		for (const token of sentence.analysis.tokens) {
			keys.push(token.key);
			if (token.kind === 'entity') entities.add(token.key);
		}
	}
	// "It returned in 2006": the actor is named in a sentence before, maybe two or three back.
	let current = sentences[0]!;
	// A "his" or "her" in a passage that names a person itself is mostly that person's: "Following her
	// meeting with Marr, Varga praised …" is Varga's meeting, not that of the man named before.
	// ("It joined … after the Northern Compact dissolved" still goes back to the country before.)
	for (let back = 0; back < 3 && current.analysis.pronoun; back++) {
		const previous = alone ? undefined : corpus.retriever.sentence(current.id - 1);
		if (!previous || previous.key !== current.key) break;
		// The antecedent is the earlier sentence's leading actor of each kind, not everyone it lists.
		const kinds = new Set<string | undefined>(namesPerson(entities, corpus) ? ['person'] : []);
		for (const e of previous.analysis.entities) {
			const kind = corpus.analyzer.entityType(e);
			if (kinds.has(kind)) continue;
			kinds.add(kind);
			entities.add(e);
		}
		current = previous;
	}
	// "Even that process was slow, with the league requiring …": the actors its definite
	// descriptions stand for, as a writer's are read.
	if (!alone) for (const sentence of sentences) for (const key of referredActors(sentence, corpus)) entities.add(key);
	// "The formal opening took place …" in the source titled "Kelmouth Ferry Terminal": "the facility" is the
	// thing the source is about.
	if (!alone)
		for (const token of sentences.flatMap((sentence) => titleThingOf(sentence, corpus))) {
			keys.push(token.key);
			if (token.kind === 'entity') entities.add(token.key);
		}
	const dates: EvidencePoint[] = [];
	const numbers: Unit['numbers'] = [];
	for (const sentence of sentences) {
		for (const mention of sentence.dates) {
			dates.push({ point: mention.start, mention, sentence, used: false });
			if (!samePoint(mention.start, mention.end)) dates.push({ point: mention.end, mention, sentence, used: false });
		}
		for (const mention of sentence.numbers) numbers.push({ mention, sentence, used: false });
	}
	return { sentences, keys, keySet: new Set(keys), entities, dates, numbers, pair: sentences.length > 1 };
}

export function hasKey(unit: Unit, key: string): boolean {
	return unit.keySet.has(key) || (key[0] !== '@' && key[0] !== '~' && unit.sentences.some((s) => sentenceHasKey(s, key)));
}

// Per passage sentence, the keys asked of it lately (a writer's words are new in every session).
const sentenceKeys = new WeakMap<EvidenceSentence, RecentCache<boolean>>();
const KEYS_KEPT = 512;

/** Whether a passage sentence has a word of this key, or of a stem that differs only in its ending; remembered. */
export function sentenceHasKey(sentence: EvidenceSentence, key: string): boolean {
	let known = sentenceKeys.get(sentence);
	if (!known) sentenceKeys.set(sentence, (known = new RecentCache(KEYS_KEPT)));
	let has = known.get(key);
	if (has === undefined) {
		has = sentence.analysis.tokens.some((t) => sameKey(t.key, key));
		known.set(key, has);
	}
	return has;
}

const referred = new WeakMap<EvidenceSentence, string[]>();

/**
 * The actors a passage sentence's pronouns and definite descriptions ("they", "the league", "the two
 * ports") stand for, found as in a writer's paper in the sentences before it in its source.
 */
function referredActors(sentence: EvidenceSentence, corpus: Corpus): string[] {
	let found = referred.get(sentence);
	if (found) return found;
	const before: EvidenceSentence[] = [];
	for (let id = sentence.id - 1; id >= 0 && before.length < 3; id--) {
		const previous = corpus.retriever.sentence(id);
		if (!previous || previous.key !== sentence.key || previous.aside !== undefined) break;
		before.unshift(previous);
	}
	const read = [...before, sentence].map((s) => {
		const subject = passageSubjects(s, corpus.tagger)[0];
		return { text: s.text, heading: false, block: 0, words: passageWords(s, corpus.tagger), tokens: s.analysis.tokens, ...(subject ? { subject } : {}) };
	});
	const referents = resolveDiscourse(read, discourseOptions(corpus)).at(-1) ?? [];
	// As above: a "his" in a sentence that names a person is mostly that person's.
	const person = namesPerson(sentence.analysis.entities, corpus);
	const kept = (key: string) => !(person && corpus.analyzer.entityType(key) === 'person');
	found = [...new Set(referents.flatMap((r) => r.mentions.filter((m) => m.token === 'entity').flatMap((m) => m.keys)))].filter(kept);
	referred.set(sentence, found);
	return found;
}

/** Whether these actors include a person: a "his" or "her" beside one is mostly that person's. */
function namesPerson(keys: Iterable<string>, corpus: Corpus): boolean {
	for (const key of keys) if (corpus.analyzer.entityType(key) === 'person') return true;
	return false;
}

/** What discourse needs of a corpus: the kinds and names of its vocabulary's actors. */
export function discourseOptions(corpus: Corpus): DiscourseOptions {
	return {
		lexicon: corpus.lexicon,
		entityType: (key) => corpus.analyzer.entityType(key),
		entityNames: (key) => corpus.analyzer.entityNames(key),
	};
}

const voices = new WeakMap<Corpus, SourceVoices>();

/** Who speaks for the corpus's sources: their authors and publishers, as a writer names them in a clause's subject. */
export function sourceVoicesOf(corpus: Corpus): SourceVoices {
	let known = voices.get(corpus);
	if (!known) {
		const speakers = [...corpus.sources.values()].map(({ meta }) => ({
			key: meta.key,
			people: meta.authors.map((a) => a.family),
			bodies: meta.publisher ? [meta.publisher] : [],
		}));
		voices.set(corpus, (known = new SourceVoices(speakers)));
	}
	return known;
}

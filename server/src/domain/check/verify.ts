import { shortLabel } from '../corpus/bibliography';
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import { formatDate, formatRange, sameDate } from '../facts/dates';
import { comparable, formatNumber, isFigure, sameNumber } from '../facts/numbers';
import { sameKey, type Negation, type Token } from '../text/analyzer';
import type { DateMention, DatePoint, Evidence, NumberMention, Span, Verdict } from '../types';
import type { Vocabulary } from '../vocabulary';
import type { Claim } from './claims';

/** A replacement inside the claim's sentence text (offsets into `Sentence.text`). */
export interface SentenceEdit {
	start: number;
	end: number;
	newText: string;
}

export interface Judgement {
	verdict: Verdict;
	message: string;
	/** Passages that support the claim (or that the problem was found in), best first. */
	evidence: Evidence[];
	edits: SentenceEdit[];
	/** A short description of the fix, for a code action title. */
	fixLabel?: string;
}

export interface VerifyOptions {
	/** Candidate sentences fetched from the index per claim. */
	candidates: number;
	/** Share of the claim's weighted words a passage must contain to support it. */
	support: number;
	/** The lower share that does when the words and facts shared weigh at least `sharedWeight`. */
	looseSupport: number;
	sharedWeight: number;
	/** Share needed to say a passage describes the same event (for wrong dates and figures). */
	event: number;
	/** Share of the claim's weighted words (actors aside) a passage must contain to give it another date or figure. */
	eventWords: number;
	/** Told about every passage weighed, for explaining a verdict. */
	trace?: (kind: string, score: number, quote: string) => void;
}

export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = { candidates: 24, support: 0.66, looseSupport: 0.5, sharedWeight: 16, event: 0.6, eventWords: 0.5 };

/** One or two neighbouring sentences of a source, read together. */
interface Unit {
	sentences: EvidenceSentence[];
	keys: string[];
	keySet: Set<string>;
	entities: Set<string>;
	dates: EvidencePoint[];
	numbers: { mention: NumberMention; sentence: EvidenceSentence; used: boolean }[];
	/** Read together with a neighbour: slightly less telling than a sentence that says it all. */
	pair: boolean;
}

interface EvidencePoint {
	point: DatePoint;
	mention: DateMention;
	sentence: EvidenceSentence;
	used: boolean;
	/** Used up by a single date of the claim, not by a claimed range. */
	bySingle?: boolean;
}

interface ClaimPoint {
	point: DatePoint;
	mention: DateMention;
	role: 'point' | 'start' | 'end';
}

type Outcome =
	| { kind: 'supported'; score: number; unit: Unit; shared: number }
	| { kind: 'wrong-date' | 'wrong-number'; score: number; unit: Unit; edits: SentenceEdit[]; said: string; distance: number; precise: boolean }
	| { kind: 'contradicted'; score: number; unit: Unit }
	| { kind: 'partial'; score: number; unit: Unit };

const PROBLEM_ORDER: Outcome['kind'][] = ['wrong-date', 'wrong-number', 'contradicted'];

export function verifyClaim(claim: Claim, corpus: Corpus, options: VerifyOptions = DEFAULT_VERIFY_OPTIONS): Judgement {
	const tokens = uniqueTokens(claim.analysis.tokens, corpus);
	if (tokens.length === 0) return unsupported('No source says this.');
	const outcomes: Outcome[] = [];
	for (const unit of unitsAround(corpus.retrieve(claim.analysis, options.candidates), corpus)) {
		const outcome = judgeUnit(claim, tokens, unit, corpus, options);
		if (outcome) outcomes.push(outcome);
		options.trace?.(outcome?.kind ?? 'unrelated', outcome?.score ?? 0, unit.sentences.map((s) => s.text).join(' '));
	}
	// A long claim adds words of its own to what it paraphrases: a passage that shares a great deal of
	// it supports it at a lower share.
	const supports = outcomes
		.filter((o) => o.kind === 'supported' && (o.score >= options.support || (o.score >= options.looseSupport && o.shared >= options.sharedWeight)))
		.sort(byScore);
	const problem = pickProblem(outcomes.filter((o) => PROBLEM_ORDER.includes(o.kind) && o.score >= options.event));
	// A passage that plainly tells this very event with another date or figure outweighs one that only
	// loosely agrees; so does one that plainly says the opposite, against a support by a lower share.
	if (supports.length > 0 && !(problem && (problem.kind !== 'contradicted' || supports[0]!.score < options.support) && problem.score >= supports[0]!.score + 0.15)) {
		const evidence = bestPerSource(supports).map((o) => evidenceOf(o.unit, o.score));
		return {
			verdict: 'supported',
			message: `Supported by ${evidence.map((e) => label(corpus, e)).join('; ')}.`,
			evidence,
			edits: [],
		};
	}
	if (problem) {
		const evidence = [evidenceOf(problem.unit, problem.score)];
		const where = label(corpus, evidence[0]!);
		if (problem.kind === 'wrong-date') {
			return { verdict: 'wrong-date', message: `The sources date this to ${problem.said} (${where}).`, evidence, edits: problem.edits, fixLabel: `Change to ${problem.said} (${where})` };
		}
		if (problem.kind === 'wrong-number') {
			return { verdict: 'wrong-number', message: `The sources give ${problem.said} (${where}).`, evidence, edits: problem.edits, fixLabel: `Change to ${problem.said} (${where})` };
		}
		return { verdict: 'contradicted', message: `${where} says the opposite: “${evidence[0]!.quote}”`, evidence, edits: [] };
	}
	return unsupported('No source says this.');
}

/**
 * The passage that most likely describes the claimed event. Near-equal passages are told apart by
 * how precise their date is and how close it is to the claim's: a writer's wrong date is usually a
 * slip near the right one.
 */
function pickProblem(problems: Outcome[]): Outcome | undefined {
	const best = Math.max(...problems.map((p) => p.score));
	// A passage that denies the claim at the claim's own date is the plainest answer.
	const denial = problems.find((p) => p.kind === 'contradicted' && p.score >= best);
	if (denial) return denial;
	const close = problems.filter((p) => p.score >= best - 0.08);
	const rank = (o: Outcome) => (o.kind === 'wrong-date' || o.kind === 'wrong-number' ? [o.precise ? 0 : 1, o.distance] : [2, 0]);
	return close.sort((a, b) => {
		const [pa, da] = rank(a);
		const [pb, db] = rank(b);
		return pa! - pb! || da! - db! || b.score - a.score || PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind);
	})[0];
}

function unsupported(message: string): Judgement {
	return { verdict: 'unsupported', message, evidence: [], edits: [] };
}

const byScore = (a: Outcome, b: Outcome) => b.score - a.score;

function bestPerSource(outcomes: Outcome[]): Outcome[] {
	const seen = new Set<string>();
	return outcomes.filter((o) => {
		const key = o.unit.sentences[0]!.key;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export function label(corpus: Corpus, evidence: Evidence): string {
	const meta = corpus.source(evidence.key)?.meta;
	const name = meta ? shortLabel(meta) : evidence.key;
	return evidence.page ? `${name}, p. ${evidence.page}` : name;
}

/** The pages two sentences read together are on: "146" and "146-147" make "146-147". */
function pagesOf(first: string | undefined, last: string | undefined): string | undefined {
	if (first === undefined || last === undefined || first === last) return first ?? last;
	const from = first.split(/[-–]/)[0]!;
	const to = last.split(/[-–]/).at(-1)!;
	return from === to ? from : `${from}-${to}`;
}

function evidenceOf(unit: Unit, score: number): Evidence {
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

function uniqueTokens(tokens: Token[], corpus: Corpus): Token[] {
	const seen = new Set<string>();
	const out: Token[] = [];
	for (const token of tokens) {
		const key = token.kind === 'name' ? corpus.resolveName(token.key) : token.key;
		if (seen.has(key)) continue;
		seen.add(key);
		out.push({ ...token, key });
	}
	return out;
}

/** "particularly", "finally": how something happened, seldom what happened, so it weighs half. */
function isManner(claim: Claim, token: Token): boolean {
	return token.kind === 'word' && !token.key.startsWith('~') && /[a-z]ly$/i.test(claim.sentence.text.slice(token.start, token.end));
}

/**
 * The word that says what the actor did: the first plain word after the first named actor, when it
 * reads as a verb ("Tashkent has hosted", "The CSTO expelled", "Karimov died"). A passage that lacks
 * it tells of something else, so it weighs double.
 */
function predicateOf(claim: Claim, tokens: Token[], corpus: Corpus): Token | undefined {
	const vocabulary = corpus.vocabulary;
	const actor = tokens.findIndex((t) => t.kind === 'entity');
	if (actor < 0) return undefined;
	const actorText = claim.sentence.text.slice(tokens[actor]!.start, tokens[actor]!.end).toLowerCase();
	if (wordSet(vocabulary, 'demonyms').has(actorText)) return undefined;
	const next = tokens.slice(actor + 1).find((t) => t.kind !== 'entity');
	if (!next || next.kind === 'name') return undefined;
	// "Karimov argued that…": what was said carries the claim, not the saying.
	if (next.key === corpus.analyzer.conceptOf('say')) return undefined;
	const word = claim.sentence.text.slice(next.start, next.end).toLowerCase();
	return /(?:ed|[^s]s)$/.test(word) || next.key.startsWith('~') || wordSet(vocabulary, 'pastTenses').has(word) ? next : undefined;
}

const wordSets = new WeakMap<Vocabulary, Map<string, Set<string>>>();
function wordSet(vocabulary: Vocabulary, list: 'pastTenses' | 'demonyms' | 'cognitions'): Set<string> {
	let sets = wordSets.get(vocabulary);
	if (!sets) wordSets.set(vocabulary, (sets = new Map()));
	let set = sets.get(list);
	if (!set) sets.set(list, (set = new Set(vocabulary[list].map((w) => w.toLowerCase()))));
	return set;
}

// Units depend only on the corpus, and the same passages come up for claim after claim.
const unitCache = new WeakMap<Corpus, Map<string, Unit>>();

/** Each candidate alone, and with the sentence before and after it in the same paragraph. */
function unitsAround(candidates: EvidenceSentence[], corpus: Corpus): Unit[] {
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
		const before = corpus.sentences[sentence.id - 1];
		const after = corpus.sentences[sentence.id + 1];
		if (before && neighbours(before, sentence)) add([before, sentence]);
		if (after && neighbours(sentence, after)) add([sentence, after]);
	}
	return units;
}

/**
 * Two sentences read together: next to each other in one paragraph, or the last of a paragraph and
 * the first of the next, where a report names the speaker and then quotes them. Captions stand alone.
 */
function neighbours(a: EvidenceSentence, b: EvidenceSentence): boolean {
	if (a.key !== b.key || a.caption || b.caption) return false;
	return a.paragraph === b.paragraph || a.paragraph === b.paragraph - 1;
}

function makeUnit(sentences: EvidenceSentence[], corpus: Corpus): Unit {
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
	for (let back = 0; back < 3 && current.analysis.pronoun; back++) {
		const previous = corpus.sentences[current.id - 1];
		if (!previous || previous.key !== current.key) break;
		// The antecedent is the earlier sentence's leading actor of each kind, not everyone it lists.
		const kinds = new Set<string | undefined>();
		for (const e of previous.analysis.entities) {
			const kind = corpus.analyzer.entityType(e);
			if (kinds.has(kind)) continue;
			kinds.add(kind);
			entities.add(e);
		}
		current = previous;
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

function samePoint(a: DatePoint, b: DatePoint): boolean {
	return a.year === b.year && a.month === b.month && a.day === b.day && a.granularity === b.granularity;
}

function hasKey(unit: Unit, key: string): boolean {
	return unit.keySet.has(key) || (key[0] !== '@' && key[0] !== '~' && unit.keys.some((k) => sameKey(k, key)));
}

// A date or figure that agrees weighs as much as a telling word: it pins the passage to the event.
const FACT_WEIGHT = 3;

function judgeUnit(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus, options: VerifyOptions): Outcome | undefined {
	let total = 0;
	let matched = 0;
	let wordTotal = 0;
	let wordMatched = 0;
	const actor = tokens.find((t) => t.kind === 'entity');
	const predicate = predicateOf(claim, tokens, corpus);
	let around: Set<string> | undefined;
	const named = new Set(tokens.filter((t) => t.kind === 'entity').map((t) => t.key));
	const entities = unit.pair ? entitiesOfEvent(tokens, named, unit, corpus) : unit.entities;
	for (const token of tokens) {
		const weight = corpus.weight(token.key) * (token === predicate ? 2 : isManner(claim, token) ? 0.5 : 1);
		total += weight;
		if (token.kind === 'entity') {
			if (entities.has(token.key)) matched += weight;
			else {
				// Named nearby ("Agreements were signed" after naming both countries) is half a match, but
				// not when the passage gives the claim's actor's role to someone else.
				if (token === actor && actsOtherwise(token.key, unit, corpus)) return undefined;
				if (token !== actor && standsInFor(token.key, named, entities, corpus)) return undefined;
				around ??= corpus.entitiesAround(unit.sentences[0]!, 3);
				if (!around.has(token.key)) return undefined;
				matched += weight / 2;
			}
		} else {
			wordTotal += weight;
			if (hasKey(unit, token.key)) {
				matched += weight;
				wordMatched += weight;
			}
		}
	}

	if (swapsDemonym(claim, unit, corpus)) return undefined;

	// How much of what the claim says about the event the passage says too, dates and figures aside.
	const event = (matched / total) * (unit.pair ? 0.97 : 1);
	// Agreeing dates and figures could still lift it, so the bound counts them all as agreeing.
	const claimPoints = pointsOf(claim.dates);
	const factCount = claimPoints.length + claim.numbers.length;
	if ((matched + FACT_WEIGHT * factCount) / (total + FACT_WEIGHT * factCount) < Math.min(options.event, options.support) - 0.15) return undefined;

	// In a pair, a sentence that shares none of the claim's words is context, and its dates and figures belong to another event.
	const words = tokens.filter((t) => t.kind !== 'entity');
	const bearing = new Set(unit.sentences.filter((sentence) => !unit.pair || sentence.analysis.tokens.some((t) => t.kind !== 'entity' && words.some((w) => sameKey(w.key, t.key)))));
	const dates = unit.dates.filter((d) => bearing.has(d.sentence)).map((d) => ({ ...d, used: false }));
	// A report that gives no date for what it tells tells of the days it was published in.
	const meta = corpus.source(unit.sentences[0]!.key)?.meta;
	const asPublished = dates.length === 0 && meta?.year !== undefined && meta.month !== undefined;
	const before = dates.length === 0 && claimPoints.length > 0 ? datedBefore(unit, corpus) : [];
	const unmatchedDates = claimPoints.filter((c) => {
		if (before.some((d) => PRECISION[d.granularity] >= PRECISION[c.point.granularity] && dateFits(c, d))) return false;
		if (asPublished && c.point.granularity === 'month' && c.point.year === meta.year && c.point.month === meta.month) return false;
		const hits = datesFitting(c, dates);
		// One source date answers one claimed date: the one written as precisely, so that "the 1990s"
		// does not use up the "1999" a later "1998" should be compared with.
		// A single date is answered by a single date before a range's end, so that the range is left
		// whole for a claimed range ("in 2006 … for 2007-2009" against "September 6 … for 2006-2008").
		const single = (h: EvidencePoint) => samePoint(h.mention.start, h.mention.end) === (c.role === 'point');
		const hit =
			hits.find((h) => single(h) && h.point.granularity === c.point.granularity) ??
			hits.find(single) ??
			hits.find((h) => h.point.granularity === c.point.granularity) ??
			hits[0];
		if (hit) {
			hit.used = true;
			hit.bySingle = c.role === 'point';
		}
		return hit === undefined;
	});
	const numbers = unit.numbers.filter((n) => bearing.has(n.sentence)).map((n) => ({ ...n, used: false }));
	// A multiple ("doubled", "bilateral") is a figure to check only against the passage's own; where
	// the passage has none it is a word of the claim, read as such.
	const figures = claim.numbers.filter((c) => isFigure(c) || numbers.some((e) => comparable(c, e.mention)));
	const unmatchedNumbers = figures.filter((c) => {
		const hit = numbers.find((e) => !e.used && sameNumber(c, e.mention));
		if (hit) hit.used = true;
		return !hit;
	});
	const checked = claimPoints.length + figures.length;
	const agreeing = checked - unmatchedDates.length - unmatchedNumbers.length;
	const score = ((matched + FACT_WEIGHT * agreeing) / (total + FACT_WEIGHT * checked)) * (unit.pair ? 0.97 : 1);
	// Actors alone do not make a passage say what the claim says: it must share what happens, or when.
	// A date that agrees helps here no more than a plain word: "sent troops to the force created in
	// 2009" does not tell that anyone sent troops.
	const saysWhatHappens = wordTotal === 0 || (wordMatched + agreeing) / (wordTotal + checked) >= 0.5;
	// Another date or figure is only wrong for the same event: the passage must tell most of what
	// happens in the claim's own words, not merely name the same actors.
	const sameEvent = wordTotal === 0 || wordMatched / wordTotal >= options.eventWords;

	// Saying the opposite is about the same moment: a denial from 2021 does not contradict a claim about
	// 2006. An undated passage speaks as of its source's publication ("is not reviewing rejoining").
	const published = meta?.year;
	const sameMoment =
		unmatchedDates.length === 0 ||
		(dates.length === 0 && published !== undefined && unmatchedDates.every((c) => dateFits(c, { year: published, granularity: 'year' })));
	if (sameMoment && contradicts(claim, tokens, unit, corpus)) return event >= options.support ? { kind: 'contradicted', score: event, unit } : undefined;

	const intendedOnly = predicate !== undefined && onlyIntended(tokens, predicate, unit);

	// How surely the passage tells the claim's event, counting the dates or figures that agree: they
	// pin it down while another one is found wrong.
	const pinned = (agreeing: number) => ((matched + FACT_WEIGHT * agreeing) / (total + FACT_WEIGHT * agreeing)) * (unit.pair ? 0.97 : 1);

	if (unmatchedDates.length > 0) {
		// A claimed range is answered by the passage's range as a whole, even where a single date of
		// the claim already agreed with one of its ends ("in 2006 … for 2007-2009" against "for 2006-2008").
		const rangeClaimed = unmatchedDates.some((c) => c.role !== 'point');
		const free = dates
			.filter((d) => (!d.used || (rangeClaimed && d.bySingle && !samePoint(d.mention.start, d.mention.end))) && !isBound(d.mention))
			.map((d) => ({ ...d, used: false }));
		if (free.length === 0 || pinned(figures.length - unmatchedNumbers.length) < options.event || !sameEvent || intendedOnly) return { kind: 'partial', score, unit };
		const edits = dateEdits(claim, unmatchedDates, free, corpus);
		if (!edits) return { kind: 'partial', score, unit };
		return { kind: 'wrong-date', score: pinned(figures.length - unmatchedNumbers.length), unit, edits: edits.edits, said: edits.said, distance: edits.distance, precise: edits.precise };
	}
	if (unmatchedNumbers.length > 0) {
		if (pinned(claimPoints.length) < options.event || !sameEvent || intendedOnly) return { kind: 'partial', score, unit };
		const edits: SentenceEdit[] = [];
		const said: string[] = [];
		for (const wrong of unmatchedNumbers) {
			const candidate = numbers.find((e) => !e.used && comparable(wrong, e.mention));
			// A small count the passage does not give ("the two ministries"), or a multiple ("doubled"), is a
			// detail, not a figure to check.
			if (!candidate) {
				if (score >= options.support && (wrong.unit === 'factor' || wrong.unit === 'parties' || (wrong.unit === 'count' && wrong.value <= 10))) return { kind: 'supported', score, unit, shared: matched + FACT_WEIGHT * agreeing };
				return { kind: 'partial', score, unit };
			}
			candidate.used = true;
			const newText = formatNumber(candidate.mention, wrong);
			edits.push({ start: wrong.span.start, end: wrong.span.end, newText });
			said.push(candidate.mention.text);
		}
		return { kind: 'wrong-number', score: pinned(claimPoints.length), unit, edits, said: said.join(', '), distance: 0, precise: true };
	}
	if (!saysWhatHappens || intendedOnly) return { kind: 'partial', score, unit };
	return { kind: 'supported', score, unit, shared: matched + FACT_WEIGHT * agreeing };
}

/** The passage's own first actor of the same kind (a country for a country, a person for a person) is another one. */
function actsOtherwise(key: string, unit: Unit, corpus: Corpus): boolean {
	const type = corpus.analyzer.entityType(key);
	return unit.sentences.some((s) => {
		const first = s.analysis.entities.find((e) => corpus.analyzer.entityType(e) === type);
		return first !== undefined && first !== key;
	});
}

/**
 * The passage names, where the claim has this entity, another of the same kind that the claim does
 * not name: "the SCO's structure" for a claimed "CSTO summit" tells of another body.
 */
function standsInFor(key: string, named: ReadonlySet<string>, entities: Set<string>, corpus: Corpus): boolean {
	const type = corpus.analyzer.entityType(key);
	for (const e of entities) if (!named.has(e) && corpus.analyzer.entityType(e) === type) return true;
	return false;
}

/**
 * The actors of a pair of sentences that take part in what the claim tells. The sentence sharing
 * most of the claim's words tells the event; where it names actors of a kind that the claim does
 * not, the other sentence's actors of that kind are context ("ties with Russia, China… the
 * Russia-Uzbekistan partnership" does not tell of a partnership with China).
 */
function entitiesOfEvent(tokens: Token[], named: ReadonlySet<string>, unit: Unit, corpus: Corpus): Set<string> {
	const words = tokens.filter((t) => t.kind !== 'entity');
	let main = unit.sentences[0]!;
	let best = -1;
	for (const sentence of unit.sentences) {
		let shared = 0;
		for (const w of words) if (sentence.analysis.tokens.some((t) => sameKey(t.key, w.key))) shared += corpus.weight(w.key);
		if (shared > best) [main, best] = [sentence, shared];
	}
	const mainTypes = new Set(main.analysis.entities.filter((e) => !named.has(e)).map((e) => corpus.analyzer.entityType(e)));
	const own = new Set(main.analysis.entities);
	// "It returned in 2006": the actor a pronoun stands for, found in sentences before, is the sentence's own.
	if (main.analysis.pronoun) {
		const inSentences = new Set(unit.sentences.flatMap((s) => s.analysis.entities));
		for (const e of unit.entities) if (!inSentences.has(e)) own.add(e);
	}
	const kept = new Set<string>();
	for (const e of unit.entities) if (own.has(e) || !mainTypes.has(corpus.analyzer.entityType(e))) kept.add(e);
	return kept;
}

/**
 * The claim's "Uzbek Foreign Ministry" is the passage's "Tajik Foreign Ministry": the same office of
 * a state the claim does not name. A demonym, or a country's name with 's, is read with the word
 * right after it, in both.
 */
/** The country names the kind of the word after it: "Tajik Foreign Ministry", "Uzbekistan's Foreign Ministry". */
function qualifies(text: string, who: Token, what: Token, demonyms: Set<string>): boolean {
	if (what.start - who.end > 1) return false;
	const name = text.slice(who.start, who.end).toLowerCase();
	return /['’]s$/.test(name) || demonyms.has(name);
}

function swapsDemonym(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const demonyms = wordSet(corpus.vocabulary, 'demonyms');
	const text = claim.sentence.text;
	const claimed = claim.analysis.tokens;
	const named = new Set(claimed.filter((t) => t.kind === 'entity').map((t) => t.key));
	// The word after the qualified one, when it follows at once, is part of the office: "Foreign
	// Ministry" is not "foreign policy".
	const after = (tokens: Token[], k: number) => {
		const [word, next] = [tokens[k]!, tokens[k + 1]];
		return next && next.kind !== 'entity' && next.start - word.end <= 1 ? next : undefined;
	};
	for (let i = 0; i + 1 < claimed.length; i++) {
		const [who, what] = [claimed[i]!, claimed[i + 1]!];
		if (who.kind !== 'entity' || what.kind === 'entity' || !qualifies(text, who, what, demonyms)) continue;
		const then = after(claimed, i + 1);
		const type = corpus.analyzer.entityType(who.key);
		let same = false;
		let other = false;
		for (const sentence of unit.sentences) {
			const tokens = sentence.analysis.tokens;
			for (let j = 0; j + 1 < tokens.length; j++) {
				const [a, b] = [tokens[j]!, tokens[j + 1]!];
				if (a.kind !== 'entity' || !sameKey(b.key, what.key) || !qualifies(sentence.text, a, b, demonyms)) continue;
				const next = after(tokens, j + 1);
				if (then && !(next && sameKey(next.key, then.key))) continue;
				if (a.key === who.key) same = true;
				else if (corpus.analyzer.entityType(a.key) === type && !named.has(a.key)) other = true;
			}
		}
		if (other && !same) return true;
	}
	return false;
}

/**
 * The passage has the claim's verb only as an intention ("announcing Mirziyoyev's intention to visit
 * the United States in September"), while the claim tells it as done.
 */
function onlyIntended(tokens: Token[], predicate: Token, unit: Unit): boolean {
	if (tokens.some((t) => t.key === INTENTION)) return false;
	let seen = false;
	for (const sentence of unit.sentences) {
		const words = sentence.analysis.tokens;
		for (let i = 0; i < words.length; i++) {
			if (!sameKey(words[i]!.key, predicate.key)) continue;
			if (!words.slice(Math.max(0, i - 3), i).some((t) => t.key === INTENTION)) return false;
			seen = true;
		}
	}
	return seen;
}

const INTENTION = '~plan';

/**
 * The dates of the few sentences before an undated passage: "In a July editorial, … Panina pointed
 * to threats … "The armed forces … should be subordinated", she said." They can agree with a
 * claim's date; they never make it wrong, being another sentence's.
 */
function datedBefore(unit: Unit, corpus: Corpus): DatePoint[] {
	const first = unit.sentences[0]!;
	const points: DatePoint[] = [];
	for (let id = first.id - 1; id >= Math.max(0, first.id - 3); id--) {
		const sentence = corpus.sentences[id];
		if (!sentence || sentence.key !== first.key) break;
		for (const mention of sentence.dates) points.push(mention.start, mention.end);
		if (points.length > 0) break;
	}
	return points;
}

/** "after 2014", "before 2017": a bound, not the date of an event. */
function isBound(mention: DateMention): boolean {
	return mention.qualifier === 'before' || mention.qualifier === 'after' || mention.qualifier === 'by' || mention.qualifier === 'until';
}

const PRECISION: Record<DatePoint['granularity'], number> = { decade: 0, year: 1, month: 2, day: 3 };

/**
 * The source's dates that a claimed date agrees with. The passage's most precise dates (up to the
 * claim's precision) decide: a bare "2012" elsewhere in a passage that dates the event "June 2012"
 * cannot vouch for a claimed "April 15, 2012".
 */
function datesFitting(claim: ClaimPoint, dates: EvidencePoint[]): EvidencePoint[] {
	const usable = dates.filter((d) => isBound(d.mention) === isBound(claim.mention) || !isBound(d.mention));
	const wanted = PRECISION[claim.point.granularity];
	const level = Math.min(wanted, Math.max(-1, ...usable.map((d) => PRECISION[d.point.granularity])));
	return usable.filter((d) => PRECISION[d.point.granularity] >= level && dateFits(claim, d.point));
}

function pointsOf(mentions: DateMention[]): ClaimPoint[] {
	const points: ClaimPoint[] = [];
	for (const mention of mentions) {
		if (samePoint(mention.start, mention.end)) points.push({ point: mention.start, mention, role: 'point' });
		else points.push({ point: mention.start, mention, role: 'start' }, { point: mention.end, mention, role: 'end' });
	}
	return points;
}

/** Compares two points on their years, then months, then days, as far as both go. */
function compare(a: DatePoint, b: DatePoint): number {
	if (a.year !== undefined && b.year !== undefined) {
		const ay = a.granularity === 'decade' ? Math.floor(a.year / 10) : a.year;
		const by = b.granularity === 'decade' ? Math.floor(b.year / 10) : b.year;
		if (a.granularity === 'decade' || b.granularity === 'decade') {
			const x = a.granularity === 'decade' ? ay : Math.floor(a.year / 10);
			const y = b.granularity === 'decade' ? by : Math.floor(b.year / 10);
			return x - y;
		}
		if (a.year !== b.year) return a.year - b.year;
	}
	if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return a.month - b.month;
	if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return a.day - b.day;
	return 0;
}

const PARTS_OF_YEAR = { early: [1, 5], mid: [4, 9], late: [8, 12] } as const;
const isPartOfYear = (q: DateMention['qualifier']): q is keyof typeof PARTS_OF_YEAR => q === 'early' || q === 'mid' || q === 'late';

/** A claimed date fits a source's date when they agree, or when the claim only bounds it ("before 2017"). */
function dateFits(claim: ClaimPoint, source: DatePoint): boolean {
	const q = claim.mention.qualifier;
	// "late 2005" is not the source's "May 2005"; the parts overlap, as writers' use of them does.
	const part = isPartOfYear(q) ? PARTS_OF_YEAR[q] : undefined;
	if (part && claim.point.granularity === 'year' && source.month !== undefined && source.year === claim.point.year) {
		return source.month >= part[0] && source.month <= part[1];
	}
	if (sameDate(claim.point, source)) return true;
	if (q === 'before' || q === 'by' || q === 'until') return compare(source, claim.point) < 0;
	if (q === 'after') return compare(source, claim.point) > 0;
	return false;
}

/** Pairs each wrong date of the claim with the source's date that stands where it stands, and writes the fix. */
function dateEdits(claim: Claim, wrong: ClaimPoint[], free: EvidencePoint[], corpus: Corpus): { edits: SentenceEdit[]; said: string; distance: number; precise: boolean } | undefined {
	const replacements = new Map<DateMention, { start?: DatePoint; end?: DatePoint }>();
	let distance = 0;
	let precise = true;
	// Every wrong date against every free date of the passage, best pairs first: shared words around
	// the two dates, then how near the dates are (a writer's slip is usually near the right date).
	const pairs: { point: ClaimPoint; candidate: EvidencePoint; score: number; precise: number; nearness: number }[] = [];
	for (const point of wrong) {
		const context = nearKeys(claim.analysis.tokens, point.mention.span, 48);
		for (const candidate of free) {
			// "since September 2003" is answered by a "since", not by the date of another event.
			if (point.mention.qualifier === 'since' && candidate.mention.qualifier !== 'since') continue;
			let score = 0;
			for (const key of context) score += corpus.weight(key) * closeness(candidate.sentence.analysis.tokens, candidate.mention.span, key, 64);
			// A range's start answers a point claim better than its end ("rejoined from 2006-2012").
			if (candidate.point !== candidate.mention.start) score -= 0.01;
			const precise = PRECISION[candidate.point.granularity] >= PRECISION[point.point.granularity] ? 1 : 0;
			pairs.push({ point, candidate, score, precise, nearness: -Math.abs(years(candidate.point) - years(point.point)) });
		}
	}
	// A day is corrected by a day ("September 7" by "September 6", not by the "2006-2007" of a
	// programme's term), whenever the passage has one.
	pairs.sort((a, b) => b.precise - a.precise || b.score - a.score || b.nearness - a.nearness);
	const paired = new Set<ClaimPoint>();
	for (const { point, candidate, score } of pairs) {
		if (paired.has(point) || candidate.used) continue;
		// With several dates in the claim ("left in 1999, came back in 2006 and suspended in June 2013"),
		// a date whose words the passage does not share is about another part of it: left alone.
		if (score <= 0 && wrong.length > 1) continue;
		paired.add(point);
		candidate.used = true;
		distance += Math.abs(years(candidate.point) - years(point.point));
		if (PRECISION[candidate.point.granularity] < PRECISION[point.point.granularity]) precise = false;
		const entry = replacements.get(point.mention) ?? {};
		const whole = point.role !== 'point' && !samePoint(candidate.mention.start, candidate.mention.end);
		// A claimed range wrong at one end is answered by the passage's range as a whole: "2007-2008"
		// against "2006-2007" becomes "2006-2007", never "2007-2006".
		if (whole) {
			entry.start = candidate.mention.start;
			entry.end = candidate.mention.end;
		} else if (point.role === 'end') entry.end = candidate.point;
		else entry.start = candidate.point;
		replacements.set(point.mention, entry);
	}
	if (replacements.size === 0) return undefined;
	const edits: SentenceEdit[] = [];
	const said: string[] = [];
	for (const [mention, entry] of replacements) {
		const isRange = !samePoint(mention.start, mention.end);
		const part = !isRange && entry.start ? vaguePeriodEdit(claim.sentence.text, mention, entry.start) : undefined;
		if (part) {
			edits.push(part);
			said.push(part.newText);
			continue;
		}
		const newText = isRange
			? formatRange(entry.start ?? mention.start, entry.end ?? mention.end, mention)
			: formatDate(entry.start ?? mention.start, mention);
		edits.push({ start: mention.span.start, end: mention.span.end, newText });
		said.push(newText);
	}
	return { edits, said: said.join(', '), distance, precise };
}

/**
 * "mid-2013" against a source's "December 2012": the part of the year would be wrong too, so the
 * fix gives the source's month in its place.
 */
function vaguePeriodEdit(text: string, mention: DateMention, source: DatePoint): SentenceEdit | undefined {
	if (source.year === undefined) return undefined;
	// "the 1990s" against "2005": the year says more than "the 2000s" would.
	if (mention.start.granularity === 'decade' && source.granularity !== 'decade') {
		const before = /\b(?:the\s+)?(?:(?:early|mid|late)(?:\s*-\s*|\s+)(?:the\s+)?)?$/i.exec(text.slice(0, mention.span.start));
		return { start: before ? before.index : mention.span.start, end: mention.span.end, newText: String(source.year) };
	}
	if (!isPartOfYear(mention.qualifier)) return undefined;
	if (mention.start.granularity === 'year' && source.month !== undefined) {
		const before = /\b(?:early|mid|late)(?:\s*-\s*|\s+)(?:in\s+)?$/i.exec(text.slice(0, mention.span.start));
		if (before) return { start: before.index, end: mention.span.end, newText: formatDate({ year: source.year, month: source.month, granularity: 'month' }) };
	}
	return undefined;
}

/** A point as a number of years, for how far apart two dates are. */
function years(point: DatePoint): number {
	if (point.year === undefined) return 0;
	return point.year + ((point.month ?? 6) - 1) / 12 + ((point.day ?? 15) - 1) / 365;
}

/** 1 for a matching word right next to the span, falling to 0 at `radius` characters away. */
function closeness(tokens: Token[], span: Span, key: string, radius: number): number {
	let best = 0;
	for (const t of tokens) {
		if (!sameKey(t.key, key)) continue;
		const gap = t.end <= span.start ? span.start - t.end : t.start >= span.end ? t.start - span.end : 0;
		best = Math.max(best, 1 - gap / radius);
	}
	return best;
}

function nearKeys(tokens: Token[], span: Span, radius: number): string[] {
	return tokens.filter((t) => t.end > span.start - radius && t.start < span.end + radius).map((t) => t.key);
}

/**
 * Negations that bear on one of the relevant words: "not" turns the phrase after it ("is not
 * reviewing the question of rejoining"), a negating verb only the word right after it ("refused to
 * join", but not "dispelled this prediction … by stating that").
 */
function negationsNear(negations: Negation[], sentence: Token[], text: string, vocabulary: Vocabulary, relevant: (t: Token) => boolean): number {
	const cognitions = wordSet(vocabulary, 'cognitions');
	let count = 0;
	for (const negation of negations) {
		if (negation.scope === 'before') {
			// "… readiness to open a foreign military base on its territory, this did not occur."
			if (sentence.some((t) => t.kind !== 'entity' && t.end <= negation.at && negation.at - t.start <= 80 && relevant(t))) count++;
			continue;
		}
		const after = sentence.filter((t) => t.kind !== 'entity' && t.start > negation.at && t.start - negation.at <= 40);
		// "could not remember previous joint exercises" denies remembering, not the exercises.
		const first = after[0];
		if (first && cognitions.has(text.slice(first.start, first.end).toLowerCase())) continue;
		// "denied that Uzbekistan was planning to rejoin": an intention passes the denial on to its verb.
		const scope = negation.scope === 'word' ? after.slice(0, first?.key === INTENTION ? 2 : 1) : after;
		if (scope.some(relevant)) count++;
	}
	return count;
}

/** The passage says the opposite: one of the two is negated where they meet, or it has the antonym of the claim's verb. */
/** A negation of the claim and the word after it ("not always", "never again") found as they are in the passage. */
function sameNegatingPhrase(claim: Claim, unit: Unit): boolean {
	const text = claim.sentence.text;
	return claim.analysis.negations.some((negation) => {
		const phrase = /^[\p{L}'’]+\s+[\p{L}'’]+/u.exec(text.slice(negation.at))?.[0].toLowerCase().replace(/\s+/g, ' ');
		return phrase !== undefined && unit.sentences.some((s) => s.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
	});
}

function contradicts(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): boolean {
	let flipped = false;
	for (const token of tokens) {
		const opposites = corpus.analyzer.antonyms.get(token.key);
		if (!opposites || unit.keySet.has(token.key)) continue;
		if ([...opposites].some((o) => unit.keySet.has(o))) flipped = true;
	}
	const claimWords = tokens.filter((t) => t.kind !== 'entity');
	const claimNegations = negationsNear(claim.analysis.negations, claim.analysis.tokens, claim.sentence.text, corpus.vocabulary, () => true);
	let unitNegations = 0;
	for (const sentence of unit.sentences) {
		unitNegations += negationsNear(sentence.analysis.negations, sentence.analysis.tokens, sentence.text, corpus.vocabulary, (t) => claimWords.some((c) => sameKey(c.key, t.key)));
	}
	// The passage's own words for what is denied may differ ("not always for the better", "not always
	// in a positive direction"): the same negating phrase in both is the same denial.
	if (claimNegations % 2 !== unitNegations % 2 && sameNegatingPhrase(claim, unit)) unitNegations++;
	const negated = claimNegations % 2 !== unitNegations % 2;
	return negated !== flipped;
}

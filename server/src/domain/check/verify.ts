import type { Corpus } from '../corpus/corpus';
import { pairsOtherwise } from './respectively';
import { isFigure, sameNumber } from '../facts/numbers';
import { isActor, type Token } from '../text/analyzer';
import type { Evidence, Verdict } from '../types';
import { reportedVerb } from '../claims/checkable';
import type { Claim } from '../claims/claim';
import {
	actsOtherwise,
	listedTogether,
	entitiesOfEvent,
	heads,
	listedWithNamed,
	listSwapped,
	otherActor,
	otherNamedSubject,
	qualifiesNext,
	standsInFor,
	sendsOtherWay,
	swapsDemonym,
	swapsQualifiers,
} from './actors';
import { pointsOf } from './dateMatch';
import { eventOf, type EventWord } from './events';
import { governedVerb } from './lightVerbs';
import { evidenceOf, label, makeUnit, unitsAround, type Unit } from './passages';
import { passageSays, subjectSaid, unbackedWords } from './wording';
import { namesTitleThing } from './titleThing';
import { contradicts, deniesOtherwise, onlyIntended, tellsOpposite } from './polarity';
import { numberOutcome, type Outcome } from './numberOutcome';
import { dateOutcome } from './dateOutcome';
import { matchFacts, periodOnly, sameMoment, type FactMatch } from './factMatch';
import { unranked } from './ranking';
import { otherOffice } from './offices';

export { label } from './passages';

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
	/** The claim is said only by text of a source that is no evidence (a reader's comment, a footnote). */
	aside?: boolean;
	/** A source says this of another actor. */
	otherActor?: boolean;
	/** The date or figure found is a related event's, not plainly this claim's: said without a fix. */
	related?: boolean;
	/** For a supported claim, sources that give its date only less precisely than it is written. */
	looser?: string[];
	/** For an unsupported claim, its words the closest passage has no word for, most telling first. */
	unbacked?: string[];
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
	trace?: (kind: string, score: number, quote: string, claim: string) => void;
}

export const DEFAULT_VERIFY_OPTIONS: VerifyOptions = { candidates: 24, support: 0.66, looseSupport: 0.5, sharedWeight: 16, event: 0.6, eventWords: 0.5 };

const PROBLEM_ORDER: Outcome['kind'][] = ['wrong-date', 'wrong-number', 'contradicted'];

export function verifyClaim(claim: Claim, corpus: Corpus, options: VerifyOptions = DEFAULT_VERIFY_OPTIONS): Judgement {
	const tokens = uniqueTokens(claim.analysis.tokens, corpus);
	if (tokens.length === 0) return unsupported('No source says this.');
	const outcomes: Outcome[] = [];
	// A claim of many dates is a list or debris: its dates are compared as they come, without their events.
	const points = pointsOf(claim.dates);
	const events = points.map((p) => (points.length <= MAX_EVENT_DATES ? eventOf(claim, p.mention.span, corpus.lexicon) : []));
	for (const unit of unitsAround(corpus.retriever.candidates(claim.analysis, options.candidates), corpus)) {
		const outcome = judgeUnit(claim, tokens, events, unit, corpus, options);
		if (outcome) outcomes.push(outcome);
		options.trace?.(
			outcome?.kind ?? 'unrelated',
			outcome?.score ?? 0,
			unit.sentences.map((s) => s.text).join(' '),
			claim.sentence.text.slice(claim.span.start, claim.span.end),
		);
	}
	// A long claim adds words of its own to what it paraphrases: a passage that shares a great deal of
	// it supports it at a lower share.
	const supports = outcomes
		.filter((o) => o.kind === 'supported' && (o.score >= options.support || (o.score >= options.looseSupport && o.shared >= options.sharedWeight)))
		.sort(byScore);
	const problem = unlessToldBetter(pickProblem(outcomes.filter((o) => PROBLEM_ORDER.includes(o.kind) && o.score >= options.event)), outcomes, claim, corpus);
	// A passage that plainly tells this very event with another date or figure outweighs one that only
	// loosely agrees; so does one that plainly says the opposite, against a support by a lower share.
	// A claim that names no actor ("When the two mayors met in 1987", the two not known) cannot be
	// told to be another passage's event: a passage that supports it is not outweighed by one that dates
	// some meeting of others.
	const actorless = !tokens.some(isActor);
	if (
		supports.length > 0 &&
		!(
			problem &&
			!(actorless && supports[0]!.score >= options.support) &&
			(problem.kind !== 'contradicted' || supports[0]!.score < options.support) &&
			problem.score >= supports[0]!.score + (outweighs(problem, supports) ? -0.1 : 0.15)
		)
	) {
		// A source that gives the claim's date only less precisely ("May 2022" for "18 May 2022") backs
		// it only where no source gives the date as written.
		const precise = supports.filter((o) => !(o.kind === 'supported' && o.vague));
		const evidence = bestPerSource(precise.length > 0 ? precise : supports).map((o) => evidenceOf(o.unit, o.score));
		const shown = new Set(evidence.map((e) => e.key));
		const looser = [...new Set(supports.map((o) => o.unit.sentences[0]!.key).filter((key) => !shown.has(key)))];
		return {
			verdict: 'supported',
			message: `Supported by ${evidence.map((e) => label(corpus, e)).join('; ')}.`,
			evidence,
			edits: [],
			...(looser.length > 0 ? { looser } : {}),
		};
	}
	if (problem) return problemJudgement(problem, claim, corpus);
	const other = outcomes.filter((o): o is Extract<Outcome, { kind: 'other-actor' }> => o.kind === 'other-actor').sort(byScore)[0];
	if (other) {
		const evidence = [evidenceOf(other.unit, other.score)];
		return {
			verdict: 'unsupported',
			message: `${label(corpus, evidence[0]!)} says this of ${corpus.displayName(other.said)}, not ${corpus.displayName(other.claimed)}.`,
			evidence,
			edits: [],
			otherActor: true,
		};
	}
	return asideSaying(claim, tokens, events, outcomes, corpus, options) ?? closest(claim, tokens, outcomes, corpus);
}

/**
 * A passage that plainly tells the claim's event with another date in the same year outweighs passages
 * that agree with the claim's date only less precisely ("in 2004" for "in June 2004", against "in May 2004").
 */
function outweighs(problem: Outcome, supports: Outcome[]): boolean {
	// Within the year the supports agree on: a date of another year is another event's.
	return (
		problem.kind === 'wrong-date' && problem.aligned && problem.precise && problem.distance < 1 && supports.every((s) => s.kind === 'supported' && s.vague)
	);
}

/** The finding of a passage that gives the claim's event another date or figure, or says the opposite. */
function problemJudgement(found: Outcome, claim: Claim, corpus: Corpus): Judgement {
	// Only a passage that names the claim's subject where it gives the date or figure tells its very event.
	const problem =
		(found.kind === 'wrong-date' || found.kind === 'wrong-number') &&
		found.aligned &&
		!subjectSaid(claim, found.from && found.from.length > 0 ? makeUnit(found.from, corpus) : found.unit, corpus)
			? { ...found, aligned: false }
			: found;
	const evidence = [evidenceOf(problem.unit, problem.score)];
	const where = label(corpus, evidence[0]!);
	const written =
		problem.kind === 'wrong-date' || problem.kind === 'wrong-number'
			? (problem.wrote ?? problem.edits.map((e) => claim.sentence.text.slice(e.start, e.end)).join(', '))
			: '';
	if (problem.kind === 'wrong-date') {
		// Only a passage that plainly tells the same event gets to rewrite the writer's date. Another
		// event's date does not make the claim's wrong, only unbacked: it is named, for the writer to weigh.
		if (!problem.aligned)
			return {
				verdict: 'unsupported',
				message: `No source dates this. ${where} dates a related event to ${problem.said}; check which date this claim means.`,
				evidence,
				edits: [],
				related: true,
			};
		// A date counted from another ("three years later") is the writer's count: the fix would have
		// to recount it, so it is left to the writer; the dates written out are fixed, and a count from
		// them follows ("in 2012, … at the same time").
		const counted = (e: SentenceEdit) => claim.dates.some((d) => d.relative && d.span.start < e.end && e.start < d.span.end);
		const edits = problem.edits.filter((e) => !counted(e));
		if (edits.length === 0)
			return { verdict: 'wrong-date', message: `${where} dates this to ${problem.said}; “${written}” counts to another date.`, evidence, edits: [] };
		const said = edits.length < problem.edits.length ? edits.map((e) => e.newText).join(', ') : problem.said;
		const wrote = edits.length < problem.edits.length ? edits.map((e) => claim.sentence.text.slice(e.start, e.end)).join(', ') : written;
		return { verdict: 'wrong-date', message: `${where} dates this to ${said}, not ${wrote}.`, evidence, edits, fixLabel: `Change to ${said} (${where})` };
	}
	if (problem.kind === 'wrong-number') {
		if (!problem.aligned)
			return {
				verdict: 'wrong-number',
				message: `${where} gives ${problem.said} for something like this; check which figure this claim means.`,
				evidence,
				edits: [],
				related: true,
			};
		return {
			verdict: 'wrong-number',
			message: `${where} gives ${problem.said}, not ${written}.`,
			evidence,
			edits: problem.edits,
			fixLabel: `Change to ${problem.said} (${where})`,
		};
	}
	return { verdict: 'contradicted', message: `${where} says the opposite: “${evidence[0]!.quote}”`, evidence, edits: [] };
}

// How much closer a passage that tells the claim without its date or figure must be than one that
// only relates to it, for the related one's date or figure to be no finding.
const TOLD_BETTER = 0.1;

/**
 * A date or figure of a related event, not plainly the claim's own, is no finding where another
 * passage tells the claim itself much more closely (without the date or figure): the claim is then
 * about that passage's event, and the related one's date says nothing of it.
 */
function unlessToldBetter(problem: Outcome | undefined, outcomes: Outcome[], claim: Claim, corpus: Corpus): Outcome | undefined {
	if (!problem || !(problem.kind === 'wrong-date' || problem.kind === 'wrong-number') || problem.aligned) return problem;
	// Nor is a related figure where the same source gives the claim's figures themselves ("Length:
	// 1,340 km" beside "zones of up to 7.5 km"): the claim's are told, if not in the related passage's words.
	if (problem.kind === 'wrong-number' && figuresInSource(claim, problem.unit.sentences[0]!.key, corpus)) return undefined;
	const told = Math.max(0, ...outcomes.filter((o) => o.kind === 'partial' && o.unit !== problem.unit).map((o) => o.score));
	return told >= problem.score + TOLD_BETTER ? undefined : problem;
}

/** Whether every figure of the claim is given, as written, by some sentence of the source. */
function figuresInSource(claim: Claim, key: string, corpus: Corpus): boolean {
	const figures = claim.numbers.filter(isFigure);
	if (figures.length === 0) return false;
	const own = corpus.sentencesOf(key);
	return figures.every((f) => own.some((s) => s.numbers.some((n) => sameNumber(f, n))));
}

const MAX_EVENT_DATES = 8;

// Below this share a passage is not close enough to the claim to be worth naming.
const CLOSE = 0.4;

/** Unsupported, with the passage that comes closest and what of the claim it does not say. */
function closest(claim: Claim, tokens: Token[], outcomes: Outcome[], corpus: Corpus): Judgement {
	const best = outcomes.filter((o) => o.kind === 'partial' || o.kind === 'supported').sort(byScore)[0];
	if (!best || best.score < CLOSE) return unsupported('No source says this.');
	const evidence = [evidenceOf(best.unit, best.score)];
	const where = label(corpus, evidence[0]!);
	// A ranking the passage does not make is what it lacks first: the rest may all be there.
	const missing = [...new Set([...unranked(claim, best.unit, corpus), ...unbackedWords(claim, tokens, best.unit, corpus)])];
	const quoted = missing.slice(0, 3).map((w) => `“${w}”`);
	const list = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}` : quoted[0];
	let message: string;
	if (list) message = `No source says this. The closest passage (${where}) says nothing of ${list}.`;
	else if (claim.dates.length > 0) message = `No source says this. The closest passage (${where}) tells of it, but not when.`;
	else message = `No source says this in so many words; the closest passage is ${where}.`;
	return { verdict: 'unsupported', message, evidence, edits: [], ...(missing.length > 0 ? { unbacked: missing } : {}) };
}

const ASIDE_NAMES: Record<string, string> = { "readers' comments": 'a reader’s comment below', 'footnote text': 'a footnote of' };

/**
 * A claim only an aside makes (a reader's comment, a footnote): unsupported, and said so, with the aside.
 * The aside must come plainly closer to the claim than any passage of the sources (`outcomes`): where
 * a source comes as close, "the source itself does not" is not shown, and a sentence that shares a
 * few words with both is the writer's own, near neither.
 */
function asideSaying(claim: Claim, tokens: Token[], events: EventWord[][], outcomes: Outcome[], corpus: Corpus, options: VerifyOptions): Judgement | undefined {
	const told = Math.max(0, ...outcomes.filter((o) => o.kind === 'partial' || o.kind === 'supported').map((o) => o.score));
	let best: Outcome | undefined;
	for (const aside of corpus.retriever.asideCandidates(claim.analysis, 8)) {
		const outcome = judgeUnit(claim, tokens, events, makeUnit([aside], corpus), corpus, options);
		options.trace?.(`aside ${outcome?.kind ?? 'unrelated'}`, outcome?.score ?? 0, aside.text, claim.sentence.text.slice(claim.span.start, claim.span.end));
		// An aside that says much of the claim is enough to name it: the claim is unsupported either way.
		if ((outcome?.kind === 'supported' || outcome?.kind === 'partial') && outcome.score >= options.looseSupport && (!best || outcome.score > best.score))
			best = outcome;
	}
	if (!best || best.score < told + TOLD_BETTER) return undefined;
	const evidence = evidenceOf(best.unit, best.score);
	const what = ASIDE_NAMES[best.unit.sentences[0]!.aside ?? ''] ?? 'text set apart in';
	return {
		verdict: 'unsupported',
		message: `Only ${what} ${label(corpus, evidence)} says this; the source itself does not.`,
		evidence: [evidence],
		edits: [],
		aside: true,
	};
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
	// One that ties its date or figure to the claim's very event comes first.
	const rank = (o: Outcome) =>
		o.kind === 'wrong-date' || o.kind === 'wrong-number' ? [o.aligned ? 0 : 1, o.precise ? 0 : 1, o.slips ?? 0, o.distance] : [2, 2, 0, 0];
	return close.sort((a, b) => {
		const [ta, pa, sa, da] = rank(a);
		const [tb, pb, sb, db] = rank(b);
		return ta! - tb! || pa! - pb! || sa! - sb! || da! - db! || b.score - a.score || PROBLEM_ORDER.indexOf(a.kind) - PROBLEM_ORDER.indexOf(b.kind);
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

function uniqueTokens(tokens: Token[], corpus: Corpus): Token[] {
	const seen = new Set<string>();
	const out: Token[] = [];
	for (const token of tokens) {
		const key = corpus.actorKey(token);
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
 * The word that says what the actor did: the main verb of the clause ("Tashkent has hosted", "The
 * CSTO expelled", "Karimov died"). A passage that lacks it tells of something else, so it weighs
 * double. A verb of saying is not it ("Karimov argued that…": what was said carries the claim), nor
 * a verb that carries no event of its own ("was", "took").
 */
function predicateOf(claim: Claim, tokens: Token[], corpus: Corpus): Token | undefined {
	if (!tokens.some(isActor)) return undefined;
	const verb = reportedVerb(claim.words, corpus.lexicon);
	if (!verb || verb.word.lemma === 'be' || verb.word.lemma === 'have') return undefined;
	// "decided to close": what was done is the verb governed.
	const word = governedVerb(claim.words, verb.word) ?? verb.word;
	const token = tokens.find((t) => t.kind === 'word' && !t.context && t.start <= word.start && t.end >= word.end);
	if (!token || token.key === corpus.analyzer.conceptOf('say')) return undefined;
	return token;
}

// A date or figure that agrees weighs as much as a telling word: it pins the passage to the event.
const FACT_WEIGHT = 3;

/**
 * How a passage bears on the claim. A passage that says all of it of another actor of the same kind
 * ("Tashkent has hosted …" for a claimed "Tajikistan hosts …") is found as such: it makes the claim
 * unsupported, and says why.
 */
function judgeUnit(claim: Claim, tokens: Token[], events: EventWord[][], unit: Unit, corpus: Corpus, options: VerifyOptions): Outcome | undefined {
	if (otherOffice(claim, tokens, unit, corpus)) return undefined;
	const swap: Swap = {};
	const outcome = judgeUnitAs(claim, tokens, events, unit, corpus, options, swap);
	if (!swap.actor || !outcome) return outcome;
	return outcome.kind === 'supported' && outcome.score >= options.support ? { kind: 'other-actor', score: outcome.score, unit, ...swap.actor } : undefined;
}

interface Swap {
	actor?: { claimed: string; said: string };
}

/** How much of the claim's weighted words a passage says, in all and of the words that name no actor. */
interface WordShare {
	total: number;
	matched: number;
	wordTotal: number;
	wordMatched: number;
	/** The claim's main verb, which weighs double. */
	predicate: Token | undefined;
	/** The passage's actors: for a pair, those of the event it tells. */
	entities: Set<string>;
}

/** What judging a passage has found, for the outcomes of its other dates and figures. */
export interface Reading {
	claim: Claim;
	tokens: Token[];
	unit: Unit;
	corpus: Corpus;
	options: VerifyOptions;
	facts: FactMatch;
	/** The share of the claim's weight the passage holds, agreeing dates and figures counted. */
	score: number;
	/** The passage tells the claim's very event: most of what happens, in the claim's own words. */
	sameEvent: boolean;
	/** The claim's subject is among the passage's own actors. */
	actorHere: boolean;
	/** The passage only tells the act was intended. */
	intendedOnly: boolean;
	/**
	 * How surely the passage tells the claim's event, counting the dates or figures that agree: they
	 * pin it down while another one is found wrong.
	 */
	pinned: (agreeing: number) => number;
}

function judgeUnitAs(
	claim: Claim,
	tokens: Token[],
	events: EventWord[][],
	unit: Unit,
	corpus: Corpus,
	options: VerifyOptions,
	swap: Swap,
): Outcome | undefined {
	const words = weighWords(claim, tokens, unit, corpus, swap);
	if (!words) return undefined;
	const { total, matched, wordTotal, wordMatched, predicate } = words;

	if (swapsDemonym(claim, unit, corpus) || swapsQualifiers(claim, unit, corpus) || sendsOtherWay(claim, unit) || pairsOtherwise(claim, unit, corpus))
		return undefined;
	// A name that is the claim's subject, and not the passage's, where the passage's subject is another
	// name: the passage tells of that actor ("The Ostrava council opened …" against "The Valdera authority opened …").
	if (!swap.actor) {
		const other = otherNamedSubject(claim, tokens, unit, corpus);
		if (other) swap.actor = other;
	}

	// How much of what the claim says about the event the passage says too, dates and figures aside.
	const eventShare = (matched / total) * (unit.pair ? 0.97 : 1);
	// Agreeing dates and figures could still lift it, so the bound counts them all as agreeing.
	const claimPoints = pointsOf(claim.dates);
	const factCount = claimPoints.length + claim.numbers.length;
	if ((matched + FACT_WEIGHT * factCount) / (total + FACT_WEIGHT * factCount) < Math.min(options.event, options.support) - 0.15) return undefined;

	const facts = matchFacts(claim, tokens, events, unit, claimPoints, corpus);
	const { unmatchedDates, unmatchedNumbers, unconfirmed, figures } = facts;
	const checked = claimPoints.length + figures.length;
	const agreeing = checked - unmatchedDates.length - unmatchedNumbers.length - unconfirmed.length;
	const score = ((matched + FACT_WEIGHT * agreeing) / (total + FACT_WEIGHT * checked)) * (unit.pair ? 0.97 : 1);
	// Actors alone do not make a passage say what the claim says: it must share what happens, or when.
	// A date that agrees helps here no more than a plain word: "sent troops to the force created in
	// 2009" does not tell that anyone sent troops.
	const saysWhatHappens = wordTotal === 0 || (wordMatched + agreeing) / (wordTotal + checked) >= 0.5;
	// Another date or figure is only wrong for the same event: the passage must tell most of what
	// happens in the claim's own words, not merely name the same actors.
	const sameEvent = (wordTotal === 0 || wordMatched / wordTotal >= options.eventWords) && !tellsOpposite(claim, unit, corpus);
	// The claim's subject is among the passage's own actors (not only named in the sentences around it).
	const subjects = claim.subject ? tokens.filter((t) => t.kind === 'entity' && t.start >= claim.subject!.start && t.end <= claim.subject!.end) : [];
	const actorHere = subjects.every((t) => words.entities.has(t.key) || t.key === swap.actor?.claimed);

	// Saying the opposite is about the same thing: a passage without the claim's figure ("stayed about
	// two weeks") does not deny it by denying that troops stayed somewhere.
	if (sameMoment(facts) && unmatchedNumbers.length === 0 && contradicts(claim, tokens, unit, corpus))
		return eventShare >= options.support ? { kind: 'contradicted', score: eventShare, unit } : undefined;

	const intendedOnly = predicate !== undefined && onlyIntended(claim, tokens, predicate, unit, corpus);
	const pinned = (agreeing: number) => ((matched + FACT_WEIGHT * agreeing) / (total + FACT_WEIGHT * agreeing)) * (unit.pair ? 0.97 : 1);

	// "was not an option in mid-2005", "did not send 500 troops": a denial is not wrong for a passage
	// that tells the thing, positively, at another date or with another figure. (A negating verb is an
	// act of its own: "refused in 2007" dates the refusal.)
	const denies = claim.analysis.negations.some((n) => n.scope === 'phrase');
	if ((unmatchedDates.length > 0 || unmatchedNumbers.length > 0) && denies && deniesOtherwise(claim, tokens, unit, corpus))
		return { kind: 'partial', score, unit };

	if (unmatchedDates.length > 0) return dateOutcome({ claim, tokens, unit, corpus, options, facts, score, sameEvent, actorHere, intendedOnly, pinned });
	if (unmatchedNumbers.length > 0) {
		if (pinned(claimPoints.length) < options.event || !sameEvent || intendedOnly || periodOnly(claim, facts)) return { kind: 'partial', score, unit };
		const small = unmatchedNumbers.every(
			(wrong) => wrong.unit === 'factor' || wrong.unit === 'parties' || wrong.unit === 'frequency' || (wrong.unit === 'count' && wrong.value <= 10),
		);
		return (
			numberOutcome(claim, unmatchedNumbers, facts.numbers, score, pinned(claimPoints.length), unit, corpus, options) ??
			(score >= options.support && small ? { kind: 'supported', score, unit, shared: matched + FACT_WEIGHT * agreeing } : { kind: 'partial', score, unit })
		);
	}
	if (!saysWhatHappens || intendedOnly || unconfirmed.length > 0 || unranked(claim, unit, corpus).length > 0) return { kind: 'partial', score, unit };
	return { kind: 'supported', score, unit, shared: matched + FACT_WEIGHT * agreeing, ...(facts.vague.length > 0 ? { vague: true } : {}) };
}

/**
 * Whether the passage lists, where the claim lists the token, another actor (`listSwapped`): the first
 * such actor is read as the passage's own, to tell the writer whom the passage says it of; another
 * one makes the passage say nothing of the claim.
 */
function swappedInList(claim: Claim, tokens: Token[], token: Token, unit: Unit, swap: Swap): 'read as said' | 'not said' | undefined {
	const said = listSwapped(claim, tokens, token, unit);
	if (said === undefined) return undefined;
	if (swap.actor) return 'not said';
	swap.actor = { claimed: claim.sentence.text.slice(token.start, token.end), said };
	return 'read as said';
}

/**
 * The actor written as the clause's subject: the one a passage may give the act to instead. Not a
 * subject that only tells where the statement is told (a source's author: "Varga describes …").
 */
function subjectActorOf(claim: Claim, tokens: Token[]): Token | undefined {
	return (
		claim.subject &&
		tokens.find(
			(t) =>
				t.kind === 'entity' &&
				!t.referent &&
				!t.context &&
				t.start >= claim.subject!.start &&
				t.end <= claim.subject!.end &&
				heads(claim.subjectWords ?? [], claim.subject!, t),
		)
	);
}

/**
 * Weighs each of the claim's words against the passage. No share where the passage tells of other
 * actors than the claim's; where it gives the claim's act to another actor, `swap` says whom.
 */
function weighWords(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus, swap: Swap): WordShare | undefined {
	let total = 0;
	let matched = 0;
	let wordTotal = 0;
	let wordMatched = 0;
	const subjectActor = subjectActorOf(claim, tokens);
	// The claim's actor is its subject's, not a name of a leading phrase ("During his talks with Putin,
	// Karimov warned …"); a name that only qualifies the subject ("Ukrainian analyst …") is not it.
	const actor =
		(subjectActor && !qualifiesNext(claim, subjectActor, corpus) ? subjectActor : undefined) ?? tokens.find((t) => t.kind === 'entity' && !t.context);
	const predicate = predicateOf(claim, tokens, corpus);
	let around: Set<string> | undefined;
	const named = new Set(tokens.filter((t) => t.kind === 'entity').map((t) => t.key));
	const entities = unit.pair ? entitiesOfEvent(tokens, named, unit, corpus) : unit.entities;
	for (const token of tokens) {
		const weight = corpus.weight(token.key, token.kind) * (token === predicate ? 2 : isManner(claim, token) || token.context ? 0.5 : 1);
		total += weight;
		if (token.kind === 'entity') {
			if (entities.has(token.key)) matched += weight;
			// What only sets the scene ("According to a Westmark Navy survey, …") a passage need not name.
			else if (token.context) continue;
			else {
				// Named nearby ("Agreements were signed" after naming both countries) is half a match, but
				// not when the passage gives the claim's actor's role to someone else.
				if (token === actor && actsOtherwise(token.key, unit, corpus)) {
					// Read as if it were the passage's own actor, to see whether the passage says the rest.
					const said = token === subjectActor ? otherActor(token.key, unit, corpus) : undefined;
					if (!said || swap.actor) return undefined;
					// One the claim lists with it ("Obama and Trump agreed") is no other actor: the passage
					// tells of one of the claim's own, and says nothing of the other.
					if (listedTogether(claim, tokens, token, said)) return undefined;
					swap.actor = { claimed: token.key, said };
					matched += weight;
					continue;
				}
				if (token !== actor && standsInFor(token.key, named, entities, corpus)) return undefined;
				if (listedWithNamed(claim, tokens, token, (t) => entities.has(t.key), corpus)) return undefined;
				const swapped = swappedInList(claim, tokens, token, unit, swap);
				if (swapped === 'not said') return undefined;
				if (swapped === 'read as said') {
					matched += weight;
					continue;
				}
				// So is the one thing the source is about, the setting of all it says ("Andijan" of "Andijan massacre").
				around ??= corpus.entitiesAround(unit.sentences[0]!, 3);
				if (!around.has(token.key) && !namesTitleThing(token.key, unit.sentences[0]!.key, corpus)) return undefined;
				matched += weight / 2;
			}
		} else {
			wordTotal += weight;
			if (passageSays(claim, token, unit, corpus)) {
				matched += weight;
				wordMatched += weight;
			} else if (token.kind === 'name') {
				if (listedWithNamed(claim, tokens, token, (t) => passageSays(claim, t, unit, corpus), corpus)) return undefined;
				const swapped = swappedInList(claim, tokens, token, unit, swap);
				if (swapped === 'not said') return undefined;
				// Read as if it were the passage's own, to see whether the passage says the rest.
				if (swapped === 'read as said') {
					matched += weight;
					wordMatched += weight;
				}
			}
		}
	}
	return { total, matched, wordTotal, wordMatched, predicate, entities };
}

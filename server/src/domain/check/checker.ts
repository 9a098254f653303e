import type { Corpus } from '../corpus/corpus';
import { parseDocumentSteps } from '../document/index';
import { blockSentences } from '../document/sentences';
import { silencedRanges } from '../document/silence';
import type { Citation, DocumentLanguage, Evidence, Finding, ProseBlock, Sentence, Span, TextEdit, Verdict } from '../types';
import { runSteps, runStepsPaused } from '../steps';
import { claimsOf, joinedClaim, sentenceClaim, type Claim } from '../claims/claim';
import { clauseBacking, paragraphBacking, type Backing } from '../claims/citationScope';
import { discourseOptions, sourceVoicesOf } from './passages';
import { NO_CONTEXT, resolveBlock, sameContext, type DiscourseContext, type DiscourseSentence, type Referent } from '../claims/discourse';
import type { Analysis } from '../text/analyzer';
import { readSentence, type SentenceReading } from '../claims/reading';
import { withCountedDates } from '../claims/countedDates';
import { findingOf, reportOf } from './claimReports';
import { movedOutcome, rangeOf, type BlockOutcome, type CheckedWith, type DocumentMemory } from './documentMemory';
import { RecentCache, type Cache } from './recentCache';
import { resolveCitation } from './citations';
import { givesFactsOf } from './factMatch';
import { withSilenced } from './silenced';
import { DEFAULT_VERIFY_OPTIONS, verifyClaim, type Judgement, type VerifyOptions } from './verify';

/** Lets a long check stop early when its result is no longer wanted. */
export interface Cancellation {
	readonly isCancellationRequested: boolean;
}

export class CheckCancelled extends Error {
	constructor() {
		super('check cancelled');
	}
}

/** What the checker concluded about one claim of a document. */
export interface ClaimReport {
	span: Span;
	text: string;
	verdict: Verdict;
	message: string;
	evidence: Evidence[];
	/** Edits that would correct the claim (dates, figures, a citation key). */
	fixes: TextEdit[];
	fixLabel?: string;
	/** The citations that back the claim: its own, its sentence's, or its paragraph's (see `citedBy`). */
	citations: ResolvedCitation[];
	/** Where `citations` come from: the clause itself, its sentence's end, a citation later in the paragraph, or nowhere. */
	citedBy: Backing['from'];
	/** For an unsupported claim, its words that the closest passage (the first evidence) has no word for. */
	unbacked?: string[];
	/** The writer has silenced this claim's finding with a comment in the text. */
	silenced?: true;
	/** The writer has accepted this claim's finding as checked (see `accepted.ts`). */
	accepted?: true;
}

export interface ResolvedCitation extends Citation {
	/** Keys of the corpus this citation points at. */
	resolved: string[];
	/** Keys written in the citation that the corpus does not have. */
	unknown: string[];
}

export interface DocumentReport {
	claims: ClaimReport[];
	findings: Finding[];
	/** Findings left out of `findings` because the writer silenced them in the text. */
	silenced: Finding[];
	/** Sentences looked at, claims or not. */
	sentences: number;
}

export interface CheckOptions {
	verify?: VerifyOptions;
	cancellation?: Cancellation;
	/** Judgements of sentences already checked, keyed by sentence text; reused across checks of one document. */
	cache?: Cache<Judgement>;
	/** How sentences already read were read (words, clauses, dates, figures), by text; reused like `cache`. */
	readings?: Cache<Reading>;
	/**
	 * What the last check of this document read, block by block: given, a check reads again only the
	 * blocks an edit touched (and those whose context it changed), and keeps the others' reports.
	 */
	memory?: DocumentMemory;
}

/** What a sentence's text reads as, before its context is known. */
export type Reading = SentenceReading;

// Judgements and readings depend only on the corpus and the text: a check without caches of its own
// uses these, kept per corpus, so that a document checked again (or a sentence that comes again) is
// not judged again.
const caches = new WeakMap<Corpus, { judgements: RecentCache<Judgement>; readings: RecentCache<Reading> }>();

function defaultCaches(corpus: Corpus): { judgements: RecentCache<Judgement>; readings: RecentCache<Reading> } {
	let found = caches.get(corpus);
	if (!found) caches.set(corpus, (found = { judgements: new RecentCache(4000), readings: new RecentCache(4000) }));
	return found;
}

const abbreviationSets = new WeakMap<Corpus, ReadonlySet<string>>();

/** The vocabulary's abbreviations, as one set per corpus (sentence splits are kept per set). */
function abbreviationsOf(corpus: Corpus): ReadonlySet<string> {
	let set = abbreviationSets.get(corpus);
	if (!set) abbreviationSets.set(corpus, (set = new Set(corpus.vocabulary.abbreviations)));
	return set;
}

/** The sentence read once per text (and kind: a heading is read for its actors only). */
function readingOf(sentence: Sentence, corpus: Corpus, readings: Cache<Reading> | undefined): SentenceReading {
	const key = sentence.heading ? `#${sentence.text}` : sentence.text;
	let reading = readings?.get(key);
	if (!reading) {
		reading = readSentence(sentence.text, sentence.heading, corpus.analyzer, corpus.vocabulary, corpus.tagger, corpus.namesWritten);
		readings?.set(key, reading);
	}
	return reading;
}

const WRITERS_OWN = new Set(['a description', 'an interpretation', 'an assessment', 'an impression', 'a denial', 'the writer’s own view']);

export function checkDocument(text: string, language: DocumentLanguage, corpus: Corpus, options: CheckOptions = {}): DocumentReport {
	return runSteps(checkSteps(text, language, corpus, options));
}

/**
 * The same check, pausing every few milliseconds of work so that other requests are served meanwhile
 * and a cancellation can arrive; `pause` is how the host yields (a timer in Node.js). A retriever that
 * answers over the network is asked for the document's claims in one round before they are judged.
 */
export async function checkDocumentAsync(
	text: string,
	language: DocumentLanguage,
	corpus: Corpus,
	options: CheckOptions & { pause: () => Promise<void>; slice?: number },
): Promise<DocumentReport> {
	const run = {
		pause: options.pause,
		slice: options.slice ?? 10,
		resumed: () => {
			// What arrived during the pause may have cancelled the check, in the reading too.
			if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
		},
	};
	const read = await runStepsPaused(readSteps(text, language, corpus, options), run);
	if (corpus.retriever.prepare) {
		await corpus.retriever.prepare(queriesOf(read, corpus, options));
		run.resumed();
	}
	return runStepsPaused(judgeSteps(read, corpus, options), run);
}

/** Checks the document clause by clause, yielding after each sentence (and while it reads the document). */
function* checkSteps(text: string, language: DocumentLanguage, corpus: Corpus, options: CheckOptions): Generator<void, DocumentReport> {
	return yield* judgeSteps(yield* readSteps(text, language, corpus, options), corpus, options);
}

/** A block read into sentences and claims, before any claim is judged. */
interface ReadBlock {
	block: ProseBlock;
	range: Span | undefined;
	before: DiscourseContext;
	after: DiscourseContext;
	sentences: Sentence[];
	readings: SentenceReading[];
	referents: Referent[][];
	/** Each sentence's claims, clause by clause. */
	claims: Claim[][];
}

/** A document read block by block: each block kept from the check before, or read now. */
interface ReadDocument {
	text: string;
	language: DocumentLanguage;
	blocks: ({ kept: BlockOutcome } | { read: ReadBlock })[];
}

const checkedWith = (corpus: Corpus, language: DocumentLanguage, options: CheckOptions): CheckedWith => ({
	corpus,
	verify: options.verify ?? DEFAULT_VERIFY_OPTIONS,
	language,
});

function* readSteps(text: string, language: DocumentLanguage, corpus: Corpus, options: CheckOptions): Generator<void, ReadDocument> {
	const blocks = yield* parseDocumentSteps(text, language, undefined, options.memory?.reading);
	if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
	const kept = options.memory?.keptFor(text, blocks, checkedWith(corpus, language, options)) ?? [];
	const read: ReadDocument['blocks'] = [];
	let context = NO_CONTEXT;
	let since = 0;
	for (let i = 0; i < blocks.length; i++) {
		// A block the edit did not touch, begun in the same context, reads as it did.
		const same = kept[i];
		if (same && sameContext(same.outcome.before, context)) {
			const outcome = movedOutcome(same, blocks[i]!);
			read.push({ kept: outcome });
			context = outcome.after;
			continue;
		}
		const block = readBlock(blocks[i]!, i, context, corpus, options);
		read.push({ read: block });
		context = block.after;
		since += block.sentences.length;
		if (since >= 16) {
			since = 0;
			yield;
		}
	}
	if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
	return { text, language, blocks: read };
}

/** One block's sentences, what each reads as, what its pronouns stand for in `context`, and its claims. */
function readBlock(block: ProseBlock, index: number, context: DiscourseContext, corpus: Corpus, options: CheckOptions): ReadBlock {
	const sentences = blockSentences(block, index, abbreviationsOf(corpus));
	const readings = withCountedDates(
		sentences,
		sentences.map((sentence) => readingOf(sentence, corpus, options.readings ?? defaultCaches(corpus).readings)),
	);
	const discourse = resolveBlock(
		sentences.map((sentence, i): DiscourseSentence => {
			const reading = readings[i]!;
			const subject = reading.clauses[0]?.subject;
			return {
				text: sentence.text,
				heading: sentence.heading,
				block: sentence.block,
				words: reading.words,
				tokens: reading.analysis.tokens,
				...(subject ? { subject } : {}),
			};
		}),
		context,
		discourseOptions(corpus),
	);
	const referents = discourse.referents;
	const claims = sentences.map((sentence, i) => claimsOf(sentence, readings[i]!, referents[i]!, corpus.lexicon, sourceVoicesOf(corpus)));
	return { block, range: rangeOf(block), before: context, after: discourse.context, sentences, readings, referents, claims };
}

/** What a retriever is asked for a document: each claim not judged before, and each sentence of several clauses as a whole and by pairs of clauses of one actor. */
function queriesOf(read: ReadDocument, corpus: Corpus, options: CheckOptions): Analysis[] {
	const judgements = options.cache ?? defaultCaches(corpus).judgements;
	const voices = sourceVoicesOf(corpus);
	const queries: Analysis[] = [];
	for (const entry of read.blocks) {
		if (!('read' in entry)) continue;
		const block = entry.read;
		block.claims.forEach((claims, i) => {
			const [sentence, reading, referents] = [block.sentences[i]!, block.readings[i]!, block.referents[i]!];
			for (const claim of claims) if (!judgements.get(claim.key)) queries.push(claim.analysis);
			if (claims.length > 1) {
				queries.push(sentenceClaim(sentence, reading, referents, corpus.lexicon, voices).analysis);
				for (const claim of claims) {
					const joined = joinedClaim(sentence, reading, claim.span, referents, corpus.lexicon, voices);
					if (joined && !judgements.get(joined.key)) queries.push(joined.analysis);
				}
			}
		});
	}
	return queries;
}

function* judgeSteps(read: ReadDocument, corpus: Corpus, options: CheckOptions): Generator<void, DocumentReport> {
	const outcomes: BlockOutcome[] = [];
	for (const entry of read.blocks) outcomes.push('kept' in entry ? entry.kept : yield* judgeBlock(entry.read, read.text, corpus, options));
	options.memory?.remember(read.text, outcomes, checkedWith(corpus, read.language, options));
	const claims = outcomes.flatMap((o) => o.claims);
	const findings = outcomes.flatMap((o) => o.findings).sort((a, b) => a.span.start - b.span.start);
	const sentences = outcomes.reduce((n, o) => n + o.sentences, 0);
	return withSilenced({ claims, findings, silenced: [], sentences }, silencedRanges(read.text, read.language));
}

/** Judges one block's claims, yielding before each sentence; its reports and findings in the order a check makes them. */
function* judgeBlock(read: ReadBlock, text: string, corpus: Corpus, options: CheckOptions): Generator<void, BlockOutcome> {
	const { block, sentences, readings, referents } = read;
	const paragraph = paragraphBacking(sentences);
	const judgements = options.cache ?? defaultCaches(corpus).judgements;
	const verify = options.verify ?? DEFAULT_VERIFY_OPTIONS;
	const voices = sourceVoicesOf(corpus);
	const claims: ClaimReport[] = [];
	const findings: Finding[] = [];
	const resolved = (citations: Citation[]) => citations.map((c) => resolveCitation(c, corpus));
	const judge = (claim: Claim): Judgement => {
		let judgement = judgements.get(claim.key);
		if (!judgement) {
			judgement = verifyClaim(claim, corpus, verify);
			judgements.set(claim.key, judgement);
		}
		return judgement;
	};
	for (let i = 0; i < sentences.length; i++) {
		const sentence = sentences[i]!;
		yield;
		if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
		findings.push(...unknownSources(resolved(sentence.citations)));
		const reading = readings[i]!;
		const sentenceClaims = read.claims[i]!;
		if (sentenceClaims.length === 0) continue;
		const words = reading.words.filter((w) => w.pos !== 'PUNCT');
		const lastWordEnd = words.at(-1)?.end ?? sentence.text.length;
		const backing = clauseBacking(
			sentence,
			sentenceClaims.map((c) => c.span),
			lastWordEnd,
			paragraph[i]!,
		);
		let whole: Judgement | undefined;
		const judged: { claim: Claim; judgement: Judgement; back: Backing }[] = [];
		sentenceClaims.forEach((claim, k) => {
			let judgement = judge(claim);
			// A clause no passage says alone may be told, with the rest of its sentence, in other words
			// by one passage: the sentence as a whole is then supported, and each clause with it. So it is
			// where the clause alone met only a related event's date or figure, and where it met another
			// event's date or figure to fix it by ("When the two mayors met in 1987", alone, is the 1988
			// meeting of others; the sentence as a whole is the 1987 one): a passage that says the whole
			// sentence, its dates and figures with it, leaves nothing to fix.
			const fixing = judgement.edits.length > 0 && (judgement.verdict === 'wrong-date' || judgement.verdict === 'wrong-number');
			if (sentenceClaims.length > 1 && isPlainlyUnsupported(judgement))
				judgement =
					joinedJudgement(claim, joinedClaim(sentence, reading, claim.span, referents[i]!, corpus.lexicon, voices), judge, verify.support) ?? judgement;
			if (sentenceClaims.length > 1 && (isPlainlyUnsupported(judgement) || judgement.related || fixing)) {
				whole ??= judge(sentenceClaim(sentence, reading, referents[i]!, corpus.lexicon, voices));
				const confirmed = !fixing || (whole.evidence[0] !== undefined && givesFactsOf(claim, whole.evidence[0].quote));
				if (whole.verdict === 'supported' && (whole.evidence[0]?.score ?? 0) >= verify.support && confirmed) judgement = whole;
			}
			// A generalisation or an evaluation is no finding when no source says it; said by one, it is
			// supported; said only by a reader's comment, it is said to be no more than that.
			// A description, an interpretation or a view ("The contrast with Westmark is telling") is
			// the writer's: a passage that says something like it of another actor does not make it wrong.
			const wrongActor = judgement.otherActor && !WRITERS_OWN.has(claim.general ?? '');
			if (claim.general && judgement.verdict !== 'supported' && judgement.verdict !== 'contradicted' && !judgement.aside && !wrongActor) return;
			judged.push({ claim, judgement, back: backing[k]! });
		});
		const endFits = endCitationFits(judged, resolved);
		for (const { claim, judgement, back } of judged) {
			const from = back.from === 'sentence' && !endFits ? 'clause' : back.from;
			const report = reportOf(claim, sentenceClaims.length, block, judgement, resolved(back.citations), from, corpus, text);
			claims.push(report);
			const finding = findingOf(report, corpus);
			if (finding) findings.push(finding);
		}
	}
	return { block, range: read.range, before: read.before, after: read.after, claims, findings, sentences: sentences.length };
}

/**
 * The judgement of a clause read with the clause it borrows from (`joinedClaim`), where that says more:
 * supported, or a date or figure the two get wrong whose fix falls inside the clause.
 */
function joinedJudgement(claim: Claim, joined: Claim | undefined, judge: (claim: Claim) => Judgement, support: number): Judgement | undefined {
	const together = joined && judge(joined);
	if (!together) return undefined;
	if (together.verdict === 'supported') return (together.evidence[0]?.score ?? 0) >= support ? together : undefined;
	const fixed = (together.verdict === 'wrong-date' || together.verdict === 'wrong-number') && together.edits.length > 0;
	return fixed && together.edits.every((e) => e.start >= claim.span.start && e.end <= claim.span.end) ? together : undefined;
}

/** A finding for each key of the citations that no source of the corpus has. */
function unknownSources(citations: ResolvedCitation[]): Finding[] {
	return citations.flatMap((citation) =>
		citation.unknown.map((key) => ({
			span: citation.span,
			code: 'unknown-source' as const,
			message: `No source in the corpus has the key "${key}".`,
			evidence: [],
			fixes: [],
		})),
	);
}

/**
 * A citation at the end of a sentence backs the clauses it says; where it says none of them, it does
 * not fit the sentence, and each clause another source supports is cited wrongly. True where the
 * sentence has no such citation.
 */
function endCitationFits(judged: { judgement: Judgement; back: Backing }[], resolved: (citations: Citation[]) => ResolvedCitation[]): boolean {
	const end = judged.find(({ back }) => back.from === 'sentence')?.back.citations;
	if (!end) return true;
	const cited = resolved(end);
	return judged.some(({ judgement, back }) => back.citations === end && cites(judgement, cited));
}

/**
 * Whether the citations name a source that speaks of the claim: one that supports it, or that gives
 * its date or figure otherwise or says the opposite (the writer cited the right source, and erred).
 */
function cites(judgement: Judgement, citations: ResolvedCitation[]): boolean {
	if (judgement.verdict === 'unsupported' || judgement.verdict === 'citation-mismatch') return false;
	return citations.some((c) => c.resolved.some((key) => judgement.evidence.some((e) => e.key === key)));
}

/** Unsupported for want of a passage, not because a passage gives it to another actor or only an aside says it. */
function isPlainlyUnsupported(judgement: Judgement): boolean {
	return judgement.verdict === 'unsupported' && !judgement.aside && !judgement.otherActor;
}

import type { Corpus } from '../corpus/corpus';
import { parseDocumentSteps } from '../document/index';
import { sentencesOf } from '../document/sentences';
import { silencedRanges } from '../document/silence';
import type { Citation, DocumentLanguage, Evidence, Finding, ProseBlock, Sentence, Span, TextEdit, Verdict } from '../types';
import { runSteps, runStepsPaused } from '../steps';
import { claimsOf, sentenceClaim, type Claim } from '../claims/claim';
import { clauseBacking, paragraphBacking, type Backing } from '../claims/citationScope';
import { resolveDiscourse, type DiscourseSentence } from '../claims/discourse';
import type { Analysis } from '../text/analyzer';
import { readSentence, type SentenceReading } from '../claims/reading';
import { RecentCache, type Cache } from './recentCache';
import { resolveCitation } from './citations';
import { withSilenced } from './silenced';
import { DEFAULT_VERIFY_OPTIONS, label, verifyClaim, type Judgement, type SentenceEdit, type VerifyOptions } from './verify';

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
		reading = readSentence(sentence.text, sentence.heading, corpus.analyzer, corpus.vocabulary, corpus.tagger);
		readings?.set(key, reading);
	}
	return reading;
}

const WRITERS_OWN = new Set(['a description', 'an interpretation', 'an assessment', 'the writer’s own view']);

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

/** A document read into sentences and claims, before any claim is judged. */
interface ReadDocument {
	text: string;
	language: DocumentLanguage;
	blocks: ProseBlock[];
	sentences: Sentence[];
	readings: SentenceReading[];
	referents: ReturnType<typeof resolveDiscourse>;
	/** Each sentence's claims, clause by clause. */
	claims: Claim[][];
}

function* readSteps(text: string, language: DocumentLanguage, corpus: Corpus, options: CheckOptions): Generator<void, ReadDocument> {
	const blocks = yield* parseDocumentSteps(text, language);
	if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
	const sentences = sentencesOf(blocks, abbreviationsOf(corpus));
	const readings: SentenceReading[] = [];
	for (const sentence of sentences) {
		readings.push(readingOf(sentence, corpus, options.readings ?? defaultCaches(corpus).readings));
		if (readings.length % 16 === 0) yield;
	}
	if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
	const referents = resolveDiscourse(
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
		{ lexicon: corpus.lexicon, entityType: (key) => corpus.analyzer.entityType(key) },
	);
	const claims: Claim[][] = [];
	for (let i = 0; i < sentences.length; i++) {
		claims.push(claimsOf(sentences[i]!, readings[i]!, referents[i]!, corpus.lexicon));
		if (claims.length % 16 === 0) yield;
	}
	return { text, language, blocks, sentences, readings, referents, claims };
}

/** What a retriever is asked for a document: each claim not judged before, and each sentence of several clauses as a whole. */
function queriesOf(read: ReadDocument, corpus: Corpus, options: CheckOptions): Analysis[] {
	const judgements = options.cache ?? defaultCaches(corpus).judgements;
	const queries: Analysis[] = [];
	read.claims.forEach((claims, i) => {
		for (const claim of claims) if (!judgements.get(claim.key)) queries.push(claim.analysis);
		if (claims.length > 1) queries.push(sentenceClaim(read.sentences[i]!, read.readings[i]!, read.referents[i]!, corpus.lexicon).analysis);
	});
	return queries;
}

function* judgeSteps(read: ReadDocument, corpus: Corpus, options: CheckOptions): Generator<void, DocumentReport> {
	const { text, language, blocks, sentences, readings, referents } = read;
	const paragraph = paragraphBacking(sentences);
	const judgements = options.cache ?? defaultCaches(corpus).judgements;
	const claims: ClaimReport[] = [];
	const findings: Finding[] = [];
	for (let i = 0; i < sentences.length; i++) {
		const sentence = sentences[i]!;
		yield;
		if (options.cancellation?.isCancellationRequested) throw new CheckCancelled();
		const resolved = (citations: Citation[]) => citations.map((c) => resolveCitation(c, corpus));
		for (const citation of resolved(sentence.citations)) {
			for (const key of citation.unknown) {
				findings.push({
					span: citation.span,
					code: 'unknown-source',
					message: `No source in the corpus has the key "${key}".`,
					evidence: [],
					fixes: [],
				});
			}
		}
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
		const verify = options.verify ?? DEFAULT_VERIFY_OPTIONS;
		const judge = (claim: Claim): Judgement => {
			let judgement = judgements.get(claim.key);
			if (!judgement) {
				judgement = verifyClaim(claim, corpus, verify);
				judgements.set(claim.key, judgement);
			}
			return judgement;
		};
		let whole: Judgement | undefined;
		sentenceClaims.forEach((claim, k) => {
			let judgement = judge(claim);
			// A clause no passage says alone may be told, with the rest of its sentence, in other words
			// by one passage: the sentence as a whole is then supported, and each clause with it. So it is
			// where the clause alone met only a related event's date or figure.
			if (sentenceClaims.length > 1 && (isPlainlyUnsupported(judgement) || judgement.related)) {
				whole ??= judge(sentenceClaim(sentence, reading, referents[i]!, corpus.lexicon));
				if (whole.verdict === 'supported' && (whole.evidence[0]?.score ?? 0) >= verify.support) judgement = whole;
			}
			// A generalisation or an evaluation is no finding when no source says it; said by one, it is
			// supported; said only by a reader's comment, it is said to be no more than that.
			// A description, an interpretation or a view ("The contrast with Kazakhstan is instructive") is
			// the writer's: a passage that says something like it of another actor does not make it wrong.
			const wrongActor = judgement.otherActor && !WRITERS_OWN.has(claim.general ?? '');
			if (claim.general && judgement.verdict !== 'supported' && judgement.verdict !== 'contradicted' && !judgement.aside && !wrongActor) return;
			const back = backing[k]!;
			const report = reportOf(claim, sentenceClaims.length, blocks[sentence.block]!, judgement, resolved(back.citations), back.from, corpus, text);
			claims.push(report);
			const finding = findingOf(report, corpus);
			if (finding) findings.push(finding);
		});
	}
	findings.sort((a, b) => a.span.start - b.span.start);
	return withSilenced({ claims, findings, silenced: [], sentences: sentences.length }, silencedRanges(text, language));
}

/** Unsupported for want of a passage, not because a passage gives it to another actor or only an aside says it. */
function isPlainlyUnsupported(judgement: Judgement): boolean {
	return judgement.verdict === 'unsupported' && !judgement.aside && !judgement.otherActor;
}

function toDocument(block: ProseBlock, sentence: Sentence, edit: SentenceEdit): TextEdit {
	const start = block.starts[sentence.textStart + edit.start]!;
	const end = block.ends[sentence.textStart + edit.end - 1]!;
	return { span: { start, end }, newText: edit.newText };
}

/**
 * Where a claim is in the document: its clause, with the citations anchored in it or right after it;
 * a sentence read as one claim is the whole sentence with its citations.
 */
function claimSpan(claim: Claim, clauses: number, block: ProseBlock): Span {
	const sentence = claim.sentence;
	// A clause beside one that is no claim ("Leaving was not simple, since the bloc required …") is
	// still only its own part of the sentence.
	if (clauses === 1 && claim.wholeSentence) return sentence.span;
	let start = block.starts[sentence.textStart + claim.span.start]!;
	let end = block.ends[sentence.textStart + claim.span.end - 1]!;
	const last = claim.span.end >= sentence.text.length;
	for (const citation of sentence.citations) {
		const at = citation.anchor - sentence.textStart;
		if (at > claim.span.start && (at <= claim.span.end || last)) {
			start = Math.min(start, citation.span.start);
			end = Math.max(end, citation.span.end);
		}
	}
	return { start, end };
}

function reportOf(
	claim: Claim,
	clauses: number,
	block: ProseBlock,
	judgement: Judgement,
	citations: ResolvedCitation[],
	citedBy: Backing['from'],
	corpus: Corpus,
	text: string,
): ClaimReport {
	const sentence = claim.sentence;
	// A fix never reaches outside its clause.
	const edits = judgement.edits.filter((e) => e.start >= claim.span.start && e.end <= claim.span.end);
	const report: ClaimReport = {
		span: claimSpan(claim, clauses, block),
		text: sentence.text.slice(claim.span.start, claim.span.end),
		verdict: judgement.verdict,
		message: judgement.message,
		evidence: judgement.evidence,
		fixes: edits.length === judgement.edits.length ? edits.map((e) => toDocument(block, sentence, e)) : [],
		...(judgement.fixLabel && edits.length === judgement.edits.length ? { fixLabel: judgement.fixLabel } : {}),
		citations,
		citedBy,
		...(judgement.unbacked ? { unbacked: judgement.unbacked } : {}),
	};
	const cited = [...new Set(citations.flatMap((c) => c.resolved))];
	if (cited.length === 0 || judgement.verdict !== 'supported') return report;
	const fitting = judgement.evidence.filter((e) => cited.includes(e.key));
	if (fitting.length > 0) {
		// The writer's own source leads, so the hover and the report show what they cited.
		report.evidence = [...fitting, ...judgement.evidence.filter((e) => !cited.includes(e.key))];
		const wrongPage = citedBy === 'clause' ? pageMismatch(citations, fitting) : undefined;
		if (wrongPage) {
			const page = fitting[0]!.page;
			report.verdict = 'citation-mismatch';
			report.message = `${label(corpus, fitting[0]!)} says this, not p. ${wrongPage.citation.locator}.`;
			const written = text.slice(wrongPage.citation.span.start, wrongPage.citation.span.end);
			const at = written.lastIndexOf(wrongPage.citation.locator!);
			report.fixes =
				page && at >= 0
					? [
							{
								span: { start: wrongPage.citation.span.start + at, end: wrongPage.citation.span.start + at + wrongPage.citation.locator!.length },
								newText: page,
							},
						]
					: [];
			if (report.fixes.length > 0) report.fixLabel = `Cite p. ${page}`;
		}
		return report;
	}
	// A citation that ends the sentence or the paragraph backs what it can; a clause it does not back cites nothing.
	if (citedBy !== 'clause') return { ...report, citations: [], citedBy: 'none' };
	const best = judgement.evidence[0]!;
	const names = cited.map((key) => corpus.sourceLabel(key));
	report.verdict = 'citation-mismatch';
	report.message = `${names.join(' and ')} ${names.length > 1 ? 'do' : 'does'} not say this; ${label(corpus, best)} does.`;
	report.fixes = citations.flatMap((c) => replaceKeyEdits(c, best.key, text));
	report.fixLabel = `Cite ${label(corpus, best)} instead`;
	return report;
}

/** Pages as a range: "146", "146-147", "146–48". */
function pageRange(text: string): [number, number] | undefined {
	const [first, last] = text.split(/\s*[-–]+\s*/).map((p) => Number.parseInt(p, 10));
	if (first === undefined || Number.isNaN(first)) return undefined;
	if (last === undefined || Number.isNaN(last)) return [first, first];
	// "146–48" abbreviates the end page.
	const end = last < first ? Number.parseInt(String(first).slice(0, String(first).length - String(last).length) + String(last), 10) : last;
	return [first, end];
}

/** A pinpoint page that the cited source's passage is not on. */
function pageMismatch(citations: ResolvedCitation[], fitting: Evidence[]): { citation: ResolvedCitation } | undefined {
	for (const citation of citations) {
		const cited = citation.locator ? pageRange(citation.locator) : undefined;
		if (!cited) continue;
		const pages = fitting.filter((e) => citation.resolved.includes(e.key) && e.page !== undefined).map((e) => pageRange(e.page!));
		if (pages.length === 0 || pages.some((p) => p && p[0] <= cited[1] && cited[0] <= p[1])) continue;
		return { citation };
	}
	return undefined;
}

function replaceKeyEdits(citation: ResolvedCitation, key: string, text: string): TextEdit[] {
	const edits: TextEdit[] = [];
	const written = text.slice(citation.span.start, citation.span.end);
	for (const old of citation.resolved) {
		const at = written.indexOf(old);
		if (at < 0) continue;
		edits.push({ span: { start: citation.span.start + at, end: citation.span.start + at + old.length }, newText: key });
	}
	return edits;
}

function findingOf(report: ClaimReport, corpus: Corpus): Finding | undefined {
	const fixes = report.fixes.length > 0 ? [{ title: report.fixLabel ?? 'Apply the sources’ wording', edits: report.fixes, preferred: true }] : [];
	if (report.verdict === 'supported') {
		if (report.citations.length > 0) return undefined;
		const best = report.evidence[0];
		return {
			span: report.span,
			code: 'missing-citation',
			message: best ? `Supported by ${label(corpus, best)}, but nothing is cited.` : 'Nothing is cited.',
			evidence: report.evidence,
			fixes: [],
		};
	}
	return { span: report.span, code: report.verdict, message: report.message, evidence: report.evidence, fixes };
}

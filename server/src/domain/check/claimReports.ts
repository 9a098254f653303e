// A claim's report as the writer sees it: where the claim is in the document, what was found of
// it, the fixes that would correct it, and whether the citations that back it say it (a citation
// that does not, or a pinpoint page the passage is not on, is itself the finding).
import type { Corpus } from '../corpus/corpus';
import type { Claim } from '../claims/claim';
import type { Backing } from '../claims/citationScope';
import type { Evidence, Finding, ProseBlock, Sentence, Span, TextEdit } from '../types';
import type { ClaimReport, ResolvedCitation } from './checker';
import { label, type Judgement, type SentenceEdit } from './verify';

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
	// A clause beside one that is no claim ("Dredging was not cheap, since the league required …") is
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

export function reportOf(
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
	// A fix never reaches outside its clause, and its edits never overlap (applied together they would garble the text).
	const inClause = judgement.edits.filter((e) => e.start >= claim.span.start && e.end <= claim.span.end);
	const edits = overlapping(inClause) ? [] : inClause;
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
	if (claim.speaksFor && judgement.verdict === 'supported' && !credits(report, claim, claim.speaksFor, judgement, corpus)) return report;
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
	const looser = cited.every((key) => judgement.looser?.includes(key));
	report.message = looser
		? `${names.join(' and ')} ${names.length > 1 ? 'give' : 'gives'} this date less precisely; ${label(corpus, best)} gives it as written.`
		: `${names.join(' and ')} ${names.length > 1 ? 'do' : 'does'} not say this; ${label(corpus, best)} does.`;
	// Only a citation within the claim's own span is its to change: one at the end of the sentence,
	// for an earlier clause, is the last clause's.
	report.fixes = citations.flatMap((c) => replaceKeyEdits(c, best.key, text)).filter((e) => e.span.start >= report.span.start && e.span.end <= report.span.end);
	if (report.fixes.length > 0) report.fixLabel = `Cite ${label(corpus, best)} instead`;
	return report;
}

/**
 * A claim that credits an author or a publisher with what it says ("Weitz argues that …") is
 * attributed as a citation is: their source leads its evidence where it says this; where only others
 * do, the writer has credited the wrong source, and is told whose it is, unless that passage tells
 * what they said. (No fix: which of the two the writer meant is theirs to say.) False where the report
 * was turned into that finding.
 */
function credits(report: ClaimReport, claim: Claim, credited: string[], judgement: Judgement, corpus: Corpus): boolean {
	const fitting = judgement.evidence.filter((e) => credited.includes(e.key));
	if (fitting.length > 0) {
		report.evidence = [...fitting, ...judgement.evidence.filter((e) => !credited.includes(e.key))];
		return true;
	}
	if (credited.some((key) => judgement.looser?.includes(key))) return true;
	const named = claim.frame?.[0];
	const who = named ? claim.sentence.text.slice(named.start, named.end).replace(/^The\b/, 'the') : credited.map((key) => corpus.sourceLabel(key)).join(' or ');
	// A passage that tells what they said ("The Harbour Board said …" in a newspaper) supports the claim as a report of it.
	const names = who.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	const quote = judgement.evidence[0]!.quote.toLowerCase();
	if (names.length > 0 && names.every((w) => quote.includes(w.toLowerCase()))) return true;
	report.verdict = 'citation-mismatch';
	report.message = `No source by ${who} says this; ${label(corpus, judgement.evidence[0]!)} does.`;
	return false;
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

export function findingOf(report: ClaimReport, corpus: Corpus): Finding | undefined {
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

/** Whether two of the edits touch the same text. */
function overlapping(edits: readonly { start: number; end: number }[]): boolean {
	const sorted = [...edits].sort((a, b) => a.start - b.start);
	return sorted.some((e, k) => k > 0 && e.start < sorted[k - 1]!.end);
}

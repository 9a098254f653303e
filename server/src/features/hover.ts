import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { ClaimReport, DocumentReport } from '../domain/check/checker';
import { label } from '../domain/check/verify';
import { fullReference } from '../domain/corpus/bibliography';
import type { Corpus } from '../domain/corpus/corpus';
import type { Checker } from '../domain/index';
import { sameKey } from '../domain/text/analyzer';
import type { LineIndex } from '../domain/text/positions';
import type { Evidence } from '../domain/types';
import type { SourceLocations } from './sources';

/** How long a line of another agreeing source may quote it. */
const ALSO_QUOTE = 90;

function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

/** The quote with the words it shares with the claim in bold. */
function highlighted(quote: string, claim: string, corpus: Corpus): string {
	const claimKeys = corpus.analyzer.analyze(claim).tokens.map((t) => t.key);
	const spans = corpus.analyzer.analyze(quote).tokens.filter((t) => claimKeys.some((k) => sameKey(k, t.key)));
	let out = '';
	let at = 0;
	for (const span of spans) {
		if (span.start < at) continue;
		out += `${escapeMarkdown(quote.slice(at, span.start))}**${escapeMarkdown(quote.slice(span.start, span.end))}**`;
		at = span.end;
	}
	return out + escapeMarkdown(quote.slice(at));
}

/** The command link that opens the source with the whole passage selected (the client selects the quote it is given). */
function openLink(evidence: Evidence): string {
	const args = encodeURIComponent(JSON.stringify([{ key: evidence.key, quote: evidence.quote }]));
	return `command:citecheck.openSource?${args}`;
}

/** The passage quoted, with its reference (or, under a reference already given, its page) and its links. */
function passage(evidence: Evidence, claim: string, corpus: Corpus, sources: SourceLocations, referenced = false): string {
	const meta = corpus.source(evidence.key)?.meta;
	const page = evidence.page?.split(/[-–]/)[0];
	const reference = referenced ? (page ? `p. ${page}` : undefined) : meta ? fullReference(meta, page) : evidence.key;
	// A PDF's text is in a read-only document, which the editor opens from no link of a hover but
	// the command's: that link is the only one.
	const uri = corpus.source(evidence.key)?.extracted ? undefined : sources.uri(evidence.key);
	const range = uri && sources.range(evidence.key, evidence.location);
	const fileLink = uri && range ? ` · [corpus file](${uri}#L${range.start.line + 1})` : '';
	return [
		`> ${highlighted(evidence.quote, claim, corpus)}`,
		'',
		...(reference ? [`— ${escapeMarkdown(reference)}`, ''] : []),
		`[Open the source at this passage](${openLink(evidence)} "Open ${evidence.key.replace(/["\\]/g, '\\$&')} with this passage selected")${fileLink}`,
	].join('\n');
}

/**
 * One line: the verdict. A supported claim names the source quoted below; any other verdict's
 * message says what is wrong and names its source (and, for a claim no source says, the words the
 * closest passage lacks), so it is the line.
 */
function verdictLine(claim: ClaimReport, best: Evidence | undefined, corpus: Corpus): string {
	if (claim.verdict === 'supported' && best) return `**CiteCheck:** supported by ${escapeMarkdown(label(corpus, best))}.`;
	return `**CiteCheck:** ${escapeMarkdown(claim.message)}`;
}

/** Each other source that agrees, once, in a line: its label, a link to its passage, the passage's start. */
function otherSources(claim: ClaimReport, best: Evidence, corpus: Corpus): string[] {
	const seen = new Set([best.key]);
	const lines: string[] = [];
	for (const evidence of claim.evidence) {
		if (seen.has(evidence.key)) continue;
		seen.add(evidence.key);
		const quote = evidence.quote.length > ALSO_QUOTE ? `${evidence.quote.slice(0, ALSO_QUOTE).trimEnd()}…` : evidence.quote;
		lines.push(`- [${escapeMarkdown(label(corpus, evidence))}](${openLink(evidence)}): “${escapeMarkdown(quote)}”`);
	}
	return lines;
}

function claimHover(claim: ClaimReport, corpus: Corpus, sources: SourceLocations): string {
	const best = claim.evidence[0];
	const parts = [verdictLine(claim, best, corpus)];
	if (best) parts.push(passage(best, claim.text, corpus, sources));
	const others = claim.verdict === 'supported' && best ? otherSources(claim, best, corpus) : [];
	if (others.length > 0) parts.push(`Also says this:\n\n${others.join('\n')}`);
	return parts.join('\n\n');
}

function citationHover(claim: ClaimReport, keys: string[], checker: Checker, sources: SourceLocations): string {
	const corpus = checker.corpus;
	const parts: string[] = [];
	for (const key of keys) {
		const source = corpus.source(key);
		if (!source) continue;
		parts.push(`**${escapeMarkdown(fullReference(source.meta))}**`);
		const bearing = checker.passagesOf(key, claim.text, 2, 60);
		if (bearing.length === 0) parts.push('Nothing in this source bears on the sentence.');
		for (const s of bearing) {
			parts.push(
				passage({ key, ...(s.page !== undefined ? { page: s.page } : {}), quote: s.text, location: s.location, score: 0 }, claim.text, corpus, sources, true),
			);
		}
	}
	return parts.join('\n\n');
}

/** What the hover shows at an offset: the citation under the cursor (the passages the checker finds in its sources), else the claim. */
export function hoverAt(offset: number, report: DocumentReport, lines: LineIndex, checker: Checker, sources: SourceLocations): Hover | null {
	const claim = report.claims.find((c) => c.span.start <= offset && offset <= c.span.end);
	if (!claim) return null;
	const citation = claim.citations.find((c) => c.span.start <= offset && offset <= c.span.end);
	if (citation && citation.resolved.length > 0) {
		return {
			contents: { kind: MarkupKind.Markdown, value: citationHover(claim, citation.resolved, checker, sources) },
			range: { start: lines.positionAt(citation.span.start), end: lines.positionAt(citation.span.end) },
		};
	}
	return {
		contents: { kind: MarkupKind.Markdown, value: claimHover(claim, checker.corpus, sources) },
		range: { start: lines.positionAt(claim.span.start), end: lines.positionAt(claim.span.end) },
	};
}

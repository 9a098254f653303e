import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { ClaimReport, DocumentReport } from '../domain/check/checker';
import { label } from '../domain/check/verify';
import { fullReference } from '../domain/corpus/bibliography';
import type { Corpus } from '../domain/corpus/corpus';
import { sameKey } from '../domain/text/analyzer';
import type { LineIndex } from '../domain/text/positions';
import type { Evidence, Verdict } from '../domain/types';
import type { SourceLocations } from './sources';

const VERDICT: Record<Verdict, string> = {
	supported: 'supported by the sources',
	'wrong-date': 'the sources give another date',
	'wrong-number': 'the sources give another figure',
	contradicted: 'a source says the opposite',
	'citation-mismatch': 'the citation does not fit',
	unsupported: 'no source says this',
};

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

function passage(evidence: Evidence, claim: string, corpus: Corpus, sources: SourceLocations): string {
	const meta = corpus.source(evidence.key)?.meta;
	const reference = meta ? fullReference(meta, evidence.page?.split(/[-–]/)[0]) : evidence.key;
	// A PDF's text is in a read-only document, which the editor opens from no link of a hover but
	// the command's: that link is the only one.
	const uri = corpus.source(evidence.key)?.extracted ? undefined : sources.uri(evidence.key);
	const range = uri && sources.range(evidence.key, evidence.location);
	const fileLink = uri && range ? ` · [corpus file](${uri}#L${range.start.line + 1})` : '';
	return [
		`> ${highlighted(evidence.quote, claim, corpus)}`,
		'',
		`— ${escapeMarkdown(reference)}`,
		'',
		`[Open the source at this passage](${openLink(evidence)} "Open ${evidence.key.replace(/["\\]/g, '\\$&')} with this passage selected")${fileLink}`,
	].join('\n');
}

/** The claim with the words no passage backs in bold. */
function markedClaim(claim: ClaimReport): string {
	const words = claim.unbacked ?? [];
	let out = '';
	let at = 0;
	const pattern = words.length > 0 ? new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g') : undefined;
	for (const match of pattern ? claim.text.matchAll(pattern) : []) {
		out += `${escapeMarkdown(claim.text.slice(at, match.index))}**${escapeMarkdown(match[0])}**`;
		at = match.index + match[0].length;
	}
	return out + escapeMarkdown(claim.text.slice(at));
}

function claimHover(claim: ClaimReport, corpus: Corpus, sources: SourceLocations): string {
	const parts = [`**CiteCheck:** ${VERDICT[claim.verdict]}. ${escapeMarkdown(claim.message)}`];
	const [best, ...others] = claim.evidence;
	if (claim.unbacked && claim.unbacked.length > 0) parts.push(`Your words that the closest passage does not back are in bold: ${markedClaim(claim)}`);
	if (best) parts.push(passage(best, claim.text, corpus, sources));
	if (claim.verdict === 'supported' && others.length > 0) {
		parts.push(
			`Also: ${others.map((e) => `${escapeMarkdown(label(corpus, e))} — “${escapeMarkdown(e.quote.length > 160 ? `${e.quote.slice(0, 160)}…` : e.quote)}”`).join('; ')}`,
		);
	}
	return parts.join('\n\n');
}

function citationHover(claim: ClaimReport, keys: string[], corpus: Corpus, sources: SourceLocations): string {
	const parts: string[] = [];
	const analysis = corpus.analyzer.analyze(claim.text);
	for (const key of keys) {
		const source = corpus.source(key);
		if (!source) continue;
		parts.push(`**${escapeMarkdown(fullReference(source.meta))}**`);
		const bearing = corpus
			.retrieve(analysis, 60)
			.filter((s) => s.key === key)
			.slice(0, 2);
		if (bearing.length === 0) parts.push('Nothing in this source bears on the sentence.');
		for (const s of bearing) {
			parts.push(
				passage({ key, ...(s.page !== undefined ? { page: s.page } : {}), quote: s.text, location: s.location, score: 0 }, claim.text, corpus, sources),
			);
		}
	}
	return parts.join('\n\n');
}

/** What the hover shows at an offset: the citation under the cursor, else the claim. */
export function hoverAt(offset: number, report: DocumentReport, lines: LineIndex, corpus: Corpus, sources: SourceLocations): Hover | null {
	const claim = report.claims.find((c) => c.span.start <= offset && offset <= c.span.end);
	if (!claim) return null;
	const citation = claim.citations.find((c) => c.span.start <= offset && offset <= c.span.end);
	if (citation && citation.resolved.length > 0) {
		return {
			contents: { kind: MarkupKind.Markdown, value: citationHover(claim, citation.resolved, corpus, sources) },
			range: { start: lines.positionAt(citation.span.start), end: lines.positionAt(citation.span.end) },
		};
	}
	return {
		contents: { kind: MarkupKind.Markdown, value: claimHover(claim, corpus, sources) },
		range: { start: lines.positionAt(claim.span.start), end: lines.positionAt(claim.span.end) },
	};
}

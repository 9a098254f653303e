// The report as SARIF 2.1.0, for code-scanning tools: one run, one rule per diagnostic code, one
// result per finding with its location (UTF-16 columns, as the editor's). The share of claims
// supported, flagged and uncited, which SARIF has no place of its own for, is in property bags:
// the run's for all files, each artifact's for its file.

import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentReport } from '../domain/check/checker';
import type { ClaimSummary, TotalSummary } from '../domain/check/summary';
import { DEFAULT_SEVERITY } from '../domain/severity';
import { LineIndex } from '../domain/text/positions';
import type { FindingCode } from '../domain/types';

const RULES: { id: FindingCode; name: string; text: string }[] = [
	{ id: 'wrong-date', name: 'WrongDate', text: 'A source describes this event with another date.' },
	{ id: 'wrong-number', name: 'WrongNumber', text: 'A source gives another figure for this.' },
	{ id: 'contradicted', name: 'Contradicted', text: 'A source says the opposite.' },
	{ id: 'citation-mismatch', name: 'CitationMismatch', text: 'The cited source does not say this, or not on the page given.' },
	{ id: 'unknown-source', name: 'UnknownSource', text: 'A citation key that no source of the corpus has.' },
	{ id: 'unsupported', name: 'Unsupported', text: 'No source says this.' },
	{ id: 'missing-citation', name: 'MissingCitation', text: 'A source supports the claim but nothing is cited.' },
];

/** SARIF has three levels where the editor has four: information and hints are notes. */
function levelOf(code: FindingCode): 'error' | 'warning' | 'note' {
	const severity = DEFAULT_SEVERITY[code];
	return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** A path as a SARIF artifact URI: relative ones stay relative (with `/`), absolute ones become file URIs. */
function artifactUri(path: string): string {
	return isAbsolute(path) ? pathToFileURL(path).toString() : encodeURI(path.split(sep).join('/'));
}

export function sarifOf(
	results: { path: string; text: string; report: DocumentReport; summary: ClaimSummary }[],
	total: TotalSummary,
	version: string,
	hints: boolean,
): object {
	const index = new Map(RULES.map((rule, i) => [rule.id, i]));
	return {
		$schema: 'https://json.schemastore.org/sarif-2.1.0.json',
		version: '2.1.0',
		runs: [
			{
				tool: {
					driver: {
						name: 'CiteCheck',
						version,
						rules: RULES.map((rule) => ({
							id: rule.id,
							name: rule.name,
							shortDescription: { text: rule.text },
							defaultConfiguration: { level: levelOf(rule.id) },
						})),
					},
				},
				columnKind: 'utf16CodeUnits',
				artifacts: results.map((r) => ({ location: { uri: artifactUri(r.path) }, mimeType: 'text/plain', properties: { summary: r.summary } })),
				results: results.flatMap((r, artifact) => {
					const lines = new LineIndex(r.text);
					return r.report.findings
						.filter((f) => hints || f.code !== 'missing-citation')
						.map((f) => {
							const rule = RULES[index.get(f.code)!]!;
							const region = (span: { start: number; end: number }) => {
								const from = lines.positionAt(span.start);
								const to = lines.positionAt(span.end);
								return { startLine: from.line + 1, startColumn: from.character + 1, endLine: to.line + 1, endColumn: to.character + 1 };
							};
							return {
								ruleId: rule.id,
								ruleIndex: index.get(f.code)!,
								level: levelOf(rule.id),
								message: { text: f.message },
								locations: [
									{
										physicalLocation: {
											artifactLocation: { uri: artifactUri(r.path), index: artifact },
											region: region(f.span),
										},
									},
								],
								fixes: f.fixes.map((fix) => ({
									description: { text: fix.title },
									artifactChanges: [
										{
											artifactLocation: { uri: artifactUri(r.path), index: artifact },
											replacements: fix.edits.map((edit) => ({ deletedRegion: region(edit.span), insertedContent: { text: edit.newText } })),
										},
									],
								})),
							};
						});
				}),
				properties: { summary: total },
			},
		],
	};
}

import {
	CodeActionKind,
	TextDocumentEdit,
	type CodeAction,
	type Diagnostic,
	type Range,
	type TextEdit as LspTextEdit,
	type WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { ClaimReport, DocumentReport } from '../domain/check/checker';
import { label } from '../domain/check/verify';
import { citationEdits, detectStyle, type CitationStyle, type KnownNotes } from '../domain/cite/insert';
import type { Corpus } from '../domain/corpus/corpus';
import { silenceComment } from '../domain/document/silence';
import type { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage, Evidence, TextEdit } from '../domain/types';
import type { FeatureOptions } from './options';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.citecheck`;

/** The document a code action edits; the version makes the edit apply to this text only. */
export interface EditedDocument {
	uri: string;
	version: number | null;
	text: string;
	language: DocumentLanguage;
}

const STYLE_NAME: Record<CitationStyle, string> = {
	pandoc: 'Pandoc citation',
	'markdown-footnote': 'footnote',
	'latex-cite': '\\cite',
	'latex-footnote': '\\footnote',
	plain: 'numbered reference',
	'author-date': 'author–date',
};

function toLsp(edits: TextEdit[], lines: LineIndex): LspTextEdit[] {
	return edits.map((e) => ({ range: { start: lines.positionAt(e.span.start), end: lines.positionAt(e.span.end) }, newText: e.newText }));
}

export function workspaceEdit(doc: EditedDocument, edits: TextEdit[], lines: LineIndex): WorkspaceEdit {
	return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, toLsp(edits, lines))] };
}

export function overlaps(range: Range, claim: Pick<ClaimReport, 'span'>, lines: LineIndex): boolean {
	const start = lines.offsetAt(range.start);
	const end = lines.offsetAt(range.end);
	return claim.span.start <= end && start <= claim.span.end;
}

function targetOf(evidence: Evidence, corpus: Corpus) {
	const meta = corpus.source(evidence.key)?.meta;
	return meta ? { meta, label: corpus.sourceLabel(evidence.key), ...(evidence.page !== undefined ? { page: evidence.page } : {}) } : undefined;
}

/** Quick fixes for the claims in `range`, and the fix-all source action when asked for. */
export function codeActions(
	doc: EditedDocument,
	range: Range,
	only: string[] | undefined,
	diagnostics: Diagnostic[],
	report: DocumentReport,
	lines: LineIndex,
	corpus: Corpus,
	options: FeatureOptions,
): CodeAction[] {
	const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
	const actions: CodeAction[] = [];
	const style = detectStyle(doc.text, doc.language, options.citationStyle);
	if (wants(CodeActionKind.QuickFix)) {
		const known = knownNotes(report);
		for (const claim of report.claims) {
			if (claim.silenced || claim.accepted || !overlaps(range, claim, lines)) continue;
			const related = diagnostics.filter((d) => lines.offsetAt(d.range.start) === claim.span.start);
			if (claim.fixes.length > 0) {
				actions.push({
					title: claim.fixLabel ?? 'Apply the sources’ wording',
					kind: CodeActionKind.QuickFix,
					isPreferred: true,
					diagnostics: related,
					edit: workspaceEdit(doc, claim.fixes, lines),
				});
			}
			if (claim.verdict === 'supported' && claim.citations.length === 0) {
				for (const evidence of claim.evidence.slice(0, 3)) {
					const target = targetOf(evidence, corpus);
					if (!target) continue;
					actions.push({
						title: `Cite ${label(corpus, evidence)} (${STYLE_NAME[style]})`,
						kind: CodeActionKind.QuickFix,
						isPreferred: evidence === claim.evidence[0],
						diagnostics: related,
						edit: workspaceEdit(doc, citationEdits(doc.text, claim.span.end, target, style, known), lines),
					});
				}
			}
		}
		actions.push(...silenceActions(doc, range, diagnostics, report, lines));
	}
	if (only && wants(FIX_ALL_KIND)) {
		const edit = citeAllEdit(doc, report, lines, corpus, style);
		if (edit) actions.push({ title: 'Cite all supported claims', kind: FIX_ALL_KIND, edit });
	}
	return actions;
}

/** For each finding in `range`, one action that silences its code on its line (one per line and code). */
function silenceActions(doc: EditedDocument, range: Range, diagnostics: Diagnostic[], report: DocumentReport, lines: LineIndex): CodeAction[] {
	const actions: CodeAction[] = [];
	const done = new Set<string>();
	const lineBreak = /\r\n?|\n/.exec(doc.text)?.[0] ?? '\n';
	for (const finding of report.findings) {
		if (!overlaps(range, finding, lines)) continue;
		const line = lines.positionAt(finding.span.start).line;
		if (done.has(`${line} ${finding.code}`)) continue;
		done.add(`${line} ${finding.code}`);
		const start = lines.offsetAt({ line, character: 0 });
		const indent = /^[ \t]*/.exec(doc.text.slice(start))![0];
		actions.push({
			title: 'Silence this finding here',
			kind: CodeActionKind.QuickFix,
			diagnostics: diagnostics.filter((d) => d.code === finding.code && lines.offsetAt(d.range.start) === finding.span.start),
			edit: workspaceEdit(doc, [{ span: { start, end: start }, newText: `${indent}${silenceComment(doc.language, finding.code)}${lineBreak}` }], lines),
		});
	}
	return actions;
}

/** The edit that cites every supported claim that cites nothing; undefined when there is none. */
export function citeAllEdit(doc: EditedDocument, report: DocumentReport, lines: LineIndex, corpus: Corpus, style: CitationStyle): WorkspaceEdit | undefined {
	const edits = citeAllEdits(doc, report, corpus, style);
	return edits.length > 0 ? workspaceEdit(doc, edits, lines) : undefined;
}

/**
 * Citations for every supported claim that cites nothing. Each is worked out on the text as the ones
 * before it left it (so footnote ids stay unique and notes shorten after the first), and every
 * insertion is kept as text to insert at an offset of the original text. One that lands inside or
 * at the edge of an earlier one (a second entry in a reference list the first citation started)
 * joins that text where it landed, so the result is one insertion per offset, in order.
 */
function citeAllEdits(doc: EditedDocument, report: DocumentReport, corpus: Corpus, style: CitationStyle): TextEdit[] {
	const known = knownNotes(report);
	/** Sorted by offset, at most one per offset. */
	const insertions: { at: number; text: string }[] = [];
	let working = doc.text;
	const insert = (offset: number, text: string) => {
		working = working.slice(0, offset) + text + working.slice(offset);
		let shift = 0;
		for (const [i, ins] of insertions.entries()) {
			const start = ins.at + shift;
			if (offset < start) {
				insertions.splice(i, 0, { at: offset - shift, text });
				return;
			}
			if (offset <= start + ins.text.length) {
				ins.text = ins.text.slice(0, offset - start) + text + ins.text.slice(offset - start);
				return;
			}
			shift += ins.text.length;
		}
		insertions.push({ at: offset - shift, text });
	};
	// A claim's end in the working text: after what was inserted before it, not what was inserted at it.
	const toWorking = (offset: number): number => offset + insertions.filter((ins) => ins.at < offset).reduce((n, ins) => n + ins.text.length, 0);
	for (const claim of report.claims) {
		if (claim.verdict !== 'supported' || claim.citations.length > 0 || claim.silenced || claim.accepted || !claim.evidence[0]) continue;
		const target = targetOf(claim.evidence[0], corpus);
		if (!target) continue;
		// citationEdits only inserts; from the last offset back, so that each offset still holds.
		const edits = citationEdits(working, toWorking(claim.span.end), target, style, known).sort((a, b) => b.span.start - a.span.start);
		for (const edit of edits) insert(edit.span.start, edit.newText);
	}
	return insertions.map((ins) => ({ span: { start: ins.at, end: ins.at }, newText: ins.text }));
}

/** The writer's footnotes that name one source, by label, so a new citation of it can point there. */
function knownNotes(report: DocumentReport): KnownNotes {
	const known = new Map<string, { key: string; page?: string }>();
	for (const claim of report.claims) {
		for (const c of claim.citations) {
			if (c.kind !== 'footnote' || c.label === undefined || c.resolved.length !== 1) continue;
			known.set(c.label, { key: c.resolved[0]!, ...(c.locator ? { page: c.locator } : {}) });
		}
	}
	return known;
}

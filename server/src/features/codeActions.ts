import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type Range, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { ClaimReport, DocumentReport } from '../domain/check/checker';
import { label } from '../domain/check/verify';
import { citationEdits, detectStyle, type CitationStyle, type KnownNotes } from '../domain/cite/insert';
import type { Corpus } from '../domain/corpus/corpus';
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
};

function toLsp(edits: TextEdit[], lines: LineIndex): LspTextEdit[] {
	return edits.map((e) => ({ range: { start: lines.positionAt(e.span.start), end: lines.positionAt(e.span.end) }, newText: e.newText }));
}

export function workspaceEdit(doc: EditedDocument, edits: TextEdit[], lines: LineIndex): WorkspaceEdit {
	return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, toLsp(edits, lines))] };
}

function overlaps(range: Range, claim: ClaimReport, lines: LineIndex): boolean {
	const start = lines.offsetAt(range.start);
	const end = lines.offsetAt(range.end);
	return claim.span.start <= end && start <= claim.span.end;
}

function targetOf(evidence: Evidence, corpus: Corpus) {
	const meta = corpus.source(evidence.key)?.meta;
	return meta ? { meta, ...(evidence.page !== undefined ? { page: evidence.page } : {}) } : undefined;
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
		for (const claim of report.claims) {
			if (!overlaps(range, claim, lines)) continue;
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
						edit: workspaceEdit(doc, citationEdits(doc.text, claim.span.end, target, style, knownNotes(report)), lines),
					});
				}
			}
		}
	}
	if (only && wants(FIX_ALL_KIND)) {
		const edits = citeAllEdits(doc, report, corpus, style);
		if (edits.length > 0) actions.push({ title: 'Cite all supported claims', kind: FIX_ALL_KIND, edit: workspaceEdit(doc, edits, lines) });
	}
	return actions;
}

/**
 * Citations for every supported claim that cites nothing. Each is worked out on the text as the ones
 * before it left it (so footnote ids stay unique and notes shorten after the first), then mapped back
 * to offsets in the original text; all are insertions, kept in order.
 */
export function citeAllEdits(doc: EditedDocument, report: DocumentReport, corpus: Corpus, style: CitationStyle): TextEdit[] {
	let working = doc.text;
	const known = knownNotes(report);
	const inserted: { at: number; original: number; length: number }[] = [];
	const out: TextEdit[] = [];
	const toOriginal = (offset: number): number => {
		let shift = 0;
		for (const ins of inserted) {
			if (offset >= ins.at + ins.length) shift += ins.length;
			else if (offset > ins.at) return ins.original;
		}
		return offset - shift;
	};
	const toWorking = (offset: number): number => offset + inserted.filter((ins) => ins.original < offset || (ins.original === offset && false)).reduce((n, ins) => n + ins.length, 0);
	for (const claim of report.claims) {
		if (claim.verdict !== 'supported' || claim.citations.length > 0 || !claim.evidence[0]) continue;
		const target = targetOf(claim.evidence[0], corpus);
		if (!target) continue;
		const edits = citationEdits(working, toWorking(claim.span.end), target, style, known).sort((a, b) => b.span.start - a.span.start);
		for (const edit of edits) {
			const original = toOriginal(edit.span.start);
			working = working.slice(0, edit.span.start) + edit.newText + working.slice(edit.span.end);
			for (const ins of inserted) if (ins.at >= edit.span.start) ins.at += edit.newText.length;
			inserted.push({ at: edit.span.start, original, length: edit.newText.length });
			inserted.sort((a, b) => a.at - b.at);
			out.push({ span: { start: original, end: original }, newText: edit.newText });
		}
	}
	// Same-offset insertions apply in array order: earlier text first.
	return out
		.map((edit, order) => ({ edit, order }))
		.sort((a, b) => a.edit.span.start - b.edit.span.start || a.order - b.order)
		.map((x) => x.edit);
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

// "Mark as checked": a quick fix on every finding that asks the extension to record it as accepted.
// It edits nothing in the document; the extension keeps the entry in the workspace's file and
// tells the server, which leaves the finding out from then on.
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver-types';
import { entryOf } from '../domain/check/accepted';
import type { DocumentReport } from '../domain/check/checker';
import type { LineIndex } from '../domain/text/positions';
import { MARK_CHECKED_COMMAND } from '../protocol';
import { overlaps, type EditedDocument } from './codeActions';

/** One action for each finding in `range`, with the entry that accepts it. */
export function acceptActions(doc: EditedDocument, range: Range, diagnostics: Diagnostic[], report: DocumentReport, lines: LineIndex): CodeAction[] {
	const actions: CodeAction[] = [];
	const done = new Set<string>();
	for (const finding of report.findings) {
		const entry = entryOf(doc.text, finding);
		const key = `${finding.span.start} ${entry.code} ${entry.text}`;
		if (!overlaps(range, finding, lines) || done.has(key)) continue;
		done.add(key);
		actions.push({
			title: 'Mark as checked',
			kind: CodeActionKind.QuickFix,
			diagnostics: diagnostics.filter((d) => d.code === finding.code && lines.offsetAt(d.range.start) === finding.span.start),
			command: { title: 'Mark as checked', command: MARK_CHECKED_COMMAND, arguments: [doc.uri, entry] },
		});
	}
	return actions;
}

// The answers to diagnostic pulls, by document. A result id names a list of diagnostics, not a
// check: when the list a pull would get is the one last sent, and the client says it holds that one
// (its `previousResultId`), the answer is "unchanged" and the list is not sent again. Most edits
// change no finding (a word in a sentence that is no claim, a claim that stays supported), and a
// long paper's list is over a hundred kilobytes to write, send and read.
import { isDeepStrictEqual } from 'node:util';
import { DocumentDiagnosticReportKind, type Diagnostic, type DocumentDiagnosticReport } from 'vscode-languageserver';

export class PullResults {
	private readonly sent = new Map<string, { resultId: string; items: Diagnostic[] }>();
	private count = 0;
	// Result ids of one server are not taken for another's: a restarted server does not answer
	// "unchanged" to an id its predecessor gave out.
	private readonly instance = Date.now().toString(36);

	/** The answer to a pull whose diagnostics are `items`, the client holding the list named `previousResultId`. */
	report(uri: string, items: Diagnostic[], previousResultId: string | undefined): DocumentDiagnosticReport {
		const last = this.sent.get(uri);
		if (last && isDeepStrictEqual(last.items, items)) {
			if (previousResultId === last.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: last.resultId };
			return { kind: DocumentDiagnosticReportKind.Full, resultId: last.resultId, items };
		}
		const resultId = `${this.instance}-${++this.count}`;
		this.sent.set(uri, { resultId, items });
		return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
	}

	/** The document was closed: its next pull is answered in full. */
	forget(uri: string): void {
		this.sent.delete(uri);
	}
}

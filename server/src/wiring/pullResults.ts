// The answers to diagnostic pulls, by document. A result id names a list of diagnostics, not a
// check: when the list a pull would get is the one last sent, and the client says it holds that one
// (its `previousResultId`), the answer is "unchanged" and the list is not sent again. Most edits
// change no finding (a word in a sentence that is no claim, a claim that stays supported), and a
// long paper's list is over a hundred kilobytes to write, send and read.
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
		if (last && sameJson(last.items, items)) {
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

/**
 * Whether two values that hold only what JSON holds (as diagnostics do) are the same. Node's
 * `isDeepStrictEqual` asks more of each object (prototypes, symbols, property attributes), which
 * costs more than building the list did.
 */
export function sameJson(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a)) {
		if (!Array.isArray(b) || a.length !== b.length) return false;
		for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
		return true;
	}
	if (Array.isArray(b)) return false;
	const keys = Object.keys(a);
	if (keys.length !== Object.keys(b).length) return false;
	for (const key of keys) {
		if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
	}
	return true;
}

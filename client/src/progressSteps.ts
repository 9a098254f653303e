// The server's progress values as VS Code's progress takes them (no VS Code API here, so it is tested alone).
import type { WorkDoneProgressBegin, WorkDoneProgressEnd, WorkDoneProgressReport } from 'vscode-languageserver-protocol';

type Value = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

/**
 * What VS Code's progress takes from one of the server's values: a message (with what the
 * server's title names beside "CiteCheck", the folders being read) and how far it moved since the last.
 */
export class ProgressSteps {
	private done = 0;
	private where = '';

	step(value: Value): { message?: string; increment?: number } | 'end' {
		if (value.kind === 'end') return 'end';
		if (value.kind === 'begin') this.where = value.title.replace(/^CiteCheck:?\s*/, '');
		const out: { message?: string; increment?: number } = {};
		if (value.message !== undefined) out.message = this.where ? `${value.message} (${this.where})` : value.message;
		if (value.percentage !== undefined && value.percentage > this.done) {
			out.increment = value.percentage - this.done;
			this.done = value.percentage;
		}
		return out;
	}
}

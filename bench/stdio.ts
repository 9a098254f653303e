// The bundled server in a process of its own (`dist/server.js --stdio`), spoken to over its stdin
// and stdout as the editor speaks to it: the paper opened, then one sentence edited after another,
// each edit followed by a diagnostics pull. The time counts what the editor waits for: the message
// written, the check, the answer serialised, sent through the pipe and parsed.
import { isDeepStrictEqual } from 'node:util';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { GeneratedPaper } from './paper';
import { spawnServer } from './process';
import { Editor, timeEdits } from './server';

export interface StdioTimings {
	/** Edit sent to diagnostics received, per edit; and of the edits answered with the whole list. */
	edit: number[];
	editFull: number[];
	/** Bytes the server sent per edit and pull, on average. */
	bytesPerEdit: number;
	/** Bytes of the first answer, the whole paper's diagnostics. */
	firstBytes: number;
	/** How the pulls after an edit were answered: with the whole list, or "unchanged". */
	answers: { full: number; unchanged: number };
}

export async function measureStdio(serverJs: string, paper: GeneratedPaper, edits: number, warmup: number): Promise<StdioTimings> {
	const server = await spawnServer(serverJs);
	try {
		const editor = new Editor(server, 'file:///bench/paper.md', TextDocument.create('file:///bench/paper.md', 'markdown', 1, paper.text));
		const before = server.received();
		await editor.open();
		const firstBytes = server.received() - before;
		editor.answers.full = 0;
		const start = server.received();
		let verifying = 0;
		// What the editor kept after each edit is what a fresh pull gets: the answers were right.
		const edit = await timeEdits(editor, paper, edits, warmup, async () => {
			const mark = server.received();
			const fresh = await editor.pullAfresh();
			verifying += server.received() - mark;
			if (!isDeepStrictEqual(editor.kept, fresh)) throw new Error('the diagnostics kept after an edit differ from a fresh pull');
		});
		const bytesPerEdit = (server.received() - start - verifying) / (edits + warmup);
		const answers = { ...editor.answers };
		return { edit: edit.all, editFull: edit.full, bytesPerEdit, firstBytes, answers };
	} finally {
		await server.close();
	}
}

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
	/** Processor time per edit and pull, on average, of the server and of the editor's end (where the system tells). */
	cpuPerEdit?: { server: number; client: number };
}

function clientCpu(): number {
	const usage = process.cpuUsage();
	return (usage.user + usage.system) / 1000;
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
		// Processor time of the server and of this process (the editor's end), edits only.
		const cpu = { server: 0, client: 0 };
		let mark = { server: server.cpu() ?? 0, client: clientCpu() };
		// What the editor kept after each edit is what a fresh pull gets: the answers were right.
		const edit = await timeEdits(editor, paper, edits, warmup, async () => {
			cpu.server += (server.cpu() ?? 0) - mark.server;
			cpu.client += clientCpu() - mark.client;
			const bytes = server.received();
			const fresh = await editor.pullAfresh();
			verifying += server.received() - bytes;
			if (!isDeepStrictEqual(editor.kept, fresh)) throw new Error('the diagnostics kept after an edit differ from a fresh pull');
			mark = { server: server.cpu() ?? 0, client: clientCpu() };
		});
		const bytesPerEdit = (server.received() - start - verifying) / (edits + warmup);
		const cpuPerEdit = server.cpu() === undefined ? undefined : { server: cpu.server / (edits + warmup), client: cpu.client / (edits + warmup) };
		const answers = { ...editor.answers };
		return { edit: edit.all, editFull: edit.full, bytesPerEdit, firstBytes, answers, ...(cpuPerEdit ? { cpuPerEdit } : {}) };
	} finally {
		await server.close();
	}
}

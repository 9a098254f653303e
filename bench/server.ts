// The language server in this process, spoken to over a pair of streams as an editor would:
// open a paper, pull its diagnostics, edit one sentence, hover, ask for code actions.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MessageConnection } from 'vscode-jsonrpc';
import type { CodeAction, Diagnostic, Hover, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { PULL, startClient } from '../test/server/harness';
import type { GeneratedPaper } from './paper';
import { time, timed } from './stats';

interface DiagnosticReport {
	kind: string;
	resultId?: string;
	items?: Diagnostic[];
}

/** The editor's end of a server's connection, in this process or another. */
export interface ServerLink {
	connection: MessageConnection;
	close(): void;
}

export class Editor {
	private resultId: string | undefined;
	/** The diagnostics the editor shows, as of the last pull. */
	kept: Diagnostic[] = [];
	/** How many pulls were answered with the whole list, and how many with "unchanged". */
	readonly answers = { full: 0, unchanged: 0 };

	constructor(
		private readonly client: ServerLink,
		readonly uri: string,
		public document: TextDocument,
	) {}

	/** A new server, its corpus loaded and warm from a small document, and a paper not yet opened. */
	static async start(text: string, uri = 'file:///bench/paper.md'): Promise<Editor> {
		const client = await startClient(PULL, {});
		const warm = 'file:///bench/warm.md';
		await client.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: warm, languageId: 'markdown', version: 1, text: 'Karimov died in September 2016.\n' },
		});
		await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: warm } });
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: warm } });
		return new Editor(client, uri, TextDocument.create(uri, 'markdown', 1, text));
	}

	async open(): Promise<Diagnostic[]> {
		await this.client.connection.sendNotification('textDocument/didOpen', {
			textDocument: { uri: this.uri, languageId: 'markdown', version: this.document.version, text: this.document.getText() },
		});
		return this.pull();
	}

	/**
	 * Pulls the diagnostics as VS Code does: with the id of the last result, keeping what it has
	 * when the server answers that nothing changed.
	 */
	async pull(): Promise<Diagnostic[]> {
		const report = (await this.client.connection.sendRequest('textDocument/diagnostic', {
			textDocument: { uri: this.uri },
			...(this.resultId !== undefined ? { previousResultId: this.resultId } : {}),
		})) as DiagnosticReport;
		this.resultId = report.resultId;
		this.answers[report.kind === 'unchanged' ? 'unchanged' : 'full']++;
		if (report.kind !== 'unchanged') this.kept = report.items ?? [];
		return this.kept;
	}

	/** The diagnostics as a client that kept nothing gets them: to check what was kept. */
	async pullAfresh(): Promise<Diagnostic[]> {
		const report = (await this.client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: this.uri } })) as DiagnosticReport;
		return report.items ?? [];
	}

	/** Replaces [start, end) of the text, as incremental sync sends it. */
	async edit(start: number, end: number, text: string): Promise<void> {
		const change: TextDocumentContentChangeEvent = { range: { start: this.document.positionAt(start), end: this.document.positionAt(end) }, text };
		const version = this.document.version + 1;
		this.document = TextDocument.update(this.document, [change], version);
		await this.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri, version }, contentChanges: [change] });
	}

	hover(position: Position): Promise<Hover | null> {
		return this.client.connection.sendRequest('textDocument/hover', { textDocument: { uri: this.uri }, position }) as Promise<Hover | null>;
	}

	codeActions(diagnostic: Diagnostic): Promise<CodeAction[]> {
		return this.client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri: this.uri },
			range: diagnostic.range,
			context: { diagnostics: [diagnostic] },
		}) as Promise<CodeAction[]>;
	}

	close(): void {
		this.client.close();
	}
}

export interface ServerRuns {
	/** Fresh servers, each opening the paper once. */
	full: number;
	edits: number;
	requests: number;
}

export interface ServerTimings {
	full: number[];
	edit: number[];
	hover: number[];
	codeActions: number[];
	diagnostics: number;
}

/** The edits' timings: each edit's, and those of the edits whose pull was answered with the whole list. */
export interface EditTimings {
	all: number[];
	full: number[];
}

/**
 * Edits one sentence after another, each time pulling the diagnostics: the time from the edit sent
 * to the diagnostics received. Each edit writes a year no generated sentence has, so no sentence
 * judged before can be reused for it. `after` is called after each, untimed.
 */
export async function timeEdits(editor: Editor, paper: GeneratedPaper, runs: number, warmup: number, after?: () => Promise<void>): Promise<EditTimings> {
	const targets = editable(paper);
	if (targets.length === 0) throw new Error('the paper has no dated sentence to edit');
	const out: EditTimings = { all: [], full: [] };
	for (let n = 0; n < warmup + runs; n++) {
		const target = targets[(n * 7919) % targets.length]!;
		const year = String(1900 + (n % 90));
		const fullBefore = editor.answers.full;
		const start = performance.now();
		await editor.edit(target.at, target.at + 4, year);
		await editor.pull();
		const elapsed = performance.now() - start;
		await after?.();
		if (n < warmup) continue;
		out.all.push(elapsed);
		if (editor.answers.full > fullBefore) out.full.push(elapsed);
	}
	return out;
}

/** Offsets of sentences with a four-digit year, for edits that change the year. */
function editable(paper: GeneratedPaper): { at: number }[] {
	const out: { at: number }[] = [];
	for (const sentence of paper.sentences) {
		if (sentence.kind === 'non-claim') continue;
		const match = /\b(?:19|20)\d\d\b/.exec(sentence.text);
		if (match) out.push({ at: sentence.start + match.index });
	}
	return out;
}

export async function measureServer(paper: GeneratedPaper, runs: ServerRuns, warmup: number): Promise<ServerTimings> {
	const full = await timed(runs.full, warmup, async () => {
		const editor = await Editor.start(paper.text);
		const start = performance.now();
		await editor.open();
		const elapsed = performance.now() - start;
		editor.close();
		return elapsed;
	});

	const editor = await Editor.start(paper.text);
	const diagnostics = await editor.open();

	const edit = (await timeEdits(editor, paper, runs.edits, warmup)).all;

	// Hover over a claim's words, and code actions on a flagged claim with a fix.
	const current = await editor.pull();
	const flagged = current.find((d) => d.code === 'wrong-date') ?? current[0];
	if (!flagged) throw new Error('no diagnostic to ask code actions for');
	const claim = current.find((d) => d.code === 'missing-citation') ?? flagged;
	const hoverAt: Position = { line: claim.range.start.line, character: claim.range.start.character + 3 };
	const hover = await time(runs.requests, warmup, async () => {
		if (!(await editor.hover(hoverAt))) throw new Error('no hover at a claim');
	});
	const codeActions = await time(runs.requests, warmup, async () => {
		if ((await editor.codeActions(flagged)).length === 0) throw new Error('no code action at a flagged claim');
	});
	editor.close();
	return { full, edit, hover, codeActions, diagnostics: diagnostics.length };
}

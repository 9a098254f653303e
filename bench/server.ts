// The language server in this process, spoken to over a pair of streams as an editor would:
// open a paper, pull its diagnostics, edit one sentence, hover, ask for code actions.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { PULL, startClient, type Client } from '../test/server/harness';
import type { GeneratedPaper } from './paper';
import { time, timed } from './stats';

interface DiagnosticReport {
	kind: string;
	items: Diagnostic[];
}

export class Editor {
	private constructor(
		private readonly client: Client,
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

	async pull(): Promise<Diagnostic[]> {
		const report = (await this.client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: this.uri } })) as DiagnosticReport;
		return report.items;
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

	// Each edit writes a year no generated sentence has, so no sentence judged before can be reused for it.
	const targets = editable(paper);
	if (targets.length === 0) throw new Error('the paper has no dated sentence to edit');
	let n = 0;
	const edit = await timed(runs.edits, warmup, async () => {
		const target = targets[(n * 7919) % targets.length]!;
		const year = String(1900 + (n++ % 90));
		const start = performance.now();
		await editor.edit(target.at, target.at + 4, year);
		await editor.pull();
		return performance.now() - start;
	});

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

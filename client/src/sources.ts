// Sources as read-only documents: `citecheck-source:/KEY.md` shows the cleaned text of a corpus
// source, as the server serves it, and `citecheck.openSource` opens one at a quoted passage.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SearchSourcesRequest, SourceTextRequest, type OpenSourceArgs } from './protocol';

export const SOURCE_SCHEME = 'citecheck-source';

export function sourceUri(key: string): vscode.Uri {
	return vscode.Uri.from({ scheme: SOURCE_SCHEME, path: `/${key}.md` });
}

export function keyOfSourceUri(uri: vscode.Uri): string {
	return uri.path.replace(/^\//, '').replace(/\.md$/, '');
}

export class SourceDocumentProvider implements vscode.TextDocumentContentProvider, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChange = this.changed.event;
	private readonly cache = new Map<string, string>();
	/** The document a source was opened from, whose corpus setting names the corpus to read it from. */
	private readonly contexts = new Map<string, string>();

	constructor(private readonly client: () => LanguageClient | undefined) {}

	async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
		const key = keyOfSourceUri(uri);
		const cached = this.cache.get(key);
		if (cached !== undefined) return cached;
		const client = this.client();
		if (!client || !client.isRunning()) return `The CiteCheck server is not running, so the source "${key}" cannot be shown.\n`;
		let result;
		try {
			const context = this.contexts.get(key);
			result = await client.sendRequest(SourceTextRequest, { key, ...(context ? { uri: context } : {}) }, token);
		} catch (error) {
			return `The source "${key}" could not be read: ${messageOf(error)}\n`;
		}
		if (!result) return `The corpus has no source "${key}".\n`;
		const content = renderSource(result.reference, result.text);
		this.cache.set(key, content);
		return content;
	}

	/** Reads `key` from the corpus of the document `uri` from now on. */
	setContext(key: string, uri: string | undefined): void {
		if (uri === undefined || this.contexts.get(key) === uri) return;
		this.contexts.set(key, uri);
		// An open source document is read again: from its new corpus, or at all if it could not be before.
		this.cache.delete(key);
		this.changed.fire(sourceUri(key));
	}

	/**
	 * Reads `key` from the corpus of the document `uri` unless a document is named for it already:
	 * for the passages a document's findings point at, which the editor opens without saying from
	 * where.
	 */
	offerContext(key: string, uri: string): void {
		if (!this.contexts.has(key)) this.setContext(key, uri);
	}

	/** Forgets every source (the corpus may have changed, or the server restarted) and refreshes open ones. */
	invalidate(): void {
		this.cache.clear();
		for (const document of vscode.workspace.textDocuments) {
			if (document.uri.scheme === SOURCE_SCHEME) this.changed.fire(document.uri);
		}
	}

	dispose(): void {
		this.changed.dispose();
	}
}

/**
 * Go to Definition puts the cursor at the start of the passage it goes to (VS Code does not
 * select a definition's range, it only lights it up for a moment). In a source's read-only
 * document the passage is selected whole, as when a hover's link opens it: the definition is
 * noted when the server gives it, and selected when an editor of its document has the cursor at
 * its start, within a few seconds.
 */
export class DefinitionSelection implements vscode.Disposable {
	private pending: { uri: string; range: vscode.Range; until: number } | undefined;
	private readonly subscriptions = [
		vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.arrived(editor)),
		vscode.window.onDidChangeTextEditorSelection((event) => this.arrived(event.textEditor)),
	];

	expect(uri: vscode.Uri, range: vscode.Range): void {
		this.pending = { uri: uri.toString(), range, until: Date.now() + 5000 };
	}

	private arrived(editor: vscode.TextEditor): void {
		const pending = this.pending;
		if (!pending || editor.document.uri.toString() !== pending.uri) return;
		if (Date.now() > pending.until) {
			this.pending = undefined;
			return;
		}
		const { selection } = editor;
		if (!selection.isEmpty || !selection.active.isEqual(pending.range.start)) return;
		this.pending = undefined;
		editor.selection = new vscode.Selection(pending.range.start, pending.range.end);
	}

	dispose(): void {
		for (const subscription of this.subscriptions) subscription.dispose();
	}
}

/** The document shown for a source: the cleaned text, under its reference as a heading unless the text has one. */
export function renderSource(reference: string, text: string): string {
	const body = `${text.replace(/^\s*\n/, '').replace(/\s+$/, '')}\n`;
	if (/^#{1,6}\s/.test(body) || reference.trim() === '') return body;
	return `# ${reference.trim().replace(/\s+/g, ' ')}\n\n${body}`;
}

/**
 * Where the quote is in the text, matched with any run of white space standing for any other and
 * case ignored, once surrounding quotation marks and ellipses are dropped: the whole quote if it
 * is there (`whole`), else its first 60 characters.
 */
export function findQuote(text: string, quote: string): { start: number; end: number; whole: boolean } | undefined {
	const cleaned = quote
		.trim()
		.replace(/^["'“”‘’«»]+|["'“”‘’«»]+$/g, '')
		.replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/g, '')
		.trim();
	if (cleaned === '') return undefined;
	const search = (s: string) => {
		const words = s.split(/\s+/).filter((w) => w !== '');
		return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'iu').exec(text);
	};
	const whole = search(cleaned);
	if (whole) return { start: whole.index, end: whole.index + whole[0].length, whole: true };
	const start = search(cleaned.slice(0, 60));
	return start ? { start: start.index, end: start.index + start[0].length, whole: false } : undefined;
}

/** Opens the source `key` in the active editor group, selecting the quoted passage if one is given. */
export async function openSource(args: OpenSourceArgs): Promise<void> {
	const document = await vscode.workspace.openTextDocument(sourceUri(args.key));
	const editor = await vscode.window.showTextDocument(document, { preview: true });
	if (!args.quote) return;
	const found = findQuote(document.getText(), args.quote);
	if (!found) {
		void vscode.window.showInformationMessage(`CiteCheck: the quoted passage was not found in ${args.key}.`);
		return;
	}
	// The quote when it was found whole, else the line (the paragraph) it starts on.
	const start = document.positionAt(found.start);
	const line = document.lineAt(start.line).range;
	const selection = found.whole ? new vscode.Selection(start, document.positionAt(found.end)) : new vscode.Selection(line.start, line.end);
	editor.selection = selection;
	editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Turns whatever a hover link or a caller passed into `{ key, quote }`, or undefined to ask the user. */
export function parseOpenSourceArgs(args: unknown[]): OpenSourceArgs | undefined {
	let first: unknown = args[0];
	if (Array.isArray(first)) first = first[0];
	if (typeof first === 'string' && first.trim() !== '') {
		return { key: first.trim(), ...(typeof args[1] === 'string' ? { quote: args[1] } : {}) };
	}
	if (typeof first === 'object' && first !== null && typeof (first as { key?: unknown }).key === 'string') {
		const { key, quote } = first as { key: string; quote?: unknown };
		if (key.trim() === '') return undefined;
		return { key: key.trim(), ...(typeof quote === 'string' && quote.trim() !== '' ? { quote } : {}) };
	}
	return undefined;
}

/** Asks which source to open: the keys the server knows (from an empty search), else an input box. */
export async function pickSource(client: LanguageClient | undefined, contextUri?: string): Promise<OpenSourceArgs | undefined> {
	let keys: { key: string; label: string }[] = [];
	if (client?.isRunning()) {
		try {
			const passages = (await client.sendRequest(SearchSourcesRequest, { query: '', limit: 200, ...(contextUri ? { uri: contextUri } : {}) })) ?? [];
			const seen = new Set<string>();
			for (const p of passages) {
				if (seen.has(p.key)) continue;
				seen.add(p.key);
				keys.push({ key: p.key, label: p.label.replace(/,\s*(?:pp?\.|pages?)\s*.*$/, '') });
			}
		} catch {
			keys = [];
		}
	}
	if (keys.length > 0) {
		const picked = await vscode.window.showQuickPick(
			keys.map((k) => ({ label: k.key, description: k.label === k.key ? undefined : k.label })),
			{ title: 'CiteCheck: Open Source', placeHolder: 'The source to open', matchOnDescription: true },
		);
		return picked ? { key: picked.label } : undefined;
	}
	const key = await vscode.window.showInputBox({
		title: 'CiteCheck: Open Source',
		prompt: 'The citation key of the source to open (as in the corpus bibliography)',
		placeHolder: 'weitz2014',
		validateInput: (value) => (value.trim() === '' ? 'Enter a citation key' : undefined),
	});
	return key ? { key: key.trim() } : undefined;
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

// What the extension-host suites share: the workspace folder they write papers into, a wait on
// something VS Code reports, and CiteCheck's findings of a document.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as vscode from 'vscode';

/** The folder VS Code was opened on: a fresh one, outside the extension's own folder. */
export function workspaceFolder(): string {
	const folder = vscode.workspace.workspaceFolders?.[0];
	if (!folder || folder.uri.scheme !== 'file') throw new Error('the extension-host tests need a folder on disk open');
	return folder.uri.fsPath;
}

/** Writes a paper into the workspace folder and opens it in an editor. */
export async function openPaper(name: string, text: string): Promise<vscode.TextEditor> {
	const path = join(workspaceFolder(), name);
	mkdirSync(dirname(path), { recursive: true });
	writeFileSync(path, text);
	const document = await vscode.workspace.openTextDocument(path);
	return vscode.window.showTextDocument(document);
}

/** Waits until `probe` returns something other than undefined, checking again whenever diagnostics change and every 100 ms; fails after `ms`. */
export async function until<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> {
	const deadline = Date.now() + ms;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`${what}: not seen within ${ms / 1000} s`);
		await new Promise<void>((resolve) => {
			const timer = setTimeout(done, 100);
			const listener = vscode.languages.onDidChangeDiagnostics(done);
			function done() {
				clearTimeout(timer);
				listener.dispose();
				resolve();
			}
		});
	}
}

/** CiteCheck's diagnostics of a document. */
export function findings(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'citecheck');
}

/** The code of a diagnostic, as a string. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
	return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** Waits until CiteCheck's findings of the document have exactly these codes, in order of position. */
export async function waitForCodes(uri: vscode.Uri, codes: string[], ms?: number): Promise<vscode.Diagnostic[]> {
	const want = JSON.stringify(codes);
	return until(
		`the findings ${want} in ${uri.path}`,
		() => {
			const found = findings(uri).sort((a, b) => a.range.start.compareTo(b.range.start));
			return JSON.stringify(found.map(codeOf)) === want ? found : undefined;
		},
		ms,
	);
}

/** The position of the first character of `words` in the document. */
export function positionOf(document: vscode.TextDocument, words: string): vscode.Position {
	const at = document.getText().indexOf(words);
	if (at < 0) throw new Error(`"${words}" is not in ${document.uri.path}`);
	return document.positionAt(at);
}

/** The plain text of a hover's contents. */
export function hoverText(hovers: vscode.Hover[]): string {
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n\n');
}

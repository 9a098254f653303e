// The status bar item: for the active editor, how many of its claims a source supports, how many
// are flagged and how many supported ones cite nothing. Shown only for documents CiteCheck checks
// and only while the server runs; clicking it opens the Problems panel.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from './protocol';
import { isChecked, SECTION } from './settings';

const DEBOUNCE_MS = 300;

export class StatusBar implements vscode.Disposable {
	private readonly item: vscode.StatusBarItem;
	private readonly disposables: vscode.Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private pending: vscode.CancellationTokenSource | undefined;
	/** Bumped on every refresh so that a late answer for an older request is dropped. */
	private generation = 0;

	constructor(private readonly client: () => LanguageClient | undefined) {
		this.item = vscode.window.createStatusBarItem('citecheck.status', vscode.StatusBarAlignment.Right, 100);
		this.item.name = 'CiteCheck';
		this.item.tooltip = 'CiteCheck: supported · flagged · uncited claims';
		this.item.command = 'workbench.actions.view.problems';
		this.disposables.push(
			this.item,
			vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
			vscode.workspace.onDidSaveTextDocument((document) => {
				if (document === vscode.window.activeTextEditor?.document) this.refresh();
			}),
			vscode.workspace.onDidCloseTextDocument((document) => {
				if (document === vscode.window.activeTextEditor?.document) this.refresh();
			}),
			vscode.languages.onDidChangeDiagnostics((event) => {
				const active = vscode.window.activeTextEditor?.document.uri.toString();
				if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.refresh();
			}),
			vscode.workspace.onDidChangeConfiguration((event) => {
				if (event.affectsConfiguration(SECTION)) this.refresh();
			}),
		);
		this.refresh();
	}

	/** Updates the item soon: events come in bursts (typing, diagnostics for many files). */
	refresh(): void {
		if (this.timer !== undefined) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = undefined;
			void this.update();
		}, DEBOUNCE_MS);
	}

	private async update(): Promise<void> {
		const generation = ++this.generation;
		this.pending?.cancel();
		this.pending?.dispose();
		this.pending = undefined;

		const client = this.client();
		const document = vscode.window.activeTextEditor?.document;
		if (!client || !client.isRunning() || !document || !isChecked(document)) {
			this.item.hide();
			return;
		}
		const source = (this.pending = new vscode.CancellationTokenSource());
		let status: StatusResult | null;
		try {
			status = await client.sendRequest(StatusRequest, { uri: document.uri.toString() }, source.token);
		} catch {
			status = null; // the server is restarting, or the request was cancelled by a newer one
		}
		if (generation !== this.generation) return;
		if (!status) {
			this.item.hide();
			return;
		}
		this.item.text = formatStatus(status);
		this.item.accessibilityInformation = {
			label: `CiteCheck: ${status.supported} supported, ${status.flagged} flagged, ${status.uncited} uncited of ${status.claims} claims`,
		};
		this.item.tooltip = new vscode.MarkdownString(
			`CiteCheck: supported · flagged · uncited claims\n\n${status.claims} claims: ${status.supported} supported by a source, ${status.flagged} flagged, ${status.uncited} supported but uncited. Click to open the Problems panel.`,
		);
		this.item.show();
	}

	dispose(): void {
		if (this.timer !== undefined) clearTimeout(this.timer);
		this.pending?.cancel();
		this.pending?.dispose();
		for (const d of this.disposables) d.dispose();
	}
}

export function formatStatus(status: StatusResult): string {
	return `$(check) ${status.supported} · $(warning) ${status.flagged} · ${status.uncited} uncited`;
}

// The status bar items, for the active editor: how many of its claims a source supports and its
// findings by severity, as the Problems panel counts them (clicking opens it); and beside them how
// many supported claims cite nothing, which the Problems panel does not list (clicking lists them).
// Shown only for documents CiteCheck checks and only while the server runs.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { StatusRequest, type StatusResult } from './protocol';
import { isChecked, SECTION } from './settings';
import { countsLabel, countsOf, countsText, uncitedText, type Severity, type StatusCounts } from './statusCounts';

/** The command the "uncited" item runs. */
export const LIST_UNCITED = 'citecheck.listUncited';

const DEBOUNCE_MS = 300;

export class StatusBar implements vscode.Disposable {
	private readonly item: vscode.StatusBarItem;
	private readonly uncited: vscode.StatusBarItem;
	private readonly disposables: vscode.Disposable[] = [];
	private timer: ReturnType<typeof setTimeout> | undefined;
	private pending: vscode.CancellationTokenSource | undefined;
	/** Bumped on every refresh so that a late answer for an older request is dropped. */
	private generation = 0;

	constructor(private readonly client: () => LanguageClient | undefined) {
		this.item = vscode.window.createStatusBarItem('citecheck.status', vscode.StatusBarAlignment.Right, 100);
		this.item.name = 'CiteCheck';
		this.item.command = 'workbench.actions.view.problems';
		this.uncited = vscode.window.createStatusBarItem('citecheck.uncited', vscode.StatusBarAlignment.Right, 99);
		this.uncited.name = 'CiteCheck: uncited claims';
		this.uncited.command = LIST_UNCITED;
		this.disposables.push(
			this.item,
			this.uncited,
			vscode.commands.registerCommand(LIST_UNCITED, () => listUncited()),
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
			this.hide();
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
			this.hide();
			return;
		}
		const diagnostics = citecheckDiagnostics(document.uri).map((d) => ({ code: codeOf(d), severity: d.severity as Severity }));
		this.show(status, countsOf(status.supported, diagnostics));
	}

	private show(status: StatusResult, counts: StatusCounts): void {
		const label = countsLabel(counts);
		this.item.text = countsText(counts);
		this.item.accessibilityInformation = { label };
		this.item.tooltip = `${label}, as in the Problems panel, of ${status.claims} claim${status.claims === 1 ? '' : 's'}. Click to open the Problems panel.`;
		this.item.show();
		this.uncited.text = uncitedText(counts);
		this.uncited.accessibilityInformation = { label: `CiteCheck uncited: ${counts.uncited} supported claim${counts.uncited === 1 ? '' : 's'} citing nothing` };
		this.uncited.tooltip = 'Claims a source supports that cite nothing. Click to list them.';
		if (counts.uncited > 0) this.uncited.show();
		else this.uncited.hide();
	}

	private hide(): void {
		this.item.hide();
		this.uncited.hide();
	}

	dispose(): void {
		if (this.timer !== undefined) clearTimeout(this.timer);
		this.pending?.cancel();
		this.pending?.dispose();
		for (const d of this.disposables) d.dispose();
	}
}

function citecheckDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
	return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'citecheck');
}

const codeOf = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : d.code === undefined ? undefined : String(d.code));

/** The active document's supported claims that cite nothing, in a list that moves the editor to each as it is chosen. */
async function listUncited(): Promise<void> {
	const editor = vscode.window.activeTextEditor;
	if (!editor) return;
	const document = editor.document;
	const uncited = citecheckDiagnostics(document.uri)
		.filter((d) => codeOf(d) === 'missing-citation')
		.sort((a, b) => a.range.start.compareTo(b.range.start));
	if (uncited.length === 0) {
		void vscode.window.showInformationMessage('CiteCheck: every supported claim of this document cites a source.');
		return;
	}
	const items = uncited.map((d) => {
		const text = document.getText(d.range).replace(/\s+/g, ' ').trim();
		return { label: text.length > 100 ? `${text.slice(0, 99)}…` : text, description: `line ${d.range.start.line + 1}`, detail: d.message, range: d.range };
	});
	const reveal = (range: vscode.Range) => {
		editor.selection = new vscode.Selection(range.start, range.end);
		editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
	};
	const before = editor.selection;
	const pick = vscode.window.createQuickPick<(typeof items)[number]>();
	pick.title = 'Uncited claims';
	pick.placeholder = 'Supported claims that cite nothing: pick one to go to it (Ctrl+. there offers a citation)';
	pick.matchOnDetail = true;
	pick.items = items;
	let chosen = false;
	pick.onDidChangeActive(([item]) => item && reveal(item.range));
	pick.onDidAccept(() => {
		chosen = true;
		pick.hide();
	});
	pick.onDidHide(() => {
		// Leaving the list without a choice puts the caret back where it was.
		if (!chosen) editor.selection = before;
		pick.dispose();
	});
	pick.show();
}

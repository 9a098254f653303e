// "CiteCheck: Search Sources": a quick pick that searches the corpus as the user types and, on
// accept, cites the picked passage at the cursor of the editor that was active, in the document's
// own citation syntax (the server writes the edit).

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { editFitsVersions } from './editVersions';
import { CitationEditRequest, SearchSourcesRequest, type OpenSourceArgs, type SourcePassage } from './protocol';
import { isChecked } from './settings';
import { messageOf } from './sources';

const DEBOUNCE_MS = 200;
const LIMIT = 30;

interface PassageItem extends vscode.QuickPickItem {
	passage: SourcePassage;
}

const OPEN_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('go-to-file'), tooltip: 'Open the source at this passage' };

export async function searchSources(client: LanguageClient, openSource: (args: OpenSourceArgs) => Promise<void>): Promise<void> {
	// The editor to cite into is the one active now: the quick pick takes the focus but not the editor.
	const editor = vscode.window.activeTextEditor;
	const target = editor && isChecked(editor.document) ? editor : undefined;

	const picked = await pickPassage(client, target?.document.uri.toString());
	if (!picked) return;
	if (picked.open || !target) {
		await openSource({ key: picked.passage.key, quote: picked.passage.quote });
		return;
	}
	await insertCitation(client, target, picked.passage);
}

/** Lets the user search the corpus of the document `uri` (the shipped one without it) and pick a passage. */
function pickPassage(client: LanguageClient, uri: string | undefined): Promise<{ passage: SourcePassage; open: boolean } | undefined> {
	const canCite = uri !== undefined;
	return new Promise((resolve) => {
		const quickPick = vscode.window.createQuickPick<PassageItem>();
		quickPick.title = 'CiteCheck: Search Sources';
		quickPick.placeholder = canCite ? 'Search the sources; Enter cites the passage at the cursor' : 'Search the sources; Enter opens the source at the passage';
		quickPick.matchOnDescription = true;
		quickPick.matchOnDetail = true;
		let timer: ReturnType<typeof setTimeout> | undefined;
		let pending: vscode.CancellationTokenSource | undefined;
		let generation = 0;
		let settled = false;
		const finish = (value: { passage: SourcePassage; open: boolean } | undefined) => {
			if (settled) return;
			settled = true;
			resolve(value);
			quickPick.hide();
		};

		const query = async (text: string) => {
			const mine = ++generation;
			pending?.cancel();
			pending?.dispose();
			pending = new vscode.CancellationTokenSource();
			quickPick.busy = true;
			let passages: SourcePassage[] = [];
			let failure: string | undefined;
			try {
				passages = (await client.sendRequest(SearchSourcesRequest, { query: text, limit: LIMIT, ...(uri ? { uri } : {}) }, pending.token)) ?? [];
			} catch (error) {
				failure = messageOf(error);
			}
			if (mine !== generation) return;
			quickPick.busy = false;
			// Every item is shown whatever the quick pick's own filter thinks: the server ranked them.
			quickPick.items = passages.map((passage) => ({
				label: passage.label,
				detail: passage.quote,
				alwaysShow: true,
				buttons: [OPEN_BUTTON],
				passage,
			}));
			if (failure !== undefined) quickPick.placeholder = `The search failed: ${failure}`;
			else if (passages.length === 0 && text.trim() !== '') quickPick.placeholder = 'No passage of the corpus matches';
		};

		quickPick.onDidChangeValue((value) => {
			if (timer !== undefined) clearTimeout(timer);
			timer = setTimeout(() => void query(value), DEBOUNCE_MS);
		});
		quickPick.onDidAccept(() => {
			const item = quickPick.selectedItems[0] ?? quickPick.activeItems[0];
			if (item) finish({ passage: item.passage, open: false });
		});
		quickPick.onDidTriggerItemButton((event) => finish({ passage: event.item.passage, open: true }));
		quickPick.onDidHide(() => {
			if (timer !== undefined) clearTimeout(timer);
			pending?.cancel();
			pending?.dispose();
			quickPick.dispose();
			finish(undefined);
		});
		quickPick.show();
		void query('');
	});
}

async function insertCitation(client: LanguageClient, editor: vscode.TextEditor, passage: SourcePassage): Promise<void> {
	const document = editor.document;
	const position = client.code2ProtocolConverter.asPosition(editor.selection.active);
	let edit;
	try {
		edit = await client.sendRequest(CitationEditRequest, {
			uri: document.uri.toString(),
			position,
			key: passage.key,
			...(passage.page !== undefined ? { page: passage.page } : {}),
		});
	} catch (error) {
		void vscode.window.showErrorMessage(`CiteCheck could not cite ${passage.label}: ${messageOf(error)}`);
		return;
	}
	if (!edit) {
		void vscode.window.showWarningMessage(`CiteCheck could not cite ${passage.label} here.`);
		return;
	}
	// Typed on while the server worked: the citation belongs to a text that is gone.
	const current = (uri: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri)?.version;
	const applied = editFitsVersions(edit, current) && (await vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit)));
	if (!applied) {
		void vscode.window.showWarningMessage(`CiteCheck could not insert the citation of ${passage.label}: the document changed.`);
		return;
	}
	await vscode.window.showTextDocument(document, editor.viewColumn);
}

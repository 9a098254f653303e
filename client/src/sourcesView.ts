// The "CiteCheck Sources" view in the Explorer: the corpus's sources, each with how many sentences
// of the workspace cite it; clicking one opens it. Refreshed on save, on a change of corpus
// settings, when the server restarts, and from the view's title bar.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SourceUsageRequest, type SourceUsage } from './protocol';

export const SOURCES_VIEW = 'citecheck.sources';

export class SourcesView implements vscode.TreeDataProvider<SourceUsage>, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<void>();
	readonly onDidChangeTreeData = this.changed.event;

	constructor(
		private readonly client: () => LanguageClient | undefined,
		private readonly contextUri: () => string | undefined,
		private readonly openCommand: string,
	) {}

	refresh(): void {
		this.changed.fire();
	}

	async getChildren(element?: SourceUsage): Promise<SourceUsage[]> {
		if (element) return [];
		const client = this.client();
		if (!client?.isRunning()) return [];
		try {
			const uri = this.contextUri();
			const usage = (await client.sendRequest(SourceUsageRequest, uri ? { uri } : {})) ?? [];
			// The most cited first; sources nobody cites yet after them, by key.
			return usage.sort((a, b) => b.citations - a.citations || a.key.localeCompare(b.key));
		} catch {
			return [];
		}
	}

	getTreeItem(source: SourceUsage): vscode.TreeItem {
		const item = new vscode.TreeItem(source.key, vscode.TreeItemCollapsibleState.None);
		const cited = source.citations === 0 ? 'not cited' : `cited ${source.citations}× in ${source.documents} ${source.documents === 1 ? 'file' : 'files'}`;
		item.description = `${source.label} · ${cited}`;
		item.tooltip = new vscode.MarkdownString().appendText(source.reference);
		item.iconPath = new vscode.ThemeIcon(source.citations > 0 ? 'book' : 'circle-outline');
		item.contextValue = 'citecheckSource';
		item.command = { command: this.openCommand, title: 'Open Source', arguments: [{ key: source.key }] };
		return item;
	}

	dispose(): void {
		this.changed.dispose();
	}
}

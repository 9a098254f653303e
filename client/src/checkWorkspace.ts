// "CiteCheck: Check All Files in Workspace": finds the workspace's Markdown, LaTeX and text files
// and has the server check them, in batches, so that their findings fill the Problems panel
// without opening them; then shows the report of how each file's claims fared.

import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { extensionsOf } from '../../server/src/languages';
import { CheckFilesRequest, type CheckFilesResult } from './protocol';
import type { ReportDocumentProvider } from './reportDocument';
import { reportMarkdown } from './reportMarkdown';
import { enabledLanguages } from './settings';
import { messageOf } from './sources';

const BATCH = 20;
const EXCLUDE = '**/{node_modules,.git}/**';

/** The glob of the files to check, given the enabled languages: `**\/*.{md,markdown,…,txt}` by default. */
export function filesGlob(languages: string[]): string | undefined {
	const extensions = extensionsOf(languages);
	if (extensions.length === 0) return undefined;
	return extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
}

export async function checkWorkspace(client: LanguageClient, report: ReportDocumentProvider): Promise<void> {
	if (!vscode.workspace.workspaceFolders?.length) {
		void vscode.window.showInformationMessage('CiteCheck: open a folder to check the files in it.');
		return;
	}
	const glob = filesGlob(enabledLanguages());
	if (glob === undefined) {
		void vscode.window.showInformationMessage('CiteCheck: no language is enabled in the setting citecheck.languages.');
		return;
	}
	const outcome = await vscode.window
		.withProgress({ location: vscode.ProgressLocation.Notification, title: 'CiteCheck', cancellable: true }, async (progress, token) => {
			progress.report({ message: 'finding files…' });
			const uris = await vscode.workspace.findFiles(glob, EXCLUDE, undefined, token);
			uris.sort((a, b) => a.toString().localeCompare(b.toString()));
			const checked: CheckFilesResult['files'] = [];
			for (let i = 0; i < uris.length && !token.isCancellationRequested; i += BATCH) {
				const batch = uris.slice(i, i + BATCH);
				progress.report({ message: `checking ${Math.min(i + batch.length, uris.length)} of ${uris.length} files…` });
				try {
					const result = await client.sendRequest(CheckFilesRequest, { uris: batch.map((uri) => uri.toString()) }, token);
					checked.push(...(result?.files ?? []));
				} catch (error) {
					if (token.isCancellationRequested) break;
					throw error;
				}
				progress.report({ increment: (batch.length / uris.length) * 100 });
			}
			return { found: uris.length, checked, cancelled: token.isCancellationRequested };
		})
		.then(
			(value) => value,
			(error: unknown) => {
				void vscode.window.showErrorMessage(`CiteCheck could not check the workspace: ${messageOf(error)}`);
				return undefined;
			},
		);
	if (!outcome) return;
	if (outcome.found === 0) {
		void vscode.window.showInformationMessage('CiteCheck: the workspace has no Markdown, LaTeX or text file to check.');
		return;
	}
	await vscode.commands.executeCommand('workbench.actions.view.problems');
	const multiRoot = (vscode.workspace.workspaceFolders?.length ?? 0) > 1;
	const files = outcome.checked.map(({ uri, summary }) => ({ name: vscode.workspace.asRelativePath(vscode.Uri.parse(uri), multiRoot), uri, summary }));
	await report.show(reportMarkdown(files, outcome.found, outcome.cancelled));
	const count = (n: number) => `${n} file${n === 1 ? '' : 's'}`;
	if (outcome.cancelled) void vscode.window.showInformationMessage(`CiteCheck: stopped after checking ${count(files.length)}.`);
	else vscode.window.setStatusBarMessage(`CiteCheck checked ${count(files.length)}.`, 5000);
}

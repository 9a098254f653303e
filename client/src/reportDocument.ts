// The workspace report as a read-only Markdown document, `citecheck-report:/CiteCheck Report.md`:
// one document, replaced by each new check, so that reports do not pile up as tabs. Each file's
// name links to the file (Ctrl+click).

import * as vscode from 'vscode';
import { REPORT_TITLE, type FileLink } from './reportMarkdown';

export const REPORT_SCHEME = 'citecheck-report';

export class ReportDocumentProvider implements vscode.TextDocumentContentProvider, vscode.DocumentLinkProvider, vscode.Disposable {
	private readonly changed = new vscode.EventEmitter<vscode.Uri>();
	readonly onDidChange = this.changed.event;
	private readonly uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${REPORT_TITLE}.md` });
	private content = `# ${REPORT_TITLE}\n\nRun "CiteCheck: Check All Files in Workspace" to make a report.\n`;
	private links: FileLink[] = [];

	provideTextDocumentContent(): string {
		return this.content;
	}

	provideDocumentLinks(document: vscode.TextDocument): vscode.DocumentLink[] {
		// Links of an earlier report would point into the wrong lines while the document catches up.
		if (document.getText() !== this.content) return [];
		return this.links.map((link) => {
			const result = new vscode.DocumentLink(new vscode.Range(link.line, link.start, link.line, link.end), vscode.Uri.parse(link.target));
			result.tooltip = 'Open the file';
			return result;
		});
	}

	/** Shows a report, replacing the one shown before. */
	async show(report: { markdown: string; links: FileLink[] }): Promise<void> {
		this.content = report.markdown;
		this.links = report.links;
		this.changed.fire(this.uri);
		const document = await vscode.workspace.openTextDocument(this.uri);
		await vscode.window.showTextDocument(document, { preview: false });
	}

	dispose(): void {
		this.changed.dispose();
	}
}

// The explanation a finding's code links to. With `repository` in package.json the link opens the
// README's row for the code on the web; without, `citecheck.explainCode` renders the explanation
// (codeDocs.ts) from the installed README as a read-only `citecheck-doc:` document in the Markdown
// preview. The server links codes to its README file; the client points them here instead.

import * as vscode from 'vscode';
import { codeOfDocPath, codeTarget, DOC_SCHEME, docPath, EXPLAIN_COMMAND, explanation, repositoryReadme } from './codeDocs';

export class Explanations implements vscode.TextDocumentContentProvider {
	private readonly readmeOnWeb: string | undefined;
	private readonly targets = new Map<string, vscode.Uri>();

	constructor(private readonly extension: vscode.Extension<unknown>) {
		this.readmeOnWeb = repositoryReadme((extension.packageJSON as { repository?: unknown }).repository);
	}

	register(): vscode.Disposable {
		return vscode.Disposable.from(
			vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, this),
			vscode.commands.registerCommand(EXPLAIN_COMMAND, (code: unknown) => this.show(code)),
		);
	}

	/** Points each CiteCheck diagnostic's code at its explanation. */
	relink(diagnostics: readonly vscode.Diagnostic[]): void {
		for (const diagnostic of diagnostics) {
			if (diagnostic.source !== 'citecheck' || diagnostic.code === undefined) continue;
			const code = String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
			diagnostic.code = { value: code, target: this.target(code) };
		}
	}

	private target(code: string): vscode.Uri {
		let target = this.targets.get(code);
		if (!target) {
			target = vscode.Uri.parse(codeTarget(code, this.readmeOnWeb), true);
			this.targets.set(code, target);
		}
		return target;
	}

	async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
		return explanation(await this.readme(), codeOfDocPath(uri.path));
	}

	/** The installed README (the package stores it as `readme.md`). */
	private async readme(): Promise<string> {
		for (const name of ['README.md', 'readme.md']) {
			try {
				return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extension.extensionUri, name)));
			} catch {
				// the other spelling
			}
		}
		return '';
	}

	/**
	 * Shows the explanation of `code` rendered beside the paper, or as a read-only document where
	 * there is no Markdown preview. The preview is locked: one that is not follows the active
	 * Markdown editor, and would show the paper as soon as the writer went back to it.
	 */
	private async show(code: unknown): Promise<void> {
		const value = Array.isArray(code) ? code[0] : code;
		if (typeof value !== 'string' || value === '') return;
		const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path: docPath(value) });
		try {
			await vscode.commands.executeCommand('markdown.showLockedPreviewToSide', uri);
		} catch {
			await vscode.window.showTextDocument(uri, { preview: true });
		}
	}
}

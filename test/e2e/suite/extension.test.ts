// CiteCheck as a writer meets it in VS Code, with the real server and the shipped corpus: the
// findings of a Markdown paper, the supporting passage on hover, the quick fix for a wrong date,
// a LaTeX paper checked from disk by "Check All Files in Workspace", and a source opened at a
// quoted passage. Runs inside VS Code (see ../runTest.ts), on test/e2e/fixture/.

import * as assert from 'node:assert/strict';
import { after, before, describe, it } from 'mocha';
import * as vscode from 'vscode';

const EXTENSION_ID = 'citecheck.citecheck';
const WRONG_DATE_LINE = 'Uzbekistan suspended its CSTO membership in June 2013 [@weitz2014, p. 146].';
const FIXED_DATE_LINE = 'Uzbekistan suspended its CSTO membership in June 2012 [@weitz2014, p. 146].';
const SUPPORTED_LINE = 3;
const PASSAGE = /majority vote rather than a consensus/;

interface CiteCheckApi {
	ready(): Promise<void>;
}

function fixture(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the fixture folder is open');
	return vscode.Uri.joinPath(folder.uri, name);
}

function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
	const code = diagnostic.code;
	if (code === undefined) return undefined;
	return typeof code === 'object' ? String(code.value) : String(code);
}

function codesOf(uri: vscode.Uri): string[] {
	return vscode.languages.getDiagnostics(uri).map(codeOf).filter((c): c is string => c !== undefined);
}

/** Polls `probe` until it returns something, failing after `timeoutMs` with what was awaited. */
async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

function hoverText(hovers: vscode.Hover[]): string {
	return hovers
		.flatMap((hover) => hover.contents)
		.map((content) => (typeof content === 'string' ? content : content.value))
		.join('\n')
		.replace(/\*\*/g, '');
}

describe('CiteCheck in VS Code', function () {
	this.timeout(120_000);
	let document: vscode.TextDocument;

	before(async () => {
		const extension = vscode.extensions.getExtension<CiteCheckApi>(EXTENSION_ID);
		assert.ok(extension, `the extension ${EXTENSION_ID} is installed`);
		const api = await extension.activate();
		await api.ready();
		document = await vscode.workspace.openTextDocument(fixture('paper.md'));
		await vscode.window.showTextDocument(document);
		assert.equal(document.languageId, 'markdown');
	});

	after(async () => {
		// Leave the fixture as it was on disk: the quick fix was applied to the buffer only.
		if (document?.isDirty) {
			await vscode.window.showTextDocument(document);
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
	});

	it('reports the wrong date and the unsupported claim of the Markdown paper', async () => {
		await waitFor('wrong-date and unsupported diagnostics', () => {
			const codes = codesOf(document.uri);
			return codes.includes('wrong-date') && codes.includes('unsupported') ? codes : undefined;
		});
		const diagnostics = vscode.languages.getDiagnostics(document.uri);
		const wrongDate = diagnostics.find((d) => codeOf(d) === 'wrong-date')!;
		assert.equal(wrongDate.range.start.line, 2);
		assert.equal(wrongDate.severity, vscode.DiagnosticSeverity.Warning);
		assert.match(wrongDate.message, /June 2012/);
		const unsupported = diagnostics.find((d) => codeOf(d) === 'unsupported')!;
		assert.equal(unsupported.range.start.line, 4);
		assert.equal(unsupported.severity, vscode.DiagnosticSeverity.Information);
		assert.ok(
			diagnostics.every((d) => d.range.start.line !== SUPPORTED_LINE),
			'the supported sentence is not flagged',
		);
	});

	it('shows the supporting passage, with a link to the source, on hover over a supported sentence', async () => {
		const position = new vscode.Position(SUPPORTED_LINE, 10);
		const hovers = await waitFor('a hover', async () => {
			const found = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
			return found.length > 0 ? found : undefined;
		});
		const text = hoverText(hovers);
		assert.match(text, PASSAGE);
		assert.match(text, /Weitz/);
		assert.match(text, /command:citecheck\.openSource\?/);
	});

	it('fixes the wrong date with the preferred quick fix', async () => {
		assert.equal(document.lineAt(2).text, WRONG_DATE_LINE);
		const wrongDate = vscode.languages.getDiagnostics(document.uri).find((d) => codeOf(d) === 'wrong-date');
		assert.ok(wrongDate);
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
			'vscode.executeCodeActionProvider',
			document.uri,
			wrongDate.range,
			vscode.CodeActionKind.QuickFix.value,
		);
		const preferred = actions.find((a) => a.isPreferred && (a.diagnostics ?? []).some((d) => codeOf(d) === 'wrong-date')) ?? actions.find((a) => a.isPreferred);
		assert.ok(preferred, `a preferred quick fix among ${actions.map((a) => a.title).join(', ')}`);
		assert.ok(preferred.edit, 'the quick fix carries its edit');
		assert.ok(await vscode.workspace.applyEdit(preferred.edit));
		assert.equal(document.lineAt(2).text, FIXED_DATE_LINE);
		await waitFor('the wrong date to be gone', () => (codesOf(document.uri).includes('wrong-date') ? undefined : true));
		assert.ok(codesOf(document.uri).includes('unsupported'), 'the unsupported claim is still reported');
	});

	it('checks the LaTeX paper from disk with "Check All Files in Workspace"', async () => {
		const tex = fixture('paper.tex');
		assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === tex.toString()), 'the LaTeX paper is not open');
		await vscode.commands.executeCommand('citecheck.checkWorkspace');
		const codes = await waitFor('diagnostics of paper.tex', () => {
			const found = codesOf(tex);
			return found.includes('wrong-date') ? found : undefined;
		});
		assert.ok(codes.includes('unsupported'), `paper.tex: ${codes.join(', ')}`);
	});

	it('opens a source as a read-only document at the quoted passage', async () => {
		const quote = 'the 2010 amendments to the CSTO charter allowing military action';
		await vscode.commands.executeCommand('citecheck.openSource', { key: 'weitz2014', quote });
		const editor = await waitFor('the source editor', () => {
			const active = vscode.window.activeTextEditor;
			return active?.document.uri.scheme === 'citecheck-source' ? active : undefined;
		});
		assert.equal(editor.document.uri.path, '/weitz2014.md');
		assert.match(editor.document.getText(), /Weitz/);
		assert.equal(editor.document.getText(editor.selection).replace(/\s+/g, ' '), quote);
	});
});

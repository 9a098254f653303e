// CiteCheck in VS Code's extension host, through the API other extensions and VS Code itself use:
// the diagnostics of a paper, their code links, hovers, completion, quick fixes, silencing and
// accepting a finding, and the documents it leaves alone.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {} from 'mocha'; // its describe, it and hooks, which mocha sets as globals
import * as vscode from 'vscode';
import { codeOf, findings, hoverText, openPaper, positionOf, until, waitForCodes, workspaceFolder } from './helpers';

const PAPER = [
	'# The CSTO',
	'',
	'Uzbekistan suspended its CSTO membership in June 2013.',
	'The 2010 amendments to the CSTO charter allowed military action on a majority vote rather than by consensus [@weitz2014, p. 146].',
	'Uzbekistan opened a NATO logistics hub in Termez in 2015.',
	'',
].join('\n');
const DATE_FIX = 'Change to June 2012 (Weitz 2014, p. 146)';
const SILENCE = 'Silence this finding here';
const ACCEPT = 'Mark as checked';
/** How long the extension's README is watched for findings once it is open. */
const README_QUIET_MS = 5_000;
/** The first check waits for the extension to start and the server to read the corpus. */
const FIRST_CHECK_MS = 120_000;

/** The code actions at a diagnostic, their edits resolved. */
async function actionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
	const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range, undefined, 20);
	// A bare command has its name in `command`; a code action, its command (if any) as an object.
	return actions.filter((a): a is vscode.CodeAction => typeof a.command !== 'string');
}

/** Applies a code action as the light bulb menu does: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
	if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `the edit of "${action.title}" was refused`);
	if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

async function action(uri: vscode.Uri, diagnostic: vscode.Diagnostic, title: string): Promise<vscode.CodeAction> {
	const actions = await actionsAt(uri, diagnostic.range);
	const found = actions.find((a) => a.title === title);
	assert.ok(found, `no "${title}" among ${JSON.stringify(actions.map((a) => a.title))}`);
	return found;
}

describe('CiteCheck in the extension host', function () {
	this.timeout(FIRST_CHECK_MS + 60_000);

	before(async () => {
		const extension = vscode.extensions.getExtension('citecheck.citecheck');
		assert.ok(extension, 'CiteCheck is not loaded');
		const api = (await extension.activate()) as { ready(): Promise<void> };
		await api.ready();
	});

	afterEach(async () => {
		await vscode.commands.executeCommand('workbench.action.files.saveAll');
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
	});

	it('registers its commands', async () => {
		const commands = await vscode.commands.getCommands(true);
		for (const command of [
			'citecheck.checkWorkspace',
			'citecheck.searchSources',
			'citecheck.openSource',
			'citecheck.citeAll',
			'citecheck.markChecked',
			'citecheck.listAccepted',
			'citecheck.explainCode',
		]) {
			assert.ok(commands.includes(command), `${command} is not registered`);
		}
	});

	it('lists a paper’s findings as diagnostics, each code linking to its explanation inside VS Code', async () => {
		const { document } = await openPaper('diagnostics.md', PAPER);
		const [date, unsupported] = await waitForCodes(document.uri, ['wrong-date', 'unsupported'], FIRST_CHECK_MS);
		assert.equal(date!.message, 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.');
		assert.equal(date!.severity, vscode.DiagnosticSeverity.Warning);
		assert.equal(unsupported!.severity, vscode.DiagnosticSeverity.Information);
		assert.equal(date!.range.start.line, 2);
		const target = typeof date!.code === 'object' ? date!.code.target.toString(true) : '';
		assert.equal(target, 'command:citecheck.explainCode?["wrong-date"]');
		assert.deepEqual(
			date!.relatedInformation?.map((r) => r.message),
			date!.relatedInformation?.map(() => 'the passage, p. 146'),
		);
	});

	it('explains a code in a read-only document made from its README', async () => {
		const document = await vscode.workspace.openTextDocument(vscode.Uri.parse('citecheck-doc:/wrong-date.md'));
		const text = document.getText();
		assert.match(text, /^# CiteCheck: `wrong-date`/);
		assert.ok(text.includes('A source describes this event with another date.'), text);
		assert.ok(text.includes('## Silencing a finding'));
		await vscode.commands.executeCommand('citecheck.explainCode', 'wrong-date');
		assert.deepEqual(findings(document.uri), []);
	});

	it('hovers with the verdict and the passage, leaving out the verdict a finding shown above it says', async () => {
		const { document } = await openPaper('hover.md', PAPER);
		await waitForCodes(document.uri, ['wrong-date', 'unsupported'], FIRST_CHECK_MS);
		const supported = hoverText(
			await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'majority')),
		);
		assert.ok(supported.includes('**CiteCheck:** supported by Weitz 2014, p. 146.'), supported);
		assert.ok(supported.includes('Richard Weitz'), supported);
		const flagged = hoverText(
			await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, 'suspended')),
		);
		assert.ok(!flagged.includes('dates this to June 2012'), flagged);
		assert.ok(flagged.includes('June 2012') && flagged.includes('Richard Weitz'), flagged);
	});

	it('completes citation keys after [@', async () => {
		const editor = await openPaper('completion.md', 'Karimov visited China in 2005 [@\n');
		const position = new vscode.Position(0, 'Karimov visited China in 2005 [@'.length);
		const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, position, '@');
		const labels = list.items.map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
		assert.ok(labels.includes('weitz2014'), JSON.stringify(labels));
		// The source that supports the sentence comes first.
		assert.equal(labels[0], 'weitz2014');
	});

	it('offers the source’s date as a quick fix, and applying it clears the finding', async () => {
		const { document } = await openPaper('fix.md', PAPER);
		const [date] = await waitForCodes(document.uri, ['wrong-date', 'unsupported'], FIRST_CHECK_MS);
		await apply(await action(document.uri, date!, DATE_FIX));
		assert.ok(document.getText().includes('membership in June 2012.'), document.getText());
		await waitForCodes(document.uri, ['unsupported']);
	});

	it('silences a finding with the comment its quick fix writes above it', async () => {
		const { document } = await openPaper('silence.md', PAPER);
		const [, unsupported] = await waitForCodes(document.uri, ['wrong-date', 'unsupported'], FIRST_CHECK_MS);
		await apply(await action(document.uri, unsupported!, SILENCE));
		assert.ok(document.getText().includes('<!-- citecheck-disable-next-line unsupported -->\nUzbekistan opened'), document.getText());
		await waitForCodes(document.uri, ['wrong-date']);
	});

	it('accepts a finding in .citecheck/accepted.json, and shows it again once its sentence changes', async () => {
		const editor = await openPaper('accept.md', PAPER);
		const { document } = editor;
		const [date] = await waitForCodes(document.uri, ['wrong-date', 'unsupported'], FIRST_CHECK_MS);
		await apply(await action(document.uri, date!, ACCEPT));
		await waitForCodes(document.uri, ['unsupported']);
		const file = join(workspaceFolder(), '.citecheck', 'accepted.json');
		const entries = await until('the accepted finding on disk', () => {
			if (!existsSync(file)) return undefined;
			const json = JSON.parse(readFileSync(file, 'utf8')) as { accepted: { code: string; text: string }[] };
			return json.accepted.length > 0 ? json.accepted : undefined;
		});
		assert.deepEqual(entries, [{ code: 'wrong-date', text: 'Uzbekistan suspended its CSTO membership in June 2013.' }]);
		const at = positionOf(document, '2013');
		await editor.edit((edit) => edit.replace(new vscode.Range(at, at.translate(0, 4)), '2011'));
		const [again] = await waitForCodes(document.uri, ['wrong-date', 'unsupported']);
		assert.equal(codeOf(again!), 'wrong-date');
	});

	it('checks none of its own files: its README, opened in an editor, has no findings', async () => {
		const extension = vscode.extensions.getExtension('citecheck.citecheck')!;
		const readme = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(extension.extensionUri, 'README.md'));
		await vscode.window.showTextDocument(readme, { preview: false });
		// A hover waits for the check of the document it is in, if there is one; the findings of a
		// check would be shown within seconds of it.
		await vscode.commands.executeCommand('vscode.executeHoverProvider', readme.uri, positionOf(readme, 'Uzbekistan'));
		const shown = await until('findings in the README', () => (findings(readme.uri).length > 0 ? true : undefined), README_QUIET_MS).then(
			() => true,
			() => false,
		);
		assert.equal(shown, false, `the README has findings: ${JSON.stringify(findings(readme.uri).map(codeOf))}`);
		// Papers are still checked.
		const { document } = await openPaper('scope.md', 'Uzbekistan opened a NATO logistics hub in Termez in 2015.\n');
		await waitForCodes(document.uri, ['unsupported'], FIRST_CHECK_MS);
	});
});

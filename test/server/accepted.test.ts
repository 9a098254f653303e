// Accepted findings in the editor: the extension sends each workspace folder's entries at start and
// with every change; the server leaves the findings they accept out, offers "Mark as checked" with
// the entry to record, and offers it only to an extension that said it keeps accepted findings.
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { cleanUp, openDocument, PULL, pullDiagnostics, startClient, tempFolder, until, type Client } from './harness';

const WRONG = 'Karimov visited China in 2007 [@weitz2014].';
const TEXT = `Intro.\n\n${WRONG}\n\nUzbekistan bought fighter jets\nfrom France in 2018.\n`;

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

/** A client of a workspace folder whose extension keeps accepted findings, with these entries to begin with. */
async function start(entries: { code: string; text: string }[]) {
	const folder = tempFolder();
	const folderUri = pathToFileURL(folder).toString();
	client = await startClient(PULL, {}, [folder], [], { accepted: [{ folder: folderUri, entries }] });
	const uri = `${folderUri}/paper.md`;
	await openDocument(client, uri, 'markdown', TEXT);
	return { client, folderUri, uri };
}

const codes = async (c: Client, uri: string) => (await pullDiagnostics(c, uri)).map((d) => d.code);

async function actionsOn(c: Client, uri: string, line: number): Promise<CodeAction[]> {
	const diagnostics = await pullDiagnostics(c, uri);
	const range = { start: { line, character: 0 }, end: { line, character: 0 } };
	const context = { diagnostics: diagnostics.filter((d) => d.range.start.line === line) };
	return (await c.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context })) as CodeAction[];
}

describe('accepted findings in the editor', () => {
	it('offers "Mark as checked" on every finding, with the normalised text and code to record, and edits nothing', async () => {
		const { client: c, uri } = await start([]);
		expect(await codes(c, uri)).toEqual(['wrong-date', 'unsupported']);
		const mark = (await actionsOn(c, uri, 4)).filter((a) => a.title === 'Mark as checked');
		expect(mark).toHaveLength(1);
		expect(mark[0]).toMatchObject({
			kind: 'quickfix',
			command: { command: 'citecheck.markChecked', arguments: [uri, { code: 'unsupported', text: 'Uzbekistan bought fighter jets from France in 2018.' }] },
			diagnostics: [{ code: 'unsupported' }],
		});
		expect(mark[0]!.edit).toBeUndefined();
	});

	it('leaves out the findings accepted at start, and those accepted later, and shows them again once removed', async () => {
		const { client: c, folderUri, uri } = await start([{ code: 'wrong-date', text: WRONG }]);
		expect(await codes(c, uri)).toEqual(['unsupported']);
		// No fix is offered for a finding accepted: neither the date nor "Mark as checked".
		expect((await actionsOn(c, uri, 2)).map((a) => a.title)).toEqual([]);
		const refreshes = c.refreshes;
		const both = [
			{ code: 'wrong-date', text: WRONG },
			{ code: 'unsupported', text: 'Uzbekistan bought fighter jets from France in 2018.' },
		];
		await c.connection.sendNotification('citecheck/acceptedChanged', { folder: folderUri, entries: both });
		await until(() => (c.refreshes > refreshes ? true : undefined));
		expect(await codes(c, uri)).toEqual([]);
		await c.connection.sendNotification('citecheck/acceptedChanged', { folder: folderUri, entries: [] });
		await until(async () => ((await codes(c, uri)).length === 2 ? true : undefined));
	});

	it('offers no "Mark as checked" to an editor that keeps no accepted findings', async () => {
		const folder = tempFolder();
		client = await startClient(PULL, {}, [folder]);
		const uri = `${pathToFileURL(folder).toString()}/paper.md`;
		await openDocument(client, uri, 'markdown', TEXT);
		const titles = (await actionsOn(client, uri, 4)).map((a) => a.title);
		expect(titles).toContain('Silence this finding here');
		expect(titles).not.toContain('Mark as checked');
	});
});

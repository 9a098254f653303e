import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openDocument, PULL, startClient, tempFolder, until, type Client } from './harness';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

interface CheckFilesResult {
	checked: number;
	files: { uri: string; summary: { claims: number; supported: number; flagged: number; uncited: number; flaggedShare: number | null } }[];
}

const WRONG = 'Karimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n';

describe("checking the workspace's files for the report", () => {
	it("answers with each file's summary, pushes the findings of files not open, and takes open ones as the editor has them", async () => {
		const dir = tempFolder('citecheck-files-');
		writeFileSync(join(dir, 'closed.md'), WRONG);
		writeFileSync(join(dir, 'open.tex'), 'On disk: Uzbekistan bought fighter jets from France in 2018.\n');
		writeFileSync(join(dir, 'empty.txt'), '');
		const uri = (name: string) => pathToFileURL(join(dir, name)).toString();
		client = await startClient(PULL, {}, [dir]);
		await openDocument(client, uri('open.tex'), 'latex', 'In the editor: Karimov visited China in 2005~\\cite[147]{weitz2014}.\n');

		const result = (await client.connection.sendRequest('citecheck/checkFiles', {
			uris: [uri('closed.md'), uri('open.tex'), uri('empty.txt'), uri('missing.md')],
		})) as CheckFilesResult;
		expect(result.checked).toBe(3);
		expect(result.files.map((f) => [f.uri, f.summary])).toEqual([
			[uri('closed.md'), expect.objectContaining({ claims: 2, supported: 0, flagged: 2, uncited: 0, flaggedShare: 1 })],
			[uri('open.tex'), expect.objectContaining({ claims: 1, supported: 1, flagged: 0, uncited: 0, flaggedShare: 0 })],
			[uri('empty.txt'), expect.objectContaining({ claims: 0, flaggedShare: null })],
		]);
		expect(client.pushed.get(uri('closed.md'))?.map((d) => d.code)).toEqual(['wrong-date', 'unsupported']);
		// The open document's findings are the editor's to pull: a push would show them twice.
		expect(client.pushed.has(uri('open.tex'))).toBe(false);
	});

	it('takes back the findings it pushed for a file while the file is open, whose findings are then pulled, and pushes them again when it is closed', async () => {
		const dir = tempFolder('citecheck-files-');
		writeFileSync(join(dir, 'paper.md'), WRONG);
		const paper = pathToFileURL(join(dir, 'paper.md')).toString();
		client = await startClient(PULL, {}, [dir]);
		await client.connection.sendRequest('citecheck/checkFiles', { uris: [paper] });
		expect(client.pushed.get(paper)).toHaveLength(2);
		await openDocument(client, paper, 'markdown', 'Karimov visited China in 2005 [@weitz2014, p. 147].\n');
		await until(() => (client!.pushed.get(paper)?.length === 0 ? true : undefined));
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: paper } });
		await until(() => (client!.pushed.get(paper)?.length === 2 ? true : undefined));
	});

	it('leaves the findings of files it did not check alone when they are opened', async () => {
		client = await startClient(PULL);
		await openDocument(client, 'file:///paper/other.md', 'markdown', WRONG);
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: 'file:///paper/other.md' } });
		await client.connection.sendRequest('citecheck/status', { uri: 'file:///paper/other.md' });
		expect(client.pushed.size).toBe(0);
	});
});

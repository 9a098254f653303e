// The extension names its own install folder at start: documents under it (its README, opened by
// a link) are never checked, and the writer's are.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, openDocument, PULL, PUSH, pullDiagnostics, startClient, until, type Client } from './harness';

const EXTENSION = 'file:///home/writer/.vscode/extensions/citecheck.citecheck-0.1.0';
const TEXT = 'Uzbekistan suspended its CSTO membership in June 2013 [@weitz2014, p. 146].\n';
let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

describe('a folder the client excludes', () => {
	it('has its documents left unchecked, pulled', async () => {
		client = await startClient(PULL, {}, {}, [], { excludedFolders: [EXTENSION] });
		await openDocument(client, `${EXTENSION}/readme.md`, 'markdown', TEXT);
		await openDocument(client, 'file:///home/writer/paper.md', 'markdown', TEXT);
		expect(await pullDiagnostics(client, `${EXTENSION}/readme.md`)).toEqual([]);
		expect((await pullDiagnostics(client, 'file:///home/writer/paper.md')).map((d) => d.code)).toEqual(['wrong-date']);
	});

	it('has its documents left unchecked, pushed, and gives them no hover', async () => {
		client = await startClient(PUSH, {}, {}, [], { excludedFolders: [`${EXTENSION}/`] });
		await openDocument(client, `${EXTENSION}/readme.md`, 'markdown', TEXT);
		await openDocument(client, 'file:///home/writer/paper.md', 'markdown', TEXT);
		const pushed = await until(() => client!.pushed.get('file:///home/writer/paper.md'));
		expect(pushed.map((d) => d.code)).toEqual(['wrong-date']);
		expect(client.pushed.get(`${EXTENSION}/readme.md`) ?? []).toEqual([]);
		const hover = await client.connection.sendRequest('textDocument/hover', {
			textDocument: { uri: `${EXTENSION}/readme.md` },
			position: { line: 0, character: 3 },
		});
		expect(hover).toBeNull();
	});
});

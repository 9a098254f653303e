import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { readSettings } from '../../server/src/wiring/settings';
import { PULL, startClient, until, type Client, cleanUp, tempFolder } from './harness';

// The writer's own library (Markdown and HTML sources, CSL-JSON metadata) beside the shipped corpus.
const LIBRARY = join(__dirname, '..', 'fixtures', 'library');
const PAPER = ['Karimov visited China in 2005 [@weitz2014, p. 147].', '', 'The Uzbek enclave of Sokh lies inside Kyrgyzstan [@karimova2019].', ''].join('\n');
const URI = 'file:///paper/paper.md';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

async function diagnosticsOf(c: Client, text = PAPER): Promise<Diagnostic[]> {
	await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'markdown', version: 1, text } });
	return ((await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as { items: Diagnostic[] }).items;
}

describe('citecheck.corpus.paths', () => {
	it('adds folders of sources to the shipped corpus', async () => {
		client = await startClient(PULL, { corpus: { paths: [LIBRARY] } });
		expect(await diagnosticsOf(client)).toEqual([]);
		const sources = (await client.connection.sendRequest('citecheck/searchSources', { query: 'Sokh enclave', uri: URI })) as { key: string; label: string }[];
		expect(sources[0]).toMatchObject({ key: 'karimova2019', label: 'Karimova 2019' });
	});

	it("points a finding at the passage in the folder's file", async () => {
		client = await startClient(PULL, { corpus: { paths: [LIBRARY] } });
		const [uncited] = await diagnosticsOf(
			client,
			'Delegations of Uzbekistan and Kyrgyzstan met in Andijan to continue the demarcation of their common border.\n',
		);
		expect(uncited?.code).toBe('missing-citation');
		expect(uncited?.relatedInformation?.[0]?.location.uri).toBe(pathToFileURL(join(LIBRARY, 'borderwatch2020.html')).toString());
	});

	it('leaves the shipped corpus out when citecheck.corpus.includeDefault is off', async () => {
		client = await startClient(PULL, { corpus: { paths: [LIBRARY], includeDefault: false } });
		const diagnostics = await diagnosticsOf(client);
		expect(diagnostics.map((d) => [d.range.start.line, d.code])).toContainEqual([0, 'unknown-source']);
		expect(diagnostics.filter((d) => d.range.start.line === 2)).toEqual([]);
	});

	it('keeps the first text of a key and tells the user which file was skipped', async () => {
		const dir = tempFolder('citecheck-paths-');
		mkdirSync(join(dir, 'sources'));
		writeFileSync(join(dir, 'sources', 'weitz2014.txt'), 'Another text under a key the shipped corpus has.\n');
		writeFileSync(join(dir, 'sources.bib'), '@misc{weitz2014, title = {Another}}\n');
		client = await startClient(PULL, { corpus: { paths: [dir] } });
		expect(await diagnosticsOf(client)).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'unknown-source' })]));
		const message = await until(() => client!.messages.find((m) => m.message.includes('weitz2014.txt'))?.message);
		expect(message).toContain(`${join(dir, 'sources', 'weitz2014.txt')}: a second text for the key "weitz2014" is ignored`);
	});
});

describe('the corpus settings', () => {
	it('are read with their defaults, anything malformed left out', () => {
		expect(readSettings({})).toMatchObject({ corpusPath: '', corpusPaths: [], includeDefaultCorpus: true });
		expect(readSettings({ corpus: { path: 'mine', paths: ['a', 3, '', 'b'], includeDefault: false } })).toMatchObject({
			corpusPath: 'mine',
			corpusPaths: ['a', 'b'],
			includeDefaultCorpus: false,
		});
		expect(readSettings({ corpus: { paths: 'a', includeDefault: 'no' } })).toMatchObject({ corpusPaths: [], includeDefaultCorpus: true });
	});
});

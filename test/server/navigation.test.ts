import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Location } from 'vscode-languageserver-types';
import { CORPUS_DIR } from '../helpers/vocabulary';
import { PULL, startClient, type Client, cleanUp, tempFolder } from './harness';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

async function open(c: Client, uri: string, text: string, languageId = 'markdown') {
	await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
}

const PAPER = '# Notes\n\nKarimov visited China in 2005 [@edm2013; @weitz2014, p. 147].\n\nUzbekistan left the CSTO in 2012 [@weitz2014].\n';
const URI = 'file:///paper/paper.md';

describe('go to definition on a citation', () => {
	it('opens the cited source at the passage that supports the sentence', async () => {
		client = await startClient(PULL);
		await open(client, URI, PAPER);
		const character = PAPER.split('\n')[2]!.indexOf('weitz2014') + 3;
		const location = (await client.connection.sendRequest('textDocument/definition', {
			textDocument: { uri: URI },
			position: { line: 2, character },
		})) as Location;
		expect(location.uri).toBe(pathToFileURL(join(CORPUS_DIR, 'sources', 'weitz2014.txt')).toString());
		const raw = readFileSync(join(CORPUS_DIR, 'sources', 'weitz2014.txt'), 'utf8').split('\n');
		const passage = raw.slice(location.range.start.line, location.range.end.line + 1).join(' ');
		expect(passage).toMatch(/Karimov/);
		expect(passage).toMatch(/2005/);
	});

	it('answers nothing away from a citation, or on a key the corpus lacks', async () => {
		client = await startClient(PULL);
		await open(client, URI, 'Karimov visited China in 2005 [@nobody2000].\n');
		for (const character of [3, 33]) {
			expect(await client.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: { line: 0, character } })).toBeNull();
		}
	});
});

describe('find references on a citation key', () => {
	it("lists every sentence that cites it, in open documents and in the workspace's files", async () => {
		const dir = tempFolder('citecheck-refs-');
		mkdirSync(join(dir, 'chapters'));
		writeFileSync(join(dir, 'chapters', 'two.tex'), 'Intro.\n\nKarimov went to Beijing~\\cite[147]{weitz2014}.\n');
		writeFileSync(join(dir, 'other.md'), 'Nothing cited here.\n');
		const paper = join(dir, 'paper.md');
		writeFileSync(paper, 'An old saved text that cites [@weitz2014].\n');
		client = await startClient(PULL, {}, [dir]);
		const uri = pathToFileURL(paper).toString();
		await open(client, uri, PAPER);
		const locations = (await client.connection.sendRequest('textDocument/references', {
			textDocument: { uri },
			position: { line: 4, character: PAPER.split('\n')[4]!.indexOf('weitz') + 2 },
			context: { includeDeclaration: false },
		})) as Location[];
		expect(locations.map((l) => [l.uri.slice(l.uri.lastIndexOf('/') + 1), l.range.start.line])).toEqual([
			['paper.md', 2],
			['paper.md', 4],
			['two.tex', 2],
		]);
		expect(locations[0]!.range).toEqual({ start: { line: 2, character: 0 }, end: { line: 2, character: PAPER.split('\n')[2]!.length } });
	});
});

describe('the sources and how often the workspace cites them', () => {
	it('counts the citing sentences and documents of each source, open or saved', async () => {
		const dir = tempFolder('citecheck-usage-');
		writeFileSync(join(dir, 'two.tex'), 'Karimov went to Beijing~\\cite[147]{weitz2014}.\n');
		client = await startClient(PULL, {}, [dir]);
		const uri = pathToFileURL(join(dir, 'paper.md')).toString();
		await open(client, uri, PAPER);
		const usage = (await client.connection.sendRequest('citecheck/sourceUsage', { uri })) as {
			key: string;
			label: string;
			uri?: string;
			citations: number;
			documents: number;
		}[];
		expect(usage.map((u) => [u.key, u.citations, u.documents])).toEqual([
			['altynbayev2021', 0, 0],
			['edm2006', 0, 0],
			['edm2013', 1, 1],
			['ramani2017', 0, 0],
			['weitz2014', 3, 2],
		]);
		expect(usage.find((u) => u.key === 'weitz2014')).toMatchObject({
			label: 'Weitz 2014',
			uri: pathToFileURL(join(CORPUS_DIR, 'sources', 'weitz2014.txt')).toString(),
		});
	});
});

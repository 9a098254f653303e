// A library's first read goes on in the background: while it takes long, documents are checked
// against the shipped corpus, and again against the library once it is read.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { cleanUp, openDocument, PULL, pullDiagnostics, startClient, tempFolder, until, type Client } from './harness';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

const NEW_FACT = 'The Zarafshan water treaty was signed by Tokayev and Rahmon in May 2031.';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('a library read for the first time', () => {
	it('lets documents be checked against the shipped corpus while it is read, and checks them again once it is through', async () => {
		const library = tempFolder();
		mkdirSync(path.join(library, 'sources'));
		writeFileSync(path.join(library, 'sources.bib'), '@misc{treaty2031, title = {The Zarafshan treaty}, year = {2031}}\n');
		writeFileSync(path.join(library, 'sources', 'treaty2031.txt'), `${NEW_FACT}\n`);
		let release!: () => void;
		const gate = new Promise<void>((resolve) => (release = resolve));
		// Held back long enough for a server that waited for it to answer from the library instead.
		const letThrough = setTimeout(release, 15_000);
		client = await startClient(
			PULL,
			{ corpus: { path: library } },
			{
				loadCorpus: async (dirs, options) => {
					const corpus = await loadCorpus(dirs, options);
					if (dirs?.includes(library)) await gate;
					return corpus;
				},
			},
		);
		const uri = pathToFileURL(path.join(tempFolder(), 'paper.md')).toString();
		await openDocument(client, uri, 'markdown', `${NEW_FACT}\n`);
		// The shipped corpus does not know the treaty.
		expect(codes(await pullDiagnostics(client, uri))).toEqual(['unsupported']);
		release();
		clearTimeout(letThrough);
		// The library does: the claim is supported, and cites nothing.
		await until(async () => {
			const now = codes(await pullDiagnostics(client!, uri));
			return now.join() === 'missing-citation' ? now : undefined;
		}, 30_000);
	}, 60_000);
});

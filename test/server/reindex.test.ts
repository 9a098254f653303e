import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { generateCorpus } from '../../bench/corpus';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { defaultCorpusDir, emptyReadCache } from '../../server/src/wiring/corpusFiles';
import { loadCorpus, type LoadOptions } from '../../server/src/wiring/loadCorpus';
import { cleanUp, openDocument, PULL, pullDiagnostics, startClient, tempFolder, until, type Client } from './harness';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

const SOURCES = 300;
const NEW_FACT = 'The Zarafshan water treaty was signed by Tokayev and Rahmon in May 2031.';
const codes = (diagnostics: Diagnostic[]) => diagnostics.map((d) => d.code);

describe('a large library of sources', () => {
	it('is read without holding up the server, with a progress notification, and read again source by source while checks go on', async () => {
		const library = generateCorpus(tempFolder(), defaultCorpusDir(), SOURCES);
		const loads: { options: LoadOptions | undefined; corpus: Corpus }[] = [];
		// Set further down, once the first read is through (prefer-const misses that assignment).
		// eslint-disable-next-line prefer-const
		let gate: Promise<void> | undefined;
		const files = emptyReadCache();
		client = await startClient(
			{ ...PULL, window: { workDoneProgress: true } },
			{ corpus: { path: library.dir } },
			{
				loadCorpus: async (dirs, options) => {
					const corpus = await loadCorpus(dirs, { ...options, files });
					await gate;
					// The shipped corpus is read too, to check against while the library's first read takes long.
					if (dirs?.includes(library.dir)) loads.push({ options, corpus });
					return corpus;
				},
			},
		);
		const progress: { kind: string; message?: string }[] = [];
		client.connection.onRequest('window/workDoneProgress/create', () => null);
		client.connection.onNotification('$/progress', (params: { value: { kind: string; message?: string } }) => progress.push(params.value));

		// The event loop keeps turning while the corpus is read: no gap between two ticks comes near the whole read.
		let last = performance.now();
		let longest = 0;
		const ticker = setInterval(() => {
			longest = Math.max(longest, performance.now() - last);
			last = performance.now();
		}, 5);
		const uri = pathToFileURL(path.join(tempFolder(), 'paper.md')).toString();
		const started = performance.now();
		await openDocument(client, uri, 'markdown', `Uzbekistan suspended its CSTO membership in June 2013.\n\n${NEW_FACT}\n`);
		// While the read takes long the shipped corpus answers, which finds the same for these claims.
		const first = await pullDiagnostics(client, uri);
		expect(codes(first)).toEqual(['wrong-date', 'unsupported']);
		await until(() => (progress.at(-1)?.kind === 'end' ? true : undefined), 60_000);
		const took = performance.now() - started;
		clearInterval(ticker);
		expect(longest).toBeLessThan(took / 3);
		expect(codes(await pullDiagnostics(client, uri))).toEqual(['wrong-date', 'unsupported']);

		expect(progress[0]).toMatchObject({ kind: 'begin' });
		expect(progress.some((p) => p.kind === 'report' && new RegExp(`^indexing sources: \\d+ of ${SOURCES}$`).test(p.message ?? ''))).toBe(true);
		expect(progress.at(-1)).toEqual({ kind: 'end' });

		// A source changes: until the corpus is read again, checks go on against the corpus as it was.
		let release!: () => void;
		gate = new Promise((resolve) => (release = resolve));
		appendFileSync(path.join(library.dir, 'sources', 'syn0001.txt'), `\n${NEW_FACT}\n`);
		await until(() => (reading() ? true : undefined), 30_000);
		expect(loads).toHaveLength(1);
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri, version: 2 },
			contentChanges: [{ text: `Karimov visited China in 2005.\n\n${NEW_FACT}\n` }],
		});
		expect(codes(await pullDiagnostics(client, uri))).toEqual(['missing-citation', 'unsupported']);
		release();

		// Then the new sentence of the source supports the claim (which cites nothing yet).
		await until(async () => {
			const now = codes(await pullDiagnostics(client!, uri));
			return now.join() === 'missing-citation,missing-citation' ? now : undefined;
		}, 30_000);
		// Only the changed source was read again.
		const [before, after] = [loads[0]!.corpus, loads.at(-1)!.corpus];
		expect(loads.at(-1)!.options?.previous).toBe(before);
		expect(after.indexed.get('syn0001')!.sentences).not.toBe(before.indexed.get('syn0001')!.sentences);
		const reused = [...after.indexed.keys()].filter((key) => after.indexed.get(key)!.sentences === before.indexed.get(key)?.sentences);
		expect(reused).toHaveLength(SOURCES - 1);

		/** The second read has reached the gate: it has read the folder again and waits to be let through. */
		function reading(): boolean {
			const source = files.sources.get(path.join(library.dir, 'sources', 'syn0001.txt'))?.source;
			return source !== undefined && 'raw' in source && source.raw.includes(NEW_FACT);
		}
	}, 120_000);
});

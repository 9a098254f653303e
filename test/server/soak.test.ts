// A long editing session in one server: thousands of edits typed into papers, checks pulled as
// an editor pulls them, documents opened and closed. What the server keeps must not grow with the
// session: the heap is measured after a warm-up and at the end (with garbage collected both times).
// CITECHECK_SOAK_EDITS sets how many edits (default 5,000).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { random } from '../helpers/random';
import { applyStep, PASTES, SEEDS, type Change } from './edits';
import { openDocument, PULL, pullDiagnostics, startClient } from './harness';

const EDITS = Number(process.env.CITECHECK_SOAK_EDITS ?? 5_000);
/**
 * Above what the session's caches of recent sentences and words fill to (about 45 MB after 5,000
 * edits, 70 MB after 30,000, where they stop growing), far below what keeping every version takes
 * (that grew by about 8 MB every 1,000 edits).
 */
const GROWTH_BOUND_MB = 64;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function heapMB(): number {
	gc();
	gc();
	return process.memoryUsage().heapUsed / 2 ** 20;
}

const figures: string[] = [];
afterAll(() => console.log(figures.join('\n')));

describe('a long session', () => {
	it('keeps the server’s memory bounded over thousands of edits', async () => {
		const client = await startClient(PULL);
		const next = random(29);
		const word = () => ['Tashkent ', 'in 2012 ', 'the ', 'CSTO ', 'x', 'e', '. ', '\n\n', '👍'][Math.floor(next() * 9)]!;
		/** One keystroke or paste somewhere in the text, or a deletion, as a writer revises. */
		const change = (length: number): Change => {
			const roll = next();
			const at = Math.floor(next() * (length + 1));
			if (roll < 0.6) return { kind: 'insert', at, text: word() };
			if (roll < 0.9) return { kind: 'delete', at, length: 1 + Math.floor(next() * 6) };
			return { kind: 'insert', at, text: PASTES[Math.floor(next() * PASTES.length)]! };
		};
		const session = async (edits: number, label: number) => {
			// Papers are opened, revised and closed in turn, as a writer goes through a folder.
			for (let done = 0, paper = 0; done < edits; paper++) {
				const language = (['markdown', 'latex', 'plaintext'] as const)[paper % 3]!;
				const uri = `file:///soak/${label}-${paper}.${language}`;
				const document = TextDocument.create(uri, language, 1, SEEDS[language]);
				await openDocument(client, uri, language, document.getText());
				for (let i = 0; i < 200 && done < edits; i++, done++) {
					const contentChanges = applyStep(document, [change(document.getText().length)]);
					await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges });
					// An editor pulls after a pause in typing, not after every key.
					if (i % 4 === 3) await pullDiagnostics(client, uri);
				}
				await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
			}
		};
		await session(600, 0);
		const before = heapMB();
		const started = performance.now();
		await session(EDITS, 1);
		const after = heapMB();
		const seconds = (performance.now() - started) / 1000;
		figures.push(
			`soak: ${EDITS} edits in ${seconds.toFixed(1)} s; heap ${before.toFixed(1)} MB after warm-up, ${after.toFixed(1)} MB at the end (${(after - before).toFixed(1)} MB more)`,
		);
		client.close();
		expect(after - before).toBeLessThan(GROWTH_BOUND_MB);
	}, 600_000);
});

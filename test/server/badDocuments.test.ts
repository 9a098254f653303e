// Bad documents in the editor: huge, deeply nested, binary, broken. Each is checked without an
// error, its findings stay inside it, and the server answers other requests while it checks.
// The time bounds are generous on purpose (the checks take seconds, not minutes, on a developer's
// machine): they catch a hang or a blow-up, not a slow machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { random } from '../helpers/random';
import { rangeChecker } from './edits';
import { openDocument, PULL, pullDiagnostics, startClient, type Client } from './harness';

const BOUND_MS = 120_000;
const PARAGRAPH = 'Karimov visited China in 2007, and the visit was widely reported. Observers in Tashkent and Moscow took note of it.\n\n';
const SMALL = 'file:///bad/small.md';

function oneLongLine(): string {
	const next = random(3);
	const words = ['Tashkent', 'policy', 'in', '2012.', 'Karimov', 'visited', 'China', '*bloc*', '[@weitz2014]', '\\%', 'U.S.', '“quote”', '&amp;', '`x`'];
	let line = '';
	while (line.length < 1_000_000) line += `${words[Math.floor(next() * words.length)]} `;
	return line;
}

function binary(): string {
	const next = random(7);
	let text = '';
	for (let i = 0; i < 1_000_000; i++) text += String.fromCharCode(Math.floor(next() * (next() < 0.1 ? 0x10000 : 256)));
	return `${text}\0\0 Karimov visited China in 2007.`;
}

const N = 100_000;
const BAD: { name: string; languageId: string; text: () => string; finds?: string }[] = [
	{ name: 'a 10 MB paper', languageId: 'markdown', text: () => PARAGRAPH.repeat(Math.ceil(10e6 / PARAGRAPH.length)), finds: 'wrong-date' },
	{ name: 'one 1 MB line', languageId: 'markdown', text: oneLongLine },
	{ name: '100,000 nested list items', languageId: 'markdown', text: () => `${'- '.repeat(N)}Karimov visited China in 2007.` },
	{ name: '100,000 nested brackets', languageId: 'markdown', text: () => `${'['.repeat(N)}Karimov visited China in 2007.${']'.repeat(N)}` },
	{ name: '100,000 nested braces', languageId: 'latex', text: () => `${'{'.repeat(N)}Karimov visited China in 2007.${'}'.repeat(N)}` },
	{
		name: 'LaTeX with unbalanced braces',
		languageId: 'latex',
		text: () => '}}} Text after closers. {{{ \\emph{never closed\n\n\\section{Open heading\n\nKarimov visited China in 2007.\n\n\\footnote{never closed',
		finds: 'wrong-date',
	},
	{ name: 'binary data', languageId: 'plaintext', text: binary },
	{
		name: 'lone surrogates and control characters',
		languageId: 'markdown',
		text: () => `\uD800\uDC00\uDFFF\uD83D x\u0001\u001B[31m\u0085\u2028\u2029 Karimov visited China in 2007.\uD83D`.repeat(2_000),
	},
];

let client: Client;
beforeAll(async () => {
	client = await startClient(PULL);
	await openDocument(client, SMALL, 'markdown', 'Karimov visited China in 2005.\n');
	await pullDiagnostics(client, SMALL);
});
afterAll(() => client.close());

describe('a bad document', () => {
	it.each(BAD)(
		'is checked in bounded time while other requests are answered: $name',
		async ({ name, languageId, text, finds }) => {
			const uri = `file:///bad/${name.replace(/\W+/g, '-')}`;
			const document = TextDocument.create(uri, languageId, 1, text());
			await openDocument(client, uri, languageId, document.getText());
			const order: string[] = [];
			const started = performance.now();
			const checking = pullDiagnostics(client, uri).then((diagnostics) => {
				order.push('check');
				return diagnostics;
			});
			// A hover on another document, sent once the check has begun, is answered before it ends. (Client
			// and server share this process: a check that never yielded would hold back this timer too,
			// and answer first.)
			await new Promise((r) => setTimeout(r, 100));
			const hover = client.connection
				.sendRequest('textDocument/hover', { textDocument: { uri: SMALL }, position: { line: 0, character: 3 } })
				.then((answer) => {
					order.push('hover');
					return answer;
				});
			const [diagnostics, answer] = await Promise.all([checking, hover]);
			expect(performance.now() - started).toBeLessThan(BOUND_MS);
			expect(answer).not.toBeNull();
			if (document.getText().length > 500_000) expect(order).toEqual(['hover', 'check']);
			const problems = rangeChecker(document);
			expect(diagnostics.flatMap((d: Diagnostic) => problems(d))).toEqual([]);
			if (finds) expect(diagnostics.map((d) => d.code)).toContain(finds);
			await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		},
		BOUND_MS * 2,
	);

	it(
		'stops being checked when the request is cancelled',
		async () => {
			const uri = 'file:///bad/cancelled.md';
			await openDocument(client, uri, 'markdown', PARAGRAPH.repeat(Math.ceil(10e6 / PARAGRAPH.length)).replace(/2007/g, '2008'));
			const source = new CancellationTokenSource();
			const pending = client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }, source.token);
			// Once the check has started (the hover is answered between its slices), cancel it.
			await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: SMALL }, position: { line: 0, character: 3 } });
			source.cancel();
			// -32800: cancelled by the client; -32802: the server gave up on it.
			await expect(pending).rejects.toSatisfy((error: { code?: number }) => error.code === -32800 || error.code === -32802);
			await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
		},
		BOUND_MS,
	);
});

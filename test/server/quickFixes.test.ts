// Quick fixes are safe: an edit the server offers changes the claim it fixes and the note or
// reference block, nothing else; it names the version of the text it was computed on, so an
// editor whose text has moved on refuses it.
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { shippedCorpus } from '../helpers/corpus';
import { applyWorkspaceEdit, openDocument, PULL, pullDiagnostics, startClient, type Client } from './harness';

const URI = 'file:///paper/paper.md';
const CLAIM = 'Uzbekistan suspended its membership of the CSTO in June 2013.';
let client: Client | undefined;
afterEach(() => {
	client?.close();
	client = undefined;
});

async function actionsOn(c: Client, line: number): Promise<CodeAction[]> {
	return (await c.connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri: URI },
		range: { start: { line, character: 0 }, end: { line, character: 5 } },
		context: { diagnostics: [] },
	})) as CodeAction[];
}

async function insertFirstLine(c: Client, version: number, line: string): Promise<void> {
	await c.connection.sendNotification('textDocument/didChange', {
		textDocument: { uri: URI, version },
		contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: line }],
	});
}

describe('a quick fix', () => {
	it('is computed on the text of the version it names, even when an edit arrives while the check runs', async () => {
		// A long document, so that the check is still running (it pauses to let messages in) when
		// the edit arrives; the fix then belongs to the text before the edit.
		const corpus = await shippedCorpus();
		const body = corpus.sentences
			.slice(0, 600)
			.map((s) => s.text)
			.join('\n\n');
		const before = `${CLAIM}\n\n${body}\n`;
		client = await startClient(PULL);
		await openDocument(client, URI, 'markdown', before);
		const pending = actionsOn(client, 0);
		await new Promise((r) => setTimeout(r, 100));
		await insertFirstLine(client, 2, 'A new first line.\n');
		const after = `A new first line.\n${before}`;
		const [fix] = (await pending).filter((a) => a.isPreferred);
		const change = fix!.edit!.documentChanges![0] as { textDocument: { version: number } };
		const version = change.textDocument.version;
		// Applied to the text of the version it names, it changes the date and nothing else.
		const text = version === 1 ? before : after;
		expect(applyWorkspaceEdit(text, fix!.edit!, URI, version)).toBe(text.replace('June 2013', 'June 2012'));
		// The findings pulled afterwards are those of the new text.
		const [wrongDate] = (await pullDiagnostics(client, URI)).filter((d) => d.code === 'wrong-date');
		expect(wrongDate?.range.start.line).toBe(1);
	}, 60_000);

	it('is offered for the text as it is when checking on save, not as it was last saved', async () => {
		client = await startClient(PULL, { run: 'onSave' });
		const before = `Intro.\n\n${CLAIM}\n`;
		await openDocument(client, URI, 'markdown', before);
		await pullDiagnostics(client, URI);
		await insertFirstLine(client, 2, 'A new first line.\n');
		const after = `A new first line.\n${before}`;
		// Line 2 held the claim when saved; now it holds nothing to fix.
		expect(await actionsOn(client, 2)).toEqual([]);
		const [fix] = (await actionsOn(client, 3)).filter((a) => a.isPreferred);
		expect(applyWorkspaceEdit(after, fix!.edit!, URI, 2)).toBe(after.replace('June 2013', 'June 2012'));
	});

	it('does not point a citation at a footnote of the writer’s that has the id it would use', async () => {
		client = await startClient(PULL);
		const text = 'Karimov visited China in 2005.\n\nSomething else here.[^weitz2014-147]\n\n[^weitz2014-147]: See the appendix.\n';
		await openDocument(client, URI, 'markdown', text);
		const cite = (await actionsOn(client, 0)).find((a) => a.title.startsWith('Cite Weitz 2014'));
		const after = applyWorkspaceEdit(text, cite!.edit!, URI, 1);
		expect(after).toMatch(/^Karimov visited China in 2005\.\[\^weitz2014-147-2\]\n/);
		expect(after).toContain('[^weitz2014-147]: See the appendix.\n[^weitz2014-147-2]: Richard Weitz');
	});
});

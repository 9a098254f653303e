import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList, MarkupContent } from 'vscode-languageserver-types';
import { keyContextAt } from '../../server/src/features/completion';
import { PULL, startClient, type Client } from './harness';

const LIBRARY = join(__dirname, '..', 'fixtures', 'library');
let client: Client | undefined;
afterEach(() => {
	client?.close();
	client = undefined;
});

async function completeAt(c: Client, text: string, languageId: string, line: number, character: number): Promise<CompletionItem[]> {
	const uri = `file:///paper/paper.${languageId === 'latex' ? 'tex' : 'md'}`;
	await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
	const list = (await c.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line, character } })) as CompletionList | null;
	return list?.items ?? [];
}

describe('citation key completion', () => {
	it('offers every key after [@, the source that supports the sentence first, with author, year and title', async () => {
		client = await startClient(PULL);
		const items = await completeAt(client, '# Notes\n\nKarimov visited China in 2005 [@\n', 'markdown', 2, 32);
		expect(items.map((i) => i.label).sort()).toEqual(['altynbayev2021', 'edm2006', 'edm2013', 'ramani2017', 'weitz2014']);
		const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
		expect(first).toMatchObject({ label: 'weitz2014', labelDetails: { detail: ' Weitz 2014' }, preselect: true });
		expect(first.labelDetails?.description).toMatch(/Uzbekistan/);
		expect(first.detail).toContain('Richard Weitz');
		expect((first.documentation as MarkupContent).value).toMatch(/^Supports this sentence:\n\n> .*2005/s);
		expect(first.textEdit).toEqual({ range: { start: { line: 2, character: 32 }, end: { line: 2, character: 32 } }, newText: 'weitz2014' });
	});

	it("ranks the writer's own sources too, and replaces the part of the key already typed in \\cite[..]{", async () => {
		client = await startClient(PULL, { corpus: { paths: [LIBRARY] } });
		const text =
			'\\documentclass{article}\n\\begin{document}\nThe Uzbek enclave of Sokh lies inside Kyrgyzstan~\\cite[p.~2]{weitz2014, kar}.\n\\end{document}\n';
		const character = text.split('\n')[2]!.indexOf('kar}') + 3;
		const items = await completeAt(client, text, 'latex', 2, character);
		const first = [...items].sort((a, b) => a.sortText!.localeCompare(b.sortText!))[0]!;
		expect(first.label).toBe('karimova2019');
		expect(first.labelDetails).toEqual({ detail: ' Karimova 2019', description: 'Water, Borders and Security in the Ferghana Valley' });
		expect(first.textEdit).toEqual({ range: { start: { line: 2, character: character - 3 }, end: { line: 2, character } }, newText: 'karimova2019' });
		expect(items).toHaveLength(9);
	});

	it('offers nothing outside a citation', async () => {
		client = await startClient(PULL);
		expect(await completeAt(client, 'Karimov visited China in 2005 @\n', 'markdown', 0, 31)).toEqual([]);
	});
});

describe('keyContextAt', () => {
	it.each([
		['[@', 'markdown', ''],
		['see [@weitz2014, p. 3; @ed', 'markdown', 'ed'],
		['[-@we', 'markdown', 'we'],
		['\\cite{', 'latex', ''],
		['\\citep[see][12]{a,b, c', 'latex', 'c'],
		['\\parencite*{wei', 'latex', 'wei'],
	])('finds the key being typed in %s', (text, language, partial) => {
		expect(keyContextAt(text, text.length, language as 'markdown' | 'latex')).toMatchObject({ start: text.length - partial.length, partial });
	});

	it.each([
		['[@done] and more', 'markdown'],
		['email@example.org', 'markdown'],
		['\\cite{done} more', 'latex'],
		['[@', 'latex'],
		['\\cite{', 'markdown'],
	])('finds none in %s (%s)', (text, language) => {
		expect(keyContextAt(text, text.length, language as 'markdown' | 'latex')).toBeUndefined();
	});
});

import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-types';
import { CORPUS_DIR } from '../helpers/vocabulary';
import { applyWorkspaceEdit, PULL, PUSH, startClient, until, type Client } from './harness';

const PAPER = [
	'# Uzbekistan and the CSTO',
	'',
	'Uzbekistan suspended its membership of the CSTO in June 2013.',
	'',
	'Karimov visited China in 2005.',
	'',
	'Uzbekistan bought twelve fighter jets from France in 2018.',
	'',
].join('\n');

const URI = 'file:///paper/paper.md';
let client: Client | undefined;
afterEach(() => {
	client?.close();
	client = undefined;
});

async function open(c: Client, text: string, uri = URI, languageId = 'markdown', version = 1) {
	await c.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

async function pullDiagnostics(c: Client, uri = URI): Promise<Diagnostic[]> {
	const report = (await c.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
	return report.items;
}

async function actionsAt(c: Client, line: number, only?: string[], uri = URI): Promise<CodeAction[]> {
	return (await c.connection.sendRequest('textDocument/codeAction', {
		textDocument: { uri },
		range: { start: { line, character: 0 }, end: { line, character: 1 } },
		context: { diagnostics: [], ...(only ? { only } : {}) },
	})) as CodeAction[];
}

describe('diagnostics', () => {
	it('are pulled when the client supports it', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const diagnostics = await pullDiagnostics(client);
		const byCode = Object.fromEntries(diagnostics.map((d) => [d.code, d]));
		expect(Object.keys(byCode).sort()).toEqual(['missing-citation', 'unsupported', 'wrong-date']);
		const wrong = byCode['wrong-date']!;
		expect(wrong).toMatchObject({ source: 'citecheck', severity: 2, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 61 } } });
		expect(wrong.message).toBe('Weitz 2014, p. 146 dates this to June 2012, not June 2013.');
		expect(wrong.codeDescription?.href).toBe('https://example.invalid/README.md#wrong-date');
		const related = wrong.relatedInformation![0]!;
		expect(related.location.uri).toBe(pathToFileURL(join(CORPUS_DIR, 'sources', 'weitz2014.txt')).toString());
		const raw = readFileSync(join(CORPUS_DIR, 'sources', 'weitz2014.txt'), 'utf8').split('\n');
		expect(raw[related.location.range.start.line]).toContain('After years of limiting its participation');
		expect(byCode['unsupported']!.severity).toBe(3);
		expect(byCode['missing-citation']!.severity).toBe(4);
	});

	it('are pushed to a client that cannot pull, and follow incremental edits', async () => {
		client = await startClient(PUSH);
		await open(client, PAPER);
		const first = await until(() => client!.pushed.get(URI));
		expect(first.map((d) => d.code)).toContain('wrong-date');
		client.pushed.delete(URI);
		// Fix the year by hand: replace "2013" on line 3.
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: { line: 2, character: 56 }, end: { line: 2, character: 60 } }, text: '2012' }],
		});
		const second = await until(() => client!.pushed.get(URI));
		expect(second.map((d) => d.code).sort()).toEqual(['missing-citation', 'missing-citation', 'unsupported']);
	});

	it('follow a change of settings: a code can be turned off or made an error', async () => {
		client = await startClient(PULL, { severity: { unsupported: 'off', wrongDate: 'error' } });
		await open(client, PAPER);
		let diagnostics = await pullDiagnostics(client);
		expect(diagnostics.map((d) => d.code)).not.toContain('unsupported');
		expect(diagnostics.find((d) => d.code === 'wrong-date')?.severity).toBe(1);
		client.settings = {};
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		diagnostics = await pullDiagnostics(client);
		expect(diagnostics.map((d) => d.code)).toContain('unsupported');
	});

	it('checking on save, stay as they were until the document is saved', async () => {
		client = await startClient(PULL, { run: 'onSave' });
		await open(client, PAPER);
		const first = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as {
			kind: string;
			resultId: string;
			items: Diagnostic[];
		};
		expect(first.kind).toBe('full');
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: { line: 2, character: 56 }, end: { line: 2, character: 60 } }, text: '2012' }],
		});
		const edited = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })) as {
			kind: string;
		};
		expect(edited.kind).toBe('unchanged');
		await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: URI } });
		const saved = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })) as {
			kind: string;
			items: Diagnostic[];
		};
		expect(saved.kind).toBe('full');
		expect(saved.items.map((d) => d.code)).not.toContain('wrong-date');
	});

	it('hold back the sentence being typed until the writer pauses, then show it', async () => {
		client = await startClient(PULL, { typingPause: 300 });
		await open(client, PAPER);
		const first = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI } })) as { resultId: string; items: Diagnostic[] };
		// A new sentence typed at the end, not yet ended: "Karimov visited China in 2007 to meet its leaders".
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [
				{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '\nKarimov visited China in 2007 to meet its leaders' },
			],
		});
		// Nothing else changed: the list the client holds is still right.
		const typing = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: first.resultId })) as {
			kind: string;
			resultId: string;
		};
		expect(typing).toEqual({ kind: 'unchanged', resultId: first.resultId });
		const shown = await pullDiagnostics(client);
		expect(shown.filter((d) => d.range.start.line === 8)).toEqual([]);
		expect(shown.map((d) => d.code)).toContain('wrong-date');
		expect(await actionsAt(client, 8)).toEqual([]);
		// The pause has passed: the client is asked to pull again, and the sentence is judged.
		await until(() => client!.refreshes > 0 || undefined);
		const paused = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: URI }, previousResultId: typing.resultId })) as {
			kind: string;
			items: Diagnostic[];
		};
		expect(paused.kind).toBe('full');
		expect(paused.items.filter((d) => d.range.start.line === 8).map((d) => d.code)).toEqual(['wrong-date']);
	});

	it('judge a sentence at once when it ends, or when the writer edits one already written', async () => {
		client = await startClient(PUSH, { typingPause: 60_000 });
		await open(client, PAPER);
		await until(() => client!.pushed.get(URI));
		client.pushed.delete(URI);
		await client.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version: 2 },
			contentChanges: [{ range: { start: { line: 7, character: 0 }, end: { line: 7, character: 0 } }, text: '\nKarimov visited China in 2007.' }],
		});
		const ended = await until(() => client!.pushed.get(URI));
		expect(ended.filter((d) => d.range.start.line === 8).map((d) => d.code)).toEqual(['wrong-date']);
	});

	it('ask the client for saves', async () => {
		client = await startClient(PULL);
		expect(client.initialized?.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
	});

	it('follow a change of a corpus file', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'citecheck-corpus-'));
		cpSync(CORPUS_DIR, dir, { recursive: true });
		client = await startClient(PULL, { corpus: { path: dir } });
		await open(client, PAPER);
		expect((await pullDiagnostics(client)).map((d) => d.code)).toContain('unsupported');
		writeFileSync(join(dir, 'sources', 'edm2006.txt'), 'In 2018 Uzbekistan bought twelve fighter jets from France.\n');
		// The server watches the corpus folder and asks the client to pull again; poll as a client would.
		let after: unknown[] = [];
		for (let i = 0; i < 100; i++) {
			after = (await pullDiagnostics(client)).map((d) => d.code);
			if (!after.includes('unsupported')) break;
			await new Promise((r) => setTimeout(r, 100));
		}
		expect(after).not.toContain('unsupported');
	});
});

describe('a diagnostics pull that names the list the client holds, as VS Code pulls', () => {
	interface Report {
		kind: 'full' | 'unchanged';
		resultId?: string;
		items?: Diagnostic[];
	}

	function pull(c: Client, previousResultId?: string): Promise<Report> {
		return c.connection.sendRequest('textDocument/diagnostic', {
			textDocument: { uri: URI },
			...(previousResultId !== undefined ? { previousResultId } : {}),
		}) as Promise<Report>;
	}

	/** Replaces what stands on `line` from `from` to `to` (UTF-16 characters). */
	async function edit(c: Client, version: number, line: number, from: number, to: number, text: string): Promise<void> {
		await c.connection.sendNotification('textDocument/didChange', {
			textDocument: { uri: URI, version },
			contentChanges: [{ range: { start: { line, character: from }, end: { line, character: to } }, text }],
		});
	}

	/** A sentence that is no claim, added at the end: the findings and where they stand are as they were. */
	const addRemark = (c: Client, version: number) => edit(c, version, 7, 0, 0, 'This chapter turns to the region.');

	it('is answered "unchanged" when an edit changed no finding, and in full, right, when one did', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const first = await pull(client);
		expect(first.kind).toBe('full');
		expect(first.items!.map((d) => d.code)).toEqual(['wrong-date', 'missing-citation', 'unsupported']);

		await addRemark(client, 2);
		const edited = await pull(client, first.resultId);
		expect(edited).toEqual({ kind: 'unchanged', resultId: first.resultId });
		expect(await pullDiagnostics(client)).toEqual(first.items);

		// The wrong year corrected: the list the client holds is no longer right.
		await edit(client, 3, 2, 56, 60, '2012');
		const corrected = await pull(client, edited.resultId);
		expect(corrected.kind).toBe('full');
		expect(corrected.resultId).not.toBe(first.resultId);
		expect(corrected.items!.map((d) => d.code)).toEqual(['missing-citation', 'missing-citation', 'unsupported']);
		expect(corrected.items).toEqual(await pullDiagnostics(client));

		// And back: the first list again, sent in full since the client holds the corrected one.
		await edit(client, 4, 2, 56, 60, '2013');
		const back = await pull(client, corrected.resultId);
		expect(back.kind).toBe('full');
		expect(back.items).toEqual(first.items);
		expect(await pull(client, back.resultId)).toEqual({ kind: 'unchanged', resultId: back.resultId });
	});

	it('is answered in full when the client holds another list than the last one sent, or none', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const first = await pull(client);
		await edit(client, 2, 2, 56, 60, '2012');
		const corrected = await pull(client, first.resultId);
		await addRemark(client, 3);
		// A client that missed the corrected list (its answer came after the client gave up on it) names the first.
		const missed = await pull(client, first.resultId);
		expect(missed).toEqual({ kind: 'full', resultId: corrected.resultId, items: corrected.items });
		// Closed and opened again: the list sent before is not taken as held.
		await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
		await open(client, PAPER, URI, 'markdown', 5);
		const reopened = await pull(client, corrected.resultId);
		expect(reopened.kind).toBe('full');
		expect(reopened.items!.map((d) => d.code)).toEqual(['wrong-date', 'missing-citation', 'unsupported']);
	});

	it('is answered "unchanged" when the settings changed and no finding with them', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const first = await pull(client);
		// No figure is wrong in the paper: a wrong figure made an error changes nothing shown.
		client.settings = { severity: { wrongNumber: 'error' } };
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		await until(() => (client!.refreshes > 0 ? true : undefined));
		expect(await pull(client, first.resultId)).toEqual({ kind: 'unchanged', resultId: first.resultId });
		// A wrong date made an error does.
		client.settings = { severity: { wrongDate: 'error' } };
		await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
		const changed = await pull(client, first.resultId);
		expect(changed.kind).toBe('full');
		expect(changed.items!.find((d) => d.code === 'wrong-date')?.severity).toBe(1);
	});
});

describe('hover', () => {
	it('shows the passage with matching words in bold, the full reference and a link to the source', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 4, character: 3 } })) as Hover;
		const value = (hover.contents as MarkupContent).value;
		expect(value).toContain('**CiteCheck:** supported by Weitz 2014');
		expect(value).toMatch(/\*\*Karimov\*\* \*\*visited\*\* the country in 2005/);
		expect(value).toContain('Richard Weitz');
		expect(value).toContain('command:citecheck.openSource?');
		expect(value).toMatch(/weitz2014\.txt#L\d+/);
	});

	it('links to the source with the whole passage to select, however long, under a short title', async () => {
		client = await startClient(PULL);
		const text = 'The 2010 amendments to the CSTO charter allowed military action on a majority vote rather than by consensus.\n';
		await open(client, text);
		const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 10 } })) as Hover;
		const value = (hover.contents as MarkupContent).value;
		const link = /\[Open the source at this passage\]\(command:citecheck\.openSource\?([^ )]+) "([^"]*)"\)/.exec(value);
		expect(link?.[2]).toBe('Open weitz2014 with this passage selected');
		const [args] = JSON.parse(decodeURIComponent(link![1]!)) as { key: string; quote: string }[];
		expect(args?.key).toBe('weitz2014');
		expect(args?.quote.length).toBeGreaterThan(200);
		expect(args?.quote).toMatch(/^The focus of recent Uzbekistani concern .* based on a majority vote rather than a consensus of the members\.$/);
	});

	it('past the end of a line answers for that line, not for the next one', async () => {
		client = await startClient(PULL);
		await open(client, '# Notes\nKarimov visited China in 2005.\n');
		expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 40 } })).toBeNull();
		const actions = (await client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri: URI },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 40 } },
			context: { diagnostics: [] },
		})) as CodeAction[];
		expect(actions).toEqual([]);
	});

	it('on a citation shows the reference and what that source says about the sentence', async () => {
		client = await startClient(PULL);
		const text = 'Karimov visited China in 2005 [@weitz2014].\n';
		await open(client, text);
		const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 35 } })) as Hover;
		const value = (hover.contents as MarkupContent).value;
		expect(value).toMatch(/^\*\*Richard Weitz/);
		expect(value).toContain('visited');
		expect(hover.range?.start.character).toBe(29);
	});
});

describe('code actions', () => {
	it('correct a wrong date, changing nothing else', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const [fix] = (await actionsAt(client, 2)).filter((a) => a.isPreferred);
		expect(fix?.title).toBe('Change to June 2012 (Weitz 2014, p. 146)');
		const after = applyWorkspaceEdit(PAPER, fix!.edit!, URI, 1);
		expect(after).toBe(PAPER.replace('June 2013', 'June 2012'));
	});

	it('insert a footnote and its definition once, in the document’s own syntax', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const cite = (await actionsAt(client, 4)).find((a) => a.title.startsWith('Cite Weitz 2014'));
		expect(cite?.title).toBe('Cite Weitz 2014, p. 147 (footnote)');
		const once = applyWorkspaceEdit(PAPER, cite!.edit!, URI, 1);
		expect(once).toContain('Karimov visited China in 2005.[^weitz2014-147]\n');
		expect(
			once.endsWith(
				'[^weitz2014-147]: Richard Weitz, "Uzbekistan\'s National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014, 147.\n',
			),
		).toBe(true);
		// Nothing else changed: without the marker and the new block, the text is as it was.
		expect(once.replace(/\n\[\^weitz2014-147\]:[^\n]*\n$/, '').replace('[^weitz2014-147]', '')).toBe(PAPER);
		// The same source cited again: the marker, and no second definition.
		const second = 'Karimov visited China in 2005 and met officials there.\n';
		const twice = `${once}\n${second}`;
		await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: twice }] });
		const again = (await actionsAt(client, twice.split('\n').indexOf(second.trim()))).find((a) => a.title.startsWith('Cite Weitz 2014'));
		const result = applyWorkspaceEdit(twice, again!.edit!, URI, 2);
		expect(result).toContain('met officials there.[^weitz2014-147]');
		expect(result.match(/^\[\^weitz2014-147\]:/gm)).toHaveLength(1);
	});

	it('refuse to apply an edit computed for an older version', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		const [fix] = (await actionsAt(client, 2)).filter((a) => a.isPreferred);
		expect(() => applyWorkspaceEdit(PAPER, fix!.edit!, URI, 2)).toThrow(/version 1/);
	});

	it('use \\cite in LaTeX that already cites with \\cite', async () => {
		client = await startClient(PULL);
		const uri = 'file:///paper/paper.tex';
		const text = '\\documentclass{article}\n\\begin{document}\nSee \\cite{ramani2017} for context.\n\nKarimov visited China in 2005.\n\\end{document}\n';
		await open(client, text, uri, 'latex');
		const cite = (await actionsAt(client, 4, undefined, uri)).find((a) => a.title.startsWith('Cite Weitz 2014'));
		expect(applyWorkspaceEdit(text, cite!.edit!, uri, 1)).toContain('Karimov visited China in 2005~\\cite[147]{weitz2014}.');
	});

	it('cite every supported claim at once, as a fix-all action and as a command', async () => {
		client = await startClient(PULL);
		const text = 'Karimov visited China in 2005.\n\nIslam Karimov died in September 2016.\n\nKarimov visited China in 2005, as noted.\n';
		await open(client, text);
		const [fixAll] = await actionsAt(client, 0, ['source.fixAll']);
		expect(fixAll?.kind).toBe('source.fixAll.citecheck');
		const after = applyWorkspaceEdit(text, fixAll!.edit!, URI, 1);
		expect(after.match(/\[\^weitz2014-147\]/g)).toHaveLength(3);
		expect(after.match(/^\[\^weitz2014-147\]:/gm)).toHaveLength(1);
		expect(after).toMatch(/\[\^ramani2017\]: Samuel Ramani/);
		await client.connection.sendRequest('workspace/executeCommand', { command: 'citecheck.citeAll', arguments: [URI] });
		expect(applyWorkspaceEdit(text, client.applied[0]!, URI, 1)).toBe(after);
	});
});

describe('requests for the client', () => {
	it('count the claims for the status bar', async () => {
		client = await startClient(PULL);
		await open(client, PAPER);
		expect(await client.connection.sendRequest('citecheck/status', { uri: URI })).toEqual({ claims: 3, supported: 1, flagged: 2, uncited: 1 });
	});

	it('search the sources and give a source’s cleaned text', async () => {
		client = await startClient(PULL);
		const hits = (await client.connection.sendRequest('citecheck/searchSources', { query: 'Karimov visit China' })) as { key: string; quote: string }[];
		expect(hits[0]).toMatchObject({ key: 'weitz2014' });
		const source = (await client.connection.sendRequest('citecheck/sourceText', { key: 'weitz2014' })) as { text: string };
		expect(source.text).toContain('suspended its CSTO membership in June 2012.');
		expect(source.text).not.toContain('proquest');
	});
});

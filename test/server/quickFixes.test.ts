// Quick fixes are safe: an edit the server offers changes the claim it fixes and the note or
// reference block, nothing else; it names the version of the text it was computed on, so an
// editor whose text has moved on refuses it. CITECHECK_FUZZ_FIX_RUNS sets how many random papers the
// property test tries (default 500).
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-types';
import { shippedCorpus } from '../helpers/corpus';
import { fuzzParameters } from '../helpers/fuzz';
import { applyStep, changeArbitrary, SEEDS, type Change } from './edits';
import { applyWorkspaceEdit, openDocument, PULL, pullDiagnostics, startClient, type Client } from './harness';
import { footnoteDefinitions, inNoteBlock, markers } from './notes';

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

describe('citing every supported claim at once', () => {
	it('adds each new entry of a reference list it starts to the end of that list, in order', async () => {
		client = await startClient(PULL, { citationStyle: 'plain' });
		const uri = 'file:///paper/paper.txt';
		const text =
			'Karimov visited China in 2005.\n\nIslam Karimov died in September 2016.\n\nTashkent has hosted the SCO’s Regional Anti-Terror Structure since its creation in June 2004.\n\nIn 2021 the presidential spokesman said that Uzbekistan is not reviewing the question of rejoining the CSTO.\n';
		await openDocument(client, uri, 'plaintext', text);
		const range = { start: { line: 0, character: 0 }, end: { line: 8, character: 0 } };
		const [fixAll] = (await client.connection.sendRequest('textDocument/codeAction', {
			textDocument: { uri },
			range,
			context: { diagnostics: [], only: ['source.fixAll'] },
		})) as CodeAction[];
		const after = applyWorkspaceEdit(text, fixAll!.edit!, uri, 1);
		const list = after.slice(after.indexOf('\nReferences\n'));
		expect(list.match(/^\[\d+\]/gm)).toEqual(['[1]', '[2]', '[3]']);
		expect(after.slice(0, after.indexOf('\nReferences\n')).replace(/ \[\d+(?:, p\. \d+)?\]/g, '')).toBe(text);
	});
});

// Random papers: the examples edited at random, with notes and reference lists of the writer's own
// that use the ids and numbers a fix would (traps), in every language and citation style.
const ABOUT_SOMETHING_ELSE = ['See the appendix.', 'My own note.'];
const TRAPS = [
	'\n\n[^weitz2014-147]: See the appendix.\n',
	'\n\n[^weitz2014-146]: Weitz, 146.\n',
	' Something else.[^weitz2014-147]',
	'\n\n[^1]: My own note.\n',
	'\n[1] Richard Weitz, Uzbekistan’s National Security Strategy.\n',
	'\n\nReferences\n\n[2] Someone Else, A Book, 2001.\n',
	' Karimov visited China in 2005.',
	' Islam Karimov died in September 2016.',
	'\n\nKarimov visited China in 2005 and met officials there.\n',
];
const trap: fc.Arbitrary<Change> = fc.record({ kind: fc.constant('insert' as const), at: fc.nat({ max: 1_000_000 }), text: fc.constantFrom(...TRAPS) });
const paperArbitrary = fc.record({
	language: fc.constantFrom('markdown', 'latex', 'plaintext') as fc.Arbitrary<keyof typeof SEEDS>,
	changes: fc.array(fc.oneof({ weight: 1, arbitrary: changeArbitrary }, { weight: 2, arbitrary: trap }), { maxLength: 8 }),
	style: fc.constantFrom('auto', 'pandoc', 'markdown-footnote', 'latex-cite', 'latex-footnote', 'plain', 'author-date'),
});

const offsets = (document: TextDocument, edit: TextEdit) => ({ start: document.offsetAt(edit.range.start), end: document.offsetAt(edit.range.end) });

/** Problems with one action: an edit outside its claim and the note block, a note defined twice, an id taken from the writer. */
function actionProblems(document: TextDocument, action: CodeAction, diagnostics: Diagnostic[], writers: Set<string>): string[] {
	const problems: string[] = [];
	const text = document.getText();
	const changes = (action.edit?.documentChanges ?? []) as TextDocumentEdit[];
	if (changes.length !== 1 || changes[0]!.textDocument.version !== document.version || action.edit?.changes)
		return [`not one edit of version ${document.version}`];
	// A quick fix targets the claims of its findings; fixing all targets every claim.
	const fixAll = action.kind?.startsWith('source.fixAll') === true;
	if (!fixAll && (action.diagnostics ?? []).length === 0) problems.push('a quick fix for no finding');
	if (action.title === 'Silence this finding here') return [...problems, ...silenceProblems(document, action)];
	const targets = (fixAll ? diagnostics : (action.diagnostics ?? [])).map((d) => ({
		start: document.offsetAt(d.range.start),
		end: document.offsetAt(d.range.end),
	}));
	for (const edit of changes[0]!.edits as TextEdit[]) {
		const { start, end } = offsets(document, edit);
		const inTarget = targets.some((t) => t.start <= start && end <= t.end);
		if (!inTarget && !(start === end && inNoteBlock(text, start, edit.newText)))
			problems.push(`edit at ${start}-${end} ${JSON.stringify(edit.newText)} outside the claim and the note block`);
	}
	// Only citations add notes; a corrected date or figure may sit in a note's text, which is its claim.
	const citing = /^Cite (.+) \([^)]+\)$/.test(action.title);
	if (!fixAll && !citing) return problems;
	const after = applyWorkspaceEdit(text, action.edit!, document.uri, document.version);
	const before = footnoteDefinitions(text);
	// Definitions of an id that has more of them than before.
	const added = footnoteDefinitions(after).filter((d, _, all) => all.filter((o) => o.id === d.id).length > before.filter((o) => o.id === d.id).length);
	for (const d of added) {
		if (markers(text).has(d.id) || before.some((b) => b.id === d.id)) problems.push(`new note [^${d.id}] takes an id the writer uses`);
		if (before.some((b) => b.text === d.text)) problems.push(`note "${d.text}" is defined twice`);
	}
	// A citation that adds only a marker never points at a note of the writer's about something else.
	if (citing && added.length === 0) {
		for (const id of markers(after)) {
			if (countOf(after, `[^${id}]`) === countOf(text, `[^${id}]`)) continue;
			const note = before.find((b) => b.id === id);
			if (note && writers.has(id) && ABOUT_SOMETHING_ELSE.includes(note.note.trim()))
				problems.push(`marker [^${id}] points at the writer's note "${note.note}"`);
		}
	}
	return problems;
}

/** A silencing fix inserts one comment line (with the text's line break), indented as its finding's line, right above that line, for its finding's code. */
function silenceProblems(document: TextDocument, action: CodeAction): string[] {
	const edits = (action.edit!.documentChanges![0] as TextDocumentEdit).edits as TextEdit[];
	const finding = action.diagnostics![0]!;
	const line = finding.range.start.line;
	const indent = /^[ \t]*/.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
	const comment = { markdown: `<!-- citecheck-disable-next-line ${finding.code} -->`, latex: `% citecheck-disable-next-line ${finding.code}` }[
		document.languageId
	];
	const expected = {
		range: { start: { line, character: 0 }, end: { line, character: 0 } },
		newText: `${indent}${comment ?? `citecheck-disable-next-line ${finding.code}`}${/\r\n?|\n/.exec(document.getText())?.[0] ?? '\n'}`,
	};
	return JSON.stringify(edits) === JSON.stringify([expected]) ? [] : [`silences with ${JSON.stringify(edits)}, not ${JSON.stringify(expected)}`];
}

const countOf = (text: string, needle: string) => text.split(needle).length - 1;

describe('every quick fix on random papers', () => {
	it('changes only its claim and the note block, defines no note twice and takes no id of the writer’s; a second citation neither', async () => {
		// Every finding of the paper as edited, the sentence at the last edit too.
		client = await startClient(PULL, { typingPause: 0 });
		let run = 0;
		await fc.assert(
			fc.asyncProperty(paperArbitrary, fc.nat(), async ({ language, changes, style }, pick) => {
				const languageId = language;
				const uri = `file:///fixes/${run++}.${language === 'latex' ? 'tex' : language === 'markdown' ? 'md' : 'txt'}`;
				const document = TextDocument.create(uri, languageId, 1, SEEDS[language]);
				for (const change of changes) applyStep(document, [change]);
				const opened = TextDocument.create(uri, languageId, 1, document.getText());
				client!.settings = { typingPause: 0, citationStyle: style };
				await client!.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
				await openDocument(client!, uri, languageId, opened.getText());
				try {
					const { actions, diagnostics } = await allActions(client!, opened);
					const writers = new Set(footnoteDefinitions(opened.getText()).map((d) => d.id));
					for (const action of actions) expect(actionProblems(opened, action, diagnostics, writers), action.title).toEqual([]);
					// The version check: none of them applies to a later text.
					for (const action of actions) expect(() => applyWorkspaceEdit(opened.getText(), action.edit!, uri, 2)).toThrow(/version 1/);
					// A second citation on the text the first one left.
					const cites = actions.filter((a) => /^Cite .+ \([^)]+\)$/.test(a.title));
					if (cites.length === 0) return;
					const first = cites[pick % cites.length]!;
					const second = TextDocument.create(uri, languageId, 2, applyWorkspaceEdit(opened.getText(), first.edit!, uri, 1));
					await client!.connection.sendNotification('textDocument/didChange', {
						textDocument: { uri, version: 2 },
						contentChanges: [{ text: second.getText() }],
					});
					const again = await allActions(client!, second);
					for (const action of again.actions) expect(actionProblems(second, action, again.diagnostics, writers), `then ${action.title}`).toEqual([]);
				} finally {
					await client!.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
				}
			}),
			fuzzParameters(Number(process.env.CITECHECK_FUZZ_FIX_RUNS ?? 500)),
		);
	}, 600_000);
});

/** Every quick fix and the fix-all action for the whole document, with its findings as context. */
async function allActions(c: Client, document: TextDocument): Promise<{ actions: CodeAction[]; diagnostics: Diagnostic[] }> {
	const diagnostics = await pullDiagnostics(c, document.uri);
	const range = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
	const textDocument = { uri: document.uri };
	const fixes = (await c.connection.sendRequest('textDocument/codeAction', { textDocument, range, context: { diagnostics } })) as CodeAction[];
	const fixAll = (await c.connection.sendRequest('textDocument/codeAction', {
		textDocument,
		range,
		context: { diagnostics, only: ['source.fixAll'] },
	})) as CodeAction[];
	return { actions: [...fixes, ...fixAll], diagnostics };
}

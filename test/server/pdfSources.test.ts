import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover, Location, MarkupContent } from 'vscode-languageserver-types';
import { PULL, cleanUp, openDocument, pullDiagnostics, startClient, type Client } from './harness';

// A paper checked against a Zotero export with PDFs: the editor's locations and links into a PDF's
// text point at its read-only document, which the client reads in the context of the paper.
const LIBRARY = join(__dirname, '..', 'fixtures', 'library');
const URI = 'file:///paper/paper.md';
const PAPER = [
	'The Termez cargo centre handled 1.5 million tonnes of freight in 2019.',
	'In February 2018 Tashkent and Kabul agreed to extend the railway westward to Herat [@nazarov2021, p. 24].',
	'',
].join('\n');
const PASSAGE =
	'In February 2018 the governments in Tashkent and Kabul agreed to extend the line westward to Herat, a project whose cost was estimated at 1.8 billion dollars.';
const DOCUMENT = 'citecheck-source:/nazarov2021.md';

let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

async function start(): Promise<Client> {
	client = await startClient(PULL, { corpus: { paths: [LIBRARY] } });
	await openDocument(client, URI, 'markdown', PAPER);
	return client;
}

/** The text of the source's document as the client shows it, read in the paper's context. */
async function sourceText(c: Client): Promise<string[]> {
	const { text } = (await c.connection.sendRequest('citecheck/sourceText', { key: 'nazarov2021', uri: URI })) as { text: string };
	return text.split('\n');
}

const textAt = (lines: string[], location: Location) =>
	location.range.start.line === location.range.end.line
		? lines[location.range.start.line]!.slice(location.range.start.character, location.range.end.character)
		: undefined;

describe('a PDF source in the editor', () => {
	it("is where a finding's related passage points: the sentence in its document", async () => {
		const c = await start();
		const [wrongNumber] = await pullDiagnostics(c, URI);
		expect(wrongNumber).toMatchObject({ code: 'wrong-number', message: 'Nazarov 2021, p. 23 gives 1.2 million tonnes, not 1.5 million tonnes.' });
		const related = wrongNumber!.relatedInformation![0]!;
		expect(related.location.uri).toBe(DOCUMENT);
		expect(textAt(await sourceText(c), related.location)).toMatch(/^The Termez cargo centre, .* handled 1\.2 million tonnes of freight in 2019, /);
	});

	it('is where Go to Definition on the citation key goes: the passage, under its page', async () => {
		const c = await start();
		const character = PAPER.split('\n')[1]!.indexOf('nazarov2021') + 4;
		const location = (await c.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position: { line: 1, character } })) as Location;
		expect(location.uri).toBe(DOCUMENT);
		const lines = await sourceText(c);
		expect(textAt(lines, location)).toBe(PASSAGE);
		expect(lines[location.range.start.line - 2]).toBe('*p. 24*');
	});

	it('is quoted in the hover with its page, and linked only through the command that opens its document', async () => {
		const c = await start();
		const hover = (await c.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 1, character: 20 } })) as Hover;
		const value = (hover.contents as MarkupContent).value;
		expect(value).toContain('**CiteCheck:** supported by Nazarov 2021, p. 24.');
		expect(value).toContain('March 2021, 24.');
		expect(value).toContain('[Open the source at this passage](command:citecheck.openSource?');
		// The editor follows no link of the document's scheme from a hover.
		expect(value).not.toContain('citecheck-source:');
		expect(value).not.toContain('corpus file');
	});
});

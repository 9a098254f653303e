// The hover over a claim says each thing once: one verdict line, one quoted passage with its
// reference and links, and each other source that agrees in a line of its own.
import { afterEach, describe, expect, it } from 'vitest';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { cleanUp, openDocument, PULL, pullDiagnostics, startClient, type Client } from './harness';

const URI = 'file:///paper/paper.md';
let client: Client | undefined;
afterEach(() => {
	cleanUp(client);
	client = undefined;
});

/** The hover's Markdown at the first character of `words` in `text`. */
async function hoverOver(text: string, words: string): Promise<string> {
	client ??= await startClient(PULL);
	await openDocument(client, URI, 'markdown', text);
	const before = text.slice(0, text.indexOf(words));
	const position = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
	const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position })) as Hover;
	return (hover.contents as MarkupContent).value;
}

const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('the hover over a claim', () => {
	it('says that no source says it, once', async () => {
		const value = await hoverOver('Uzbekistan opened a NATO logistics hub in Termez in 2015.\n', 'NATO');
		expect(value).toBe('**CiteCheck:** No source says this.');
	});

	it('over a wrong date gives the finding in one line, then the passage once, with its reference and links', async () => {
		const value = await hoverOver('Uzbekistan suspended its CSTO membership in June 2013 [@weitz2014, p. 146].\n', 'suspended');
		const [verdict, ...rest] = value.split('\n\n');
		expect(verdict).toBe('**CiteCheck:** Weitz 2014, p. 146 dates this to June 2012, not June 2013.');
		expect(rest.filter((part) => part.startsWith('> '))).toHaveLength(1);
		expect(occurrences(value, 'Richard Weitz')).toBe(1);
		expect(occurrences(value, '[Open the source at this passage]')).toBe(1);
		expect(value).not.toContain('Also');
	});

	it('over a claim several sources support quotes the first and gives each other source one line', async () => {
		const text = 'Uzbekistan has had an uneasy relationship with the Collective Security Treaty Organization.\n';
		const value = await hoverOver(text, 'uneasy');
		const parts = value.split('\n\n');
		expect(parts[0]).toBe('**CiteCheck:** supported by Ramani 2017.');
		const also = parts.indexOf('Also says this:');
		expect(also).toBeGreaterThan(0);
		const lines = parts[also + 1]!.split('\n');
		expect(lines.map((line) => /^- \[([^\]]+)\]\(command:citecheck\.openSource\?/.exec(line)?.[1])).toEqual(['Altynbayev 2021', 'Eurasia Daily Monitor 2013']);
		for (const label of ['Ramani 2017', 'Altynbayev 2021', 'Eurasia Daily Monitor 2013']) expect(occurrences(value, label)).toBe(1);
	});

	it('over a citation names the source once, above what it says of the sentence', async () => {
		const value = await hoverOver('Karimov visited China in 2005 [@weitz2014].\n', '@weitz2014');
		expect(value).toMatch(/^\*\*Richard Weitz/);
		expect(occurrences(value, 'Richard Weitz')).toBe(1);
		expect(value).toContain('> ');
	});

	it('over a finding is not said again by the finding’s related information, which the editor shows in the same box', async () => {
		const text = 'Uzbekistan suspended its CSTO membership in June 2013 [@weitz2014, p. 146].\n';
		const value = await hoverOver(text, 'suspended');
		const [finding] = await pullDiagnostics(client!, URI);
		const related = finding!.relatedInformation ?? [];
		expect(related.length).toBeGreaterThan(0);
		expect(related.map((r) => r.message)).toEqual(related.map(() => 'the passage, p. 146'));
		// The passage, quoted once in the hover, is quoted nowhere else.
		const quote = value.split('\n').find((line) => line.startsWith('> '))!;
		const words = quote.replace(/[*\\]/g, '').slice(2, 40);
		expect(words.length).toBeGreaterThan(20);
		for (const r of related) expect(r.message).not.toContain(words.slice(0, 20));
	});
});

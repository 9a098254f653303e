// Bad corpora: a missing or empty folder, sources that cannot be read, a broken bibliography,
// files deleted or rewritten while the server runs. The server keeps running, tells the user once
// which file is wrong and why (a message, not a stack trace), and checks against what remains.
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CORPUS_DIR } from '../helpers/vocabulary';
import { openDocument, PULL, pullDiagnostics, startClient, until, type Client } from './harness';

const URI = 'file:///paper/paper.md';
const PAPER = 'Uzbekistan suspended its membership of the CSTO in June 2013.\n\nKarimov visited China in 2005.\n';
const WARNING = 2;

let client: Client | undefined;
const temps: string[] = [];
afterEach(() => {
	client?.close();
	client = undefined;
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the shipped corpus to break. */
function corpusCopy(): string {
	const dir = mkdtempSync(join(tmpdir(), 'citecheck-bad-corpus-'));
	temps.push(dir);
	cpSync(CORPUS_DIR, dir, { recursive: true });
	return dir;
}

async function checkWith(corpus: string): Promise<string[]> {
	client = await startClient(PULL, { corpus: { path: corpus } });
	await openDocument(client, URI, 'markdown', PAPER);
	return (await pullDiagnostics(client, URI)).map((d) => String(d.code));
}

/** The one message about the corpus, which must name `file` and say `why`. */
function expectToldOnce(c: Client, file: string, why: RegExp): void {
	const told = c.messages.filter((m) => m.message.includes(file));
	expect(told, JSON.stringify(c.messages)).toHaveLength(1);
	expect(told[0]!.type).toBe(WARNING);
	expect(told[0]!.message).toMatch(why);
	// A sentence for a person, not a stack trace.
	expect(told[0]!.message).not.toMatch(/\n\s+at |Error:|undefined/);
}

describe('a corpus folder', () => {
	it('that does not exist is named, and the paper is still checked (against nothing)', async () => {
		const missing = join(tmpdir(), 'citecheck-no-such-corpus');
		expect(await checkWith(missing)).toEqual(['unsupported', 'unsupported']);
		await pullDiagnostics(client!, URI);
		expectToldOnce(client!, missing, /does not exist/);
	});

	it('that is empty is named, with what it lacks', async () => {
		const empty = mkdtempSync(join(tmpdir(), 'citecheck-empty-corpus-'));
		temps.push(empty);
		await checkWith(empty);
		expectToldOnce(client!, empty, /no bibliography/);
	});

	it('with sources that cannot be read names each, and checks against the others', async () => {
		const dir = corpusCopy();
		writeFileSync(join(dir, 'sources', 'latin1.txt'), Buffer.from('Caf\xe9 in Tashkent.', 'latin1'));
		mkdirSync(join(dir, 'sources', 'folder.txt'));
		symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'sources', 'dangling.txt'));
		// Weitz still says June 2012.
		expect(await checkWith(dir)).toContain('wrong-date');
		expectToldOnce(client!, 'latin1.txt', /not valid UTF-8/);
		expectToldOnce(client!, 'folder.txt', /is a folder/);
		expectToldOnce(client!, 'dangling.txt', /does not exist/);
	});

	it('with a broken bibliography and a key defined twice names the lines, and uses the good entries', async () => {
		const dir = corpusCopy();
		const bib = join(dir, 'sources.bib');
		const text = (await import('node:fs')).readFileSync(bib, 'utf8');
		writeFileSync(bib, `${text}\n@article{weitz2014, title = {A second Weitz}, year = 2001}\n@article{broken, title = {Never closed\n`);
		expect(await checkWith(dir)).toContain('wrong-date');
		const told = client!.messages
			.filter((m) => m.message.includes('sources.bib'))
			.map((m) => m.message)
			.join('\n');
		expect(told).toMatch(/weitz2014.*(twice|more than once)/);
		expect(told).toMatch(/broken|line \d+/);
		expect(client!.messages.filter((m) => m.message.includes('sources.bib'))).toHaveLength(1);
	});

	it('whose files are rewritten or deleted while the server runs is read again, each new problem told once', async () => {
		const dir = corpusCopy();
		await checkWith(dir);
		expect(await findings()).toMatch(/Weitz 2014/);
		const weitz = join(dir, 'sources', 'weitz2014.txt');
		const original = (await import('node:fs')).readFileSync(weitz);
		// Rewritten as UTF-16, which is text but not UTF-8: the finding that rested on it goes, with a message.
		writeFileSync(weitz, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
		await until(async () => (!/Weitz/.test(await findings()) ? true : undefined));
		await until(async () => (told(await findings(), 'weitz2014.txt') ? true : undefined));
		expectToldOnce(client!, 'weitz2014.txt', /is UTF-16 text; save it as UTF-8/);
		// Deleted: the bibliography entry without its text is named.
		rmSync(join(dir, 'sources', 'edm2006.txt'));
		await until(async () => (told(await findings(), 'edm2006') ? true : undefined));
		// Restored: checked against it again; nothing told twice.
		writeFileSync(weitz, original);
		await until(async () => (/Weitz/.test(await findings()) ? true : undefined));
		expectToldOnce(client!, 'weitz2014.txt', /is UTF-16 text; save it as UTF-8/);
		// The whole folder deleted: the server goes on, and says so.
		rmSync(dir, { recursive: true, force: true });
		await until(async () => (told(await findings(), dir, /the corpus folder does not exist/) ? true : undefined));
		await until(async () => ((await codes()).join() === 'unsupported,unsupported' ? true : undefined));
	}, 60_000);

	it('that cannot be loaded at all is reported once, and the server answers on', async () => {
		client = await startClient(PULL, {}, { loadCorpus: () => Promise.reject(new Error('the disk is on fire')) });
		await openDocument(client, URI, 'markdown', PAPER);
		expect(await pullDiagnostics(client, URI)).toEqual([]);
		expect(await client.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI }, position: { line: 0, character: 3 } })).toBeNull();
		expect(await pullDiagnostics(client, URI)).toEqual([]);
		const told = client.messages.filter((m) => m.message.includes('the disk is on fire'));
		expect(told).toHaveLength(1);
		expect(told[0]!.type).toBe(1);
	});
});

async function codes(): Promise<string[]> {
	return (await pullDiagnostics(client!, URI)).map((d) => String(d.code));
}

/**
 * Whether the user was told about `file` (and why). Called with a pull made just before, as an
 * editor pulls when the server asks it to refresh: the corpus is read again when next needed.
 */
function told(_pulled: string, file: string, why = /./): boolean {
	return client!.messages.some((m) => m.message.includes(file) && why.test(m.message));
}

/** The findings' messages, one a line. */
async function findings(): Promise<string> {
	return (await pullDiagnostics(client!, URI)).map((d) => d.message).join('\n');
}

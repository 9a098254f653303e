// The server and the command line never start a process, open a connection, write a file outside
// the cache folder they were given (for the corpus index) or run code from a string, whatever a
// document or the corpus holds. Checked twice: the built bundle
// requires no Node.js module beyond a known few (and the process and network modules only where
// the protocol library keeps its transports), and the built programs, run on hostile input with
// those functions wired to trip, never call one.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { CORPUS_DIR } from '../helpers/vocabulary';

const ROOT = join(__dirname, '..', '..');
const TRIPWIRE = join(__dirname, 'tripwire.cjs');
let dir: string;
let built: string;
let log: string;

/** Text that would do harm if anything ran it, opened it or fetched it. */
const HOSTILE = [
	'Karimov visited China in 2005 $(touch PWNED) `touch PWNED` ; rm -rf PWNED-DIR.',
	'<script>require("child_process").exec("touch PWNED")</script> <img src="http://127.0.0.1:9/x.png"> ![x](http://127.0.0.1:9/y.png)',
	'[a link](file:///etc/passwd) <http://127.0.0.1:9/> https://127.0.0.1:9/z and [@weitz2014, p. 146].',
	'{{constructor.constructor("return process")().mainModule.require("child_process").execSync("touch PWNED")}}',
	'\\immediate\\write18{touch PWNED} \\input{/etc/passwd} \\include{../../secret} \\openout1=PWNED.tex \\write1{x}',
	'Uzbekistan suspended its membership of the CSTO in June 2013.[^1]\n\n[^1]: See <http://127.0.0.1:9/> and `rm -rf /`.',
].join('\n\n');

/** The hostile things without the paper's claim about the CSTO and its footnote, which the check must still find wrong. */
function withoutClaim(): string {
	return HOSTILE.split('\n\n').slice(0, -2).join('\n\n');
}

/**
 * A PDF that says the hostile things (but not the paper's claim about the CSTO, which the check must
 * still find wrong), links to a local port and asks a viewer to run JavaScript when opened.
 */
function hostilePdf(): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = new PDFDocument();
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		doc.text(withoutClaim());
		doc.link(50, 50, 200, 20, 'http://127.0.0.1:9/pdf');
		const root = (doc as unknown as { _root: { data: Record<string, unknown> } })._root;
		const action = doc.ref({ S: 'JavaScript', JS: new String('app.launchURL("http://127.0.0.1:9/js"); this.exportDataObject({ cName: "x", nLaunch: 2 });') });
		action.end(undefined);
		root.data.OpenAction = action;
		doc.end();
	});
}

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'citecheck-trust-'));
	built = join(dir, 'dist');
	const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs'), '--outdir', built], { cwd: ROOT, encoding: 'utf8' });
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
	log = join(dir, 'tripwire.log');
	writeFileSync(log, '');
	// A corpus whose files say the same hostile things.
	cpSync(CORPUS_DIR, join(dir, 'corpus'), { recursive: true });
	writeFileSync(join(dir, 'corpus', 'sources', 'hostile2020.txt'), `${withoutClaim()}\n`);
	writeFileSync(join(dir, 'corpus', 'sources', 'hostile2021.pdf'), await hostilePdf());
	const bib = join(dir, 'corpus', 'sources.bib');
	writeFileSync(
		bib,
		`${readFileSync(bib, 'utf8')}\n@misc{hostile2020, title = {\\write18{touch PWNED}}, url = {http://127.0.0.1:9/}, file = {../../../etc/passwd}}\n` +
			`@misc{hostile2021, title = {A PDF}, file = {Full Text:../../../etc/passwd:application/pdf;hostile2021.pdf}}\n`,
	);
	writeFileSync(join(dir, 'paper.md'), HOSTILE);
	writeFileSync(join(dir, 'paper.tex'), `\\documentclass{article}\n\\begin{document}\n${HOSTILE}\n\\end{document}\n`);
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const tripped = () => readFileSync(log, 'utf8');
/** The cache folder a program is given: the one place it may write. */
const cacheDir = () => join(dir, 'cache');
const env = () => ({ ...process.env, TRIPWIRE_LOG: log, TRIPWIRE_ALLOW: cacheDir() });

describe('the tripwire', () => {
	it('trips on each kind of call it guards', () => {
		const probe = join(dir, 'probe.log');
		const attempts = [
			'require("child_process").execSync("true")',
			'require("net").connect(9, "127.0.0.1")',
			'require("http").get("http://127.0.0.1:9/")',
			'require("fs").writeFileSync("written.txt", "x")',
			'require("fs/promises").writeFile("written.txt", "x")',
			'require("fs").openSync("written.txt", "w")',
			'new Function("return 1")',
			'new (require("worker_threads").Worker)("pdfWorker.js")',
		];
		for (const attempt of attempts)
			spawnSync(process.execPath, ['-r', TRIPWIRE, '-e', `try { ${attempt} } catch {}`], { cwd: dir, env: { ...process.env, TRIPWIRE_LOG: probe } });
		expect(readFileSync(probe, 'utf8').trim().split('\n')).toHaveLength(attempts.length);
		expect(existsSync(join(dir, 'written.txt'))).toBe(false);
	});

	it('lets a file be written inside the allowed folder, and only there', () => {
		const probe = join(dir, 'allowed.log');
		const allowed = join(dir, 'allowed');
		const write =
			'const fs = require("fs"); fs.mkdirSync("allowed", { recursive: true }); fs.writeFileSync("allowed/in.txt", "x"); try { fs.writeFileSync("out.txt", "x") } catch {}';
		spawnSync(process.execPath, ['-r', TRIPWIRE, '-e', write], { cwd: dir, env: { ...process.env, TRIPWIRE_LOG: probe, TRIPWIRE_ALLOW: allowed } });
		expect(existsSync(join(allowed, 'in.txt'))).toBe(true);
		expect(existsSync(join(dir, 'out.txt'))).toBe(false);
		expect(readFileSync(probe, 'utf8')).toMatch(/^node:fs\.writeFileSync /);
	});
});

describe('the bundled server', () => {
	it('requires only known Node.js modules, and the process and network ones only in the protocol library; its PDF worker only those it reads files with', () => {
		const bundle = readFileSync(join(built, 'server.js'), 'utf8');
		const required = new Set([...bundle.matchAll(/require\("((?:node:)?[a-z_/]+)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')));
		// "module": the server loads its own language model (dist/wink-model.js) with createRequire; "zlib": the index on disk is checked with its CRC-32;
		// "worker_threads": PDFs are read in the PDF worker.
		expect([...required].sort()).toEqual([
			'child_process',
			'crypto',
			'fs',
			'fs/promises',
			'module',
			'net',
			'os',
			'path',
			'url',
			'util',
			'worker_threads',
			'zlib',
		]);
		// The PDF worker reads the bytes it is sent with pdf.js, which it loads from beside it.
		const worker = readFileSync(join(built, 'pdfWorker.js'), 'utf8');
		expect([...new Set([...worker.matchAll(/require\("((?:node:)?[a-z_/]+)"\)/g)].map((m) => m[1]!.replace(/^node:/, '')))].sort()).toEqual([
			'fs',
			'path',
			'url',
			'worker_threads',
		]);
		for (const name of ['child_process', 'net']) {
			for (const match of bundle.matchAll(new RegExp(`require\\("(?:node:)?${name}"\\)`, 'g'))) {
				// esbuild heads each bundled file with a comment naming it.
				const owner = [...bundle.slice(0, match.index).matchAll(/^\s*\/\/ (node_modules\/\S+|server\/\S+)$/gm)].at(-1)?.[1];
				expect(owner, name).toMatch(/^node_modules\/vscode-(languageserver|jsonrpc)\//);
			}
		}
	});

	it('starts nothing, connects nowhere and writes only its corpus index while it works on hostile documents and a hostile corpus', async () => {
		const server = spawn(process.execPath, ['-r', TRIPWIRE, join(built, 'server.js'), '--stdio'], { cwd: dir, env: env(), stdio: ['pipe', 'pipe', 'pipe'] });
		let stderr = '';
		server.stderr.on('data', (chunk) => (stderr += chunk));
		const connection = createMessageConnection(new StreamMessageReader(server.stdout), new StreamMessageWriter(server.stdin));
		const messages: string[] = [];
		connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({ corpus: { path: join(dir, 'corpus') } })));
		connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
		connection.onRequest('workspace/diagnostic/refresh', () => null);
		connection.onRequest('client/registerCapability', () => null);
		connection.onNotification('window/showMessage', (params: { message: string }) => messages.push(params.message));
		connection.onNotification('window/logMessage', () => undefined);
		connection.listen();
		const folder = pathToFileURL(dir).toString();
		await connection.sendRequest('initialize', {
			processId: process.pid,
			rootUri: folder,
			workspaceFolders: [{ uri: folder, name: 'trust' }],
			capabilities: { textDocument: { diagnostic: {} }, workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } } },
			initializationOptions: { storagePath: cacheDir() },
		});
		await connection.sendNotification('initialized', {});
		for (const [name, languageId] of [
			['paper.md', 'markdown'],
			['paper.tex', 'latex'],
		] as const) {
			const uri = pathToFileURL(join(dir, name)).toString();
			const textDocument = { uri };
			await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text: readFileSync(join(dir, name), 'utf8') } });
			const report = (await connection.sendRequest('textDocument/diagnostic', { textDocument })) as { items: unknown[] };
			expect(report.items.length).toBeGreaterThan(0);
			for (let line = 0; line < 12; line++) await connection.sendRequest('textDocument/hover', { textDocument, position: { line, character: 5 } });
			const whole = { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } };
			await connection.sendRequest('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: report.items } });
			await connection.sendRequest('textDocument/codeAction', { textDocument, range: whole, context: { diagnostics: [], only: ['source.fixAll'] } });
			await connection.sendRequest('workspace/executeCommand', { command: 'citecheck.citeAll', arguments: [uri] });
		}
		await connection.sendRequest('citecheck/searchSources', { query: 'touch PWNED rm', uri: pathToFileURL(join(dir, 'paper.md')).toString() });
		await connection.sendRequest('citecheck/sourceText', { key: 'hostile2020', uri: pathToFileURL(join(dir, 'paper.md')).toString() });
		await connection.sendRequest('citecheck/checkFiles', {
			uris: [pathToFileURL(join(dir, 'paper.tex')).toString(), 'file:///etc/hostname', 'http://127.0.0.1:9/remote.md'],
		});
		await connection.sendRequest('shutdown');
		await connection.sendNotification('exit');
		const code = await new Promise<number | null>((resolve) => server.on('exit', resolve));
		connection.dispose();
		expect(tripped()).toBe('');
		expect(stderr).not.toMatch(/tripwire/);
		expect(code).toBe(0);
		expect(existsSync(join(dir, 'PWNED'))).toBe(false);
		expect(readdirSync(join(cacheDir(), 'corpus-index')).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
	}, 120_000);
});

describe('the command line', () => {
	it('starts nothing, connects nowhere and writes only its corpus index while it checks hostile documents against a hostile corpus', () => {
		const check = (...cache: string[]) =>
			spawnSync(
				process.execPath,
				['-r', TRIPWIRE, join(built, 'cli.js'), 'check', ...cache, '--format', 'json', '--corpus', join(dir, 'corpus'), 'paper.md', 'paper.tex'],
				{
					cwd: dir,
					env: env(),
					encoding: 'utf8',
					maxBuffer: 64 * 2 ** 20,
				},
			);
		// Without a cache, then writing one, then reading it.
		const results = [check('--no-cache'), check('--cache-dir', join(cacheDir(), 'cli')), check('--cache-dir', join(cacheDir(), 'cli'))];
		for (const result of results) {
			expect(result.stderr).not.toMatch(/tripwire|internal error/);
			expect(result.status).toBe(1);
		}
		expect(results[2]!.stdout).toBe(results[0]!.stdout);
		expect(tripped()).toBe('');
		expect(existsSync(join(dir, 'PWNED'))).toBe(false);
		expect(readdirSync(join(cacheDir(), 'cli'))).toHaveLength(1);
	}, 120_000);
});

// PDFs are read in a worker thread: the text and layout it gives are those read on the calling
// thread, a PDF that cannot be used gives the same message, a worker that stops fails only the read
// it was doing and is replaced, and an idle worker neither lingers nor keeps the process alive.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { threadId } from 'node:worker_threads';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfToText } from '../../server/src/domain/corpus/pdfLayout';
import { readPdf } from '../../server/src/wiring/pdf';
import { PdfError, readPdfPages } from '../../server/src/wiring/pdfPages';
import { PdfThread } from '../../server/src/wiring/pdfThread';
import { pdfBytes } from '../helpers/pdf';

const ROOT = path.join(__dirname, '..', '..');
const LIBRARY = path.join(ROOT, 'test', 'fixtures', 'library');
const LIBRARY_PDFS = readdirSync(LIBRARY)
	.filter((name) => name.endsWith('.pdf'))
	.map((name) => path.join(LIBRARY, name));

let dir: string;
let built: string;
let script: string;
const run = promisify(execFile);
const threads: PdfThread[] = [];
const children: ChildProcess[] = [];
const thread = (worker = script, idleMs?: number) => {
	const made = new PdfThread(worker, idleMs);
	threads.push(made);
	return made;
};

beforeAll(async () => {
	dir = mkdtempSync(path.join(tmpdir(), 'citecheck-pdf-worker-'));
	built = path.join(dir, 'dist');
	// Run as a child this process waits for without blocking, as every process below, so that the test runner's messages still get through.
	await run(process.execPath, [path.join(ROOT, 'scripts', 'build.mjs'), '--outdir', built], { cwd: ROOT });
	script = path.join(built, 'pdfWorker.js');
	// The worker's side of a crash: a script that stops the thread on a request for it, else is the worker.
	const crashing = (stop: string) =>
		`const { parentPort } = require('node:worker_threads');\n` +
		`parentPort.on('message', (r) => { if (Buffer.from(r.bytes.subarray(0, 6)).toString() === '%CRASH') ${stop}; });\n` +
		`require('./pdfWorker.js');\n`;
	writeFileSync(path.join(built, 'exiting.js'), crashing('process.exit(7)'));
	writeFileSync(path.join(built, 'throwing.js'), crashing(`throw new Error('the reader fell over')`));
	// The main thread's side alone, for a process of its own.
	await build({
		entryPoints: [path.join(ROOT, 'server', 'src', 'wiring', 'pdfThread.ts')],
		outfile: path.join(dir, 'pdfThread.js'),
		bundle: true,
		platform: 'node',
		format: 'cjs',
		logLevel: 'warning',
	});
	// The corpus beside the bundle, as in the package, for the command line run from a copy of it.
	cpSync(path.join(ROOT, 'corpus'), path.join(dir, 'corpus'), { recursive: true });
}, 120_000);
afterAll(async () => {
	await Promise.all(threads.map((t) => t.close()));
	for (const child of children) child.kill();
	rmSync(dir, { recursive: true, force: true });
});

/** Why reading on this thread fails, as the corpus reports it. */
const messageHere = (bytes: Uint8Array) =>
	readPdfPages(new Uint8Array(bytes)).then(
		() => 'read',
		(error: Error) => error.message,
	);

describe('a PDF read in the worker', () => {
	it('gives the text and layout that reading on this thread gives, from a thread of its own that is kept for the next PDF', async () => {
		const reader = thread();
		const columns = await pdfBytes((doc) =>
			doc
				.font('Times-Roman')
				.fontSize(10)
				.text('The border post at Oybek reopened in the spring of 2018. '.repeat(60), { columns: 2, columnGap: 18, height: 500 }),
		);
		const threadIds = new Set<number>();
		for (const bytes of [...LIBRARY_PDFS.map((file) => readFileSync(file)), columns]) {
			const given = Buffer.from(bytes);
			const read = await reader.read(bytes);
			// The same pages, laid out into the same text, as on this thread.
			expect(read.text).toEqual(pdfToText(await readPdfPages(new Uint8Array(bytes))));
			expect(read.text).toEqual(await readPdf(bytes));
			expect(read.text.text.length).toBeGreaterThan(500);
			// The caller's bytes stay whole.
			expect(Buffer.from(bytes).equals(given)).toBe(true);
			threadIds.add(read.threadId);
		}
		expect([...threadIds]).toHaveLength(1);
		expect(threadIds.has(threadId)).toBe(false);
	});

	it('that cannot be used is named with the reason reading on this thread gives', async () => {
		const reader = thread();
		const damaged = [
			Buffer.from('This is not a PDF at all.'),
			readFileSync(LIBRARY_PDFS[0]!).subarray(0, 2000),
			await pdfBytes((doc) => doc.text('A secret report.'), { userPassword: 'secret', pdfVersion: '1.7' }),
			await pdfBytes((doc) => doc.rect(50, 50, 200, 100).fill('#333')),
		];
		const messages: string[] = [];
		for (const bytes of damaged) {
			const message = await reader.read(bytes).then(
				() => 'read',
				(error: Error) => error.message,
			);
			expect(message).toBe(await messageHere(bytes));
			messages.push(message);
		}
		expect(messages).toEqual([
			'is not a valid PDF file',
			'is not a valid PDF file',
			'is protected by a password; save a copy without one',
			'has no text to read: it holds only images of pages (a scan); run it through OCR first',
		]);
	});

	it('that stops the worker fails with the reason, and the reads after it go to a new worker', async () => {
		const pdf = readFileSync(LIBRARY_PDFS[0]!);
		const crash = Buffer.from('%CRASH');
		for (const [worker, reason] of [
			['exiting.js', 'exit code 7'],
			['throwing.js', 'the reader fell over'],
		] as const) {
			const reader = thread(path.join(built, worker));
			const before = await reader.read(pdf);
			// Sent together: the one that stops the worker fails, the one after it is still read.
			const [crashed, after] = await Promise.allSettled([reader.read(crash), reader.read(pdf)]);
			expect(crashed.status).toBe('rejected');
			const error = (crashed as PromiseRejectedResult).reason as Error;
			expect(error).toBeInstanceOf(PdfError);
			expect(error.message).toBe(`cannot be read as a PDF: the PDF reader stopped (${reason})`);
			expect(after.status).toBe('fulfilled');
			const read = (after as PromiseFulfilledResult<Awaited<ReturnType<PdfThread['read']>>>).value;
			expect(read.text).toEqual(before.text);
			expect(read.threadId).not.toBe(before.threadId);
		}
	});

	it('whose script is missing fails with a PdfError and does not hang', async () => {
		const reader = thread(path.join(dir, 'missing.js'));
		const error = await reader.read(readFileSync(LIBRARY_PDFS[0]!)).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(PdfError);
		expect((error as Error).message).toMatch(/^cannot be read as a PDF: the PDF reader stopped \(Cannot find module/);
	});

	it('ends the worker once idle, and the next PDF starts another', async () => {
		const reader = thread(script, 0);
		const pdf = readFileSync(LIBRARY_PDFS[0]!);
		const first = await reader.read(pdf);
		// The idle time (none) runs out before this timer, which was set after it.
		await new Promise((resolve) => setTimeout(resolve, 20));
		const second = await reader.read(pdf);
		expect(second.threadId).not.toBe(first.threadId);
		expect(second.text).toEqual(first.text);
	});

	it('does not keep a process alive once its reads are done, however long it is kept', async () => {
		const code = [
			`const { PdfThread } = require(${JSON.stringify(path.join(dir, 'pdfThread.js'))});`,
			`const reader = new PdfThread(${JSON.stringify(script)}, 3600000);`,
			`reader.read(require('node:fs').readFileSync(${JSON.stringify(LIBRARY_PDFS[0]!)})).then((read) => console.log(read.text.layout.pages.length));`,
		].join('\n');
		const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
		children.push(child);
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		// Without the worker let go, the process would wait out the hour and this test its time limit.
		const exit = await new Promise<number | null>((resolve) => child.on('exit', resolve));
		expect(exit).toBe(0);
		expect(Number(out.trim())).toBeGreaterThan(0);
	});
});

describe('the built command line on a library of PDFs', () => {
	/** The command line run from a copy of the bundles, with some of them taken away. */
	async function checkWithout(missing: string): Promise<string> {
		const copy = mkdtempSync(path.join(dir, 'copy-'));
		cpSync(built, path.join(copy, 'dist'), { recursive: true });
		cpSync(path.join(dir, 'corpus'), path.join(copy, 'corpus'), { recursive: true });
		rmSync(path.join(copy, 'dist', missing), { recursive: true, force: true });
		writeFileSync(path.join(copy, 'paper.md'), 'The Termez cargo centre handled 1.5 million tonnes of freight in 2019.\n');
		// Run from the copy, so that no pdf.js is found in a node_modules above it.
		// The check finds a problem, so the command line exits with 1: its output is on the error.
		const result = await run(process.execPath, [path.join(copy, 'dist', 'cli.js'), 'check', '--no-cache', '--corpus', LIBRARY, 'paper.md'], { cwd: copy }).then(
			(done) => done,
			(error: { stdout: string; stderr: string }) => error,
		);
		return result.stderr;
	}

	it('names each PDF with the same reason when pdf.js is missing, and says when the PDF reader itself is', async () => {
		const withoutPdfJs = await checkWithout('pdfjs');
		const withoutWorker = await checkWithout('pdfWorker.js');
		for (const pdf of LIBRARY_PDFS) {
			expect(withoutPdfJs).toContain(`citecheck: corpus: ${pdf}: cannot be read: pdf.js, which reads PDF files, is missing from this installation`);
			expect(withoutWorker).toContain(`citecheck: corpus: ${pdf}: cannot be read: the PDF reader (pdfWorker.js) is missing from this installation`);
		}
	});
});

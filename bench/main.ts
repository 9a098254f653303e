// The benchmark: `npm run bench` (full, several minutes) or `npm run bench -- --quick` (a few
// seconds, a smoke run). Each paper size and each corpus size is measured in a process of its own;
// the results go to bench/results.json and the tables of BENCHMARKS.md.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type, release } from 'node:os';
import { join } from 'node:path';
import { createChecker, type Checker, type DocumentReport } from '../server/src/domain/index';
import type { Corpus } from '../server/src/domain/corpus/corpus';
import { defaultCorpusDir, emptyReadCache } from '../server/src/wiring/corpusFiles';
import { loadCorpus } from '../server/src/wiring/loadCorpus';
import { generateCorpus, withOneSourceChanged } from './corpus';
import { startHarper } from './harper';
import { generatePaper } from './paper';
import { report, runChild, serverStart, type ServerStart } from './process';
import { ms, renderMarkdown, updateBenchmarks, type Results, type PaperResult, type ScaleResult, type ColdResult } from './report';
import { pdfReadTask, summarisePdfReads, type PdfLibraryShape, type PdfReadRun } from './pdfLibrary';
import { measureRestarts, restartTask } from './restart';
import { measureServer } from './server';
import { measureStdio } from './stdio';
import { inTurns, MB, MemoryWatch, peakRss, summarise, time, type Stats } from './stats';

const ROOT = process.cwd();
const CACHE = join(ROOT, 'node_modules', '.cache', 'citecheck-bench');

interface Plan {
	papers: number[];
	domainRuns: (words: number) => number;
	warmup: number;
	serverRuns: (words: number) => { full: number; edits: number; requests: number };
	/** Edits of the paper through the bundled server over stdio. */
	stdioEdits: (words: number) => number;
	harperPairs: (words: number) => number;
	coldProcesses: number;
	serverStarts: number;
	corpora: number[];
	scaleBuilds: number;
	/** Times the corpus is read again after one source changed. */
	rereads: number;
	/** Fresh processes starting with the index on disk, unchanged and with one source changed. */
	restarts: number;
	/** Warm checks of the scale paper after each unchanged restart, in turns with the shipped corpus. */
	restartChecks: number;
	scaleChecks: number;
	scalePaper: number;
	/** A library of PDFs, read in fresh processes while the event loop is watched. */
	pdfLibrary: PdfLibraryShape;
	pdfReads: number;
}

const FULL: Plan = {
	papers: [1000, 10000, 50000],
	domainRuns: (w) => (w <= 1000 ? 20 : w <= 10000 ? 10 : 5),
	warmup: 2,
	serverRuns: (w) => ({ full: w <= 1000 ? 10 : w <= 10000 ? 5 : 3, edits: w <= 10000 ? 30 : 15, requests: 50 }),
	stdioEdits: (w) => (w <= 10000 ? 40 : 20),
	harperPairs: (w) => (w <= 1000 ? 15 : w <= 10000 ? 10 : 5),
	coldProcesses: 7,
	serverStarts: 5,
	corpora: [5, 100, 1000],
	scaleBuilds: 3,
	rereads: 5,
	restarts: 5,
	restartChecks: 3,
	scaleChecks: 10,
	scalePaper: 10000,
	pdfLibrary: { articles: 40, articleWords: 2000, books: 2, bookWords: 40000 },
	pdfReads: 5,
};

const QUICK: Plan = {
	papers: [1000],
	domainRuns: () => 5,
	warmup: 1,
	serverRuns: () => ({ full: 2, edits: 5, requests: 10 }),
	stdioEdits: () => 5,
	harperPairs: () => 0,
	coldProcesses: 2,
	serverStarts: 1,
	corpora: [5, 20],
	scaleBuilds: 1,
	rereads: 2,
	restarts: 2,
	restartChecks: 1,
	scaleChecks: 2,
	scalePaper: 1000,
	pdfLibrary: { articles: 3, articleWords: 500, books: 1, bookWords: 3000 },
	pdfReads: 1,
};

function arg(name: string): string | undefined {
	const at = process.argv.indexOf(`--${name}`);
	return at >= 0 ? process.argv[at + 1] : undefined;
}

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

function harperVersion(): string {
	const file = join(ROOT, 'node_modules', 'harper.js', 'package.json');
	return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version : 'not installed';
}

function counts(report: DocumentReport): { verdicts: Record<string, number>; findings: Record<string, number> } {
	const verdicts: Record<string, number> = {};
	const findings: Record<string, number> = {};
	for (const claim of report.claims) verdicts[claim.verdict] = (verdicts[claim.verdict] ?? 0) + 1;
	for (const finding of report.findings) findings[finding.code] = (findings[finding.code] ?? 0) + 1;
	return { verdicts, findings };
}

/**
 * A check as the command line makes it: through the checker's asynchronous door, which the server
 * takes too, with no pause between slices (the editor's pauses are measured by the server's runs).
 */
function checkAtOnce(checker: Checker, text: string): Promise<DocumentReport> {
	return checker.checkAsync(text, 'markdown', { pause: () => Promise.resolve(), slice: Infinity });
}

/** Child: everything about one paper size against the shipped corpus. */
async function paperTask(words: number, plan: Plan): Promise<PaperResult> {
	const memory = new MemoryWatch();
	memory.start();
	const paper = generatePaper(words, 1);

	const loadFirstStart = performance.now();
	let corpus: Corpus = await loadCorpus();
	const loadFirst = performance.now() - loadFirstStart;
	const load = await time(plan.domainRuns(words), plan.warmup, async () => {
		corpus = await loadCorpus();
		memory.sample();
	});

	const checker = createChecker({ corpus });
	const firstStart = performance.now();
	const first = await checkAtOnce(checker, paper.text);
	const domainFirst = performance.now() - firstStart;
	const domain = await time(plan.domainRuns(words), plan.warmup, async () => {
		await checkAtOnce(checker, paper.text);
		memory.sample();
	});
	// Papers of the same size from other seeds: nothing of their text was read before.
	const others = Array.from({ length: plan.domainRuns(words) + plan.warmup }, (_, i) => generatePaper(words, 100 + i).text);
	let next = 0;
	const domainNew = await time(plan.domainRuns(words), plan.warmup, async () => {
		await checkAtOnce(checker, others[next++]!);
		memory.sample();
	});

	const server = await measureServer(paper, plan.serverRuns(words), plan.warmup);
	memory.stop();
	const peakRssBefore = peakRss();
	const stdio = await stdioTask(words, plan);

	const result: PaperResult = {
		words: paper.words,
		sentences: paper.sentences.length,
		uniqueSentences: new Set(paper.sentences.map((s) => s.text.replace(/\s*\[[^\]]*\]$/, ''))).size,
		claims: first.claims.length,
		...counts(first),
		diagnostics: server.diagnostics,
		loadFirst,
		load: summarise(load),
		domainFirst,
		domain: summarise(domain),
		domainNew: summarise(domainNew),
		serverFull: summarise(server.full),
		edit: summarise(server.edit),
		hover: summarise(server.hover),
		codeActions: summarise(server.codeActions),
		...stdio,
		peakHeapMB: memory.heap / MB,
		peakRssMB: Math.max(memory.rss, peakRssBefore) / MB,
	};

	const pairs = plan.harperPairs(words);
	if (pairs > 0) {
		gc();
		const harper = await startHarper(harperVersion());
		const lints = await harper.lint(paper.text);
		// Ours and Harper's in turns on the same paper again, as an editor re-checks it; the ratio is taken per pair.
		const same = await inTurns(
			pairs,
			plan.warmup,
			() => checkAtOnce(checker, paper.text),
			() => harper.lint(paper.text),
		);
		// And on a paper neither has seen, each turn.
		const texts = Array.from({ length: pairs + plan.warmup }, (_, i) => generatePaper(words, 200 + i).text);
		const fresh = await inTurns(
			pairs,
			plan.warmup,
			(turn) => checkAtOnce(checker, texts[turn]!),
			(turn) => harper.lint(texts[turn]!),
		);
		result.harper = {
			version: harper.version,
			setup: harper.setup,
			lints,
			lint: summarise(same.b),
			ours: summarise(same.a),
			ratio: summarise(same.ratios),
			newLint: summarise(fresh.b),
			newOurs: summarise(fresh.a),
			newRatio: summarise(fresh.ratios),
		};
	}
	return result;
}

/** The bundled server (`--server PATH`: another build's) spawned over stdio, the paper edited through it; nothing when it is not built. */
async function stdioTask(words: number, plan: Plan): Promise<Pick<PaperResult, 'stdioEdit' | 'stdioEditFull' | 'stdioBytes' | 'stdioCpu'>> {
	const serverJs = arg('server') ?? join(ROOT, 'dist', 'server.js');
	if (!existsSync(serverJs)) return {};
	const stdio = await measureStdio(serverJs, generatePaper(words, 1), plan.stdioEdits(words), plan.warmup);
	return {
		stdioEdit: summarise(stdio.edit),
		...(stdio.editFull.length > 0 ? { stdioEditFull: summarise(stdio.editFull) } : {}),
		stdioBytes: { first: stdio.firstBytes, perEdit: stdio.bytesPerEdit, ...stdio.answers },
		...(stdio.cpuPerEdit ? { stdioCpu: stdio.cpuPerEdit } : {}),
	};
}

/** Child: loads the shipped corpus once, in a fresh process. */
async function coldTask(): Promise<{ load: number; sinceStart: number }> {
	const start = performance.now();
	await loadCorpus();
	const end = performance.now();
	return { load: end - start, sinceStart: end };
}

/**
 * Child: builds a generated corpus of `sources` sources, and with `checks` > 0 checks the scale paper
 * against it, in turns with the same check against the shipped corpus, so that the ratio of the two
 * is taken under the same load on the machine.
 */
async function scaleTask(sources: number, checks: number, plan: Plan): Promise<ScaleResult> {
	const generated = generateCorpus(CACHE, defaultCorpusDir(), sources);
	// The first read as a start with no index makes it: the library read, indexed and its index
	// written, into a folder of its own emptied first (the restarts keep theirs apart).
	const cacheDir = join(CACHE, `first-read-${sources}`);
	rmSync(cacheDir, { recursive: true, force: true });
	gc();
	const memory = new MemoryWatch();
	memory.start();
	const loadBefore = loadavg()[0]!;
	const start = performance.now();
	const cpuBefore = process.cpuUsage();
	let progress = 0;
	const corpus = await loadCorpus([generated.dir], { cacheDir, onProgress: () => progress++ });
	const build = performance.now() - start;
	const cpu = process.cpuUsage(cpuBefore);
	memory.stop();
	const buildPeakRssMB = Math.max(peakRss(), memory.rss) / MB;
	rmSync(cacheDir, { recursive: true, force: true });
	gc();
	const heapMB = process.memoryUsage().heapUsed / MB;
	const result: ScaleResult = {
		sources: generated.sources,
		words: generated.words,
		sentences: corpus.sentences.length,
		build,
		buildCpu: (cpu.user + cpu.system) / 1000,
		buildLoad: [loadBefore, loadavg()[0]!],
		buildProgress: progress,
		buildPeakRssMB,
		heapMB,
	};
	if (corpus.problems.length > 0) throw new Error(`the generated corpus has problems: ${corpus.problems.slice(0, 3).join('; ')}`);
	if (checks > 0) result.reread = await rereadAfterChange(generated.dir, corpus, plan.rereads);
	if (checks > 0) {
		const paper = generatePaper(plan.scalePaper, 1);
		const checker = createChecker({ corpus });
		const shipped = createChecker({ corpus: await loadCorpus() });
		const firstStart = performance.now();
		await checkAtOnce(checker, paper.text);
		result.firstCheck = performance.now() - firstStart;
		const turns = await inTurns(
			checks,
			plan.warmup,
			() => checkAtOnce(checker, paper.text),
			() => checkAtOnce(shipped, paper.text),
		);
		result.check = summarise(turns.a);
		result.shippedCheck = summarise(turns.b);
		result.ratio = summarise(turns.ratios);
		result.checkPeakRssMB = peakRss() / MB;
	}
	return result;
}

/**
 * The corpus read again as the server reads it after a file changes: with the files as last read
 * and the previous build, one source's text changed each time (and put back afterwards, since the
 * generated folder is kept for later runs).
 */
async function rereadAfterChange(dir: string, built: Corpus, runs: number): Promise<Stats> {
	const files = emptyReadCache();
	let previous = await loadCorpus([dir], { files, previous: built });
	const times = await withOneSourceChanged(dir, runs, async () => {
		const start = performance.now();
		previous = await loadCorpus([dir], { files, previous });
		return performance.now() - start;
	});
	return summarise(times);
}

async function parent(plan: Plan, quick: boolean): Promise<void> {
	const script = process.argv[1]!;
	const flags = quick ? ['--quick'] : [];
	const log = (text: string) => process.stderr.write(`${text}\n`);
	// `--only papers,scale` runs some parts (for working on one; `--only stdio` the edits over stdio alone, and
	// `--server PATH` measures another build's server); the results then go to the cache folder.
	const only = arg('only')?.split(',') ?? (arg('papers') || arg('corpora') ? ['cold', 'papers', 'scale'] : undefined);
	const part = (name: string) => !only || only.includes(name);

	log('cold start: fresh processes loading the shipped corpus');
	const cold: { load: number; sinceStart: number }[] = [];
	const coldRuns = part('cold') ? plan.coldProcesses : 1;
	for (let i = 0; i < coldRuns; i++) cold.push(await runChild(script, ['--task', 'cold', ...flags]));
	const serverJs = join(ROOT, 'dist', 'server.js');
	const starts: ServerStart[] = [];
	if (existsSync(serverJs) && part('cold')) for (let i = 0; i < plan.serverStarts; i++) starts.push(await serverStart(serverJs));
	const coldResult: ColdResult = {
		load: summarise(cold.map((c) => c.load)),
		processReady: summarise(cold.map((c) => c.sinceStart)),
		...(starts.length > 0
			? { serverInitialized: summarise(starts.map((s) => s.initialized)), serverFirstDiagnostics: summarise(starts.map((s) => s.firstDiagnostics)) }
			: {}),
	};

	const papers: PaperResult[] = [];
	for (const words of part('papers') ? plan.papers : []) {
		log(`paper of ${words} words`);
		papers.push(await runChild(script, ['--task', 'paper', '--words', String(words), ...flags]));
	}

	// `--only stdio` measures the edits over stdio alone (printed as they are).
	if (only?.includes('stdio') && !part('papers')) {
		for (const words of plan.papers) {
			log(`paper of ${words} words: edits over stdio`);
			const stdio = await runChild<object>(script, [
				'--task',
				'stdio',
				'--words',
				String(words),
				...flags,
				...(arg('server') ? ['--server', arg('server')!] : []),
			]);
			process.stdout.write(`${JSON.stringify({ words, loadAverage: loadavg(), ...stdio }, null, 2)}\n`);
		}
		return;
	}

	// `--only restart` measures the restarts alone, without the fresh builds (printed as they are).
	if (only?.includes('restart') && !part('scale')) {
		for (const sources of plan.corpora) {
			log(`corpus of ${sources} sources: restarts with the index on disk`);
			const restart = await measureRestarts(script, CACHE, sources, plan.restarts, flags, plan.restartChecks);
			process.stdout.write(`${JSON.stringify({ sources, loadAverage: loadavg(), ...restart }, null, 2)}\n`);
		}
		return;
	}

	const scale: ScaleResult[] = [];
	for (const sources of part('scale') ? plan.corpora : []) {
		log(`corpus of ${sources} sources`);
		const runs: ScaleResult[] = [];
		for (let i = 0; i < plan.scaleBuilds; i++) {
			const run = await runChild<ScaleResult>(script, [
				'--task',
				'scale',
				'--sources',
				String(sources),
				'--checks',
				String(i === 0 ? plan.scaleChecks : 0),
				...flags,
			]);
			const load = run.buildLoad?.map((l) => l.toFixed(1)).join('–') ?? '?';
			log(`  first read ${ms(run.build)}, processor time ${ms(run.buildCpu ?? NaN)}, peak RSS ${Math.round(run.buildPeakRssMB)} MB, load ${load}`);
			runs.push(run);
		}
		const builds = summarise(runs.map((r) => r.build));
		log(`corpus of ${sources} sources: restarts with the index on disk`);
		const restart = await measureRestarts(script, CACHE, sources, plan.restarts, flags, plan.restartChecks);
		scale.push({ ...runs[0]!, build: builds.median, builds, buildPeakRssMB: Math.max(...runs.map((r) => r.buildPeakRssMB)), restart });
	}

	let pdfLibrary: Results['pdfLibrary'];
	if (part('pdf')) {
		log(`library of ${plan.pdfLibrary.articles + plan.pdfLibrary.books} PDFs: read in fresh processes, the event loop watched`);
		const runs: PdfReadRun[] = [];
		for (let i = 0; i < plan.pdfReads; i++) runs.push(await runChild(script, ['--task', 'pdf', ...flags]));
		pdfLibrary = summarisePdfReads(plan.pdfLibrary, runs);
	}

	const results: Results = {
		quick,
		date: new Date().toISOString(),
		machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGB: Math.round(totalmem() / 1024 ** 3), os: `${type()} ${release()}` },
		node: process.version,
		harper: harperVersion(),
		scalePaperWords: plan.scalePaper,
		cold: coldResult,
		papers,
		scale,
		...(pdfLibrary ? { pdfLibrary } : {}),
	};
	const markdown = renderMarkdown(results);
	if (quick || only) {
		mkdirSync(CACHE, { recursive: true });
		writeFileSync(join(CACHE, quick ? 'results-quick.json' : 'results-part.json'), `${JSON.stringify(results, null, 2)}\n`);
		process.stdout.write(`${markdown}\n`);
		return;
	}
	writeFileSync(join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
	updateBenchmarks(join(ROOT, 'BENCHMARKS.md'), markdown);
	process.stdout.write(`${markdown}\nWrote bench/results.json and BENCHMARKS.md.\n`);
}

/** `--papers 1000,10000` and `--corpora 5,100` choose the sizes (for working on one). */
function sizes(name: string): number[] | undefined {
	return arg(name)
		?.split(',')
		.map(Number)
		.filter((n) => n > 0);
}

async function main(): Promise<void> {
	const quick = process.argv.includes('--quick');
	const plan = { ...(quick ? QUICK : FULL) };
	plan.papers = sizes('papers') ?? plan.papers;
	plan.corpora = sizes('corpora') ?? plan.corpora;
	// `--builds 1 --restarts 3` take fewer fresh processes per corpus size (a library of 10,000 sources takes minutes to read).
	plan.scaleBuilds = Number(arg('builds') ?? plan.scaleBuilds);
	plan.restarts = Number(arg('restarts') ?? plan.restarts);
	const task = arg('task');
	if (task === 'paper') report(await paperTask(Number(arg('words')), plan));
	else if (task === 'cold') report(await coldTask());
	else if (task === 'stdio') report(await stdioTask(Number(arg('words')), plan));
	else if (task === 'scale') report(await scaleTask(Number(arg('sources')), Number(arg('checks') ?? 0), plan));
	else if (task === 'restart') report(await restartTask(CACHE, Number(arg('sources')), Number(arg('checks') ?? 0), plan.scalePaper));
	else if (task === 'pdf') report(await pdfReadTask(CACHE, plan.pdfLibrary));
	else await parent(plan, quick);
}

main().then(
	() => process.exit(0),
	(error: unknown) => {
		process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
		process.exit(1);
	},
);

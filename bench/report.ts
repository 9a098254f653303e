// The results' shape, and their tables in Markdown for BENCHMARKS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { PdfLibraryResult } from './pdfLibrary';
import type { RestartResult } from './restart';
import type { Stats } from './stats';

export interface PaperResult {
	words: number;
	sentences: number;
	uniqueSentences: number;
	claims: number;
	verdicts: Record<string, number>;
	findings: Record<string, number>;
	diagnostics: number;
	/** Loading and indexing the shipped corpus, the first time in the process and then warm. */
	loadFirst: number;
	load: Stats;
	/** The first check in the process, and warm checks after it (domain layer). */
	domainFirst: number;
	domain: Stats;
	/** Warm checks, each of a paper of the same size not seen before (no text read before to reuse). */
	domainNew: Stats;
	/** A fresh server (corpus loaded) opening the paper and answering the diagnostics pull. */
	serverFull: Stats;
	/** One sentence edited through incremental sync, then the diagnostics pull. */
	edit: Stats;
	hover: Stats;
	codeActions: Stats;
	/** The same edit and pull through the bundled server in a process of its own, over stdio, as the editor sees it. */
	stdioEdit?: Stats;
	/** Of those, the edits whose pull was answered with the whole list (not "unchanged"). */
	stdioEditFull?: Stats;
	/** Bytes the server sent over stdio: the first answer (the whole paper's diagnostics), and per edit and pull; how the pulls after edits were answered. */
	stdioBytes?: { first: number; perEdit: number; full: number; unchanged: number };
	/** Processor time per edit and pull over stdio, of the server's process and of the editor's end: what load on the machine moves less than the time waited. */
	stdioCpu?: { server: number; client: number };
	peakHeapMB: number;
	peakRssMB: number;
	/** Harper and our full check in turns: on the same paper again, and on a new paper each turn. */
	harper?: { version: string; setup: number; lints: number; lint: Stats; ours: Stats; ratio: Stats; newLint: Stats; newOurs: Stats; newRatio: Stats };
}

export interface ColdResult {
	/** A fresh process loading and indexing the shipped corpus. */
	load: Stats;
	/** From the process's start to the corpus being ready (Node.js start and module loading included). */
	processReady: Stats;
	serverInitialized?: Stats;
	serverFirstDiagnostics?: Stats;
}

export interface ScaleResult {
	sources: number;
	words: number;
	sentences: number;
	/** Median over the builds (each in a fresh process). */
	build: number;
	builds?: Stats;
	/** The first build's processor time (user and system), and the load average (1 minute) at its start and end. */
	buildCpu?: number;
	buildLoad?: [number, number];
	/** How many times the first build reported its progress. */
	buildProgress?: number;
	buildPeakRssMB: number;
	heapMB: number;
	/** The scale paper checked against this corpus: the first time in the process, then warm, in turns with the shipped corpus. */
	firstCheck?: number;
	check?: Stats;
	shippedCheck?: Stats;
	/** This corpus's check ÷ the shipped corpus's, per pair of turns. */
	ratio?: Stats;
	checkPeakRssMB?: number;
	/** Reading the corpus again after one source changed, as the server does: unchanged files and sources reused. */
	reread?: Stats;
	/** Fresh processes starting with the index on disk. */
	restart?: RestartResult;
}

export interface Results {
	quick: boolean;
	date: string;
	machine: { cpu: string; cores: number; memoryGB: number; os: string };
	node: string;
	harper: string;
	scalePaperWords: number;
	cold: ColdResult;
	papers: PaperResult[];
	scale: ScaleResult[];
	/** A library of PDFs read in fresh processes. */
	pdfLibrary?: PdfLibraryResult;
}

export interface Goal {
	goal: string;
	target: string;
	measured: string;
	met: boolean;
}

export function ms(value: number): string {
	if (value < 10) return `${value.toFixed(2)} ms`;
	if (value < 100) return `${value.toFixed(1)} ms`;
	if (value < 10000) return `${Math.round(value)} ms`;
	return `${(value / 1000).toFixed(1)} s`;
}

const stat = (s: Stats | undefined) => (s ? `${ms(s.median)} (p95 ${ms(s.p95)})` : '–');
const mb = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)} MB`);
const words = (n: number) => n.toLocaleString('en-US');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function goals(results: Results): Goal[] {
	const out: Goal[] = [];
	const paper = results.papers.find((p) => p.words >= 10000 && p.words < 11000);
	if (paper?.harper)
		out.push({
			goal: 'Full check of 10,000 words (warm) ÷ Harper lint of the same paper',
			target: '≤ 0.5',
			measured: paper.harper.ratio.median.toFixed(2),
			met: paper.harper.ratio.median <= 0.5,
		});
	if (paper) {
		out.push({
			goal: 'Edit one sentence and re-check, 10,000 words, server',
			target: '≤ 10 ms median',
			measured: ms(paper.edit.median),
			met: paper.edit.median <= 10,
		});
		if (paper.stdioEdit)
			out.push({
				goal: 'Edit one sentence of 10,000 words and pull diagnostics over stdio, as the editor sees it',
				target: '≤ 10 ms median',
				measured: `${ms(paper.stdioEdit.median)} (p95 ${ms(paper.stdioEdit.p95)})`,
				met: paper.stdioEdit.median <= 10,
			});
		out.push({ goal: 'Hover at a claim, 10,000 words', target: '≤ 5 ms median', measured: ms(paper.hover.median), met: paper.hover.median <= 5 });
		out.push({
			goal: 'Code actions at a claim, 10,000 words',
			target: '≤ 5 ms median',
			measured: ms(paper.codeActions.median),
			met: paper.codeActions.median <= 5,
		});
	}
	out.push({
		goal: 'Cold start with the shipped corpus (fresh process: load and index)',
		target: '≤ 300 ms',
		measured: ms(results.cold.load.median),
		met: results.cold.load.median <= 300,
	});
	const large = results.scale.find((s) => s.sources === 1000);
	if (large) {
		out.push({ goal: 'Index build, 1,000 sources', target: '≤ 10 s', measured: ms(large.build), met: large.build <= 10000 });
		out.push({ goal: 'Peak RSS building the index, 1,000 sources', target: '≤ 500 MB', measured: mb(large.buildPeakRssMB), met: large.buildPeakRssMB <= 500 });
		if (large.ratio) out.push(ratioGoal(`${words(results.scalePaperWords)}-word check, 1,000 sources ÷ 5 sources`, large.ratio.median));
		if (large.restart) {
			const { unchanged } = large.restart;
			out.push({
				goal: 'Restart with an unchanged library of 1,000 sources, ready to check',
				target: '≤ 1 s',
				measured: ms(unchanged.median),
				met: unchanged.median <= 1000,
			});
			const share = unchanged.median / large.build;
			out.push({
				goal: 'The same ÷ reading it fresh',
				target: '≤ 0.25',
				measured: share.toFixed(2),
				met: share <= 0.25,
			});
		}
		if (large.reread) {
			const share = large.reread.median / large.build;
			out.push({
				goal: 'Corpus read again after one source changed, 1,000 sources ÷ the whole build',
				target: '≤ 0.25',
				measured: `${share.toFixed(2)} (${ms(large.reread.median)})`,
				met: share <= 0.25,
			});
		}
	}
	out.push(...libraryGoals(results));
	return out;
}

/** A check against a large corpus at most three times as long as against the shipped one. */
function ratioGoal(goal: string, ratio: number): Goal {
	return { goal, target: '≤ 3', measured: ratio.toFixed(2), met: ratio <= 3 };
}

/** The goals for a library of 10,000 sources. */
function libraryGoals(results: Results): Goal[] {
	const library = results.scale.find((s) => s.sources === 10000);
	if (!library) return [];
	const out: Goal[] = [{ goal: 'First read of 10,000 text sources', target: '≤ 2 min', measured: ms(library.build), met: library.build <= 120_000 }];
	const restart = library.restart;
	if (!restart) return out;
	out.push({
		goal: 'Restart with an unchanged library of 10,000 sources, ready to check',
		target: '≤ 3 s',
		measured: ms(restart.unchanged.median),
		met: restart.unchanged.median <= 3000,
	});
	if (restart.checkPeakRssMB !== undefined)
		out.push({
			goal: `Peak RSS with 10,000 sources, after load and a ${words(results.scalePaperWords)}-word check`,
			target: '≤ 600 MB',
			measured: mb(restart.checkPeakRssMB),
			met: restart.checkPeakRssMB <= 600,
		});
	if (restart.checkRatio) out.push(ratioGoal(`${words(results.scalePaperWords)}-word check, 10,000 sources ÷ 5 sources`, restart.checkRatio.median));
	out.push({
		goal: 'One source changed in 10,000: re-read and ready',
		target: '≤ 2 s',
		measured: ms(restart.oneChanged.median),
		met: restart.oneChanged.median <= 2000,
	});
	return out;
}

export function renderMarkdown(results: Results): string {
	const lines: string[] = [];
	const { machine } = results;
	lines.push(
		`Measured ${results.date.slice(0, 10)} on ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.os}; Node.js ${results.node}; Harper (harper.js) ${results.harper}${results.quick ? '; quick run' : ''}.`,
		'Times are medians with the 95th percentile in brackets, over the runs given in bench/results.json.',
		'',
		'### Papers against the shipped corpus',
		'',
	);
	const papers = results.papers;
	const row = (name: string, cell: (p: PaperResult) => string) => lines.push(`| ${name} | ${papers.map(cell).join(' | ')} |`);
	lines.push(`| | ${papers.map((p) => `${words(p.words)} words`).join(' | ')} |`, `| --- | ${papers.map(() => '---').join(' | ')} |`);
	row('sentences (distinct)', (p) => `${p.sentences} (${p.uniqueSentences})`);
	row('claims', (p) => String(p.claims));
	row('verdicts', (p) =>
		Object.entries(p.verdicts)
			.map(([k, v]) => `${k} ${v}`)
			.join(', '),
	);
	row('findings', (p) =>
		Object.entries(p.findings)
			.map(([k, v]) => `${k} ${v}`)
			.join(', '),
	);
	row('full check, domain layer, first in process', (p) => ms(p.domainFirst));
	row('full check, domain layer, warm, the same paper again', (p) => stat(p.domain));
	row('full check, domain layer, warm, a new paper each run', (p) => stat(p.domainNew));
	row('full check, server in-process (open, pull diagnostics)', (p) => stat(p.serverFull));
	row('edit one sentence, pull diagnostics', (p) => stat(p.edit));
	row('the same over stdio, the server in a process of its own', (p) => stat(p.stdioEdit));
	row('over stdio, the edits answered with the whole list', (p) => stat(p.stdioEditFull));
	row('over stdio, processor time per edit: server / editor’s end', (p) => (p.stdioCpu ? `${ms(p.stdioCpu.server)} / ${ms(p.stdioCpu.client)}` : '–'));
	row('bytes sent over stdio: first diagnostics / per edit (answers full, unchanged)', (p) =>
		p.stdioBytes ? `${kb(p.stdioBytes.first)} / ${kb(p.stdioBytes.perEdit)} (${p.stdioBytes.full}, ${p.stdioBytes.unchanged})` : '–',
	);
	row('hover at a claim', (p) => stat(p.hover));
	row('code actions at a claim', (p) => stat(p.codeActions));
	row('peak heap (sampled) / peak RSS', (p) => `${mb(p.peakHeapMB)} / ${mb(p.peakRssMB)}`);
	const ratio = (r: Stats | undefined) => (r ? `${r.median.toFixed(2)} (p95 ${r.p95.toFixed(2)})` : '–');
	row('Harper lint, warm, the same paper again', (p) => stat(p.harper?.lint));
	row('our full check, in turns with it', (p) => stat(p.harper?.ours));
	row('**ours ÷ Harper** (per pair)', (p) => (p.harper ? `**${ratio(p.harper.ratio)}**` : '–'));
	row('Harper lint, a new paper each turn', (p) => stat(p.harper?.newLint));
	row('our full check of the same new papers, in turns', (p) => stat(p.harper?.newOurs));
	row('ours ÷ Harper, new papers (per pair)', (p) => ratio(p.harper?.newRatio));
	lines.push('', '### Cold start', '');
	const cold = results.cold;
	const tenK = papers.find((p) => p.words >= 10000 && p.words < 11000) ?? papers[0];
	lines.push('| | time |', '| --- | --- |');
	lines.push(`| shipped corpus: load and index, fresh process | ${stat(cold.load)} |`);
	lines.push(`| process start to corpus ready (Node.js and modules included) | ${stat(cold.processReady)} |`);
	if (cold.serverInitialized) lines.push(`| \`dist/server.js --stdio\`: spawn to \`initialize\` answered | ${stat(cold.serverInitialized)} |`);
	if (cold.serverFirstDiagnostics) lines.push(`| \`dist/server.js --stdio\`: spawn to first diagnostics | ${stat(cold.serverFirstDiagnostics)} |`);
	if (tenK) lines.push(`| load and index again in a warm process | ${stat(tenK.load)} |`);
	lines.push('', `### Corpus scale (the ${words(results.scalePaperWords)}-word paper)`, '');
	lines.push(
		'| sources | words | sentences | index build | read again, one source changed | peak RSS, build | heap after build | first check | full check, warm | same turns, 5 sources | ÷ 5 sources (per pair) |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	);
	for (const s of results.scale) {
		lines.push(
			`| ${words(s.sources)} | ${words(s.words)} | ${words(s.sentences)} | ${s.builds ? stat(s.builds) : ms(s.build)} | ${s.reread ? stat(s.reread) : '–'} | ${mb(s.buildPeakRssMB)} | ${mb(s.heapMB)} | ${s.firstCheck === undefined ? '–' : ms(s.firstCheck)} | ${stat(s.check)} | ${stat(s.shippedCheck)} | ${s.ratio ? `${s.ratio.median.toFixed(2)} (p95 ${s.ratio.p95.toFixed(2)})` : '–'} |`,
		);
	}
	const restarts = results.scale.filter((s) => s.restart);
	if (restarts.length > 0) {
		lines.push('', '### Restart with the index on disk (fresh processes)', '');
		lines.push(
			'| sources | fresh read (index build) | restart, unchanged: ready to check | process start to ready | peak RSS | ÷ fresh read | one source changed: re-read and ready | process start to ready | then: first check | full check, warm ÷ 5 sources (per pair) | peak RSS, load and checks |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
		);
		for (const s of restarts) {
			const r = s.restart!;
			const checked = r.checkRatio
				? `${stat(r.firstCheck)} | ${r.checkRatio.median.toFixed(2)} (p95 ${r.checkRatio.p95.toFixed(2)}) | ${mb(r.checkPeakRssMB ?? 0)}`
				: '– | – | –';
			lines.push(
				`| ${words(s.sources)} | ${ms(s.build)} | ${stat(r.unchanged)} | ${stat(r.unchangedSinceStart)} | ${mb(r.unchangedPeakRssMB)} | ${(r.unchanged.median / s.build).toFixed(2)} | ${stat(r.oneChanged)} | ${stat(r.oneChangedSinceStart)} | ${checked} |`,
			);
		}
	}
	const pdfs = results.pdfLibrary;
	if (pdfs) {
		lines.push('', '### A library of PDFs: read (fresh processes)', '');
		lines.push(
			'| PDFs | pages | files read | longest event-loop delay meanwhile | its 99th percentile | the same from the first PDF on | its 99th percentile |',
			'| --- | --- | --- | --- | --- | --- | --- |',
			`| ${pdfs.articles} of ${words(pdfs.articleWords)} words, ${pdfs.books} of ${words(pdfs.bookWords)} | ${words(pdfs.pages)} | ${stat(pdfs.read)} | ${stat(pdfs.maxDelay)} | ${stat(pdfs.p99Delay)} | ${stat(pdfs.pdfMaxDelay)} | ${stat(pdfs.pdfP99Delay)} |`,
		);
	}
	const list = goals(results);
	if (list.length > 0) {
		lines.push('', '### Goals', '', '| goal | target | measured | met |', '| --- | --- | --- | --- |');
		for (const g of list) lines.push(`| ${g.goal} | ${g.target} | ${g.measured} | ${g.met ? 'yes' : '**no**'} |`);
	}
	return lines.join('\n');
}

const START = '<!-- results: written by npm run bench -->';
const END = '<!-- end of results -->';

/** Replaces the results part of BENCHMARKS.md, keeping what is written around it. */
export function updateBenchmarks(file: string, markdown: string): void {
	const block = `${START}\n${markdown}\n${END}`;
	const text = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
	const from = text.indexOf(START);
	const to = text.indexOf(END);
	const next = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + END.length) : `${text.trimEnd()}\n\n${block}\n`;
	writeFileSync(file, next);
}

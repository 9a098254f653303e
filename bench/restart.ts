// A start with the index kept on disk: fresh processes loading a generated library through its
// saved index, unchanged, and with one source changed since it was saved (that source read and
// indexed again, the retrieval index built again, the change saved), and then unchanged again since
// that change. A restart with the library unchanged then checks the scale paper, in turns with the
// same check against the shipped corpus: its peak RSS is that of a server after load and a check.
import { join } from 'node:path';
import { createChecker } from '../server/src/domain/index';
import { defaultCorpusDir } from '../server/src/wiring/corpusFiles';
import { loadCorpus } from '../server/src/wiring/loadCorpus';
import type { Corpus } from '../server/src/domain/corpus/corpus';
import { generateCorpus, withOneSourceChanged } from './corpus';
import { generatePaper } from './paper';
import { runChild } from './process';
import { inTurns, MB, MemoryWatch, peakRss, summarise, type Stats } from './stats';

export interface RestartRun {
	/** loadCorpus, from its call to the corpus ready to check. */
	load: number;
	/** The processor time the load took (user and system), which other work on the machine moves less than `load`. */
	cpu: number;
	/** From the process's start to the corpus ready (Node.js and the modules included). */
	sinceStart: number;
	peakRssMB: number;
	/** Sources taken from the saved index as they were, of all. */
	reused: number;
	total: number;
	/** After the load, with `checks` > 0: the first check of the scale paper, and warm checks ÷ the same against the shipped corpus, per pair. */
	firstCheck?: number;
	check?: number;
	ratio?: number;
	/** The peak RSS of the whole run, the load and the checks. */
	checkPeakRssMB?: number;
}

export interface RestartResult {
	unchanged: Stats;
	unchangedCpu?: Stats;
	unchangedSinceStart: Stats;
	unchangedPeakRssMB: number;
	oneChanged: Stats;
	oneChangedCpu?: Stats;
	oneChangedSinceStart: Stats;
	oneChangedPeakRssMB?: number;
	/** Restarts with the library unchanged since one source changed (the index as saved after that change). */
	afterChange?: Stats;
	afterChangeCpu?: Stats;
	afterChangePeakRssMB?: number;
	/** The unchanged restarts' checks of the scale paper, when asked for. */
	firstCheck?: Stats;
	check?: Stats;
	checkRatio?: Stats;
	checkPeakRssMB?: number;
}

/** Child: loads a generated library through its saved index (written first if there is none). */
export async function restartTask(cache: string, sources: number, checks = 0, paperWords = 10000): Promise<RestartRun> {
	const generated = generateCorpus(cache, defaultCorpusDir(), sources);
	const memory = new MemoryWatch();
	memory.start();
	let reused = 0;
	let total = 0;
	const start = performance.now();
	const cpuBefore = process.cpuUsage();
	const corpus = await loadCorpus([generated.dir], {
		cacheDir: join(cache, `index-${sources}`),
		onProgress: (p) => {
			if (p.phase === 'indexing') [reused, total] = [p.reused ?? 0, p.total];
		},
	});
	const end = performance.now();
	const cpu = process.cpuUsage(cpuBefore);
	memory.stop();
	const run: RestartRun = {
		load: end - start,
		cpu: (cpu.user + cpu.system) / 1000,
		sinceStart: end,
		peakRssMB: Math.max(peakRss(), memory.rss) / MB,
		reused,
		total,
	};
	return checks > 0 ? { ...run, ...(await checkAfterRestart(corpus, checks, paperWords, memory)) } : run;
}

/** The scale paper checked against the restarted corpus, then in turns with the shipped corpus. */
async function checkAfterRestart(corpus: Corpus, checks: number, words: number, memory: MemoryWatch): Promise<Partial<RestartRun>> {
	const paper = generatePaper(words, 1).text;
	const checker = createChecker({ corpus });
	memory.start();
	const start = performance.now();
	checker.check(paper, 'markdown');
	const firstCheck = performance.now() - start;
	const shipped = createChecker({ corpus: await loadCorpus() });
	const turns = await inTurns(
		checks,
		1,
		() => checker.check(paper, 'markdown'),
		() => shipped.check(paper, 'markdown'),
	);
	memory.stop();
	return { firstCheck, check: summarise(turns.a).median, ratio: summarise(turns.ratios).median, checkPeakRssMB: Math.max(peakRss(), memory.rss) / MB };
}

/**
 * Parent: primes the saved index, then starts `runs` fresh processes on the unchanged library and
 * `runs` after changing one source each time (put back afterwards: the generated folder is kept).
 */
export async function measureRestarts(script: string, cache: string, sources: number, runs: number, flags: string[], checks = 0): Promise<RestartResult> {
	const child = (more: string[] = []) => runChild<RestartRun>(script, ['--task', 'restart', '--sources', String(sources), ...flags, ...more]);
	await child();
	const unchanged: RestartRun[] = [];
	for (let i = 0; i < runs; i++) unchanged.push(await child(checks > 0 ? ['--checks', String(checks)] : []));
	if (unchanged.some((r) => r.reused !== r.total)) throw new Error('a restart with an unchanged library indexed a source again');
	const changed = await withOneSourceChanged(generateCorpus(cache, defaultCorpusDir(), sources).dir, runs, child);
	if (changed.some((r) => r.reused !== r.total - 1)) throw new Error('a restart with one source changed did not reuse the others');
	// The source put back is read once more, then the library is unchanged since that change.
	await child();
	const afterChange: RestartRun[] = [];
	for (let i = 0; i < runs; i++) afterChange.push(await child());
	if (afterChange.some((r) => r.reused !== r.total)) throw new Error('a restart after a change indexed a source again');
	return {
		unchanged: summarise(unchanged.map((r) => r.load)),
		unchangedCpu: summarise(unchanged.map((r) => r.cpu)),
		unchangedSinceStart: summarise(unchanged.map((r) => r.sinceStart)),
		unchangedPeakRssMB: Math.max(...unchanged.map((r) => r.peakRssMB)),
		oneChanged: summarise(changed.map((r) => r.load)),
		oneChangedCpu: summarise(changed.map((r) => r.cpu)),
		oneChangedSinceStart: summarise(changed.map((r) => r.sinceStart)),
		oneChangedPeakRssMB: Math.max(...changed.map((r) => r.peakRssMB)),
		afterChange: summarise(afterChange.map((r) => r.load)),
		afterChangeCpu: summarise(afterChange.map((r) => r.cpu)),
		afterChangePeakRssMB: Math.max(...afterChange.map((r) => r.peakRssMB)),
		...(checks > 0
			? {
					firstCheck: summarise(unchanged.map((r) => r.firstCheck!)),
					check: summarise(unchanged.map((r) => r.check!)),
					checkRatio: summarise(unchanged.map((r) => r.ratio!)),
					checkPeakRssMB: Math.max(...unchanged.map((r) => r.checkPeakRssMB!)),
				}
			: {}),
	};
}

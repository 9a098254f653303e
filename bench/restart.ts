// A start with the index kept on disk: fresh processes loading a generated library through its
// saved index, unchanged, and with one source changed since it was saved (that source read and
// indexed again, the retrieval index built again, the saved index written again).
import { join } from 'node:path';
import { defaultCorpusDir } from '../server/src/wiring/corpusFiles';
import { loadCorpus } from '../server/src/wiring/loadCorpus';
import { generateCorpus, withOneSourceChanged } from './corpus';
import { runChild } from './process';
import { MB, MemoryWatch, peakRss, summarise, type Stats } from './stats';

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
}

export interface RestartResult {
	unchanged: Stats;
	unchangedCpu?: Stats;
	unchangedSinceStart: Stats;
	unchangedPeakRssMB: number;
	oneChanged: Stats;
	oneChangedCpu?: Stats;
	oneChangedSinceStart: Stats;
}

/** Child: loads a generated library through its saved index (written first if there is none). */
export async function restartTask(cache: string, sources: number): Promise<RestartRun> {
	const generated = generateCorpus(cache, defaultCorpusDir(), sources);
	const memory = new MemoryWatch();
	memory.start();
	let reused = 0;
	let total = 0;
	const start = performance.now();
	const cpuBefore = process.cpuUsage();
	await loadCorpus([generated.dir], {
		cacheDir: join(cache, `index-${sources}`),
		onProgress: (p) => {
			if (p.phase === 'indexing') [reused, total] = [p.reused ?? 0, p.total];
		},
	});
	const end = performance.now();
	const cpu = process.cpuUsage(cpuBefore);
	memory.stop();
	return { load: end - start, cpu: (cpu.user + cpu.system) / 1000, sinceStart: end, peakRssMB: Math.max(peakRss(), memory.rss) / MB, reused, total };
}

/**
 * Parent: primes the saved index, then starts `runs` fresh processes on the unchanged library and
 * `runs` after changing one source each time (put back afterwards: the generated folder is kept).
 */
export async function measureRestarts(script: string, cache: string, sources: number, runs: number, flags: string[]): Promise<RestartResult> {
	const child = () => runChild<RestartRun>(script, ['--task', 'restart', '--sources', String(sources), ...flags]);
	await child();
	const unchanged: RestartRun[] = [];
	for (let i = 0; i < runs; i++) unchanged.push(await child());
	if (unchanged.some((r) => r.reused !== r.total)) throw new Error('a restart with an unchanged library indexed a source again');
	const changed = await withOneSourceChanged(generateCorpus(cache, defaultCorpusDir(), sources).dir, runs, child);
	if (changed.some((r) => r.reused !== r.total - 1)) throw new Error('a restart with one source changed did not reuse the others');
	return {
		unchanged: summarise(unchanged.map((r) => r.load)),
		unchangedCpu: summarise(unchanged.map((r) => r.cpu)),
		unchangedSinceStart: summarise(unchanged.map((r) => r.sinceStart)),
		unchangedPeakRssMB: Math.max(...unchanged.map((r) => r.peakRssMB)),
		oneChanged: summarise(changed.map((r) => r.load)),
		oneChangedCpu: summarise(changed.map((r) => r.cpu)),
		oneChangedSinceStart: summarise(changed.map((r) => r.sinceStart)),
	};
}

/** Summary of repeated timings, in milliseconds. */
export interface Stats {
	runs: number;
	median: number;
	p95: number;
	min: number;
	max: number;
}

/** The value below which `p` of the sorted samples fall (nearest rank). */
function percentile(sorted: readonly number[], p: number): number {
	const rank = Math.max(1, Math.ceil(p * sorted.length));
	return sorted[Math.min(rank, sorted.length) - 1]!;
}

export function summarise(samples: readonly number[]): Stats {
	if (samples.length === 0) throw new Error('no samples');
	const sorted = [...samples].sort((a, b) => a - b);
	const round = (x: number) => Math.round(x * 1000) / 1000;
	return {
		runs: sorted.length,
		median: round(percentile(sorted, 0.5)),
		p95: round(percentile(sorted, 0.95)),
		min: round(sorted[0]!),
		max: round(sorted[sorted.length - 1]!),
	};
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times, and returns how long each run took. */
export async function time(runs: number, warmup: number, fn: () => unknown): Promise<number[]> {
	return timed(runs, warmup, async () => {
		const start = performance.now();
		await fn();
		return performance.now() - start;
	});
}

/** The same for work that times itself (leaving out its set-up): `fn` returns the milliseconds to count. */
export async function timed(runs: number, warmup: number, fn: () => Promise<number>): Promise<number[]> {
	for (let i = 0; i < warmup; i++) await fn();
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) samples.push(await fn());
	return samples;
}

/**
 * Runs `a` and `b` in turns, after `warmup` unmeasured turns, so that both see the same load on the
 * machine; returns their timings and the ratio a/b of each pair. Each is told the turn's number
 * (the warm-up turns come first).
 */
export async function inTurns(
	runs: number,
	warmup: number,
	a: (turn: number) => unknown,
	b: (turn: number) => unknown,
): Promise<{ a: number[]; b: number[]; ratios: number[] }> {
	for (let i = 0; i < warmup; i++) {
		await a(i);
		await b(i);
	}
	const out = { a: [] as number[], b: [] as number[], ratios: [] as number[] };
	for (let i = 0; i < runs; i++) {
		let start = performance.now();
		await a(warmup + i);
		out.a.push(performance.now() - start);
		start = performance.now();
		await b(warmup + i);
		out.b.push(performance.now() - start);
		out.ratios.push(out.a[i]! / out.b[i]!);
	}
	return out;
}

/** The highest heap and resident set sizes seen, sampled between runs and on a timer while work yields. */
export class MemoryWatch {
	heap = 0;
	rss = 0;
	private timer: NodeJS.Timeout | undefined;

	sample(): void {
		const usage = process.memoryUsage();
		this.heap = Math.max(this.heap, usage.heapUsed);
		this.rss = Math.max(this.rss, usage.rss);
	}

	start(): void {
		this.timer = setInterval(() => this.sample(), 2);
	}

	stop(): void {
		clearInterval(this.timer);
		this.sample();
	}
}

/** The process's peak resident set size so far, in bytes (as the kernel counts it). */
export function peakRss(): number {
	return process.resourceUsage().maxRSS * 1024;
}

export const MB = 1024 * 1024;

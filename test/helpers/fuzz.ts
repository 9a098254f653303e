import type fc from 'fast-check';

/**
 * fast-check's parameters for a property: how many runs, and, to replay a failure, the seed and
 * path it printed (CITECHECK_FUZZ_SEED and CITECHECK_FUZZ_PATH).
 */
export function fuzzParameters<T>(numRuns: number): fc.Parameters<T> {
	const seed = process.env.CITECHECK_FUZZ_SEED;
	const path = process.env.CITECHECK_FUZZ_PATH;
	return { numRuns, ...(seed ? { seed: Number(seed) } : {}), ...(path ? { path } : {}) };
}

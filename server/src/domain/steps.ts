// Long work written as a generator that yields now and then, so that a host can pause it (to
// answer other requests) or stop it; run straight through where nothing else waits.

/** Runs the steps to the end and gives their result; `onStep` sees what each step yields. */
export function runSteps<Y, T>(steps: Generator<Y, T>, onStep?: (value: Y) => void): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		onStep?.(step.value);
	}
}

export interface PausedRun<Y> {
	/** How the host lets other work in (a timer in Node.js). */
	pause: () => Promise<void>;
	/** Milliseconds of work between two pauses. */
	slice: number;
	onStep?: (value: Y) => void;
	/** Called after each pause; it may throw to stop the run (a cancellation that arrived meanwhile). */
	resumed?: () => void;
}

/**
 * Runs the steps to the end, pausing once every `slice` milliseconds of work. Steps done before
 * may cost next to nothing, so the pauses follow time, not a count of steps.
 */
export async function runStepsPaused<Y, T>(steps: Generator<Y, T>, run: PausedRun<Y>): Promise<T> {
	let since = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		run.onStep?.(step.value);
		if (performance.now() - since >= run.slice) {
			await run.pause();
			run.resumed?.();
			since = performance.now();
		}
	}
}

/** How much text a reader reads between two yields: a few milliseconds' worth. */
export const STEP_CHARACTERS = 16_384;

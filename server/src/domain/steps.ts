// Long work written as a generator that yields now and then, so that a host can pause it (to
// answer other requests) or stop it; run straight through where nothing else waits.

/** Runs the steps to the end and gives their result. */
export function runSteps<T>(steps: Generator<void, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** How much text a reader reads between two yields: a few milliseconds' worth. */
export const STEP_CHARACTERS = 16_384;

// When to restart a crashed server: always, unless it crashed too often too recently, which points
// at something a restart will not fix (a corpus that crashes it on load, a broken install). Kept
// apart from VS Code so that the policy can be tested on its own.

export const MAX_CRASHES = 5;
export const CRASH_WINDOW_MS = 3 * 60 * 1000;

export class CrashCounter {
	private crashes: number[] = [];

	constructor(
		private readonly max = MAX_CRASHES,
		private readonly windowMs = CRASH_WINDOW_MS,
		private readonly now: () => number = Date.now,
	) {}

	/**
	 * Counts a crash; true when the server should be restarted. The crash that makes `max` within
	 * the window is not restarted, and counting starts over, so that a restart by hand gets the
	 * same chances again.
	 */
	crashed(): boolean {
		const now = this.now();
		this.crashes = [...this.crashes.filter((t) => now - t < this.windowMs), now];
		if (this.crashes.length < this.max) return true;
		this.crashes = [];
		return false;
	}
}

/** Broken messages are survivable now and then; a stream of them means the connection is gone. */
export function keepConnection(errorCount: number | undefined): boolean {
	return errorCount !== undefined && errorCount <= 3;
}

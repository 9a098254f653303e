// The restart policy of the extension, without VS Code: a crashed server is restarted unless it
// crashed five times within three minutes.
import { describe, expect, it } from 'vitest';
import { CRASH_WINDOW_MS, CrashCounter, keepConnection, MAX_CRASHES } from '../../client/src/crashes';

function counter() {
	let now = 1_000_000;
	const crashes = new CrashCounter(MAX_CRASHES, CRASH_WINDOW_MS, () => now);
	return { crashes, wait: (ms: number) => (now += ms) };
}

describe('a crashed server', () => {
	it('is restarted four times in a row, and not after the fifth crash within three minutes', () => {
		const { crashes, wait } = counter();
		const restarts = Array.from({ length: MAX_CRASHES }, () => {
			wait(1_000);
			return crashes.crashed();
		});
		expect(restarts).toEqual([true, true, true, true, false]);
	});

	it('is always restarted when its crashes are more than three minutes apart', () => {
		const { crashes, wait } = counter();
		for (let i = 0; i < 50; i++) {
			wait(CRASH_WINDOW_MS / 4 + 1);
			expect(crashes.crashed()).toBe(true);
		}
	});

	it('counts only the crashes of the last three minutes', () => {
		const { crashes, wait } = counter();
		for (let i = 0; i < MAX_CRASHES - 1; i++) expect(crashes.crashed()).toBe(true);
		wait(CRASH_WINDOW_MS);
		// The four old ones have aged out: four more are restarted, the fifth new one is not.
		for (let i = 0; i < MAX_CRASHES - 1; i++) expect(crashes.crashed()).toBe(true);
		expect(crashes.crashed()).toBe(false);
	});

	it('gets the same chances again after it was given up on (a restart by hand)', () => {
		const { crashes } = counter();
		for (let i = 0; i < MAX_CRASHES - 1; i++) crashes.crashed();
		expect(crashes.crashed()).toBe(false);
		expect(crashes.crashed()).toBe(true);
	});

	it('keeps its connection through a few broken messages, not a stream of them', () => {
		expect([1, 2, 3].map(keepConnection)).toEqual([true, true, true]);
		expect(keepConnection(4)).toBe(false);
		expect(keepConnection(undefined)).toBe(false);
	});
});

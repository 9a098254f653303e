// The server's Node.js side: a corpus folder that cannot be watched, or whose watch fails, never
// throws; a failed watch reports once more so the corpus is read again.
import { mkdtempSync, rmSync } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeDeps } from '../../server/src/wiring/nodeDeps';

describe('watching the corpus folder', () => {
	it('does nothing for a folder that does not exist', () => {
		const watcher = nodeDeps().watch!(join(tmpdir(), 'citecheck-not-there'), () => undefined);
		expect(() => watcher.close()).not.toThrow();
	});

	it('calls back once more, and stops, when the watch fails', () => {
		const dir = mkdtempSync(join(tmpdir(), 'citecheck-watch-'));
		let changes = 0;
		const watcher = nodeDeps().watch!(dir, () => changes++) as FSWatcher;
		expect(() => watcher.emit('error', new Error('the folder went away'))).not.toThrow();
		expect(changes).toBe(1);
		rmSync(dir, { recursive: true, force: true });
	});
});

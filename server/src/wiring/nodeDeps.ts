// What the server needs from Node.js: files read as UTF-8, paths and file URIs, and a watch on
// the corpus folder. The server writes only the index of a corpus, in the storage folder the
// editor gives it, and starts no process.
import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { defaultCorpusDir, emptyReadCache } from './corpusFiles';
import { loadCorpus } from './loadCorpus';
import { listDocuments } from './workspaceFiles';
import type { ServerDeps } from './server';
import { decodeUtf8 } from './utf8';

const uriToPath = (uri: string): string | undefined => {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
};

/**
 * Calls back when something in the folder changes. A folder that cannot be watched (missing, or
 * too many watches) is not watched; a watch that fails later (the folder deleted) calls back once
 * more, so the corpus is read again and what went missing is reported, then stops.
 */
function watchFolder(dir: string, onChange: () => void): { close(): void } {
	try {
		const watcher = watch(dir, { recursive: true }, onChange);
		watcher.on('error', () => {
			watcher.close();
			onChange();
		});
		return watcher;
	} catch {
		return { close() {} };
	}
}

export function nodeDeps(): ServerDeps {
	// Source files as last read: a corpus read again after a change reads only the files that changed.
	const files = emptyReadCache();
	return {
		loadCorpus: (dirs, options) => loadCorpus(dirs, { ...options, files }),
		readFile: async (path) => {
			const text = decodeUtf8(await readFile(path));
			if (typeof text !== 'string') throw new Error(`${path}: ${text.message}`);
			return text;
		},
		uriToPath,
		pathToUri: (path) => pathToFileURL(path).toString(),
		listDocuments,
		resolveCorpusPath: (setting, base) => (isAbsolute(setting) ? setting : resolve(base ?? '.', setting)),
		watch: watchFolder,
		docsUri: pathToFileURL(readmePath()).toString(),
	};
}

/** The README the diagnostics' code descriptions link to; the extension package stores it as `readme.md`. */
function readmePath(): string {
	const root = join(defaultCorpusDir(), '..');
	const upper = join(root, 'README.md');
	const lower = join(root, 'readme.md');
	return existsSync(upper) || !existsSync(lower) ? upper : lower;
}

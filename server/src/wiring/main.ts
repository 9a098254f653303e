import { existsSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { defaultCorpusDir } from './corpusFiles';
import { loadCorpus } from './loadCorpus';
import { startServer } from './server';
import { listDocuments } from './workspaceFiles';

// The language server process: stdio (`--stdio`), node-ipc or a socket, as the client asks.
const connection = createConnection(ProposedFeatures.all);

const uriToPath = (uri: string): string | undefined => {
	try {
		return uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
	} catch {
		return undefined;
	}
};

startServer(connection, {
	loadCorpus,
	readFile: async (path) => {
		const bytes = await readFile(path);
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	},
	uriToPath,
	pathToUri: (path) => pathToFileURL(path).toString(),
	listDocuments,
	resolveCorpusPath: (setting, base) => (isAbsolute(setting) ? setting : resolve(base ?? '.', setting)),
	watch: (dir, onChange) => {
		try {
			return watch(dir, { recursive: true }, onChange);
		} catch {
			return { close() {} };
		}
	},
	docsUri: pathToFileURL(readmePath()).toString(),
});

/** The README the diagnostics' code descriptions link to; the extension package stores it as `readme.md`. */
function readmePath(): string {
	const root = join(defaultCorpusDir(), '..');
	const upper = join(root, 'README.md');
	const lower = join(root, 'readme.md');
	return existsSync(upper) || !existsSync(lower) ? upper : lower;
}

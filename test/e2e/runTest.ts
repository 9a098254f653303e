// Runs the end-to-end suite inside a real VS Code: downloads it with @vscode/test-electron (into
// .vscode-test/), loads this repository as the extension under development, and opens
// test/e2e/fixture/ as the workspace. `npm run test:vscode` builds everything and runs this; it
// needs the network to download VS Code, so it is not part of `npm test`.

import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';

/** The repository root: the nearest folder above this file whose package.json is CiteCheck's. */
function repositoryRoot(from: string): string {
	for (let dir = from; ; dir = path.dirname(dir)) {
		const manifest = path.join(dir, 'package.json');
		if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'citecheck') return dir;
		if (path.dirname(dir) === dir) throw new Error(`no CiteCheck package.json above ${from}`);
	}
}

async function main(): Promise<void> {
	const root = repositoryRoot(__dirname);
	if (!existsSync(path.join(root, 'dist', 'extension.js')) || !existsSync(path.join(root, 'dist', 'server.js'))) {
		throw new Error('dist/extension.js and dist/server.js are missing: run `npm run build` first');
	}
	const exitCode = await runTests({
		version: process.env.VSCODE_VERSION ?? 'stable',
		extensionDevelopmentPath: root,
		extensionTestsPath: path.join(__dirname, 'suite', 'index'),
		cachePath: path.join(root, '.vscode-test'),
		launchArgs: [
			path.join(root, 'test', 'e2e', 'fixture'),
			'--disable-extensions',
			'--disable-workspace-trust',
			'--skip-welcome',
			'--skip-release-notes',
		],
	});
	process.exitCode = exitCode;
}

main().catch((error: unknown) => {
	console.error('The VS Code tests could not run:', error);
	process.exitCode = 1;
});

// `npm run test:vscode`: the extension-host suite in a desktop VS Code, through @vscode/test-electron.
// VS Code is the one at VSCODE_EXECUTABLE_PATH, else the version VSCODE_VERSION names (default:
// the latest stable), which test-electron downloads into .vscode-test/. CiteCheck is loaded from
// this working copy (build it first: npm install does), on a fresh folder with no other extension.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { buildSuites, ROOT, TESTS_ENTRY } from './build.mjs';

await buildSuites();
const home = mkdtempSync(join(tmpdir(), 'citecheck-vscode-'));
const workspace = join(home, 'workspace');
try {
	const executable = process.env.VSCODE_EXECUTABLE_PATH;
	await runTests({
		...(executable ? { vscodeExecutablePath: executable } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
		extensionDevelopmentPath: ROOT,
		extensionTestsPath: TESTS_ENTRY,
		launchArgs: [
			workspace,
			'--disable-extensions',
			'--skip-welcome',
			'--skip-release-notes',
			'--disable-workspace-trust',
			'--user-data-dir',
			join(home, 'user-data'),
		],
	});
} catch (error) {
	console.error(`The extension-host tests failed: ${error instanceof Error ? error.message : error}`);
	process.exitCode = 1;
} finally {
	rmSync(home, { recursive: true, force: true });
}

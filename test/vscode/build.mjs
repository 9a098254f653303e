// Compiles the extension-host suites (test/vscode/*.ts) one file each into dist/test/vscode/, where
// VS Code loads them from: `vscode` comes from the extension host, mocha from node_modules.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const OUT = join(ROOT, 'dist', 'test', 'vscode');
/** The module VS Code is given as `--extensionTestsPath`. */
export const TESTS_ENTRY = join(OUT, 'index.js');

export async function buildSuites() {
	await build({
		entryPoints: readdirSync(HERE)
			.filter((name) => name.endsWith('.ts'))
			.map((name) => join(HERE, name)),
		outdir: OUT,
		bundle: false,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		sourcemap: true,
		logLevel: 'warning',
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSuites();

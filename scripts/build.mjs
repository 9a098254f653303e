// Bundles the command line and the language server (and the client once it exists) into dist/.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const entries = [
	{ in: 'server/src/cli/main.ts', out: 'cli' },
	{ in: 'server/src/wiring/main.ts', out: 'server' },
	{ in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
].filter((entry) => existsSync(entry.in));

await Promise.all(
	entries.map((entry) =>
		build({
			entryPoints: { [entry.out]: entry.in },
			outdir: 'dist',
			bundle: true,
			platform: 'node',
			format: 'cjs',
			target: 'node20',
			sourcemap: true,
			minify: process.argv.includes('--minify'),
			external: entry.external ?? [],
			logLevel: 'warning',
		}),
	),
);

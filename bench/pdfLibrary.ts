// A library of PDFs, read as the server reads a corpus folder's files (`readCorpusFolder`), in a
// fresh process: how long the reading takes and how long the process's thread is held up at most
// meanwhile (the event loop's longest delay, which is how long a hover or an edit could wait), over
// the whole read and from the first PDF on (the bibliography is parsed before, on that thread). The
// PDFs are written once with pdfkit from the same synthetic prose as the scale corpora: many
// articles of some pages, and a few books of some hundred pages.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readCorpusFolder } from '../server/src/wiring/corpusFiles';
import { writePdf } from '../test/helpers/pdf';
import { fillerWords, syntheticSource } from './corpus';
import { Random } from './random';
import { summarise, type Stats } from './stats';

export interface PdfLibraryShape {
	articles: number;
	articleWords: number;
	books: number;
	bookWords: number;
}

export interface PdfReadRun {
	/** From the call to the files read. */
	read: number;
	/** The event loop's longest delay while they were read, and its 99th percentile. */
	maxDelay: number;
	p99Delay: number;
	/** The same from the first PDF's bytes read on, which leaves out the bibliography's parse before it. */
	pdfMaxDelay: number;
	pdfP99Delay: number;
	pdfs: number;
	pages: number;
}

export interface PdfLibraryResult extends PdfLibraryShape {
	pages: number;
	read: Stats;
	maxDelay: Stats;
	p99Delay: Stats;
	pdfMaxDelay: Stats;
	pdfP99Delay: Stats;
}

/** Part of the cache folder's name: a change to the generator must not reuse folders it wrote before. */
const GENERATOR_VERSION = 1;

function writeSource(file: string, title: string, text: string): Promise<void> {
	return writePdf(
		file,
		(doc) => {
			doc.font('Times-Bold').fontSize(14).text(title, { align: 'center' }).moveDown();
			doc.font('Times-Roman').fontSize(10).text(text.replace(/\n\n/g, '\n'), { align: 'justify', indent: 12, paragraphGap: 4 });
		},
		{ size: 'A4', margin: 60 },
	);
}

/** A library folder of PDFs (`sources/KEY.pdf` and `sources.bib`), written once into the cache folder. */
export async function generatePdfLibrary(cacheDir: string, shape: PdfLibraryShape, seed = 11): Promise<string> {
	const dir = join(cacheDir, `pdfs-v${GENERATOR_VERSION}-${shape.articles}x${shape.articleWords}-${shape.books}x${shape.bookWords}-s${seed}`);
	const marker = join(dir, '.complete');
	if (!existsSync(marker)) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(join(dir, 'sources'), { recursive: true });
		const random = new Random(seed);
		const filler = fillerWords(random, 4000);
		const sources = [
			...Array.from({ length: shape.articles }, (_, i) => ({ key: `art${String(i + 1).padStart(4, '0')}`, words: shape.articleWords })),
			...Array.from({ length: shape.books }, (_, i) => ({ key: `book${i + 1}`, words: shape.bookWords })),
		];
		for (const { key, words } of sources) await writeSource(join(dir, 'sources', `${key}.pdf`), `Report ${key}`, syntheticSource(random, words, filler));
		writeFileSync(
			join(dir, 'sources.bib'),
			sources.map(({ key }) => `@report{${key},\n  author = {Synthetic, Author},\n  title = {Report ${key}},\n  year = {2020}\n}\n`).join('\n'),
		);
		writeFileSync(marker, '{}');
	}
	return dir;
}

/** Child: reads the library's files once, watching the event loop. */
export async function pdfReadTask(cacheDir: string, shape: PdfLibraryShape): Promise<PdfReadRun> {
	const dir = await generatePdfLibrary(cacheDir, shape);
	const whole = monitorEventLoopDelay({ resolution: 1 });
	const pdfs = monitorEventLoopDelay({ resolution: 1 });
	whole.enable();
	const start = performance.now();
	const files = await readCorpusFolder(dir, { onRead: (file) => void (file.endsWith('.pdf') && pdfs.enable()) });
	const read = performance.now() - start;
	whole.disable();
	pdfs.disable();
	if (files.problems.length > 0) throw new Error(`the PDF library has problems: ${files.problems.map((p) => p.message).join('; ')}`);
	return {
		read,
		maxDelay: whole.max / 1e6,
		p99Delay: whole.percentile(99) / 1e6,
		pdfMaxDelay: pdfs.max / 1e6,
		pdfP99Delay: pdfs.percentile(99) / 1e6,
		pdfs: files.sources.length,
		pages: files.sources.reduce((sum, source) => sum + (source.layout?.pages.length ?? 0), 0),
	};
}

export function summarisePdfReads(shape: PdfLibraryShape, runs: PdfReadRun[]): PdfLibraryResult {
	return {
		...shape,
		pages: runs[0]!.pages,
		read: summarise(runs.map((r) => r.read)),
		maxDelay: summarise(runs.map((r) => r.maxDelay)),
		p99Delay: summarise(runs.map((r) => r.p99Delay)),
		pdfMaxDelay: summarise(runs.map((r) => r.pdfMaxDelay)),
		pdfP99Delay: summarise(runs.map((r) => r.pdfP99Delay)),
	};
}

// Reads the text of a PDF in the PDF worker (pdfThread.ts), so that the server keeps answering while
// a long PDF is read: pdf.js gives its pages, each piece of text with its position and type size,
// and the domain's layout reading (`pdfToText`) makes them into text. The worker is started the
// first time a corpus has a PDF, so a corpus without one starts as fast as before.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pdfToText, type PdfText } from '../domain/corpus/pdfLayout';
import { PdfError, readPdfPages } from './pdfPages';
import { PdfThread } from './pdfThread';

export { asPdfError, PdfError } from './pdfPages';

let thread: PdfThread | undefined;

/**
 * The worker's script, `pdfWorker.js` beside the bundle. Run from the TypeScript sources (as the
 * unit tests run) there is none, and PDFs are read on this thread: the same code gives the same text.
 */
function workerScript(): string | undefined {
	const script = path.join(__dirname, 'pdfWorker.js');
	if (existsSync(script)) return script;
	if (__filename.endsWith('.ts')) return undefined;
	throw new PdfError('cannot be read: the PDF reader (pdfWorker.js) is missing from this installation');
}

/** The text and layout of a PDF file's bytes (the caller's stay whole); throws a `PdfError` saying in words why the file cannot be used. */
export async function readPdf(bytes: Uint8Array): Promise<PdfText> {
	if (!thread) {
		const script = workerScript();
		if (script === undefined) return pdfToText(await readPdfPages(new Uint8Array(bytes)));
		thread = new PdfThread(script);
	}
	return (await thread.read(bytes)).text;
}

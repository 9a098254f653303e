// The PDF worker: a thread of its own that reads PDFs' pages with pdf.js (pdfPages.ts) while the
// server's thread goes on answering. It takes one request at a time from pdfThread.ts and answers
// with the pages, or with the words of the `PdfError` saying why the file cannot be used.
import { parentPort, threadId } from 'node:worker_threads';
import { asPdfError, readPdfPages } from './pdfPages';
import type { PdfReply, PdfRequest } from './pdfThread';

// What pdf.js prints with console.log (warnings about drawing pages, which is not done here) would
// land in the command line's output, where the worker's output goes. Its errors still reach stderr.
console.log = () => undefined;

const port = parentPort;
if (port) {
	port.on('message', (request: PdfRequest) => {
		readPdfPages(request.bytes).then(
			(pages) => port.postMessage({ id: request.id, threadId, pages } satisfies PdfReply),
			(error: unknown) => port.postMessage({ id: request.id, threadId, error: asPdfError(error).message } satisfies PdfReply),
		);
	});
}

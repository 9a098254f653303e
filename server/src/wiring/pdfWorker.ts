// The PDF worker: a thread of its own that reads PDFs while the server's thread goes on answering:
// their pages with pdf.js (pdfPages.ts), then their text with the domain's layout reading
// (`pdfToText`, which takes a few milliseconds a page: a book's worth would hold up a hover). It
// takes one request at a time from pdfThread.ts and answers with the text and its layout, or with
// the words of the `PdfError` saying why the file cannot be used.
import { parentPort, threadId } from 'node:worker_threads';
import { pdfToText } from '../domain/corpus/pdfLayout';
import { asPdfError, readPdfPages } from './pdfPages';
import type { PdfReply, PdfRequest } from './pdfThread';

// What pdf.js prints with console.log (warnings about drawing pages, which is not done here) would
// land in the command line's output, where the worker's output goes. Its errors still reach stderr.
console.log = () => undefined;

const port = parentPort;
if (port) {
	port.on('message', (request: PdfRequest) => {
		// A failure of the layout reading is answered like pdf.js's, not left to stop the worker.
		readPdfPages(request.bytes)
			.then(pdfToText)
			.then(
				(text) => port.postMessage({ id: request.id, threadId, text } satisfies PdfReply),
				(error: unknown) => port.postMessage({ id: request.id, threadId, error: asPdfError(error).message } satisfies PdfReply),
			);
	});
}

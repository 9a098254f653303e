// PDFs made with pdfkit for the tests and the benchmark.
import { writeFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';

/** The bytes of a PDF drawn by `draw`. */
export function pdfBytes(draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const doc = new PDFDocument(options);
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
		draw(doc);
		doc.end();
	});
}

/** A PDF drawn by `draw`, written to `file`. */
export async function writePdf(file: string, draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<void> {
	writeFileSync(file, await pdfBytes(draw, options));
}

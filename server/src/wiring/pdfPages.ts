// Reads the pages of a PDF with pdf.js: each piece of text with its position and type size, as the
// domain's layout reading (`pdfToText`) takes them. This runs in the PDF worker (pdfWorker.ts), so
// that a long PDF does not hold up the server's answers; pdf.js is loaded the first time a PDF is read.

import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PdfPage } from '../domain/corpus/pdfLayout';

export class PdfError extends Error {}

/** Any failure reading a PDF, said as a `PdfError`. */
export function asPdfError(error: unknown): PdfError {
	return error instanceof PdfError ? error : new PdfError(`cannot be read as a PDF: ${error instanceof Error ? error.message : String(error)}`);
}

/** The part of pdf.js used here. */
interface PdfJs {
	getDocument(params: Record<string, unknown>): { promise: Promise<PdfDocument>; destroy(): Promise<void> };
}
interface PdfDocument {
	numPages: number;
	getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
	getPageLabels(): Promise<string[] | null>;
	destroy(): Promise<void>;
}
interface RawItem {
	str?: unknown;
	transform?: number[];
	width?: number;
	height?: number;
}

let loading: Promise<PdfJs> | undefined;

/** pdf.js beside the bundle (`dist/pdfjs/`, where the build copies it), else the nearest node_modules's. */
function pdfJsUrl(): string {
	const here = typeof __dirname === 'string' ? __dirname : undefined;
	const bundled = here && path.join(here, 'pdfjs', 'pdf.mjs');
	if (bundled && existsSync(bundled)) return pathToFileURL(bundled).href;
	for (const start of [here, process.cwd()]) {
		if (start === undefined) continue;
		for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
			const candidate = path.join(dir, 'node_modules', 'pdfjs-dist', 'legacy', 'build', 'pdf.mjs');
			if (existsSync(candidate)) return pathToFileURL(candidate).href;
			if (path.dirname(dir) === dir) break;
		}
	}
	throw new PdfError('cannot be read: pdf.js, which reads PDF files, is missing from this installation');
}

function loadPdfJs(): Promise<PdfJs> {
	loading ??= (async () => {
		const url = pdfJsUrl();
		// While it loads, pdf.js prints warnings about drawing pages (which is not used here) with
		// console.log; they would land in the command line's JSON output.
		const log = console.log;
		console.log = () => undefined;
		try {
			return (await import(url)) as PdfJs;
		} finally {
			console.log = log;
		}
	})();
	loading.catch(() => (loading = undefined));
	return loading;
}

/** How long one PDF may take to read; a longer one is reported and left out rather than holding up the rest. */
export const PDF_TIME_LIMIT_MS = 60_000;

/** Lets other work in between the pages of a long PDF. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The pages of a PDF file's bytes, which pdf.js takes over (the caller passes a copy it no longer
 * needs); throws a `PdfError` saying in words why the file cannot be used.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
	const pdfjs = await loadPdfJs();
	// No code in the file is run.
	const task = pdfjs.getDocument({
		data: bytes,
		isEvalSupported: false,
		enableXfa: false,
		disableFontFace: true,
		useSystemFonts: false,
		stopAtErrors: false,
		verbosity: 0,
	});
	let document: PdfDocument;
	try {
		document = await task.promise;
	} catch (error) {
		await task.destroy().catch(() => undefined);
		const name = error instanceof Error ? error.name : '';
		if (name === 'PasswordException') throw new PdfError('is protected by a password; save a copy without one');
		if (name === 'InvalidPDFException') throw new PdfError('is not a valid PDF file');
		throw asPdfError(error);
	}
	try {
		const labels = await document.getPageLabels().catch(() => null);
		const pages: PdfPage[] = [];
		const started = performance.now();
		for (let n = 1; n <= document.numPages; n++) {
			if (performance.now() - started > PDF_TIME_LIMIT_MS)
				throw new PdfError(`took more than ${PDF_TIME_LIMIT_MS / 1000} s to read (${n - 1} of ${document.numPages} pages); it is left out`);
			const page = await document.getPage(n);
			const content = await page.getTextContent();
			const label = labels?.[n - 1];
			pages.push({ items: content.items.flatMap(itemOf), ...(label ? { label } : {}) });
			page.cleanup();
			await breathe();
		}
		if (pages.every((page) => page.items.every((item) => item.text.trim() === ''))) {
			throw new PdfError('has no text to read: it holds only images of pages (a scan); run it through OCR first');
		}
		return pages;
	} catch (error) {
		throw asPdfError(error);
	} finally {
		await document.destroy().catch(() => undefined);
	}
}

function itemOf(raw: unknown): PdfPage['items'] {
	const item = raw as RawItem;
	const t = item.transform;
	if (typeof item.str !== 'string' || !Array.isArray(t) || t.length < 6) return [];
	// The type size is the length of the text matrix's vertical vector (rotated text included).
	const size = item.height || Math.hypot(t[2]!, t[3]!);
	return [{ text: item.str, x: t[4]!, y: t[5]!, width: item.width ?? 0, size }];
}

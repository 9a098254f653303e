// A PDF is extracted once: not again when the corpus is read again after another file changed, nor
// at a restart whose index on disk is valid; only when the PDF itself changed.
import { appendFileSync, cpSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { nodeDeps } from '../../server/src/wiring/nodeDeps';
import { cleanUp, tempFolder } from '../server/harness';

/** Every PDF extracted, by the size of its bytes (each of the library's PDFs has its own). */
const extracted = vi.hoisted(() => [] as number[]);
vi.mock('../../server/src/wiring/pdf', async (original) => {
	const pdf = await original<typeof import('../../server/src/wiring/pdf')>();
	return {
		...pdf,
		readPdf: (bytes: Uint8Array) => {
			extracted.push(bytes.length);
			return pdf.readPdf(bytes);
		},
	};
});

const LIBRARY = path.join(__dirname, '..', 'fixtures', 'library');
const PDFS = readdirSync(LIBRARY).filter((name) => name.endsWith('.pdf')).length;

let library: string;
let cacheDir: string;
beforeEach(() => {
	library = tempFolder();
	cpSync(LIBRARY, library, { recursive: true });
	cacheDir = tempFolder();
	extracted.length = 0;
});
afterEach(() => cleanUp(undefined));

/** Moves a file's times on, as an edit does, past the moment a quick change could hide in. */
function touch(file: string, text?: string): void {
	if (text !== undefined) writeFileSync(file, text);
	const later = new Date(Date.now() + 5000);
	utimesSync(file, later, later);
}

/** One of the library's PDFs, saved again: its times moved on, then a line end added after its end. */
function resave(library: string, bytes: boolean): void {
	const pdf = path.join(
		library,
		readdirSync(library).find((name) => name.endsWith('.pdf'))!,
	);
	if (bytes) appendFileSync(pdf, '\n');
	touch(pdf);
}

describe('a PDF in a library', () => {
	it('is extracted once in a process: not again when another file of the corpus changes, again when it changes', async () => {
		// The server's door to the corpus, which keeps the files as read between its reads.
		const { loadCorpus: serverLoad } = nodeDeps();
		const first = await serverLoad([library], { cacheDir });
		expect(first.problems).toEqual([]);
		expect(extracted).toHaveLength(PDFS);

		// The server reads the corpus again, with the last build, after a change.
		touch(path.join(library, 'karimova2019.md'), 'The Sokh enclave has about 70,000 inhabitants.\n');
		const second = await serverLoad([library], { cacheDir, previous: first });
		expect(second.source('karimova2019')).toBeDefined();
		expect(extracted).toHaveLength(PDFS);

		// Saved again as it was: its bytes are read and found the same. Then changed: extracted again.
		resave(library, false);
		const third = await serverLoad([library], { cacheDir, previous: second });
		expect(extracted).toHaveLength(PDFS);
		resave(library, true);
		await serverLoad([library], { cacheDir, previous: third });
		expect(extracted).toHaveLength(PDFS + 1);
	});

	it('is not extracted again at a restart whose index on disk is valid, even after another file changed', async () => {
		await loadCorpus([library], { cacheDir });
		expect(extracted).toHaveLength(PDFS);

		// Restarts: each a new process's start, with nothing read before but the index on disk.
		const restarted = await loadCorpus([library], { cacheDir });
		expect(restarted.problems).toEqual([]);
		expect(restarted.source('nazarov2021')?.extracted).toBe(true);
		touch(path.join(library, 'karimova2019.md'), 'The Sokh enclave has about 70,000 inhabitants.\n');
		await loadCorpus([library], { cacheDir });
		await loadCorpus([library], { cacheDir });
		expect(extracted).toHaveLength(PDFS);

		// A PDF saved again as it was is not extracted again; one changed behind the index's back is, once.
		resave(library, false);
		await loadCorpus([library], { cacheDir });
		expect(extracted).toHaveLength(PDFS);
		resave(library, true);
		await loadCorpus([library], { cacheDir });
		await loadCorpus([library], { cacheDir });
		expect(extracted).toHaveLength(PDFS + 1);
	});
});

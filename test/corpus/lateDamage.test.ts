// The index kept on disk checked a block at a time, when a block is first read: a start reads and
// checks what it needs, and a damaged block of a section left in the file is found only when a check
// first reads it. That read fails, the file is removed, and the answers are those of a fresh read.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, type CliHost } from '../../server/src/cli/main';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { storedRawOf } from '../../server/src/domain/corpus/storedText';
import { BLOCK, DamagedIndexError } from '../../server/src/wiring/blockChecks';
import { loadCorpus, type LoadProgress } from '../../server/src/wiring/loadCorpus';
import { generateCorpus } from '../../bench/corpus';
import { defaultCorpusDir } from '../../server/src/wiring/corpusFiles';
import { cleanUp, tempFolder } from '../server/harness';

const PAPER = [
	'The Uzbek enclave of Sokh, inside Kyrgyzstan, is the largest of the enclaves in the Ferghana Valley [@karimova2019].',
	'The Termez to Mazar-i-Sharif railway was completed in 2011.',
	'Joint border patrols in the Ferghana Valley began in 2019.',
].join('\n\n');

let library: string;
let cacheDir: string;

beforeEach(() => {
	// Large enough that the sources' words and texts take many blocks of the file.
	library = generateCorpus(tempFolder(), defaultCorpusDir(), 6, 600).dir;
	cacheDir = tempFolder();
});
afterEach(() => cleanUp(undefined));

/** Waits until the library's files are older than the window in which a file's times do not yet vouch for it. */
async function settle(): Promise<void> {
	const files = readdirSync(library, { recursive: true }).map((f) => statSync(path.join(library, String(f))));
	const newest = Math.max(...files.map((info) => Math.max(info.mtimeMs, info.ctimeMs)));
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, newest + 100 - Date.now())));
}

/** Sections of the saved sources: their words, their texts, and each sentence's row of numbers. */
type Section = 'tokens' | 'raws' | 'rows';
const READ_AS = { tokens: 'words', raws: 'texts', rows: 'rows of numbers' };

const indexFiles = () => readdirSync(cacheDir).filter((f) => f.endsWith('.bin'));

/** Everything the corpus holds (every sentence's words, every source's text) and its answers about the paper. */
function answers(corpus: Corpus) {
	const report = checkDocument(PAPER, 'markdown', corpus);
	return JSON.parse(
		JSON.stringify({
			sources: [...corpus.sources.values()].map(({ meta, raw, first, end }) => ({ meta, raw, first, end })),
			sentences: corpus.sentences.map(({ id, key, text, analysis, dates, numbers }) => ({ id, key, text, analysis, dates, numbers })),
			claims: report.claims.map(({ text, verdict, message, evidence }) => ({ text, verdict, message, evidence })),
		}),
	) as unknown;
}

/** Where a section of the saved sources lies in the index file (header line, table of block checksums, then the packed document), and where the blocks start. */
function sectionOf(bytes: Buffer, name: Section): { start: number; end: number; payload: number } {
	const lineEnd = bytes.indexOf(0x0a) + 1;
	const header = JSON.parse(bytes.subarray(0, lineEnd - 1).toString()) as { length: number; block: number };
	const payload = lineEnd + ((Math.ceil(header.length / header.block) * 4 + 7) & ~7);
	const documentLength = bytes.readUInt32LE(payload);
	const document = JSON.parse(bytes.subarray(payload + 4, payload + 4 + documentLength).toString()) as {
		value: { sources: Record<string, Record<string, number>> };
		sections: number[];
	};
	const n = document.value.sources[name]!['\u0000section']!;
	const [kind, start, count] = document.sections.slice(3 * n, 3 * n + 3) as [number, number, number];
	const size = [1, 1, 1, 2, 2, 4, 4, 4, 8, 8, 8][kind]!;
	const base = payload + ((4 + documentLength + 7) & ~7);
	return { start: base + start, end: base + start + count * size, payload };
}

/** Flips a bit of the index file's section (or of the changes' beside it): in its middle, or in every block that holds nothing else (a block shared with what a start reads is found at the start). */
function spoil(name: Section, everyBlock = false, file = path.join(cacheDir, indexFiles()[0]!)): void {
	const bytes = readFileSync(file);
	const { start, end, payload } = sectionOf(bytes, name);
	expect(end - start).toBeGreaterThan(3 * BLOCK);
	const [first, last] = [Math.ceil((start - payload) / BLOCK), Math.floor((end - payload) / BLOCK)];
	const places = everyBlock ? Array.from({ length: last - first }, (_, i) => payload + (first + i) * BLOCK + 100) : [Math.floor((start + end) / 2)];
	for (const at of places) bytes[at]! ^= 0x04;
	writeFileSync(file, bytes);
}

/** The library read through its index, every section of it left in the file and checked when first read. */
async function load(onDamaged?: () => void) {
	const progress: LoadProgress[] = [];
	const corpus = await loadCorpus([library], { cacheDir, storedFrom: 0, onProgress: (p) => progress.push(p), ...(onDamaged ? { onDamaged } : {}) });
	const indexing = progress.filter((p) => p.phase === 'indexing').at(-1)!;
	return { corpus, reused: indexing.reused, total: indexing.total };
}

describe('a damaged block of the index found after the start', () => {
	for (const name of ['tokens', 'raws', 'rows'] as const) {
		it(`fails the read of it, removes the file, and the next start answers as a fresh read (a bit flipped in the sentences' ${READ_AS[name]})`, async () => {
			await settle();
			await load();
			spoil(name);
			let damaged = 0;
			const late = await load(() => damaged++);
			// Nothing of the section was read at the start: every source is taken from the index, and no source's text was decoded.
			expect(late.reused).toBe(late.total);
			expect([...late.corpus.sources.values()].every((source) => storedRawOf(source)?.isRead === false)).toBe(true);
			expect(() => answers(late.corpus)).toThrow(DamagedIndexError);
			expect(damaged).toBe(1);
			expect(indexFiles()).toEqual([]);
			const next = await load();
			expect(next.reused).toBe(0);
			expect(answers(next.corpus)).toEqual(answers(await loadCorpus([library])));
		});
	}

	it('fails the read of a damaged block of the changes saved beside the index, removes them, and the next start answers as a fresh read', async () => {
		// Large enough that one source is a few per cent of it: its change is saved beside the index.
		library = generateCorpus(tempFolder(), defaultCorpusDir(), 60, 600).dir;
		await settle();
		await load();
		const source = path.join(
			library,
			'sources',
			readdirSync(path.join(library, 'sources')).find((f) => f.startsWith('syn'))!,
		);
		// Sentences enough that the changed source's words take several blocks of the file.
		const added = Array.from({ length: 150 }, (_, n) => `In May ${1850 + n} Tashkent and Dushanbe signed water agreement ${n} on the Zarafshan.`);
		writeFileSync(source, `${readFileSync(source, 'utf8')}\n${added.join(' ')}\n`);
		await settle();
		await load();
		const changes = path.join(
			cacheDir,
			readdirSync(cacheDir).find((f) => f.endsWith('.changes'))!,
		);
		spoil('tokens', false, changes);
		let damaged = 0;
		const late = await load(() => damaged++);
		expect(late.reused).toBe(late.total);
		expect(() => answers(late.corpus)).toThrow(DamagedIndexError);
		expect(damaged).toBe(1);
		// The changes are removed and the index is kept: the next start reads the changed source again.
		expect(readdirSync(cacheDir)).toEqual(indexFiles());
		expect(indexFiles().length).toBe(1);
		const next = await load();
		expect(next.reused).toBe(next.total - 1);
		expect(answers(next.corpus)).toEqual(answers(await loadCorpus([library])));
	});

	for (const name of ['tokens', 'raws'] as const) {
		it(`leaves the command line's answers those of a fresh read: the check is done again on the corpus read afresh (${name})`, async () => {
			const paper = path.join(tempFolder(), 'paper.md');
			writeFileSync(paper, PAPER);
			let loads = 0;
			const host: CliHost = { corpusFor: (dirs) => (loads++, loadCorpus(dirs, { cacheDir, storedFrom: 0 })) };
			const run = async (given: CliHost) => {
				const out: string[] = [];
				const err: string[] = [];
				const code = await main(
					['check', '--format', 'json', '--corpus', library, paper],
					(s) => out.push(s),
					(s) => err.push(s),
					given,
				);
				return { code, out: out.join('\n'), err: err.join('\n') };
			};
			const fresh = await run({ corpusFor: (dirs) => loadCorpus(dirs) });
			await settle();
			expect(await run(host)).toEqual(fresh);
			spoil(name, true);
			loads = 0;
			const after = await run(host);
			expect(loads).toBe(2);
			expect(after.err).toContain('found damaged');
			expect({ ...after, err: fresh.err }).toEqual(fresh);
		});
	}
});

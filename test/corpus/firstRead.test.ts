// The first read of a library kept on disk: its sources read into the index file a batch at a time,
// their words and postings kept in files meanwhile rather than in memory, and the file then opened
// as a restart opens it. The file is the one the library read into memory and saved would give,
// byte for byte, whatever the batches; and the corpus opened from it answers as the one in memory.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { generatePaper } from '../../bench/paper';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { StoredSentence } from '../../server/src/domain/corpus/savedColumns';
import { defaultCorpusDir } from '../../server/src/wiring/corpusFiles';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { cleanUp, tempFolder } from '../server/harness';
import { indexesOf } from '../helpers/indexes';

const PAPER = generatePaper(1500, 3).text;

let library: string;
let inMemory: Corpus;
/** The index file the library read into memory gives when it is saved. */
let savedFromMemory: ReturnType<typeof indexFileIn>;

/**
 * The one index file in a cache folder (and nothing else left in it: no columns' files), as what
 * tells two of the same library apart: its header without the checksum, and its payload with the
 * time each file was seen at (which a read of the same files at another time changes) set to 0.
 */
function indexFileIn(cacheDir: string): { header: unknown; payload: Buffer } {
	const names = readdirSync(cacheDir);
	expect(names.filter((name) => name.endsWith('.bin'))).toHaveLength(1);
	expect(names.filter((name) => /\.(spill|tmp)$/.test(name))).toEqual([]);
	const bytes = readFileSync(
		path.join(
			cacheDir,
			names.find((name) => name.endsWith('.bin'))!,
		),
	);
	const line = bytes.indexOf(10);
	const { check, ...header } = JSON.parse(bytes.subarray(0, line).toString()) as { check: string; length: number };
	expect(check).toMatch(/^\w+:[0-9a-f]+$/);
	const table = (Math.ceil(header.length / 4096) * 4 + 7) & ~7;
	const payload = bytes.subarray(line + 1 + table);
	expect(payload.length).toBe(header.length);
	return { header, payload: Buffer.from(payload.toString('latin1').replace(/"seenAt":\d+/g, '"seenAt":0'), 'latin1') };
}

beforeAll(async () => {
	library = generateCorpus(tempFolder(), defaultCorpusDir(), 24, 600).dir;
	inMemory = await loadCorpus([library]);
	// Given the corpus read into memory as the earlier build, the load takes every source from it and saves it whole.
	const cacheDir = tempFolder();
	await loadCorpus([library], { cacheDir, previous: inMemory });
	savedFromMemory = indexFileIn(cacheDir);
});
afterAll(() => cleanUp(undefined));

/** Every sentence and aside as a check reads it. */
function sentencesOf(corpus: Corpus) {
	const plain = (list: readonly object[]) => JSON.parse(JSON.stringify(list.map((s) => ({ ...s, ...pick(s) })))) as unknown;
	return { sentences: plain(corpus.sentences), asides: plain(corpus.asides), sources: [...corpus.sources.values()].map((s) => ({ ...s, raw: s.raw })) };
}

/** A sentence's fields, those a restored sentence reads through getters among them. */
function pick(sentence: object) {
	const { id, key, page, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, aside } = sentence as Corpus['sentences'][number];
	return { id, key, page, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, aside };
}

/** The claims' candidates and the verdicts, by claim. */
function answers(corpus: Corpus) {
	const report = checkDocument(PAPER, 'markdown', corpus);
	const candidates = report.claims.map((claim) => corpus.retriever.candidates(corpus.analyzer.analyze(claim.text), 24).map((s) => [s.id, s.key]));
	return { candidates, verdicts: report.claims.map(({ text, verdict, message, evidence }) => JSON.stringify({ text, verdict, message, evidence })) };
}

describe('the first read of a library kept on disk', () => {
	it('writes the index that the library read into memory gives, byte for byte, in batches of any size, and opens it', async () => {
		expect(inMemory.asides.length).toBeGreaterThan(0);
		expect(inMemory.sentences.length).toBeGreaterThan(400);
		// One source at a time, a few at a time, and all at once.
		for (const batch of [1, 150, 1_000_000]) {
			const cacheDir = tempFolder();
			const read: string[] = [];
			const progress: number[] = [];
			const corpus = await loadCorpus([library], {
				cacheDir,
				firstReadBatch: batch,
				onRead: (file) => read.push(file),
				onProgress: (p) => progress.push(p.reused ?? 0),
			});
			const written = indexFileIn(cacheDir);
			expect(written.header).toEqual(savedFromMemory.header);
			expect(written.payload.equals(savedFromMemory.payload)).toBe(true);
			// Each file read once, and no source told as taken from an index.
			expect(new Set(read).size).toBe(read.length);
			expect(progress.every((reused) => reused === 0)).toBe(true);
			// The corpus is the one opened from the file: its sources' sentences are made from their rows.
			expect(corpus.indexed.size).toBe(inMemory.indexed.size);
			expect(corpus.sentences[0]).toBeInstanceOf(StoredSentence);
		}
	}, 120_000);

	it('writes the same index when the sources are read in threads', async () => {
		// The reading thread's bundle, as the build puts it beside the server's, started through a script that marks each start.
		const dir = tempFolder();
		const [script, marks] = [path.join(dir, 'readWorker.js'), path.join(dir, 'started')];
		await build({
			entryPoints: [path.join(__dirname, '..', '..', 'server', 'src', 'wiring', 'readWorker.ts')],
			outfile: path.join(dir, 'bundle.js'),
			bundle: true,
			platform: 'node',
			format: 'cjs',
			logLevel: 'warning',
		});
		writeFileSync(script, `require('node:fs').appendFileSync(${JSON.stringify(marks)}, 'x');\nrequire('./bundle.js');\n`);
		for (const count of [2, 3]) {
			writeFileSync(marks, '');
			const cacheDir = tempFolder();
			const indexing: number[] = [];
			const onProgress = (p: { phase: string; done: number }) => p.phase === 'indexing' && indexing.push(p.done);
			const corpus = await loadCorpus([library], { cacheDir, firstReadBatch: 150, firstReadThreads: { script, count, from: 0 }, onProgress });
			expect(readFileSync(marks, 'utf8')).toBe('x'.repeat(count));
			const written = indexFileIn(cacheDir);
			expect(written.header).toEqual(savedFromMemory.header);
			expect(written.payload.equals(savedFromMemory.payload)).toBe(true);
			expect(answers(corpus)).toEqual(answers(inMemory));
			// Each source told once, in order: read once, in the threads.
			expect(indexing).toEqual(Array.from({ length: inMemory.indexed.size }, (_, i) => i + 1));
		}
	}, 120_000);

	it('reads the library again in one thread, and says why, when the threads fail', async () => {
		const script = path.join(tempFolder(), 'readWorker.js');
		writeFileSync(script, "throw new Error('no reading here');\n");
		const cacheDir = tempFolder();
		const corpus = await loadCorpus([library], { cacheDir, firstReadThreads: { script, count: 2, from: 0 } });
		expect(corpus.problems.some((p) => p.includes('could not be read in threads') && p.includes('no reading here'))).toBe(true);
		expect(indexFileIn(cacheDir).payload.equals(savedFromMemory.payload)).toBe(true);
		expect(answers(corpus)).toEqual(answers(inMemory));
	}, 120_000);

	it('gives the sentences, indexes, candidates and verdicts of the library read into memory', async () => {
		const corpus = await loadCorpus([library], { cacheDir: tempFolder(), firstReadBatch: 100 });
		expect(sentencesOf(corpus)).toEqual(sentencesOf(inMemory));
		expect(indexesOf(corpus)).toEqual(indexesOf(inMemory));
		const expected = answers(inMemory);
		expect(answers(corpus)).toEqual(expected);
		expect(expected.verdicts.join()).toContain('"verdict":"supported"');
	}, 120_000);

	it('reads the library into memory, and says so, when the cache folder cannot be made', async () => {
		// A folder within a file: not even the superuser can make it.
		const file = path.join(tempFolder(), 'a-file');
		writeFileSync(file, '');
		const corpus = await loadCorpus([library], { cacheDir: path.join(file, 'index') });
		expect(corpus.problems.some((p) => p.includes('could not be saved'))).toBe(true);
		expect(answers(corpus)).toEqual(answers(inMemory));
	}, 120_000);
});

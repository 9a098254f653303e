// The changes to a library kept beside its saved index: a start after a few sources changed, came or
// went saves what changed in a small file beside the index and leaves the index as it is; the next
// start reads both and answers as a fresh read. Changes that grow large are saved as a whole index
// again, and changes that are damaged or were made against another index are not used.
import { copyFileSync, cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { generatePaper } from '../../bench/paper';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus, EvidenceSentence } from '../../server/src/domain/corpus/corpus';
import { OverlaidCounts } from '../../server/src/domain/corpus/overlaidCounts';
import { defaultCorpusDir, emptyReadCache } from '../../server/src/wiring/corpusFiles';
import { loadCorpus, type LoadOptions, type LoadProgress } from '../../server/src/wiring/loadCorpus';
import { cleanUp, tempFolder } from '../server/harness';
import { indexesOf } from '../helpers/indexes';

const PAPER = generatePaper(1200, 5).text;

let generated: string;
let library: string;
let cacheDir: string;

beforeAll(() => {
	// Two dozen sources: one of them is a few per cent of the library's sentences.
	generated = generateCorpus(tempFolder(), defaultCorpusDir(), 24, 600).dir;
});
beforeEach(() => {
	library = tempFolder();
	cpSync(generated, library, { recursive: true });
	cacheDir = tempFolder();
});
afterAll(() => cleanUp(undefined));

const sourcesDir = () => path.join(library, 'sources');
const synthetic = () =>
	readdirSync(sourcesDir())
		.filter((f) => f.startsWith('syn'))
		.sort();
const sourceFile = (n: number) => path.join(sourcesDir(), synthetic()[n]!);
const indexFile = () =>
	path.join(
		cacheDir,
		readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!,
	);
const changesFile = () => indexFile().replace(/\.bin$/, '.changes');

function sentenceContents(s: EvidenceSentence) {
	const { id, key, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, page, aside } = s;
	return { id, key, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, page, aside };
}

/** Everything the corpus holds, its retrieval indexes, and its answers about the paper: the claims' candidates in order and the verdicts. */
function answers(corpus: Corpus) {
	const report = checkDocument(PAPER, 'markdown', corpus);
	const candidates = report.claims.map((claim) => corpus.retriever.candidates(corpus.analyzer.analyze(claim.text), 16).map((s) => s.id));
	return {
		...(JSON.parse(
			JSON.stringify({
				sources: [...corpus.sources.values()].map(({ meta, path, raw, extracted, first, end }) => ({ meta, path, raw, extracted, first, end })),
				sentences: corpus.sentences.map(sentenceContents),
				asides: corpus.asides.map(sentenceContents),
				problems: corpus.problems,
				claims: report.claims.map(({ text, verdict, message, evidence }) => ({ text, verdict, message, evidence })),
				candidates,
			}),
		) as object),
		indexes: indexesOf(corpus),
	};
}

/** Loads the library through its saved index (every section left in its file), noting the files read and how many sources were reused. */
async function load(options: LoadOptions = {}) {
	const read: string[] = [];
	const progress: LoadProgress[] = [];
	const corpus = await loadCorpus([library], {
		cacheDir,
		storedFrom: 0,
		onRead: (file) => read.push(file),
		onProgress: (p) => progress.push(p),
		...options,
	});
	const indexing = progress.filter((p) => p.phase === 'indexing').at(-1)!;
	return { corpus, read: read.filter((file) => file.startsWith(library)).sort(), reused: indexing.reused, total: indexing.total };
}

const fresh = async () => answers(await loadCorpus([library]));

/** A start that reads no source again and answers as a fresh read. */
async function unchangedStart() {
	const next = await load();
	expect(next.read).toEqual([]);
	expect(next.reused).toBe(next.total);
	expect(answers(next.corpus)).toEqual(await fresh());
	return next;
}

/** The index file's bytes and identity on disk, to see that it was left as it was. */
const indexState = () => {
	const info = statSync(indexFile());
	return { ino: info.ino, mtimeMs: info.mtimeMs, bytes: readFileSync(indexFile()).toString('base64') };
};

/** Waits until the library's files are older than the window in which a file's times do not yet vouch for them. */
async function settle(): Promise<void> {
	const files = readdirSync(library, { recursive: true }).map((f) => statSync(path.join(library, String(f))));
	const newest = Math.max(...files.map((info) => Math.max(info.mtimeMs, info.ctimeMs)));
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, newest + 100 - Date.now())));
}

/** Adds a sentence to a synthetic source, and waits until its new times vouch for it. */
async function change(n: number, sentence: string): Promise<void> {
	writeFileSync(sourceFile(n), `${readFileSync(sourceFile(n), 'utf8')}\n${sentence}\n`);
	await settle();
}

/** The library's index saved, then one source changed and the change saved: the index file's state as first saved, and the load that saved the change. */
async function savedWithChange(n: number, sentence: string) {
	await settle();
	await load();
	const before = indexState();
	await change(n, sentence);
	return { before, changed: await load() };
}

describe('the changes kept beside the saved index', () => {
	it('save one changed, one added and one removed source beside the index, and the next start answers as a fresh read', async () => {
		const { before, changed } = await savedWithChange(2, 'In May 2031 Tashkent and Dushanbe signed a water agreement on the Zarafshan.');
		expect(changed.read).toEqual([sourceFile(2)]);
		expect(indexState()).toEqual(before);
		expect(existsSync(changesFile())).toBe(true);
		expect(changed.corpus.indexData().sentences).toBeInstanceOf(OverlaidCounts);
		expect(answers(changed.corpus)).toEqual(await fresh());
		// The next start reads the index and the changes, and no source again.
		await unchangedStart();

		// A source added (with its entry) and one removed.
		const added = path.join(sourcesDir(), 'added2031.txt');
		writeFileSync(added, 'In June 2031 Tashkent hosted a conference on water in the Ferghana Valley. The Zarafshan agreement was ratified.\n');
		writeFileSync(
			path.join(library, 'sources.bib'),
			`${readFileSync(path.join(library, 'sources.bib'), 'utf8')}\n@misc{added2031, title = {Added}, year = {2031}}\n`,
		);
		const removed = sourceFile(7);
		rmSync(removed);
		await settle();
		const more = await load();
		expect(more.read).toContain(added);
		expect(indexState()).toEqual(before);
		expect(answers(more.corpus)).toEqual(await fresh());
		await unchangedStart();
	}, 180_000);

	it('gather change after change against the same index, in fresh starts and in one process', async () => {
		const { before } = await savedWithChange(1, 'In May 2031 Tashkent and Dushanbe signed a water agreement.');
		await change(4, 'In 2032 Kabul and Tashkent opened a railway to Termez.');
		await load();
		await change(1, 'The agreement was suspended in March 2033.');
		const third = await load();
		expect(third.read).toEqual([sourceFile(1)]);
		expect(indexState()).toEqual(before);
		expect(answers(third.corpus)).toEqual(await fresh());

		// As a server does: each load given the corpus before it and the files as read.
		const files = emptyReadCache();
		let previous = (await load({ files })).corpus;
		for (const [n, sentence] of [
			[1, 'Bishkek hosted the summit in 2034.'],
			[4, 'The railway to Termez carried 40,000 tonnes in 2035.'],
		] as const) {
			await change(n, sentence);
			previous = (await load({ files, previous })).corpus;
			expect(answers(previous)).toEqual(await fresh());
		}
		expect(indexState()).toEqual(before);
		await unchangedStart();
	}, 240_000);

	it('are saved as a whole index again once they hold a tenth of the library', async () => {
		const { before } = await savedWithChange(0, 'In May 2031 Tashkent and Dushanbe signed a water agreement.');
		expect(existsSync(changesFile())).toBe(true);
		for (const n of [3, 5, 8, 11]) await change(n, `In ${2030 + n} Astana proposed a new water agreement.`);
		const many = await load();
		expect(many.read.length).toBe(4);
		expect(indexState().bytes).not.toEqual(before.bytes);
		expect(existsSync(changesFile())).toBe(false);
		expect(answers(many.corpus)).toEqual(await fresh());
		const next = await unchangedStart();
		expect(next.corpus.indexData().sentences).not.toBeInstanceOf(OverlaidCounts);
	}, 180_000);

	/** Saves a change beside the index, spoils the changes, and checks that the next start uses the index alone: the changed file read again, the answers a fresh read's. */
	async function spoiled(spoil: (bytes: Buffer) => Buffer): Promise<void> {
		await savedWithChange(2, 'In May 2031 Tashkent and Dushanbe signed a water agreement on the Zarafshan.');
		writeFileSync(changesFile(), spoil(readFileSync(changesFile())));
		const next = await load();
		expect(next.read).toEqual([sourceFile(2)]);
		expect(next.reused).toBe(next.total - 1);
		expect(answers(next.corpus)).toEqual(await fresh());
		// And the changes were saved again: the start after reads nothing.
		expect((await load()).read).toEqual([]);
	}

	const header = (bytes: Buffer) => JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString()) as Record<string, unknown>;
	const withHeader = (bytes: Buffer, change: Record<string, unknown>) =>
		Buffer.concat([Buffer.from(`${JSON.stringify({ ...header(bytes), ...change })}\n`), bytes.subarray(bytes.indexOf(0x0a) + 1)]);

	it('are not used when cut short', () => spoiled((bytes) => bytes.subarray(0, Math.floor(bytes.length * 0.7))), 120_000);
	it(
		'are not used with bytes flipped in what they keep',
		() =>
			spoiled((bytes) => {
				const copy = Buffer.from(bytes);
				for (const at of [0.3, 0.6, 0.9]) copy[Math.floor(copy.length * at)]! ^= 0x01;
				return copy;
			}),
		120_000,
	);
	it('are not used when they name another index', () => spoiled((bytes) => withHeader(bytes, { base: 'crc32:12345678/1000' })), 120_000);
	it('are not used when another version of CiteCheck wrote them', () => spoiled((bytes) => withHeader(bytes, { program: '0.0.0-other' })), 120_000);
	it('are not used when they are an index', () => spoiled(() => readFileSync(indexFile())), 120_000);

	it('are not used beside another index of the same library, made after other changes', async () => {
		await settle();
		await load();
		const first = readFileSync(indexFile());
		await change(2, 'In May 2031 Tashkent and Dushanbe signed a water agreement on the Zarafshan.');
		// Another index of the same library, with source 2 changed, and changes made against it.
		const otherCache = tempFolder();
		await load({ cacheDir: otherCache });
		await change(5, 'In 2032 Kabul and Tashkent opened a railway to Termez.');
		await load({ cacheDir: otherCache });
		const otherChanges = path.join(
			otherCache,
			readdirSync(otherCache).find((f) => f.endsWith('.changes'))!,
		);
		writeFileSync(indexFile(), first);
		copyFileSync(otherChanges, changesFile());
		const next = await load();
		expect(next.read).toEqual([sourceFile(2), sourceFile(5)].sort());
		expect(answers(next.corpus)).toEqual(await fresh());
	}, 180_000);
});

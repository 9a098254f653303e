// The index kept on disk: a start with the same files reads no source again, and a start with a
// damaged, foreign or stale index gives what a fresh read gives.
import { cpSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus, EvidenceSentence } from '../../server/src/domain/corpus/corpus';
import { loadCorpus, type LoadProgress } from '../../server/src/wiring/loadCorpus';
import { cleanUp, tempFolder } from '../server/harness';
import { indexesOf } from '../helpers/indexes';

const LIBRARY = path.join(__dirname, '..', 'fixtures', 'library');
const PAPER = [
	'The Uzbek enclave of Sokh, inside Kyrgyzstan, is the largest of the enclaves in the Ferghana Valley [@karimova2019].',
	'The Termez to Mazar-i-Sharif railway was completed in 2011.',
	'Joint border patrols in the Ferghana Valley began in 2019.',
	'Uzbekistan suspended its membership of the CSTO in June 2013.',
].join('\n\n');

let library: string;
let cacheDir: string;

beforeEach(() => {
	library = tempFolder();
	cpSync(LIBRARY, library, { recursive: true });
	writeFileSync(path.join(library, 'extra2020.txt'), 'In May 2020 Tashkent and Dushanbe signed a water agreement on the Zarafshan.\n');
	cacheDir = tempFolder();
});
afterEach(() => cleanUp(undefined));

/** Everything a sentence says, its words, dates and figures included, in one order. */
function sentenceContents(s: EvidenceSentence) {
	const { id, key, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, page, aside } = s;
	return { id, key, text, location, paragraph, paragraphSentences, caption, analysis, dates, numbers, page, aside };
}

/** What a corpus holds and what it answers about the paper. */
function answers(corpus: Corpus) {
	const report = checkDocument(PAPER, 'markdown', corpus);
	return JSON.parse(
		JSON.stringify({
			sources: [...corpus.sources.values()].map(({ meta, path, raw, extracted, first, end }) => ({ meta, path, raw, extracted, first, end })),
			sentences: corpus.sentences.map(sentenceContents),
			asides: corpus.asides.map(sentenceContents),
			problems: corpus.problems,
			claims: report.claims.map(({ text, verdict, message, evidence, fixes }) => ({ text, verdict, message, evidence, fixes })),
		}),
	) as unknown;
}

/** Loads the library through the index, noting the files read and how many sources were reused. */
async function load() {
	const read: string[] = [];
	const progress: LoadProgress[] = [];
	const corpus = await loadCorpus([library], { cacheDir, onRead: (file) => read.push(file), onProgress: (p) => progress.push(p) });
	const indexing = progress.filter((p) => p.phase === 'indexing').at(-1);
	return { corpus, read: read.filter((file) => file.startsWith(library)), reused: indexing?.reused, total: indexing?.total };
}

const fresh = async () => answers(await loadCorpus([library]));
const indexFile = () =>
	path.join(
		cacheDir,
		readdirSync(cacheDir).find((f) => f.endsWith('.bin'))!,
	);

/** Waits until the library's files are older than the window in which a file's times do not yet vouch for it. */
async function settle(): Promise<void> {
	const newest = Math.max(...readdirSync(library).map((f) => Math.max(statSync(path.join(library, f)).mtimeMs, statSync(path.join(library, f)).ctimeMs)));
	await new Promise((resolve) => setTimeout(resolve, Math.max(0, newest + 100 - Date.now())));
}

describe('the index kept on disk', () => {
	it('is written after a first read, and a start with the same files reads and indexes no source again', async () => {
		await settle();
		const first = await load();
		expect(first.read.length).toBeGreaterThan(4);
		expect(first.reused).toBe(0);
		const second = await load();
		expect(second.read).toEqual([]);
		expect(second.reused).toBe(second.total);
		expect(answers(second.corpus)).toEqual(answers(first.corpus));
		expect(answers(second.corpus)).toEqual(await fresh());
	});

	it('reads again only what changed behind its back: same size and modification time, new content; a file removed; a file added', async () => {
		const markdown = path.join(library, 'karimova2019.md');
		// A time a copy or an archive restores exactly.
		const then = new Date('2020-01-01T00:00:00Z');
		utimesSync(markdown, then, then);
		await settle();
		await load();
		const before = statSync(markdown);
		writeFileSync(markdown, readFileSync(markdown, 'utf8').replace('Sokh', 'Sox!'));
		utimesSync(markdown, then, then);
		expect(statSync(markdown).size).toBe(before.size);
		expect(statSync(markdown).mtimeMs).toBe(before.mtimeMs);
		rmSync(path.join(library, 'extra2020.txt'));
		writeFileSync(path.join(library, 'added2021.txt'), 'In June 2021 Tashkent hosted a conference on Central and South Asia.\n');
		const changed = await load();
		expect(changed.read.sort()).toEqual([path.join(library, 'added2021.txt'), markdown]);
		expect(changed.reused).toBe(changed.total! - 2);
		expect(answers(changed.corpus)).toEqual(await fresh());
		expect(JSON.stringify(answers(changed.corpus))).toContain('Sox!');
		// The retrieval indexes were spliced from the saved ones, and are those of a fresh read.
		expect(indexesOf(changed.corpus)).toEqual(indexesOf(await loadCorpus([library])));
	});

	/** Writes the index, spoils it, and checks that the next start reads every source afresh and answers as a fresh read. */
	async function spoiled(spoil: (bytes: Buffer) => Buffer): Promise<void> {
		await settle();
		await load();
		writeFileSync(indexFile(), spoil(readFileSync(indexFile())));
		const next = await load();
		expect(next.reused).toBe(0);
		expect(next.read.length).toBeGreaterThan(4);
		expect(answers(next.corpus)).toEqual(await fresh());
		// And it was written again, whole: the start after reuses everything.
		expect((await load()).reused).toBe(next.total);
	}

	const header = (bytes: Buffer) => JSON.parse(bytes.subarray(0, bytes.indexOf(0x0a)).toString()) as Record<string, unknown>;
	const withHeader = (bytes: Buffer, change: Record<string, unknown>) =>
		Buffer.concat([Buffer.from(`${JSON.stringify({ ...header(bytes), ...change })}\n`), bytes.subarray(bytes.indexOf(0x0a) + 1)]);

	it('is not used when cut short', () => spoiled((bytes) => bytes.subarray(0, Math.floor(bytes.length / 2))));
	it('is not used with a byte flipped in what it keeps', () =>
		spoiled((bytes) => {
			const copy = Buffer.from(bytes);
			for (const at of [0.3, 0.6, 0.9]) copy[Math.floor(copy.length * at)]! ^= 0x01;
			return copy;
		}));
	it('is not used with a byte flipped in its header', () =>
		spoiled((bytes) => {
			const copy = Buffer.from(bytes);
			copy[10]! ^= 0x20;
			return copy;
		}));
	it('is not used when it is of another format', () => spoiled((bytes) => withHeader(bytes, { format: 999 })));
	it('is not used when another version of CiteCheck wrote it', () => spoiled((bytes) => withHeader(bytes, { program: '0.0.0-other' })));
	it('is not used when another build of the same version wrote it', () => spoiled((bytes) => withHeader(bytes, { build: 'another-build' })));
	it('is not used when it is some other file', () => spoiled(() => Buffer.from('{"kind":"something else"}\nnot an index')));
	it('is not used when it is empty', () => spoiled(() => Buffer.alloc(0)));

	it('reads everything afresh, and writes nothing, without a cache folder', async () => {
		const read: string[] = [];
		await loadCorpus([library], { onRead: (file) => read.push(file) });
		await loadCorpus([library], { onRead: (file) => read.push(file) });
		expect(read.filter((f) => f.startsWith(library)).length).toBeGreaterThan(8);
		expect(readdirSync(cacheDir)).toEqual([]);
	});
});

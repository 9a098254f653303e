// The index read from its file where it lies: a library's words, dates, figures and postings are
// read a range at a time when a check asks for them. Its answers are those of the index held in
// memory: the same candidates for every claim and the same verdicts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { generatePaper } from '../../bench/paper';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { defaultCorpusDir } from '../../server/src/wiring/corpusFiles';
import type { TermCounts } from '../../server/src/domain/corpus/termCounts';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { cleanUp, tempFolder } from '../server/harness';
import { indexesOf } from '../helpers/indexes';

const PAPER = generatePaper(1500, 3).text;

let library: string;
let cacheDir: string;
let inMemory: Corpus;

beforeAll(async () => {
	library = generateCorpus(tempFolder(), defaultCorpusDir(), 24, 600).dir;
	cacheDir = tempFolder();
	inMemory = await loadCorpus([library]);
});
afterAll(() => cleanUp(undefined));

/** The library read through its index file, every section of it left in the file. */
const fromFile = () => loadCorpus([library], { cacheDir, storedFrom: 0 });

/** The claims' candidates and the verdicts, by claim. */
function answers(corpus: Corpus) {
	const report = checkDocument(PAPER, 'markdown', corpus);
	const candidates = report.claims.map((claim) =>
		corpus.retriever.candidates(corpus.analyzer.analyze(claim.text), 24).map((s) => [s.id, s.key, s.text, s.dates, s.numbers, s.analysis]),
	);
	return JSON.parse(
		JSON.stringify({ candidates, verdicts: report.claims.map(({ text, verdict, message, evidence }) => ({ text, verdict, message, evidence })) }),
	) as unknown;
}

describe('the index read from its file where it lies', () => {
	it('gives the candidates and verdicts of the index held in memory, unchanged and with a source changed', async () => {
		await fromFile();
		const restored = await fromFile();
		// Its postings were left in the file, and are read a range at a time.
		expect(ArrayBuffer.isView((restored.indexData().sentences as TermCounts).docs)).toBe(false);
		expect(restored.indexed.size).toBe(inMemory.indexed.size);
		const expected = answers(inMemory);
		expect(answers(restored)).toEqual(expected);
		expect(JSON.stringify(expected)).toContain('"verdict":"supported"');

		const file = path.join(library, 'sources', readdirSync(path.join(library, 'sources')).sort()[5]!);
		writeFileSync(file, `${readFileSync(file, 'utf8')}\nIn May 2031 Tashkent and Dushanbe signed a water agreement on the Zarafshan.\n`);
		const changed = await fromFile();
		const fresh = await loadCorpus([library]);
		expect(answers(changed)).toEqual(answers(fresh));
		expect(indexesOf(changed)).toEqual(indexesOf(fresh));
		// And the index written again from what was read where it lies is whole: the next start answers the same.
		expect(answers(await fromFile())).toEqual(answers(fresh));
	}, 120_000);
});

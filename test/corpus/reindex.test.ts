import { cpSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCorpus, type Corpus, type CorpusInput } from '../../server/src/domain/corpus/corpus';
import { readVocabulary } from '../../server/src/domain/vocabulary';
import { emptyReadCache } from '../../server/src/wiring/corpusFiles';
import { loadCorpus, type LoadProgress } from '../../server/src/wiring/loadCorpus';
import { cleanUp, tempFolder } from '../server/harness';
import { indexesOf } from '../helpers/indexes';

const LIBRARY = path.join(__dirname, '..', 'fixtures', 'library');

afterEach(() => cleanUp(undefined));

const BIB = ['one', 'two', 'three'].map((k) => `@misc{${k}, title = {Source ${k}}, year = {2019}}`).join('\n');
const TEXTS: Record<string, string> = {
	one: 'Uzbekistan reopened the Oybek border post with Tajikistan in March 2018.\n',
	two: 'The railway to Mazar-i-Sharif was completed in 2011.\n',
	three: 'Tashkent hosted a conference on Afghanistan in March 2018.\n',
};

function input(texts: Record<string, string>, vocabularyKey = 'v1', words: Record<string, unknown> = {}): CorpusInput {
	return {
		bibliographies: [{ path: 'refs.bib', text: BIB }],
		sources: Object.entries(texts).map(([key, raw]) => ({ key, raw })),
		vocabulary: readVocabulary(words).vocabulary,
		vocabularyKey,
	};
}

/** What a corpus says, without the objects it is made of. */
const contents = (corpus: Corpus) => JSON.stringify(corpus.sentences.map(({ analysis, ...rest }) => ({ ...rest, tokens: analysis.tokens.map((t) => t.key) })));

describe('building a corpus again', () => {
	it('reads again only the source that changed, and gives what a fresh build gives', () => {
		const before = buildCorpus(input(TEXTS));
		const changed = { ...TEXTS, two: 'The railway to Mazar-i-Sharif was completed in 2011.\n\nIt is 75 kilometres long.\n' };
		const after = buildCorpus(input(changed), before);
		expect(after.indexed.get('one')!.sentences).toBe(before.indexed.get('one')!.sentences);
		expect(after.indexed.get('three')!.sentences).toBe(before.indexed.get('three')!.sentences);
		expect(after.indexed.get('two')!.sentences).not.toBe(before.indexed.get('two')!.sentences);
		expect(contents(after)).toBe(contents(buildCorpus(input(changed))));
		// Its retrieval indexes, spliced from the earlier ones, are those a fresh build works out.
		expect(indexesOf(after)).toEqual(indexesOf(buildCorpus(input(changed))));
		expect(after.retriever.candidates(after.analyzer.analyze('The railway is 75 kilometres long.'), 1)[0]?.key).toBe('two');
		// Sentences are numbered across the corpus as a fresh build numbers them.
		expect(after.sentences.map((s) => s.id)).toEqual(after.sentences.map((_, i) => i));
	});

	it('reads every source again under another vocabulary', () => {
		const before = buildCorpus(input(TEXTS));
		const after = buildCorpus(input(TEXTS, 'v2'), before);
		for (const key of Object.keys(TEXTS)) expect(after.indexed.get(key)!.sentences).not.toBe(before.indexed.get(key)!.sentences);
		expect(after.analyzer).not.toBe(before.analyzer);
	});

	it('drops a removed source and adds a new one', () => {
		const before = buildCorpus(input(TEXTS));
		const { two: _removed, ...rest } = TEXTS;
		const after = buildCorpus(
			{
				...input({ ...rest, four: 'Kabul and Tashkent signed a transit agreement in 2019.\n' }),
				bibliographies: [{ path: 'refs.bib', text: `${BIB}\n@misc{four, title = {Four}}` }],
			},
			before,
		);
		expect([...after.sources.keys()]).toEqual(['one', 'three', 'four']);
		expect(after.indexed.get('one')!.sentences).toBe(before.indexed.get('one')!.sentences);
		expect(indexesOf(after)).toEqual(
			indexesOf(
				buildCorpus({
					...input({ ...rest, four: 'Kabul and Tashkent signed a transit agreement in 2019.\n' }),
					bibliographies: [{ path: 'refs.bib', text: `${BIB}\n@misc{four, title = {Four}}` }],
				}),
			),
		);
	});
});

describe('loading a corpus folder again', () => {
	it('takes unchanged files from the cache (a PDF is not read again) and reports its progress', async () => {
		const dir = tempFolder();
		cpSync(LIBRARY, dir, { recursive: true });
		const files = emptyReadCache();
		const first = await loadCorpus([dir], { files });
		const pdf = path.join(dir, 'Nazarov - 2021 - Rail, Trade and Security on the Afghan Border.pdf');
		const markdown = path.join(dir, 'karimova2019.md');
		writeFileSync(markdown, `${readFileSync(markdown, 'utf8')}\nThe Sokh enclave has about 70,000 inhabitants.\n`);
		const progress: LoadProgress[] = [];
		const second = await loadCorpus([dir], { files, previous: first, onProgress: (p) => progress.push(p), pause: () => Promise.resolve() });
		expect(second.problems).toEqual([]);
		// The PDF's text and layout are the very objects read the first time: it was not read again.
		expect(second.indexed.get('nazarov2021')!.entry.layout).toBe(first.indexed.get('nazarov2021')!.entry.layout);
		expect(second.indexed.get('nazarov2021')!.sentences).toBe(first.indexed.get('nazarov2021')!.sentences);
		expect(second.indexed.get('karimova2019')!.sentences).not.toBe(first.indexed.get('karimova2019')!.sentences);
		expect(progress.filter((p) => p.phase === 'reading').map((p) => p.done)).toEqual(
			[1, 2, 3, 4, 5, 6, 7, 8, 9].slice(0, progress.filter((p) => p.phase === 'reading').length),
		);
		expect(progress.filter((p) => p.phase === 'indexing').at(-1)).toEqual({ phase: 'indexing', done: 4, total: 4, reused: 3 });

		// A file that changed is read again: a spoiled PDF is reported.
		writeFileSync(pdf, Buffer.alloc(statSync(pdf).size, 0x20));
		utimesSync(pdf, new Date(Date.now() + 5000), new Date(Date.now() + 5000));
		const third = await loadCorpus([dir], { files, previous: second });
		expect(third.problems).toContain(`${pdf}: is not a valid PDF file`);
		expect(third.source('karimova2019')).toBeDefined();
	});
});

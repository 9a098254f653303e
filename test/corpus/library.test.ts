import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { shortLabel } from '../../server/src/domain/corpus/bibliography';
import { parseCslJson } from '../../server/src/domain/corpus/csl';
import { htmlToText } from '../../server/src/domain/corpus/html';
import { defaultCorpusDir, readCorpusFolder } from '../../server/src/wiring/corpusFiles';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';

const LIBRARY = path.join(__dirname, '..', 'fixtures', 'library');

const temps: string[] = [];
afterEach(() => {
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(files: Record<string, string>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'citecheck-library-'));
	temps.push(dir);
	for (const [name, content] of Object.entries(files)) {
		mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
		writeFileSync(path.join(dir, name), content);
	}
	return dir;
}

describe('htmlToText', () => {
	it('keeps the visible text, one paragraph per block, without scripts, styles or navigation', () => {
		const text = htmlToText(
			'<html><head><title>T</title><style>p{}</style></head><body><nav>Home | About</nav><script>var x = "hidden";</script>' +
				'<h1>Heading</h1><p>First <em>sentence</em> here.</p><ul><li>One</li><li>Two</li></ul><p>A&amp;B &#8211; done</p></body></html>',
		);
		expect(text).toBe('Heading\n\nFirst sentence here.\n\nOne\n\nTwo\n\nA&B – done\n');
	});

	it('starts each paragraph on the line of the page where its text starts, as far as blank lines between paragraphs allow', () => {
		const page = '<!DOCTYPE html>\n<html>\n<body>\n<p>\n  One.\n</p>\n\n\n<p>Two\nlines.</p>\n<p>Three.</p>\n</body>\n</html>\n';
		expect(htmlToText(page).split('\n')).toEqual(['', '', '', '', 'One.', '', '', '', 'Two lines.', '', 'Three.', '']);
	});

	it('gives nothing for a page without text', () => {
		expect(htmlToText('<script>x()</script>')).toBe('');
	});
});

describe('parseCslJson', () => {
	it('reads Zotero and Better BibTeX items: the citation key, else the id', () => {
		const parsed = parseCslJson(
			JSON.stringify([
				{
					id: 'x1',
					'citation-key': 'smith2020',
					type: 'report',
					title: 'Report',
					author: [{ family: 'Smith', given: 'Ann' }, { literal: 'OSCE' }],
					issued: { 'date-parts': [[2020, 5, 3]] },
					publisher: 'P',
				},
				{ id: 'jones2018', type: 'article-journal', title: 'Article', 'container-title': 'J', issue: 4, issued: { raw: '2018-02' } },
				{ id: '', type: 'book' },
			]),
		);
		expect(parsed.entries).toEqual([
			{
				key: 'smith2020',
				type: 'techreport',
				title: 'Report',
				authors: [{ family: 'Smith', given: 'Ann' }, { family: 'OSCE' }],
				publisher: 'P',
				year: 2020,
				month: 5,
				day: 3,
			},
			{ key: 'jones2018', type: 'article', title: 'Article', authors: [], publication: 'J', number: '4', year: 2018, month: 2 },
		]);
		expect(parsed.problems).toEqual(['item 3 has no usable "id"; it is skipped']);
	});

	it('reports text that is not CSL-JSON', () => {
		expect(parseCslJson('{"a": 1}').problems).toEqual(['is not CSL-JSON (an array of items, each with an "id")']);
		expect(parseCslJson('[').problems[0]).toMatch(/could not be read/);
	});
});

describe('a library folder of PDF, Markdown and HTML sources with a Zotero .bib and CSL-JSON metadata', () => {
	it('reads the sources beside the metadata, the HTML as text, the PDFs keyed by the files the .bib names', async () => {
		const files = await readCorpusFolder(LIBRARY);
		expect(files.problems).toEqual([]);
		expect(files.bibPath && path.basename(files.bibPath)).toBe('library.bib');
		expect(files.csl.map((c) => path.basename(c.path))).toEqual(['library.json']);
		expect(files.sources.map((s) => [s.key, path.basename(s.path)])).toEqual([
			['bmsc2019', 'Border Management Staff College - 2019 - Joint Border Patrols in the Ferghana Valley.pdf'],
			['borderwatch2020', 'borderwatch2020.html'],
			['karimova2019', 'karimova2019.md'],
			['nazarov2021', 'Nazarov - 2021 - Rail, Trade and Security on the Afghan Border.pdf'],
		]);
		expect(files.sources[0]!.layout?.pages.map((p) => p.label)).toEqual(['1', '2']);
		const html = files.sources[1]!.raw.trimStart();
		expect(html).toMatch(/^Demarcation Talks Resume on the Uzbek-Kyrgyz Border\n\nGovernment delegations/);
		expect(html).not.toMatch(/Subscribe|tracker|font-family|About Border Watch/);
	});

	it('merges with the shipped corpus: metadata matched by key, every source searchable', async () => {
		const corpus = await loadCorpus([defaultCorpusDir(), LIBRARY]);
		expect(corpus.problems).toEqual([]);
		expect([...corpus.sources.keys()]).toEqual([
			'altynbayev2021',
			'edm2006',
			'edm2013',
			'ramani2017',
			'weitz2014',
			'bmsc2019',
			'borderwatch2020',
			'karimova2019',
			'nazarov2021',
		]);
		expect(shortLabel(corpus.source('karimova2019')!.meta)).toBe('Karimova 2019');
		expect(corpus.source('borderwatch2020')!.meta).toMatchObject({
			type: 'online',
			year: 2020,
			month: 11,
			day: 12,
			url: 'https://example.org/border-watch/demarcation-talks',
		});
		const found = corpus.retriever.candidates(corpus.analyzer.analyze('The Uzbek enclave of Sokh lies inside Kyrgyzstan.'), 3);
		expect(found[0]?.key).toBe('karimova2019');
	});

	it('keeps the first text of a key and names the file it skipped', async () => {
		const other = tempFolder({ 'refs.bib': '@misc{karimova2019, title = {Another}}\n', 'sources/karimova2019.txt': 'Another text.\n' });
		const corpus = await loadCorpus([LIBRARY, other]);
		expect(corpus.source('karimova2019')!.path).toBe(path.join(LIBRARY, 'karimova2019.md'));
		expect(corpus.source('karimova2019')!.meta.title).toBe('Water, Borders and Security in the Ferghana Valley');
		expect(corpus.problems).toContain(
			`${path.join(other, 'sources', 'karimova2019.txt')}: a second text for the key "karimova2019" is ignored (${path.join(LIBRARY, 'karimova2019.md')} is used)`,
		);
	});

	it('adds a folder’s vocabulary to the shipped one: lists and maps add up, a list given as something else is reported and loses nothing', async () => {
		const mine = tempFolder({ 'vocabulary/mine.json': JSON.stringify({ demonyms: ['Martian'], notes: { a: 'one' } }) });
		const theirs = tempFolder({ 'vocabulary/theirs.json': JSON.stringify({ notes: { b: 'two' }, demonyms: 'Venusian' }) });
		const corpus = await loadCorpus([mine, theirs]);
		expect(corpus.vocabulary.extra.notes).toEqual({ a: 'one', b: 'two' });
		expect(corpus.problems).toContain(
			`${theirs}: vocabulary "demonyms" is also defined in another vocabulary file with a different shape; this file's value is ignored`,
		);
		// The malformed list loses nothing: the shipped names and the first folder's stay.
		expect(corpus.vocabulary.demonyms).toContain('Martian');
		expect(corpus.vocabulary.demonyms.length).toBeGreaterThan(1);
		const alone = await loadCorpus([mine]);
		expect(alone.vocabulary.demonyms).toContain('Martian');
		expect(alone.vocabulary.demonyms.length).toBeGreaterThan(1);
	});

	it('reports a cleaning list that is not a list of strings, once, as the vocabulary is read', async () => {
		const mine = tempFolder({ 'vocabulary/cleaning.json': JSON.stringify({ shareWidgets: [['Share']] }) });
		const corpus = await loadCorpus([mine]);
		expect(corpus.problems.filter((p) => p.includes('shareWidgets'))).toEqual(['vocabulary "shareWidgets" must be a list of strings; it was ignored']);
		expect(corpus.vocabulary.cleaning.commentMarkers.length).toBeGreaterThan(0);
	});

	it('keys a text by the file a Zotero export names, wherever Zotero keeps it', async () => {
		const dir = tempFolder({
			'My Library.bib':
				'@report{osce2021, title = {Report}, file = {/home/someone/Zotero/storage/ABCD1234/OSCE Report.html;/home/someone/Zotero/storage/ABCD1234/snapshot.png}}\n',
			'OSCE Report.html': '<p>Text of the report.</p>',
		});
		const files = await readCorpusFolder(dir);
		expect(files.problems).toEqual([]);
		expect(files.sources.map((s) => [s.key, s.raw])).toEqual([['osce2021', 'Text of the report.\n']]);
	});
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullReference, parseBibliography, referenceOf, shortLabel, shortNote } from '../../server/src/domain/corpus/bibliography';
import { defaultCorpusDir } from '../../server/src/wiring/corpusFiles';

const shipped = () => parseBibliography(readFileSync(path.join(defaultCorpusDir(), 'sources.bib'), 'utf8'));
const byKey = (key: string) => {
	const meta = shipped().entries.find((e) => e.key === key);
	if (!meta) throw new Error(`no entry ${key}`);
	return meta;
};

describe('the shipped bibliography', () => {
	it('holds the five sources without problems', () => {
		const { entries, problems } = shipped();
		expect(problems).toEqual([]);
		expect(entries.map((e) => e.key)).toEqual(['weitz2014', 'edm2013', 'ramani2017', 'edm2006', 'altynbayev2021']);
		for (const e of entries) expect(e.file).toBe(`sources/${e.key}.txt`);
	});

	it('reads a report with its series and number as the publication', () => {
		expect(byKey('weitz2014')).toMatchObject({
			type: 'techreport',
			authors: [{ family: 'Weitz', given: 'Richard' }],
			title: "Uzbekistan's National Security Strategy: Threat and Response",
			publication: 'Uzbekistan Initiative Papers No. 12',
			publisher: 'Central Asia Program, George Washington University',
			number: '12',
			year: 2014,
			month: 3,
		});
		expect(byKey('weitz2014').day).toBeUndefined();
	});

	it('leaves out what the file does not give', () => {
		const edm = byKey('edm2013');
		expect(edm).toMatchObject({
			authors: [],
			publication: 'Eurasia Daily Monitor',
			volume: '10',
			number: '76',
			publisher: 'Jamestown Foundation',
			year: 2013,
			month: 4,
		});
		expect(Object.keys(edm)).not.toContain('day');
		const altynbayev = byKey('altynbayev2021');
		expect(altynbayev).toMatchObject({ authors: [{ family: 'Altynbayev', given: 'Kanat' }], publication: 'Caravanserai', year: 2021 });
		expect(altynbayev.month).toBeUndefined();
		expect(byKey('ramani2017')).toMatchObject({ series: 'Crossroads Asia', publication: 'The Diplomat', month: 7, year: 2017 });
		expect(byKey('edm2006')).toMatchObject({ volume: '3', number: '167', month: 9, year: 2006 });
	});
});

describe('parseBibliography', () => {
	it('accepts month macros and month names', () => {
		const { entries, problems } = parseBibliography(`
@article{a, title = {A}, year = 2001, month = mar}
@article{b, title = {B}, year = {2002}, month = {September}, day = {5}}
@article{c, title = {C}, date = {2021-07-16}}
`);
		expect(problems).toEqual([]);
		expect(entries.map((e) => [e.key, e.year, e.month, e.day])).toEqual([
			['a', 2001, 3, undefined],
			['b', 2002, 9, 5],
			['c', 2021, 7, 16],
		]);
	});

	it('skips a broken entry with a message naming it and its line, and keeps the others', () => {
		const text = [
			'@article{good1, title = {One}, year = 2001}',
			'',
			'@article{broken, title = {Two, year = 2002}',
			'',
			'@article{good2, title = {Three}, year = 2003}',
			'',
		].join('\n');
		const { entries, problems } = parseBibliography(text);
		expect(entries.map((e) => e.key)).toContain('good1');
		expect(entries.map((e) => e.key)).not.toContain('broken');
		expect(problems.some((p) => p.includes('"broken"') && p.includes('line 3'))).toBe(true);
	});

	it('keeps the first of two entries with one key and reports the second', () => {
		const { entries, problems } = parseBibliography('@article{k, title = {First}}\n@article{other, title = {Other}}\n@article{k, title = {Second}}\n');
		expect(entries.map((e) => [e.key, e.title])).toEqual([
			['k', 'First'],
			['other', 'Other'],
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/line 3.*"k".*twice/);
	});

	it('reports an empty file', () => {
		for (const text of ['', '   \n', '% only a comment\n']) {
			const { entries, problems } = parseBibliography(text);
			expect(entries).toEqual([]);
			expect(problems).toEqual(['the bibliography holds no entries']);
		}
	});

	it('reports a field it cannot read and leaves it out rather than guessing', () => {
		const { entries, problems } = parseBibliography('@article{z, title = {Z}, year = {sometime}, month = {13}}');
		expect(entries[0]).toMatchObject({ key: 'z', title: 'Z' });
		expect(entries[0]?.year).toBeUndefined();
		expect(entries[0]?.month).toBeUndefined();
		expect(problems.some((p) => p.includes('"z"') && p.includes('year'))).toBe(true);
		expect(problems.some((p) => p.includes('month'))).toBe(true);
	});

	it('reads corporate authors, name prefixes and LaTeX markup as plain text', () => {
		const { entries } = parseBibliography(
			'@book{x, author = {{World Bank} and van der Berg, Jan}, title = {The \\emph{Great} {NATO} Game}, publisher = {Foo \\& Bar}, pages = {146--148}}',
		);
		expect(entries[0]).toMatchObject({
			authors: [{ family: 'World Bank' }, { family: 'van der Berg', given: 'Jan' }],
			title: 'The Great NATO Game',
			publisher: 'Foo & Bar',
			pages: '146–148',
		});
	});
});

describe('references', () => {
	it('labels a source by author and year, or by publication without an author', () => {
		expect(shortLabel(byKey('weitz2014'))).toBe('Weitz 2014');
		expect(shortLabel(byKey('edm2013'))).toBe('Eurasia Daily Monitor 2013');
		expect(shortLabel({ key: 'x', type: 'misc', authors: [{ family: 'A' }, { family: 'B' }], title: 'T' })).toBe('A and B n.d.');
		expect(shortLabel({ key: 'x', type: 'misc', authors: [{ family: 'A' }, { family: 'B' }, { family: 'C' }], title: 'T', year: 2000 })).toBe('A et al. 2000');
	});

	it('writes a Chicago-like full note', () => {
		expect(fullReference(byKey('weitz2014'), '146')).toBe(
			`Richard Weitz, "Uzbekistan's National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014, 146.`,
		);
		expect(fullReference(byKey('edm2013'))).toBe(
			`"Tashkent Strengthens Security Ties with Moscow Ahead of NATO Drawdown," Eurasia Daily Monitor 10, no. 76, April 2013.`,
		);
		expect(fullReference(byKey('altynbayev2021'))).toBe(
			`Kanat Altynbayev, "Uzbekistan steadfast against rejoining Russian-led military bloc," Caravanserai, 2021.`,
		);
		expect(fullReference({ key: 'q', type: 'misc', authors: [], title: 'Why Leave?' })).toBe('"Why Leave?"');
	});

	it('writes a short note with the title before its colon', () => {
		expect(shortNote(byKey('weitz2014'), '146')).toBe(`Weitz, "Uzbekistan's National Security Strategy," 146.`);
		expect(shortNote(byKey('weitz2014'))).toBe(`Weitz, "Uzbekistan's National Security Strategy."`);
		expect(referenceOf(byKey('ramani2017'))).toEqual({
			label: 'Ramani 2017',
			full: `Samuel Ramani, "Russia and Uzbekistan's Renewed Security Partnership," The Diplomat, July 2017.`,
			note: `Ramani, "Russia and Uzbekistan's Renewed Security Partnership."`,
		});
	});
});

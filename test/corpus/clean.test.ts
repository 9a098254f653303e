import { beforeAll, describe, expect, it } from 'vitest';
import { parseBibliography, type SourceMeta } from '../../server/src/domain/corpus/bibliography';
import { cleaningVocabularyFrom, cleanSource, type CleanedSource, type CleaningVocabulary, type SourceParagraph } from '../../server/src/domain/corpus/clean';
import { defaultCorpusDir, readCorpusFolder } from '../../server/src/wiring/corpusFiles';

let vocabulary: CleaningVocabulary;
const shipped = new Map<string, { raw: string; cleaned: CleanedSource }>();

beforeAll(async () => {
	const files = await readCorpusFolder(defaultCorpusDir());
	expect(files.problems).toEqual([]);
	const picked = cleaningVocabularyFrom(files.vocabulary);
	expect(picked.problems).toEqual([]);
	vocabulary = picked.vocabulary;
	const metas = parseBibliography(files.bib ?? '').entries;
	for (const source of files.sources) {
		const meta = metas.find((m) => m.key === source.key);
		if (!meta) throw new Error(`no metadata for ${source.key}`);
		shipped.set(source.key, { raw: source.raw, cleaned: cleanSource(source.raw, meta, vocabulary) });
	}
});

const source = (key: string) => {
	const found = shipped.get(key);
	if (!found) throw new Error(`no source ${key}`);
	return found;
};
const paragraphsWith = (key: string, needle: string) => source(key).cleaned.paragraphs.filter((p) => p.text.includes(needle));
const allText = (cleaned: CleanedSource) => cleaned.paragraphs.map((p) => p.text).join('\n');

/** Every kept character is the raw character it maps to; a space maps to whitespace (a collapsed run or a line break). */
function expectMapsBack(raw: string, paragraphs: SourceParagraph[]): void {
	for (const p of paragraphs) {
		expect(p.starts.length).toBe(p.text.length);
		expect(p.ends.length).toBe(p.text.length);
		for (let i = 0; i < p.text.length; i++) {
			const start = p.starts[i]!;
			const end = p.ends[i]!;
			if (p.text[i] === ' ') {
				// A collapsed run of spaces may hold invisible characters (zero-width space, soft hyphen).
				expect(raw.slice(start, end)).toMatch(/^[\s\u200b\u2060\u00ad\ufeff]*\s[\s\u200b\u2060\u00ad\ufeff]*$/);
			} else {
				if (raw[start] !== p.text[i] || end !== start + 1) {
					throw new Error(`"${p.text[i]}" at ${i} of "${p.text.slice(0, 40)}…" maps to "${raw.slice(start, end)}"`);
				}
			}
			if (i > 0) expect(start).toBeGreaterThanOrEqual(p.ends[i - 1]!);
		}
	}
}

describe('the shipped corpus', () => {
	it('maps every character of every paragraph back to the raw file', () => {
		for (const { raw, cleaned } of shipped.values()) expectMapsBack(raw, cleaned.paragraphs);
	});

	it('gives pages only to the source with page markers', () => {
		for (const [key, { cleaned }] of shipped) {
			const pages = new Set(cleaned.paragraphs.map((p) => p.page));
			if (key === 'weitz2014') expect([...pages].every((p) => p !== undefined)).toBe(true);
			else expect([...pages]).toEqual([undefined]);
		}
	});

	it('keeps no footnote text, reader comment or web debris in any paragraph', () => {
		for (const { cleaned } of shipped.values()) {
			const text = allText(cleaned);
			for (const needle of [
				'Zhavaronkova',
				'proquest',
				'Ibid',
				"Do'stlaringiz",
				'Publication:',
				'Credit:',
				'Comment(s)',
				'Comment Policy',
				'Recent Features',
			]) {
				expect(text).not.toContain(needle);
			}
		}
	});

	it('returns what it dropped, with reasons, inside the raw text and in order', () => {
		for (const { raw, cleaned } of shipped.values()) {
			let last = 0;
			for (const { reason, span } of cleaned.dropped) {
				expect(reason).toBeTruthy();
				expect(span.start).toBeGreaterThanOrEqual(last);
				expect(span.end).toBeLessThanOrEqual(raw.length);
				last = span.start;
			}
		}
	});
});

describe('weitz2014 (a PDF extraction)', () => {
	it('joins the hyphenated CSTO sentence into one paragraph on page 146', () => {
		const [p] = paragraphsWith('weitz2014', 'Uzbekistan eventually suspended its CSTO membership in June 2012.');
		expect(p?.page).toBe('146');
		expect(p?.text).toMatch(
			/After years of limiting its participation in the organization, Uzbekistan eventually suspended its CSTO membership in June 2012\.$/,
		);
	});

	it('puts the RATS sentence on page 147', () => {
		const found = paragraphsWith('weitz2014', 'Tashkent has hosted the SCO’s Regional Anti-Terror Structure (RATS) since the creation in June 2004.');
		expect(found.map((p) => p.page)).toEqual(['147']);
	});

	it('puts the text after the "Richard Weitz / 148" marker on page 148', () => {
		const { raw, cleaned } = source('weitz2014');
		const marker = raw.indexOf('Richard Weitz\n148');
		expect(marker).toBeGreaterThan(0);
		const after = cleaned.paragraphs.filter((p) => p.starts[p.starts.length - 1]! > marker);
		expect(after.length).toBeGreaterThan(0);
		// A sentence running over the break carries both pages; the rest is on 148.
		for (const p of after) expect(p.page === '148' || p.page === '147-148').toBe(true);
		expect(paragraphsWith('weitz2014', 'Karimov has for years supported UN-led reconciliation')[0]?.page).toBe('148');
		expect(paragraphsWith('weitz2014', 'Yet, both countries have largely pursued diverging responses to the Afghanistan crisis.')[0]?.page).toBe('147-148');
	});

	it('labels each paragraph with exactly the pages its characters are on', () => {
		const { raw, cleaned } = source('weitz2014');
		const breaks = [
			{ at: raw.indexOf('Uzbekistan’s National Security Strategy: Threat and Response\n147'), page: 147 },
			{ at: raw.indexOf('Richard Weitz\n148'), page: 148 },
		];
		const pageAt = (offset: number) => breaks.reduce((page, b) => (offset > b.at ? b.page : page), 146);
		for (const p of cleaned.paragraphs) {
			const pages = [...p.text].flatMap((ch, i) => (ch === ' ' ? [] : [pageAt(p.starts[i]!)]));
			const lo = Math.min(...pages);
			const hi = Math.max(...pages);
			expect(p.page).toBe(lo === hi ? String(lo) : `${lo}-${hi}`);
		}
	});

	it('undoes hyphenation across lines and pages but keeps real hyphens', () => {
		const text = allText(source('weitz2014').cleaned);
		for (const word of [
			'autonomy',
			'participated',
			'ministries',
			'technical cooperation',
			'largely pursued',
			'especially',
			'security. Nonetheless',
			'Moscow-backed',
			'Uzbekistani-Kazakhstani',
			'large-scale',
			'Russian-led',
		]) {
			expect(text).toContain(word);
		}
		expect(text).not.toMatch(/\p{Ll}- \p{Ll}/u);
	});

	it('joins a sentence split by a page break with its footnotes', () => {
		expect(paragraphsWith('weitz2014', 'Immediately following the suspension of its CSTO membership, the country reaffirmed')).toHaveLength(1);
	});

	it('drops headings, page markers and footnote numbers', () => {
		const { cleaned } = source('weitz2014');
		const text = allText(cleaned);
		expect(text).not.toContain('Searching the Right Balance');
		expect(text).not.toContain('Recent Readjustments');
		expect(text).not.toContain('Threat and Response');
		expect(text).not.toMatch(/\s1[5-9]\s|\s2[0-6]\s/);
		const reasons = new Set(cleaned.dropped.map((d) => d.reason));
		for (const reason of ['heading', 'page marker', 'footnote reference', 'footnote text', 'web debris']) expect(reasons).toContain(reason);
	});
});

describe('web sources', () => {
	it('altynbayev2021 keeps no reader comment and each caption once, without its credit', () => {
		const { cleaned } = source('altynbayev2021');
		const text = allText(cleaned);
		for (const comment of ['existed only on paper', 'hole in the head', 'Reply', 'Comment removed', 'Do you like this article'])
			expect(text).not.toContain(comment);
		for (const caption of [
			'Uzbek troops demonstrate combat readiness',
			'Afghan border security personnel stand guard',
			'Tajik forces participate in the CSTO',
		]) {
			const found = paragraphsWith('altynbayev2021', caption);
			expect(found).toHaveLength(1);
			expect(found[0]?.kind).toBe('caption');
			expect(found[0]?.text).not.toMatch(/\[[^\]]*\]$/);
		}
		expect(text).not.toContain('By Kanat Altynbayev');
		expect(paragraphsWith('altynbayev2021', 'No need for CSTO membership')).toEqual([]);
		expect(paragraphsWith('altynbayev2021', 'It returned in 2006 but left again in 2012.')[0]?.kind).toBe('body');
		// The article's last paragraph is still there: the cut is at the comments, not before.
		expect(cleaned.paragraphs.at(-1)?.text).toMatch(/Poyta said\.$/);
	});

	it('ramani2017 has no biography and its title once at most', () => {
		const { cleaned } = source('ramani2017');
		const text = allText(cleaned);
		expect(text).not.toContain('DPhil');
		expect(paragraphsWith('ramani2017', 'Russia and Uzbekistan’s Renewed Security Partnership').length).toBeLessThanOrEqual(1);
		expect(paragraphsWith('ramani2017', 'Crossroads Asia')).toEqual([]);
		expect(cleaned.paragraphs.at(-1)?.text).toMatch(/China and the United States\.$/);
		expect(cleaned.dropped.some((d) => d.reason === 'author biography')).toBe(true);
	});

	it('edm2013 keeps its photo caption as a caption without the credit, and drops the title and publication line', () => {
		const { cleaned } = source('edm2013');
		const caption = paragraphsWith('edm2013', 'Presidents Islam Karimov (L) of Uzbekistan and Vladimir Putin of Russia');
		expect(caption.map((p) => [p.kind, p.text])).toEqual([['caption', 'Presidents Islam Karimov (L) of Uzbekistan and Vladimir Putin of Russia']]);
		expect(allText(cleaned)).not.toContain('Tashkent Strengthens Security Ties with Moscow Ahead of NATO Drawdown');
		expect(cleaned.paragraphs.filter((p) => p.kind === 'body')).toHaveLength(8);
	});

	it('edm2006 is seven body paragraphs', () => {
		const { cleaned } = source('edm2006');
		expect(cleaned.paragraphs.map((p) => p.kind)).toEqual(Array(7).fill('body'));
		expect(cleaned.paragraphs[0]?.text).toMatch(/^Uzbekistan’s turbulent bilateral relations/);
	});
});

// ---------------------------------------------------------------------------------------------
// Synthetic sources: the rules work on structure, not on the shipped texts.

const meta = (over: Partial<SourceMeta>): SourceMeta => ({ key: 'test', type: 'article', authors: [], title: 'Untitled', ...over });

describe('a synthetic PDF extraction', () => {
	const pdfMeta = meta({ type: 'incollection', authors: [{ family: 'Roe', given: 'Jane' }], title: 'Border Politics: A Study' });
	const raw = [
		'Border Politics: A Study',
		'Jane Roe',
		'Early Moves and Later',
		'Regrets',
		'Early in the period the ministry began to reorg-',
		'anize its border forces and to co-',
		'operate with its neighbours, in a pact that was',
		'partly Moscow-backed and partly Moscow-',
		'backed again, as the Uzbekistani-',
		'Kazakhstani talks of 2012-',
		'2013 showed. The pact ended in 2014.',
		'3',
		'It was not renewed in the years that followed',
		'1 J. Smith, “A Paper on Borders,” Journal of Things, 2001, http://exam-',
		'ple.org/papers/1.',
		'2 Ibid.',
		'3 See the annex.',
		'Border Politics: A Study',
		'12',
		'despite new talks. The ministry later sent troops to',
		'the frontier.',
		'A new paragraph starts on page twelve and it runs',
		'over one more line.',
		'Jane Roe',
		'13',
		'The last page holds one sentence about the army.',
		'Share: |',
	].join('\n');
	let cleaned: CleanedSource;
	beforeAll(() => {
		cleaned = cleanSource(raw, pdfMeta, vocabulary);
	});

	it('joins hard-wrapped lines and hyphenation, keeping hyphens the source uses elsewhere', () => {
		const first = cleaned.paragraphs[0]?.text ?? '';
		expect(first).toMatch(/^Early in the period the ministry began to reorganize its border forces and to cooperate with its neighbours/);
		expect(first).toContain('partly Moscow-backed and partly Moscow-backed again, as the Uzbekistani-Kazakhstani talks of 2012-2013 showed.');
	});

	it('numbers pages from the markers, the text before the first marker being the page before', () => {
		expect(cleaned.paragraphs.map((p) => [p.page, p.text.slice(0, 30)])).toEqual([
			['11', 'Early in the period the minist'],
			['11-12', 'It was not renewed in the year'],
			['12', 'The ministry later sent troops'],
			['12', 'A new paragraph starts on page'],
			['13', 'The last page holds one senten'],
		]);
		expect(cleaned.paragraphs[1]?.text).toBe('It was not renewed in the years that followed despite new talks.');
	});

	it('drops the title, the byline, the heading, footnotes and debris', () => {
		const text = allText(cleaned);
		for (const gone of ['Border Politics', 'Jane Roe', 'Regrets', 'Smith', 'example', 'exam', 'Ibid', 'annex', 'Share']) expect(text).not.toContain(gone);
		expect(cleaned.dropped.find((d) => d.reason === 'heading')).toMatchObject({
			span: { start: raw.indexOf('Early Moves'), end: raw.indexOf('Regrets') + 'Regrets'.length },
		});
	});

	it('maps joined letters to their raw positions and a joining space to the line break', () => {
		expectMapsBack(raw, cleaned.paragraphs);
		const p = cleaned.paragraphs[0]!;
		const at = p.text.indexOf('reorganize');
		expect(raw.slice(p.starts[at + 4]!, p.ends[at + 5]!)).toBe('g-\na');
		const space = p.text.indexOf('was partly') + 3;
		expect(raw.slice(p.starts[space]!, p.ends[space]!)).toBe('\n');
	});
});

describe('a synthetic web page', () => {
	const webMeta = meta({ authors: [{ family: 'Writer', given: 'Ann' }], title: 'Ministry signs new accord', publication: 'Daily Wire' });
	const lines = [
		'Daily Wire',
		'',
		'Ministry signs new accord',
		'',
		'By Ann Writer',
		'',
		'12 Comments',
		'',
		'Publication: Daily Wire Volume: 1 Issue: 2',
		'\u00a0',
		'Soldiers march past the ministry on May 1. [Defence Ministry]',
		'',
		'Soldiers march past the ministry on May 1. [Defence Ministry]',
		'',
		'The ministry  signed the accord on May 2, officials said.',
		'',
		'Share | Tweet | Email',
		'',
		'Background to the deal',
		'',
		'The accord replaces a 2010 agreement (Source: Reuters, May 2).',
		'By 2015, the two sides hope to double trade.',
		'',
		'Ann Writer is a correspondent based in the region.',
		'',
		'Do you like this article?',
		'',
		'3 Comments',
		'',
		'The accord is a fraud, said nobody at all.',
		'',
		'Reply',
	];
	it('reads a paragraph that ends with reference marks or an elision in brackets as body text, keeping them', () => {
		const raw = [
			'The protests began in the west and spread to the cities within days, the ministry said in a statement.',
			'',
			'The cabinet resigned the same day.[14][15][16]',
			'',
			'The state of emergency was extended to the whole country. [...]',
		].join('\n');
		const cleaned = cleanSource(raw, webMeta, vocabulary);
		expect(cleaned.paragraphs.slice(1).map((p) => [p.kind, p.text])).toEqual([
			['body', 'The cabinet resigned the same day.[14][15][16]'],
			['body', 'The state of emergency was extended to the whole country. [...]'],
		]);
	});

	for (const [name, eol] of [
		['LF', '\n'],
		['CRLF', '\r\n'],
	] as const) {
		it(`keeps the article and its caption once, and drops the rest (${name})`, () => {
			const raw = lines.join(eol);
			const cleaned = cleanSource(raw, webMeta, vocabulary);
			expect(cleaned.paragraphs.map((p) => [p.kind, p.text])).toEqual([
				['caption', 'Soldiers march past the ministry on May 1.'],
				['body', 'The ministry signed the accord on May 2, officials said.'],
				['body', 'The accord replaces a 2010 agreement (Source: Reuters, May 2).'],
				['body', 'By 2015, the two sides hope to double trade.'],
			]);
			expectMapsBack(raw, cleaned.paragraphs);
			const reasons = cleaned.dropped.map((d) => d.reason);
			for (const reason of [
				'masthead',
				'title',
				'byline',
				'web debris',
				'repeated paragraph',
				'caption credit',
				'heading',
				'author biography',
				"readers' comments",
			]) {
				expect(reasons).toContain(reason);
			}
			const comments = cleaned.dropped.find((d) => d.reason === "readers' comments")!;
			expect(raw.slice(comments.span.start, comments.span.end)).toMatch(/^Do you like this article\?[\s\S]*Reply$/);
		});
	}

	it('has every list it reads from the shipped vocabulary', () => {
		const empty = Object.entries(vocabulary).filter(([, list]) => list.length === 0);
		expect(empty.map(([key]) => key)).toEqual([]);
	});

	it('runs without a vocabulary, and reports a malformed one', () => {
		const cleaned = cleanSource(lines.join('\n'), webMeta, cleaningVocabularyFrom({}).vocabulary);
		expect(cleaned.paragraphs.some((p) => p.text.startsWith('The ministry signed the accord'))).toBe(true);
		const { vocabulary: picked, problems } = cleaningVocabularyFrom({ commentMarkers: 'Reply', debrisLines: ['Share'] });
		expect(picked.commentMarkers).toEqual([]);
		expect(picked.debrisLines).toEqual(['Share']);
		expect(problems).toEqual(['vocabulary "commentMarkers" must be a list of strings; it was ignored']);
	});

	it('keeps one line per paragraph in unwrapped text but mends a line cut mid-sentence', () => {
		const first = `The first paragraph is one long line, as a web page gives it, ${'and it goes on '.repeat(8)}until it ends here.`;
		const second = `The second paragraph is another long line ${'that goes on '.repeat(8)}and it was cut`;
		const third = `A third paragraph stands on its own line ${'and goes on '.repeat(8)}to its end.`;
		const raw = `${first}\n${second}\nin the middle by a careless copy.\n${third}\n`;
		const cleaned = cleanSource(raw, meta({}), vocabulary);
		expect(cleaned.paragraphs.map((p) => p.text)).toEqual([first, `${second} in the middle by a careless copy.`, third]);
	});

	it('handles an empty text', () => {
		expect(cleanSource('', meta({}), vocabulary)).toEqual({ key: 'test', paragraphs: [], dropped: [] });
	});
});

describe('any text', () => {
	const fragments = [
		'Uzbekistan',
		'suspend-',
		'ed',
		'co-',
		'operation',
		'Moscow-',
		'Backed',
		' ',
		'  ',
		'\u00a0',
		'\n',
		'\r\n',
		'\n\n',
		'.',
		',',
		'?',
		'12',
		'148',
		'Richard Weitz',
		'A Title',
		'13 V. Smith, “Paper,” 2001',
		'http://x.org/',
		'Ibid.',
		'[Credit]',
		'(Source: x)',
		'By Ann Writer',
		'Reply',
		'Do you like this article?',
		'3 Comments',
		'Share | Tweet',
		'|',
		'the',
		'The',
		'Publication: X',
		'\u00ad',
		'\u200b',
		'é',
		'😀',
	];
	it('never throws, and every kept character maps back to itself', async () => {
		const fc = await import('fast-check');
		const text = fc.array(fc.constantFrom(...fragments), { maxLength: 80 }).map((parts) => parts.join(''));
		const sourceMeta = meta({ authors: [{ family: 'Weitz', given: 'Richard' }], title: 'A Title' });
		fc.assert(
			fc.property(text, (raw) => {
				const cleaned = cleanSource(raw, sourceMeta, vocabulary);
				expectMapsBack(raw, cleaned.paragraphs);
				for (const p of cleaned.paragraphs) expect(p.text).toBe(p.text.trim());
				for (const d of cleaned.dropped) expect(d.span.end).toBeGreaterThanOrEqual(d.span.start);
			}),
			{ numRuns: 300 },
		);
	});

	it('copes with a very long line', () => {
		const raw = `${'A sentence of the source. '.repeat(40_000)}\n`;
		const cleaned = cleanSource(raw, meta({}), vocabulary);
		expect(cleaned.paragraphs).toHaveLength(1);
		expect(cleaned.paragraphs[0]?.text.length).toBe(raw.trim().length);
	});
});

describe('a label and its figure on a line of their own', () => {
	it('is kept as a statement, where a line that only names what follows is dropped as a heading', () => {
		const raw = [
			'Harbour Report Highlights: Port Arden',
			'',
			'Total Harbour Dues Collected in 1911: $4.2 million*',
			'',
			'The dues rose again in the following year.',
		].join('\n');
		const cleaned = cleanSource(raw, meta({ title: 'Harbour Report Highlights' }), vocabulary);
		const text = allText(cleaned);
		expect(text).toContain('Total Harbour Dues Collected in 1911: $4.2 million*');
		expect(text).not.toContain('Harbour Report Highlights: Port Arden');
	});
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import { attachmentsOf } from '../../server/src/domain/corpus/bibliography';
import { numberedFrom, pdfToText, type PdfPage, type PdfTextItem } from '../../server/src/domain/corpus/pdfLayout';
import { SourceLocations, sourceDocument } from '../../server/src/features/sources';
import { readCorpusFolder } from '../../server/src/wiring/corpusFiles';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { readPdf } from '../../server/src/wiring/pdf';
import { writePdf } from '../helpers/pdf';

const LIBRARY = path.join(__dirname, '..', 'fixtures', 'library');
const ARTICLE = path.join(LIBRARY, 'Nazarov - 2021 - Rail, Trade and Security on the Afghan Border.pdf');

/** A line of body text set in 10 pt at `y`, as one item per word the way many PDFs give it. */
function line(text: string, y: number, x = 50, size = 10): PdfTextItem[] {
	const items: PdfTextItem[] = [];
	let at = x;
	for (const word of text.split(' ')) {
		const width = word.length * size * 0.5;
		items.push({ text: word, x: at, y, width, size });
		at += width + size * 0.25;
	}
	return items;
}

const page = (...lines: PdfTextItem[][]): PdfPage => ({ items: lines.flat() });
const dropped = (result: ReturnType<typeof pdfToText>) => result.layout.drops.map((d) => [d.reason, result.text.slice(d.span.start, d.span.end)]);

describe('pdfToText: the layout of a PDF page read into text', () => {
	it('reads lines top to bottom, words left to right, and leaves out raised note marks', () => {
		const mark: PdfTextItem = { text: '3', x: 50 + 'The border was closed.'.length * 5 + 4, y: 703, width: 3, size: 6 };
		const result = pdfToText([page([...line('was closed.', 686)].reverse(), line('The border', 700), [mark])]);
		expect(result.text).toBe('The border\nwas closed.\n');
		const inline = pdfToText([page([...line('It closed.', 700), { text: '12', x: 110, y: 703, width: 5, size: 6 }, ...line('Then', 700, 120)])]);
		expect(inline.text).toBe('It closed. Then\n');
	});

	it('parts paragraphs at an indented first line or a wider gap, and joins a paragraph that runs over a page', () => {
		const result = pdfToText([
			page(
				line('One line of text that runs on and on', 700),
				line('to the end.', 688),
				line('An indented line', 676, 65),
				line('and its end.', 664),
				line('After a gap.', 640),
			),
			page(line('more of it,', 700), line('still more.', 688)),
		]);
		expect(result.text).toBe('One line of text that runs on and on\nto the end.\n\nAn indented line\nand its end.\n\nAfter a gap.\nmore of it,\nstill more.\n');
		expect(result.layout.pages.map((p) => p.start)).toEqual([0, result.text.indexOf('more of it')]);
	});

	it('finds running headers and the printed page numbers they carry, however the numbering starts', () => {
		const pages = [146, 147, 148].map((n, i) =>
			page(line(`Uzbekistan Between Russia and China ${n}`, 760, 50, 8), line(`Body text of page ${i + 1}, which goes on`, 700), line('and on.', 688)),
		);
		const result = pdfToText(pages);
		expect(result.layout.pages.map((p) => p.label)).toEqual(['146', '147', '148']);
		expect(result.layout.counted).toBeUndefined();
		expect(dropped(result)).toEqual([146, 147, 148].map((n) => ['page marker', `Uzbekistan Between Russia and China ${n}`]));
	});

	it('takes a page number alone at the foot of the page, not a number every header repeats', () => {
		const result = pdfToText(
			[1, 2].map((n) =>
				page(
					line('Occasional Paper 11', 760, 50, 8),
					line(`Body text of page ${'one two'.split(' ')[n - 1]}, long enough to be prose.`, 700),
					line(String(n), 40, 200, 8),
				),
			),
		);
		expect(result.layout.pages.map((p) => p.label)).toEqual(['1', '2']);
		expect(dropped(result).map(([, text]) => text)).toEqual(['Occasional Paper 11', '1', 'Occasional Paper 11', '2']);
	});

	it('uses the labels a PDF declares, else counts its pages, from the first page of the bibliography entry if it gives one', () => {
		const body = () => line('Nothing but body text on this page.', 700);
		expect(
			pdfToText([
				{ items: body(), label: 'ix' },
				{ items: body(), label: 'x' },
			]).layout.pages.map((p) => p.label),
		).toEqual(['ix', 'x']);
		const counted = pdfToText([page(body()), page(body())]).layout;
		expect(counted.counted).toBe(true);
		expect(counted.pages.map((p) => p.label)).toEqual(['1', '2']);
		expect(numberedFrom(counted, '41--58').pages.map((p) => p.label)).toEqual(['41', '42']);
		expect(numberedFrom(counted, undefined)).toBe(counted);
	});

	it('sets aside notes in small type at the foot of the page, but not a caption with text below it', () => {
		const result = pdfToText([
			page(
				line('Body text above a figure caption, with enough words to be the text the page is mostly set in.', 712),
				line('Body text above a figure caption.', 700),
				line('Figure 1: a caption in small type', 680, 50, 8),
				line('Body text below the caption.', 660),
				line('1 See the agreement of 5 December 2010.', 80, 50, 8),
				line('A note that runs over two lines.', 70, 50, 8),
			),
		]);
		expect(dropped(result)).toEqual([
			['footnote text', '1 See the agreement of 5 December 2010.'],
			['footnote text', 'A note that runs over two lines.'],
		]);
		const unnumbered = pdfToText([page(line('Body text, and the most of it on this page.', 700), line('Small print without a number.', 80, 50, 8))]);
		expect(unnumbered.layout.drops).toEqual([]);
	});

	it('reads a page set in two columns column by column, with what spans both above, and notes at the foot of a column', () => {
		const left = Array.from({ length: 12 }, (_, i) => line(`Left column line ${i + 1} of the text${i === 11 ? ' runs on' : ''}`, 700 - i * 12, 50));
		const right = Array.from({ length: 12 }, (_, i) =>
			line(`${i === 0 ? 'into' : 'Right'} column line ${i + 1} of it${i === 11 ? '.' : ''}`, 700 - i * 12, 300),
		);
		const columns = (number: number) =>
			page(
				line('Journal of Border Studies 12', 760, 50, 8),
				...(number === 1 ? [line('A Title Set Across Both Columns', 730, 120, 14)] : []),
				...left,
				...right,
				line('1 A note at the foot of the left column.', 540, 50, 8),
				line(String(number), 40, 278, 8),
			);
		const result = pdfToText([columns(1), columns(2)]);
		const lines = result.text.split('\n');
		expect(lines.slice(0, 4)).toEqual(['Journal of Border Studies 12', 'A Title Set Across Both Columns', '', 'Left column line 1 of the text']);
		const at = (text: string) => lines.indexOf(text);
		expect(at('Left column line 12 of the text runs on')).toBeLessThan(at('1 A note at the foot of the left column.'));
		// The paragraph goes on from the foot of the left column to the top of the right, past the note.
		expect(lines[at('1 A note at the foot of the left column.') + 1]).toBe('into column line 1 of it');
		expect(lines[at('Right column line 12 of it.') + 1]).toBe('1');
		expect(result.layout.pages.map((p) => p.label)).toEqual(['1', '2']);
		expect(dropped(result)).toEqual(
			[1, 2].flatMap((n) => [
				['page marker', 'Journal of Border Studies 12'],
				['footnote text', '1 A note at the foot of the left column.'],
				['page marker', String(n)],
			]),
		);
	});

	it('gives an empty text for pages without text', () => {
		expect(pdfToText([page([]), page([])])).toEqual({
			text: '',
			layout: {
				pages: [
					{ start: 0, label: '1' },
					{ start: 0, label: '2' },
				],
				drops: [],
				counted: true,
			},
		});
	});
});

describe('attachmentsOf: the files of a bibliography entry', () => {
	it('reads Better BibTeX paths and Zotero and Mendeley description:path:type triples', () => {
		expect(attachmentsOf('/a/b.pdf;/a/c.html')).toEqual(['/a/b.pdf', '/a/c.html']);
		expect(attachmentsOf('Full Text PDF:/home/x/Zotero/storage/AB12/Report, Final.pdf:application/pdf;Snapshot:/home/x/s.html:text/html')).toEqual([
			'/home/x/Zotero/storage/AB12/Report, Final.pdf',
			'/home/x/s.html',
		]);
		expect(attachmentsOf(':C\\:\\\\Users\\\\x\\\\paper.pdf:pdf')).toEqual(['C:\\Users\\x\\paper.pdf']);
		expect(attachmentsOf(undefined)).toEqual([]);
	});
});

describe('a PDF source', () => {
	const temps: string[] = [];
	afterEach(() => {
		for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('is read with its printed pages, without its running headers, note marks and footnotes', async () => {
		const { text, layout } = await readPdf(readFileSync(ARTICLE));
		expect(layout.pages.map((p) => p.label)).toEqual(['23', '24', '25']);
		expect(text).toContain('agreed to ex-\ntend the line');
		expect(text).toContain('contract with the Afghan government.\n');
		expect(layout.drops.map((d) => d.reason)).toEqual(['page marker', 'footnote text', 'footnote text', 'page marker', 'footnote text', 'page marker']);
	});

	it('gives evidence sentences with their pages, hyphenation undone and a sentence over a page break on both pages', async () => {
		const corpus = await loadCorpus([LIBRARY]);
		const source = corpus.source('nazarov2021')!;
		expect(source.extracted).toBe(true);
		const sentences = corpus.sentences.slice(source.first, source.end);
		const on = (start: string) => sentences.find((s) => s.text.startsWith(start));
		expect(on('The railway from Hairatan')?.page).toBe('23');
		expect(on('Customs officers at the centre')?.page).toBe('23-24');
		expect(on('In February 2018')?.text).toContain('agreed to extend the line westward');
		expect(on('In February 2018')?.page).toBe('24');
		expect(on('Whether the western extension')?.page).toBe('25');
		const all = sentences.map((s) => s.text).join(' ');
		expect(all).not.toMatch(/Eurasian Transport Security Quarterly|operating agreement|press release|Farrukh Nazarov|government\.1/);
	});

	it('is checked like any source: a wrong figure with its page, a claim only a footnote makes unsupported, a pinpoint on the wrong page', async () => {
		const corpus = await loadCorpus([LIBRARY]);
		const report = checkDocument(
			[
				'The Termez cargo centre handled 1.5 million tonnes of freight in 2019.',
				'The operating agreement was signed in Tashkent on 5 December 2010.',
				'Uzbek engineers travel only with armed escorts provided by the Afghan police [@nazarov2021, p. 24].',
				'The railway to Mazar-i-Sharif was completed in 2011 and is operated by the Uzbek state railway company [@nazarov2021, p. 25].',
			].join('\n\n'),
			'markdown',
			corpus,
		);
		// The last sentence states two facts; its citation's page is held to the clause it ends.
		expect(report.claims.map((c) => c.verdict)).toEqual(['wrong-number', 'unsupported', 'supported', 'supported', 'citation-mismatch']);
		expect(report.claims[1]!.message).toBe('Only a footnote of Nazarov 2021 says this; the source itself does not.');
		expect(report.claims[0]!.fixes[0]?.newText).toBe('1.2 million tonnes');
		expect(report.claims[0]!.evidence[0]).toMatchObject({ key: 'nazarov2021', page: '23' });
		expect(report.findings.map((f) => f.code)).toEqual(['wrong-number', 'unsupported', 'citation-mismatch']);
		expect(report.findings[2]).toMatchObject({ message: expect.stringContaining('p. 23'), fixes: [{ title: 'Cite p. 23', edits: [{ newText: '23' }] }] });
	});

	it('is shown in its read-only document: editor locations point at the sentence there', async () => {
		const corpus = await loadCorpus([LIBRARY]);
		const source = corpus.source('nazarov2021')!;
		const sentence = corpus.sentences.slice(source.first, source.end).find((s) => s.text.startsWith('Customs officers'))!;
		const document = sourceDocument(corpus, 'nazarov2021')!;
		const locations = new SourceLocations(corpus, (p) => `file://${p}`);
		expect(locations.uri('nazarov2021')).toBe('citecheck-source:/nazarov2021.md');
		const range = locations.range('nazarov2021', sentence.location)!;
		const lines = document.text.split('\n');
		expect(lines[range.start.line]!.slice(range.start.character, range.end.character)).toBe(sentence.text);
		expect(document.text).toContain('*p. 23-24*\n\nCustoms officers');
		expect(locations.uri('karimova2019')).toBe(`file://${path.join(LIBRARY, 'karimova2019.md')}`);
	});

	it('set in two columns is read column by column, paragraph after paragraph', async () => {
		const paragraphs = Array.from({ length: 6 }, (_, p) =>
			Array.from(
				{ length: 5 },
				(_, s) => `Sentence ${s + 1} of paragraph ${p + 1} says that the border post number ${p * 10 + s} reopened in the spring.`,
			).join(' '),
		);
		const file = path.join(mkdtempSync(path.join(tmpdir(), 'citecheck-pdf-')), 'columns.pdf');
		temps.push(path.dirname(file));
		await writePdf(file, (doc) => {
			doc.font('Times-Bold').fontSize(16).text('Two Columns of Text', { align: 'center' });
			doc.moveDown();
			doc.font('Times-Roman').fontSize(10).text(paragraphs.join('\n'), { columns: 2, columnGap: 18, height: 500, align: 'justify', indent: 12 });
		});
		const { text } = await readPdf(readFileSync(file));
		const flat = text.replace(/-\n/g, '').replace(/\s+/g, ' ');
		let at = 0;
		for (const paragraph of paragraphs) {
			const found = flat.indexOf(paragraph, at);
			expect(found, paragraph.slice(0, 40)).toBeGreaterThanOrEqual(at);
			at = found + paragraph.length;
		}
		expect(text.startsWith('Two Columns of Text\n\nSentence 1 of paragraph 1')).toBe(true);
	});

	it('that cannot be read is named with the reason, and the rest of the folder still loads', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'citecheck-pdf-'));
		temps.push(dir);
		writeFileSync(path.join(dir, 'refs.bib'), ['broken', 'locked', 'scanned', 'fine'].map((k) => `@misc{${k}, title = {${k}}}`).join('\n'));
		writeFileSync(path.join(dir, 'broken.pdf'), 'This is not a PDF at all.');
		await writePdf(path.join(dir, 'locked.pdf'), (doc) => doc.text('A secret report.'), { userPassword: 'secret', pdfVersion: '1.7' });
		await writePdf(path.join(dir, 'scanned.pdf'), (doc) => doc.rect(50, 50, 200, 100).fill('#333'));
		writeFileSync(path.join(dir, 'fine.txt'), 'The border post at Oybek reopened in 2018.\n');
		const files = await readCorpusFolder(dir);
		expect(files.sources.map((s) => s.key)).toEqual(['fine']);
		expect(files.problems).toEqual([
			{ path: path.join(dir, 'broken.pdf'), message: 'is not a valid PDF file' },
			{ path: path.join(dir, 'locked.pdf'), message: 'is protected by a password; save a copy without one' },
			{ path: path.join(dir, 'scanned.pdf'), message: 'has no text to read: it holds only images of pages (a scan); run it through OCR first' },
		]);
	});
});

import { describe, expect, it } from 'vitest';
import { parseLatex } from '../../server/src/domain/document/latex';
import { expectSoundMapping, sourceOf, sourceOfText, texts } from './invariants';

const wrap = (body: string): string =>
	`\\documentclass{article}\n\\usepackage[utf8]{inputenc}\n\\title{Hidden preamble title}\n\\begin{document}\n${body}\n\\end{document}\nhidden after the end\n`;

describe('parseLatex: structure', () => {
	it('skips the preamble and everything after \\end{document}', () => {
		const doc = wrap('Body text.');
		const blocks = parseLatex(doc);
		expect(texts(blocks)).toEqual(['Body text.']);
		expectSoundMapping(doc, blocks);
	});

	it('reads the whole file when there is no \\begin{document}', () => {
		expect(texts(parseLatex('Just a fragment.\n\nAnd another.'))).toEqual(['Just a fragment.', 'And another.']);
	});

	it('separates paragraphs at blank lines and \\par; a single line break is a space', () => {
		const doc = wrap('First line\ncontinues here.\n\n   \nSecond paragraph.\\par Third paragraph.');
		const blocks = parseLatex(doc);
		expect(texts(blocks)).toEqual(['First line continues here.', 'Second paragraph.', 'Third paragraph.']);
		expectSoundMapping(doc, blocks);
	});

	it('turns sectioning commands, starred or not, into headings', () => {
		const doc = wrap(
			'\\section{Origins}\nText one.\n\\subsection*[short]{Later \\emph{years}}\nText two.\n\\chapter{Ch}\\subsubsection{Deep}\\paragraph{Run-in} Text three.\n\\title{Body title}',
		);
		const blocks = parseLatex(doc);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['heading', 'Origins'],
			['paragraph', 'Text one.'],
			['heading', 'Later years'],
			['paragraph', 'Text two.'],
			['heading', 'Ch'],
			['heading', 'Deep'],
			['heading', 'Run-in'],
			['paragraph', 'Text three.'],
			['heading', 'Body title'],
		]);
		expectSoundMapping(doc, blocks);
	});

	it('ends a heading left open at the blank line after it, so the next paragraph is prose', () => {
		const doc = '\\section{Open \\emph{heading\n\nKarimov visited China in 2007.\n\n\\caption{A caption\n\nthat goes on}';
		const blocks = parseLatex(doc);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['heading', 'Open heading'],
			['paragraph', 'Karimov visited China in 2007.'],
			['caption', 'A caption'],
			['caption', 'that goes on'],
		]);
		expectSoundMapping(doc, blocks);
	});

	it('makes items, captions, quotes and table cells blocks of their kind', () => {
		const doc = wrap(
			[
				'\\begin{itemize}[noitemsep]',
				'  \\item First point',
				'  \\item[(b)] Second point',
				'\\end{itemize}',
				'\\begin{figure}[htbp]',
				'  \\centering\\includegraphics[width=\\linewidth]{map.pdf}',
				'  \\caption[Short]{Bases in the region}\\label{fig:map}',
				'\\end{figure}',
				'\\begin{quote}',
				'A quoted line.',
				'\\end{quote}',
				'\\begin{tabular}{|l|p{3cm}|}',
				'\\hline',
				'Year & Event \\\\',
				'1999 & \\textbf{Exit} \\\\',
				'\\end{tabular}',
				'After.',
			].join('\n'),
		);
		const blocks = parseLatex(doc);
		expect(blocks.map((b) => [b.kind, b.text])).toEqual([
			['item', 'First point'],
			['item', 'Second point'],
			['caption', 'Bases in the region'],
			['quote', 'A quoted line.'],
			['cell', 'Year'],
			['cell', 'Event'],
			['cell', '1999'],
			['cell', 'Exit'],
			['paragraph', 'After.'],
		]);
		expectSoundMapping(doc, blocks);
	});

	it('keeps the text of text commands and unknown commands, drops skip-listed arguments', () => {
		const doc = wrap(
			'The \\emph{new} \\textbf{doctrine} \\textit{was} \\enquote{adopted} \\mbox{in} \\textsc{May} \\unknowncmd{today}\\label{sec:x}, see \\ref{fig}\\eqref{eq} \\pageref{p}\\url{http://x.y} \\href{https://gov.example}{the decree}\\vspace{2mm}\\hspace*{1em}.',
		);
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('The new doctrine was adopted in May today, see the decree.');
		expectSoundMapping(doc, parseLatex(doc));
	});

	it('drops definitions and setup commands', () => {
		const doc = '\\newcommand{\\org}[1]{hidden #1}\\renewcommand\\x{hidden}\\def\\y#1{hidden}\\setlength{\\parindent}{0pt}\\usepackage{hidden}\nVisible.';
		expect(texts(parseLatex(doc))).toEqual(['Visible.']);
	});

	it('skips comments but keeps an escaped percent sign', () => {
		const doc = wrap('Growth was 5\\% % hidden comment\nlast year.\n% a whole hidden line\nStill the same paragraph.%\n  Joined.');
		const [block, ...rest] = parseLatex(doc);
		expect(rest).toEqual([]);
		expect(block?.text).toBe('Growth was 5% last year. Still the same paragraph.Joined.');
		expect(sourceOfText(doc, block!, '5%')).toBe('5\\%');
		expectSoundMapping(doc, [block!]);
	});

	it('skips inline and display math and math environments, starred too', () => {
		const doc = wrap(
			'A $x_hidden$ b $$hidden$$ c \\(hidden\\) d \\[hidden\\] e\n\\begin{equation}hidden\\end{equation}\n\\begin{align*}hidden & hidden\\\\\\end{align*}\n\\begin{gather}hidden\\end{gather} \\begin{displaymath}hidden\\end{displaymath} \\begin{math}hidden\\end{math} f \\$5 g',
		);
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('A b c d e f $5 g');
		expectSoundMapping(doc, parseLatex(doc));
	});

	it('skips verbatim material', () => {
		const doc = wrap('Use \\verb|hidden| here.\n\\begin{verbatim}\nhidden\n\\end{verbatim}\n\\iffalse hidden \\fi Done.');
		expect(texts(parseLatex(doc))).toEqual(['Use here. Done.']);
	});
});

describe('parseLatex: characters and offsets', () => {
	it('maps escapes to both source characters', () => {
		const doc = wrap('Costs: \\$7.6 billion, 12.6\\% more, R\\&D, item \\#3, snake\\_case, \\{braces\\}.');
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('Costs: $7.6 billion, 12.6% more, R&D, item #3, snake_case, {braces}.');
		for (const [shown, source] of [
			['$7.6', '\\$7.6'],
			['12.6%', '12.6\\%'],
			['R&D', 'R\\&D'],
			['#3', '\\#3'],
			['e_c', 'e\\_c'],
			['{braces}', '\\{braces\\}'],
		]) {
			expect(sourceOfText(doc, block!, shown as string)).toBe(source);
		}
		expectSoundMapping(doc, [block!]);
	});

	it('turns ~ into a space, dashes into en and em dashes, TeX quotes into curly quotes', () => {
		const doc = wrap("Gen.~Ivanov said ``not now'' in 1991--1992 --- and `maybe' later.");
		const [block] = parseLatex(doc);
		expect(block?.text).toBe("Gen. Ivanov said “not now” in 1991–1992 — and ‘maybe' later.");
		expect(sourceOfText(doc, block!, '“not now”')).toBe("``not now''");
		expect(sourceOfText(doc, block!, '1991–1992')).toBe('1991--1992');
		expect(sourceOfText(doc, block!, '—')).toBe('---');
		expect(sourceOfText(doc, block!, ' Ivanov')).toBe('~Ivanov');
		expectSoundMapping(doc, [block!]);
	});

	it('keeps Unicode as written and composes accent commands', () => {
		const doc = wrap('Café “Navoi” — 1991–2005, e\u0301lite 😀 units; Caf\\\'e, na\\"{\\i}ve, \\c{c}a, \\v{s}, \\ss.');
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('Café “Navoi” — 1991–2005, e\u0301lite 😀 units; Café, naïve, ça, š, ß.');
		for (const needle of ['Café', '“Navoi”', '—', '1991–2005', 'e\u0301lite', '😀']) expect(sourceOfText(doc, block!, needle)).toBe(needle);
		const accented = block!.text.indexOf('é,');
		expect(sourceOf(doc, block!, accented, accented + 1)).toBe("\\'e");
		expect(sourceOfText(doc, block!, 'ï')).toBe('\\"{\\i}');
		expectSoundMapping(doc, [block!]);
	});

	it('handles CRLF line ends', () => {
		const doc = '\\begin{document}\r\n\\section{Title}\r\nFirst line\r\nsecond line.\r\n\r\nNext paragraph.\r\n\\end{document}\r\n';
		const blocks = parseLatex(doc);
		expect(texts(blocks)).toEqual(['Title', 'First line second line.', 'Next paragraph.']);
		const space = blocks[1]!.text.indexOf(' second');
		expect(sourceOf(doc, blocks[1]!, space, space + 1)).toBe('\r\n');
		expectSoundMapping(doc, blocks);
	});
});

describe('parseLatex: citations', () => {
	it('reads \\cite with a postnote, removes it with the tie before it', () => {
		const doc = wrap('Uzbekistan left the bloc in June 2012~\\cite[146]{karimova2015}.');
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('Uzbekistan left the bloc in June 2012.');
		const [citation] = block!.citations;
		expect(citation).toMatchObject({ kind: 'latex', keys: ['karimova2015'], locator: '146', anchor: 37 });
		expect(doc.slice(citation!.span.start, citation!.span.end)).toBe('~\\cite[146]{karimova2015}');
	});

	it('reads the citation commands of natbib and biblatex, keys and locators', () => {
		const cases: [string, string[], string | undefined][] = [
			['\\citep[p.~146]{a}', ['a'], '146'],
			['\\citet[see][pp. 146--147]{a, b}', ['a', 'b'], '146-147'],
			['\\parencite[12]{a}', ['a'], '12'],
			['\\textcite{a}', ['a'], undefined],
			['\\autocite[see][]{a}', ['a'], undefined],
			['\\footcite[chap. 3]{a}', ['a'], 'chap. 3'],
			['\\citealp{a,b,c}', ['a', 'b', 'c'], undefined],
			['\\cite*{a}', ['a'], undefined],
			['\\Textcite{a}', ['a'], undefined],
			['\\cites[5]{a}[7]{b}', ['a', 'b'], '5'],
		];
		for (const [command, keys, locator] of cases) {
			const doc = `Claim made here ${command}.`;
			const [block] = parseLatex(doc);
			expect(block?.text, command).toBe('Claim made here.');
			expect(block?.citations[0]?.keys, command).toEqual(keys);
			expect(block?.citations[0]?.locator, command).toBe(locator);
			expect(doc.slice(block!.citations[0]!.span.start, block!.citations[0]!.span.end), command).toBe(` ${command}`);
		}
	});

	it('turns \\footnote into a footnote citation whose note is not block text', () => {
		const doc = wrap('The summit met in Moscow.\\footnote{As reported by \\citet[p.~4]{rferl2013} at \\emph{the} time.} Talks resumed.');
		const [block] = parseLatex(doc);
		expect(block?.text).toBe('The summit met in Moscow. Talks resumed.');
		const [citation] = block!.citations;
		expect(citation).toMatchObject({ kind: 'footnote', keys: ['rferl2013'], locator: '4', note: 'As reported by at the time.', anchor: 25 });
		expect(doc.slice(citation!.span.start, citation!.span.end)).toMatch(/^\\footnote\{As reported.*time\.\}$/);
	});

	it('ignores \\nocite', () => {
		expect(parseLatex('Text.\\nocite{*}')[0]?.citations).toEqual([]);
	});
});

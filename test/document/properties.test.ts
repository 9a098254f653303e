// Property tests: random documents built from words, markup and Unicode never break the mapping.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLatex } from '../../server/src/domain/document/latex';
import { parseMarkdown } from '../../server/src/domain/document/markdown';
import { parsePlainText } from '../../server/src/domain/document/plaintext';
import { sentencesOf } from '../../server/src/domain/document/sentences';
import type { ProseBlock } from '../../server/src/domain/types';
import { ABBREVIATIONS, mappingProblems } from './invariants';

const WORDS = [
	'Tashkent',
	'policy',
	'the',
	'in',
	'2012',
	'12.6',
	'Café',
	'e\u0301lite',
	'naïve',
	'😀',
	'🇺🇿',
	'“quoted”',
	'‘single’',
	'—',
	'–',
	'Gen.',
	'U.S.',
	'x',
	'Ab',
];
const SPACING = [' ', ' ', ' ', '  ', '\n', '\n\n', '\r\n', '\t', '. ', '! ', '? ', ', '];

const MARKDOWN_MARKUP = [
	'*',
	'**',
	'_',
	'`',
	'[',
	']',
	'(',
	')',
	'](http://x.y)',
	'# ',
	'## ',
	'> ',
	'- ',
	'1. ',
	'\\*',
	'\\',
	'&amp;',
	'&copy;',
	'&#233;',
	'&#x1F600;',
	'&bogus;',
	'[@key]',
	'[@key, p. 5]',
	'[see @a; @b]',
	'[^1]',
	'\n[^1]: note ',
	'<b>',
	'</b>',
	'<!--',
	'-->',
	'---',
	'|',
	'\n| --- |\n',
	'~~',
	'https://a.example',
	'me@example.org',
	'www.example.com',
	'    ',
	'```',
	'![alt](p.png)',
	'"',
	'\n===\n',
	'- [x] ',
	'  \n',
];
const LATEX_MARKUP = [
	'\\emph{',
	'\\textbf{',
	'{',
	'}',
	'$',
	'$$',
	'\\(',
	'\\)',
	'\\[',
	'\\]',
	'%',
	'% c\n',
	'\\%',
	'\\$',
	'\\&',
	'\\_',
	'\\{',
	'\\}',
	'~',
	'--',
	'---',
	'``',
	"''",
	'`',
	"'",
	'\\cite{k}',
	'~\\cite[p.~5]{a,b}',
	'\\citep[see][12]{a}',
	'\\footnote{',
	'\\section{',
	'\\section*{',
	'\\caption{',
	'\\item ',
	'\\begin{itemize}',
	'\\end{itemize}',
	'\\begin{equation}',
	'\\end{equation}',
	'\\begin{tabular}{ll}',
	'\\end{tabular}',
	'&',
	'\\\\',
	'\\par ',
	'\\label{x}',
	'\\href{u}{',
	"\\'e",
	'\\"{\\i}',
	'\\c{c}',
	'\\v s',
	'\\ss',
	'\\ldots',
	'\\begin{document}',
	'\\end{document}',
	'\\verb|x|',
	'\\iffalse',
	'\\fi',
	'\\unknown',
	'\\unknown[opt]',
	'#',
	'^',
	'_',
	'\\',
	'[',
	']',
];
const PLAIN_MARKUP = ['[@key]', ' [@key, p. 5]', '[', ']', '@', '#', '*'];

const documentOf = (tokens: string[]): fc.Arbitrary<string> => fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(''));
const anyText = (markup: string[]): fc.Arbitrary<string> => documentOf([...WORDS, ...SPACING, ...markup]);

function soundness(doc: string, blocks: ProseBlock[]): string[] {
	const problems = blocks.flatMap((block) => mappingProblems(doc, block));
	for (const sentence of sentencesOf(blocks, ABBREVIATIONS)) {
		if (!(sentence.span.start >= 0 && sentence.span.start < sentence.span.end && sentence.span.end <= doc.length))
			problems.push(`sentence span ${JSON.stringify(sentence.span)}`);
		if (sentence.text !== sentence.text.trim() || sentence.text === '') problems.push(`sentence ${JSON.stringify(sentence.text)} not trimmed`);
	}
	return problems;
}

const RUNS = { numRuns: Number(process.env.DOC_PROPERTY_RUNS ?? 400) };

describe('every block character maps into the document', () => {
	it('in Markdown', () => {
		fc.assert(
			fc.property(anyText(MARKDOWN_MARKUP), (doc) => {
				expect(soundness(doc, parseMarkdown(doc))).toEqual([]);
			}),
			RUNS,
		);
	});

	it('in LaTeX', () => {
		fc.assert(
			fc.property(anyText(LATEX_MARKUP), (doc) => {
				expect(soundness(doc, parseLatex(doc))).toEqual([]);
			}),
			RUNS,
		);
	});

	it('in plain text', () => {
		fc.assert(
			fc.property(anyText(PLAIN_MARKUP), (doc) => {
				expect(soundness(doc, parsePlainText(doc))).toEqual([]);
			}),
			RUNS,
		);
	});

	it('with arbitrary Unicode strings too', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (doc) => {
				expect(soundness(doc, parseMarkdown(doc))).toEqual([]);
				expect(soundness(doc, parseLatex(doc))).toEqual([]);
				expect(soundness(doc, parsePlainText(doc))).toEqual([]);
			}),
			RUNS,
		);
	});
});

// Context that cannot open a construct able to swallow or expose what follows it.
const MARKDOWN_CONTEXT = documentOf([...WORDS, ' ', ' ', '\n', '*', '**', '_', '[@key]', '&amp;', '\\*', '[', ']', '- ', '> ']);
const LATEX_CONTEXT = documentOf([...WORDS, ' ', ' ', '\n', '\\emph{', '}', '~', '--', '``', "''", '\\%', '\\cite{k}', '\\item ', '\\label{x}']);

describe('what is not prose stays out of every block', () => {
	it('Markdown front matter, code and HTML', () => {
		fc.assert(
			fc.property(MARKDOWN_CONTEXT, MARKDOWN_CONTEXT, MARKDOWN_CONTEXT, (a, b, c) => {
				const doc = `---\ntitle: FRONTSECRET\n---\n${a}\n\n\`\`\`\nCODESECRET\n\`\`\`\n\n${b} \`INLINESECRET\` <!-- HTMLSECRET --> ${c}\n\nPlain paragraph.\n\n    INDENTSECRET\n`;
				const all = parseMarkdown(doc)
					.map((block) => block.text)
					.join('\n');
				expect(all).not.toContain('SECRET');
			}),
			RUNS,
		);
	});

	it('LaTeX preamble, comments and math', () => {
		fc.assert(
			fc.property(LATEX_CONTEXT, LATEX_CONTEXT, LATEX_CONTEXT, (a, b, c) => {
				const doc = `\\documentclass{article}\n\\title{PREAMBLESECRET}\n\\begin{document}\n${a} % COMMENTSECRET\n${b} $MATHSECRET$ \\(INLINESECRET\\) $$DISPLAYSECRET$$ \\[BRACKETSECRET\\]\n\\begin{equation*}EQUATIONSECRET\\end{equation*} \\begin{align}ALIGNSECRET\\end{align} ${c}\n\\end{document}\nAFTERSECRET`;
				const all = parseLatex(doc)
					.map((block) => block.text)
					.join('\n');
				expect(all).not.toContain('SECRET');
			}),
			RUNS,
		);
	});
});

describe('the plain-paragraph shortcut reads what the parser reads', () => {
	const PROSE = [
		...WORDS,
		' ',
		' ',
		' ',
		'  ',
		'\n',
		'\n',
		'\n\n',
		'\r\n',
		'\r\n\r\n',
		' \n',
		'   ',
		'.',
		', ',
		'(',
		')',
		'"',
		"'",
		'[@key]',
		' [@key, p. 5]',
		'[see @a; @b]',
		'[^1]',
		'[^n]',
		'\n\n[^1]: A note [@z].\n\n',
		'*',
		'# ',
		'- ',
		'1. ',
		'> ',
		'&amp;',
		'[x]',
		'@',
		'a@b.c',
		'\\',
		'=',
		'|',
		'---',
		'\t',
		'!',
		'#',
		'<',
		'$',
	];
	it('gives the same blocks with and without it', () => {
		// (Starting with a paragraph keeps micromark's reading of an unclosed `---` front matter out of it.)
		fc.assert(
			fc.property(documentOf(PROSE), (body) => {
				const doc = `Intro.\n\n${body}`;
				expect(parseMarkdown(doc)).toEqual(parseMarkdown(doc, { plainParagraphs: false }));
			}),
			RUNS,
		);
	});
});

describe('headings are headings', () => {
	it('in Markdown', () => {
		fc.assert(
			fc.property(MARKDOWN_CONTEXT, MARKDOWN_CONTEXT, (a, b) => {
				const doc = `${a}\n\n## HEADWORD ${b.replace(/\n/g, ' ')}\n\n${a}`;
				const blocks = parseMarkdown(doc);
				expect(blocks.filter((block) => block.text.includes('HEADWORD')).map((block) => block.kind)).toEqual(['heading']);
			}),
			RUNS,
		);
	});

	it('in LaTeX', () => {
		fc.assert(
			fc.property(LATEX_CONTEXT, LATEX_CONTEXT, (a, b) => {
				const doc = `${a}\n\n\\subsection*{HEADWORD ${b.replace(/[{}]/g, '')}}\n\n${a}`;
				const blocks = parseLatex(doc);
				expect(blocks.filter((block) => block.text.includes('HEADWORD')).map((block) => block.kind)).toEqual(['heading']);
			}),
			RUNS,
		);
	});
});

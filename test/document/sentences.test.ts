import { describe, expect, it } from 'vitest';
import { parseLatex } from '../../server/src/domain/document/latex';
import { parseMarkdown } from '../../server/src/domain/document/markdown';
import { sentencesOf, splitSentences } from '../../server/src/domain/document/sentences';
import { ABBREVIATIONS } from './invariants';

const split = (text: string): string[] => splitSentences(text, ABBREVIATIONS).map((span) => text.slice(span.start, span.end));

describe('splitSentences: no split', () => {
	it.each([
		'The U.S. Army and the U.K. contingent left Termez.',
		'Gen. Petrov met Dr. Ivanova and Mr. Rashidov at No. 12 Navoi Street.',
		'Exercises were held in Jan. 2005 and again in Sept. 2013 near Samarkand.',
		'Troops came from several bases, e.g. Termez and Karshi, i.e. the south, with tanks, trucks, etc. as support.',
		'The report by V. Petrova and R. Wright was published later.',
		'Spending rose 12.6 percent to $7.6 billion in the second year.',
		'The treaty states that ... Article 4 applies to all members.',
		'He hesitated… Then the minister spoke.',
		'The regiment, cf. Table 2, moved.',
		'Prof. Sobirov and St. Petersburg officials met.',
		'In 1991, U.S. Sens. Nunn and Lugar and Gens. Petrov and Ivanov met.',
		'A split here. lowercase does not start a sentence.',
	])('%s', (text) => {
		expect(split(text)).toEqual([text]);
	});
});

describe('splitSentences: split', () => {
	it('splits at full stops, question and exclamation marks before a capital', () => {
		expect(split('Tashkent objected. Moscow insisted! Was a deal possible? Nobody knew.')).toEqual([
			'Tashkent objected.',
			'Moscow insisted!',
			'Was a deal possible?',
			'Nobody knew.',
		]);
	});

	it('splits after reference marks that follow the full stop, keeping them with their sentence', () => {
		expect(split('Disturbances occurred nationwide.[14][15] The war continued for five years.[a] It ended in 1997.')).toEqual([
			'Disturbances occurred nationwide.[14][15]',
			'The war continued for five years.[a]',
			'It ended in 1997.',
		]);
	});

	it('splits after closing quotes and brackets', () => {
		expect(split('The minister called it “a mistake.” Then he resigned.')).toEqual(['The minister called it “a mistake.”', 'Then he resigned.']);
		expect(split('She wrote "never again." The ministry agreed.')).toEqual(['She wrote "never again."', 'The ministry agreed.']);
		expect(split('(This was later denied.) Talks resumed in May.')).toEqual(['(This was later denied.)', 'Talks resumed in May.']);
	});

	it('lets a sentence start with a digit or a quote', () => {
		expect(split('The vote passed in 2012. 2013 brought new talks.')).toEqual(['The vote passed in 2012.', '2013 brought new talks.']);
		expect(split('The vote passed. “We won,” he said.')).toEqual(['The vote passed.', '“We won,” he said.']);
		expect(split("The vote passed. 'Finally,' she wrote.")).toEqual(['The vote passed.', "'Finally,' she wrote."]);
	});

	it('does not split a numbered heading, and returns trimmed spans', () => {
		expect(split('2. Background')).toEqual(['2. Background']);
		const text = '  First one.   Second one.  ';
		expect(splitSentences(text, ABBREVIATIONS)).toEqual([
			{ start: 2, end: 12 },
			{ start: 15, end: 26 },
		]);
	});

	it('uses the abbreviation list it is given', () => {
		expect(split('He met Col. Karimov.')).toEqual(['He met Col. Karimov.']);
		expect(splitSentences('He met Col. Karimov.', new Set())).toHaveLength(2);
		expect(splitSentences('We saw apples, pears, etc. Then we left.', ABBREVIATIONS)).toHaveLength(2);
	});

	it('handles empty and whitespace-only text', () => {
		expect(split('')).toEqual([]);
		expect(split(' \n\t ')).toEqual([]);
	});

	it('is linear in the length of the text', () => {
		const text = 'A short claim about Tashkent. '.repeat(40_000) + 'x'.repeat(500_000) + '.'.repeat(200_000);
		const started = performance.now();
		expect(splitSentences(text, ABBREVIATIONS)).toHaveLength(40_000);
		expect(performance.now() - started).toBeLessThan(3000);
	});
});

describe('sentencesOf', () => {
	it('gives document spans, heading flags and citations of each sentence', () => {
		const doc = '# The 2012 decision\n\nUzbekistan suspended its membership in June 2012 [@weitz2014, p. 146]. It rejoined nothing [@edm2013].';
		const sentences = sentencesOf(parseMarkdown(doc), ABBREVIATIONS);
		expect(sentences.map((s) => [s.text, s.heading, s.block])).toEqual([
			['The 2012 decision', true, 0],
			['Uzbekistan suspended its membership in June 2012.', false, 1],
			['It rejoined nothing.', false, 1],
		]);
		expect(doc.slice(sentences[0]!.span.start, sentences[0]!.span.end)).toBe('The 2012 decision');
		expect(doc.slice(sentences[1]!.span.start, sentences[1]!.span.end)).toBe('Uzbekistan suspended its membership in June 2012 [@weitz2014, p. 146].');
		expect(sentences[1]!.citations.map((c) => [c.keys, c.locator])).toEqual([[['weitz2014'], '146']]);
		expect(sentences[2]!.citations.map((c) => c.keys)).toEqual([['edm2013']]);
		expect(doc.slice(sentences[2]!.span.start, sentences[2]!.span.end)).toBe('It rejoined nothing [@edm2013].');
	});

	it('gives a footnote marker after the full stop to the sentence before it', () => {
		const doc = 'The bloc met in Moscow in December 2012.[^1] Nothing changed after that.\n\n[^1]: See [@edm2013].';
		const sentences = sentencesOf(parseMarkdown(doc), ABBREVIATIONS);
		expect(sentences.map((s) => s.text)).toEqual(['The bloc met in Moscow in December 2012.', 'Nothing changed after that.']);
		expect(sentences[0]!.citations.map((c) => [c.kind, c.keys])).toEqual([['footnote', ['edm2013']]]);
		expect(sentences[1]!.citations).toEqual([]);
		expect(doc.slice(sentences[0]!.span.start, sentences[0]!.span.end)).toBe('The bloc met in Moscow in December 2012.[^1]');
	});

	it('attaches LaTeX citations and footnotes the same way', () => {
		const doc = 'It left in June 2012~\\cite[146]{weitz2014}. It met in Moscow.\\footnote{See \\cite{edm2013}.} Then it waited.';
		const sentences = sentencesOf(parseLatex(doc), ABBREVIATIONS);
		expect(sentences.map((s) => [s.text, s.citations.map((c) => c.kind)])).toEqual([
			['It left in June 2012.', ['latex']],
			['It met in Moscow.', ['footnote']],
			['Then it waited.', []],
		]);
		expect(doc.slice(sentences[0]!.span.start, sentences[0]!.span.end)).toBe('It left in June 2012~\\cite[146]{weitz2014}.');
		expect(doc.slice(sentences[1]!.span.start, sentences[1]!.span.end)).toBe('It met in Moscow.\\footnote{See \\cite{edm2013}.}');
	});

	it('gives a citation at the very start of a block to its first sentence', () => {
		const doc = '[@a] A sentence. Another one.';
		const sentences = sentencesOf(parseMarkdown(doc), ABBREVIATIONS);
		expect(sentences[0]!.citations.map((c) => c.keys)).toEqual([['a']]);
		expect(doc.slice(sentences[0]!.span.start, sentences[0]!.span.end)).toBe('[@a] A sentence.');
	});
});

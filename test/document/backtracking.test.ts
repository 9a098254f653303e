// Input crafted against the regular expressions and scanners that read the writer's text: runs of
// the pieces dates, figures, citations and sentence ends are made of, repeated and mixed, with the
// piece that would complete a match missing. Each reading of 100,000 characters must take well
// under a second (they take milliseconds); a pattern that backtracks takes seconds to minutes.
import { beforeAll, describe, expect, it } from 'vitest';
import { citationEdits, detectStyle } from '../../server/src/domain/cite/insert';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { findPandocCitations, parseLocator, splitSentences } from '../../server/src/domain/document';
import { findInTextCitations } from '../../server/src/domain/document/citations';
import { findAuthorDateCitations } from '../../server/src/domain/document/authorDate';
import { parseLatex } from '../../server/src/domain/document/latex';
import { parsePlainText } from '../../server/src/domain/document/plaintext';
import { findDates } from '../../server/src/domain/facts/dates';
import { findNumbers } from '../../server/src/domain/facts/numbers';
import { shippedCorpus } from '../helpers/corpus';
import { random } from '../helpers/random';

const LENGTH = 100_000;
const BOUND_MS = 1_000;
const PIECES = [
	'1',
	'12',
	'2012',
	'2012-',
	'2012–',
	'12,',
	'1.',
	'1.2',
	'$',
	'$1',
	'%',
	'1%',
	' percent',
	' billion',
	'January ',
	'Jan. ',
	'early ',
	'mid-',
	'the 1990s',
	'from ',
	' to ',
	'since ',
	'between ',
	' and ',
	'(',
	')',
	'[',
	']',
	'@',
	'[@',
	'@a',
	', ',
	';',
	' ',
	'-',
	'.',
	'. ',
	'U.S.',
	'A. ',
	'"',
	'“',
	'\\cite[',
	'\\cite{',
	'\\footnote{',
	'{',
	'}',
	'[^',
	'[^1]: ',
	'\n',
	'p. ',
	'pp. 1-',
	'see ',
	'a',
	'A',
	'é',
	'\\',
	'~',
	'#',
	'*',
	'`',
	'<',
	'&',
	'http://',
	'x@y.',
	'twenty-',
	'one ',
	'first ',
	'1st',
	'No. ',
	'[1] ',
	'et al.',
	'...',
	'?',
	'!',
	'”',
	')',
	'’',
];

/** Each piece repeated, then pairs and triples of pieces repeated, to LENGTH characters. */
function craftedInputs(): string[] {
	const next = random(11);
	const units = [...PIECES];
	for (let i = 0; i < 80; i++) units.push(Array.from({ length: 2 + Math.floor(next() * 2) }, () => PIECES[Math.floor(next() * PIECES.length)]!).join(''));
	return units.map((unit) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH));
}

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

describe('crafted input', () => {
	const inputs = craftedInputs();
	const readers: [string, (text: string) => unknown][] = [
		['the sentence splitter', (text) => splitSentences(text, new Set(corpus.vocabulary.abbreviations))],
		['the date finder', (text) => findDates(text, { defaultYear: 2014 })],
		['the number finder', (text) => findNumbers(text)],
		['the Pandoc citation parser', (text) => findPandocCitations(text)],
		['the Pandoc in-text citation finder', (text) => findInTextCitations(text)],
		['the author–date citation finder', (text) => findAuthorDateCitations(text)],
		['the locator parser', (text) => parseLocator(text)],
		['the LaTeX reader and its citation commands', (text) => parseLatex(text)],
		['the plain-text reader and its numbered references', (text) => parsePlainText(text)],
		['the word analyser', (text) => corpus.analyzer.analyze(text)],
		['the citation style detector', (text) => [detectStyle(text, 'markdown'), detectStyle(text, 'latex')]],
		[
			'the footnote and reference list finder',
			(text) => ['markdown-footnote', 'plain'].map((style) => citationEdits(text, text.length, { meta: corpus.source('weitz2014')!.meta }, style as 'plain')),
		],
	];

	it.each(readers)('is read in bounded time by %s', (_, read) => {
		let slowest = { ms: 0, input: '' };
		for (const input of inputs) {
			const started = performance.now();
			read(input);
			const ms = performance.now() - started;
			if (ms > slowest.ms) slowest = { ms, input };
		}
		expect(slowest.ms, `${Math.round(slowest.ms)} ms on ${JSON.stringify(slowest.input.slice(0, 30))}…`).toBeLessThan(BOUND_MS);
	});
});

// Random editing as a writer (or a careless paste) does it: the client's copy of a document, and
// edits on it expressed the way the protocol sends them, as ranges of lines and UTF-16 characters.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

const ROOT = join(__dirname, '..', '..');

/** Papers to start from, one per language: the examples, and the Markdown one as plain text. */
export const SEEDS: Record<'markdown' | 'latex' | 'plaintext', string> = {
	markdown: readFileSync(join(ROOT, 'examples', 'paper.md'), 'utf8'),
	latex: readFileSync(join(ROOT, 'examples', 'paper.tex'), 'utf8'),
	plaintext: readFileSync(join(ROOT, 'examples', 'paper.md'), 'utf8')
		.replace(/^---[\s\S]*?---\n/, '')
		.replace(/\[\^1\]|^#+ /gm, '')
		.replace(/ \[@(\w+)(?:, p\. (\d+))?\]/g, ' [1]'),
};

/** Sentences worth pasting: claims the corpus supports, gets wrong, or knows nothing of, and citations. */
export const PASTES = [
	'Uzbekistan suspended its membership of the CSTO in June 2013.',
	'Karimov visited China in 2005.',
	'Karimov visited China in 2005 [@weitz2014, p. 147].',
	'Islam Karimov died in September 2016.',
	'Uzbekistan bought twelve fighter jets from France in 2018.',
	'From 2011 to 2012, trade between Russia and Uzbekistan rose by 21.6 percent.',
	'The CSTO created a 15,000-strong Collective Rapid Reaction Force in 2009.',
	'In 2021 the presidential spokesman said that Uzbekistan is not reviewing the question of rejoining the CSTO [@altynbayev2021].',
	'Tashkent has hosted the SCO’s Regional Anti-Terror Structure since June 2004~\\cite{ramani2017}.',
	'Uzbekistan opened a NATO logistics hub in Termez in 2015.\\footnote{Weitz, 146.}',
	'\n\n[^1]: Richard Weitz, 2014, 146.\n',
	'\n\n',
];

/** Pieces of text that break things: markup of all three languages, and Unicode that is easy to get wrong. */
export const PIECES = [
	' ',
	' ',
	'the ',
	'Tashkent ',
	'in 2012',
	'June ',
	'. ',
	', ',
	'\n',
	'\n\n',
	'\r\n',
	'\r\n\r\n',
	'\r',
	'\t',
	'👍🏽',
	'🇺🇿',
	'😀 ',
	'e\u0301',
	'Café ',
	'Ташкент ',
	'مرحبا بالعالم ',
	'\u200F',
	'\u202E',
	'\u200B',
	'שלום ',
	'\uFEFF',
	'\u2028',
	'[',
	']',
	'(',
	')',
	'{',
	'}',
	'\\',
	'@',
	'[@',
	'[^',
	']:',
	'*',
	'_',
	'`',
	'```\n',
	'$',
	'%',
	'#',
	'## ',
	'> ',
	'- ',
	'1. ',
	'|',
	'~',
	'\\cite{weitz2014}',
	'[@weitz2014]',
	'[@nobody2020]',
	'\\footnote{',
	'\\emph{',
	'\\begin{itemize}\\item ',
	'\\end{itemize}',
	'<!--',
	'-->',
	'---\n',
];

/** One change of a `didChange` notification, as offsets into the text before it, resolved against the text when applied. */
export type Change =
	| { kind: 'insert'; at: number; text: string }
	| { kind: 'delete'; at: number; length: number }
	| { kind: 'replace'; at: number; length: number; text: string }
	| { kind: 'whole'; text: string };

const position = fc.nat({ max: 1_000_000 });
const typed = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const inserted = fc.oneof(
	{ weight: 3, arbitrary: typed },
	{ weight: 2, arbitrary: fc.constantFrom(...PASTES) },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
);

export const changeArbitrary: fc.Arbitrary<Change> = fc.oneof(
	{ weight: 5, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: position, text: inserted }) },
	{ weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 80 }) }) },
	{ weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), at: position, length: fc.integer({ min: 1, max: 30 }), text: inserted }) },
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('whole' as const), text: fc.constantFrom(...Object.values(SEEDS), '', 'Karimov visited China in 2005.\r\n') }),
	},
);

/** A `didChange` notification: usually one change, sometimes several (as several cursors send). */
export const stepArbitrary: fc.Arbitrary<Change[]> = fc.array(changeArbitrary, { minLength: 1, maxLength: 3 });

/** The change as the protocol sends it, worked out on the client's copy as it is before the change. */
export function toEvent(document: TextDocument, change: Change): TextDocumentContentChangeEvent {
	if (change.kind === 'whole') return { text: change.text };
	const length = document.getText().length;
	const start = change.at % (length + 1);
	const end = change.kind === 'insert' ? start : Math.min(length, start + change.length);
	const range: Range = { start: document.positionAt(start), end: document.positionAt(end) };
	return { range, text: change.kind === 'delete' ? '' : change.text };
}

/** Applies a step to the client's copy (in place) and gives the events to send for it. */
export function applyStep(document: TextDocument, changes: Change[]): TextDocumentContentChangeEvent[] {
	const version = document.version + 1;
	// Each event of one notification applies to the text the ones before it left, as in the protocol.
	const events = changes.map((change) => {
		const event = toEvent(document, change);
		TextDocument.update(document, [event], version);
		return event;
	});
	TextDocument.update(document, [], version);
	return events;
}

/** What is wrong with a diagnostic's range in the document: outside it, reversed, or inside a line break. */
export function rangeProblems(document: TextDocument, diagnostic: Diagnostic): string[] {
	return rangeChecker(document)(diagnostic);
}

/** The same check, with the document's lines measured once, for many diagnostics of one text. */
export function rangeChecker(document: TextDocument): (diagnostic: Diagnostic) => string[] {
	const lengths = document
		.getText()
		.split(/\r\n|\r|\n/)
		.map((line) => line.length);
	return (diagnostic) => {
		const problems: string[] = [];
		const check = (name: string, p: { line: number; character: number }) => {
			const length = lengths[p.line];
			if (length === undefined) problems.push(`${name} line ${p.line} of ${lengths.length}`);
			else if (p.character < 0 || p.character > length) problems.push(`${name} character ${p.character} on a line of ${length}`);
		};
		check('start', diagnostic.range.start);
		check('end', diagnostic.range.end);
		const { start, end } = diagnostic.range;
		if (start.line > end.line || (start.line === end.line && start.character > end.character)) problems.push('start after end');
		return problems;
	};
}

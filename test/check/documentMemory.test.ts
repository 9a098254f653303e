// A check given the memory of the document's last check reads again only what an edit touched, and
// its report is the one a check of the whole new text gives: verdicts, spans, messages, fixes and
// evidence, in the same order.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CheckCancelled, checkDocument, type DocumentReport, type Reading } from '../../server/src/domain/check/checker';
import { DocumentMemory } from '../../server/src/domain/check/documentMemory';
import type { Cache } from '../../server/src/domain/check/recentCache';
import { DEFAULT_VERIFY_OPTIONS } from '../../server/src/domain/check/verify';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import type { DocumentLanguage } from '../../server/src/domain/types';
import { shippedCorpus } from '../helpers/corpus';
import { applyEdit, randomEdit } from '../helpers/edits';
import { fuzzParameters } from '../helpers/fuzz';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

/** A cache of readings that counts the sentences looked up in it: each sentence a check reads is. */
class CountedReadings implements Cache<Reading> {
	private readonly map = new Map<string, Reading>();
	looked = 0;
	get(key: string): Reading | undefined {
		this.looked++;
		return this.map.get(key);
	}
	set(key: string, value: Reading): void {
		this.map.set(key, value);
	}
}

/** The report as the command line writes it: equal reports are the same JSON, keys in the same order. */
const json = (report: DocumentReport) => JSON.stringify(report);

/** Replaces the first `from` in `text` with `to`. */
function edited(text: string, from: string, to: string): string {
	const at = text.indexOf(from);
	if (at < 0) throw new Error(`no "${from}" in the text`);
	return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Checks `before`, then `after` with the memory of the first check; gives both and a full check of `after`. */
function again(before: string, after: string, language: DocumentLanguage = 'markdown') {
	const memory = new DocumentMemory();
	const first = checkDocument(before, language, corpus, { memory });
	const readings = new CountedReadings();
	const incremental = checkDocument(after, language, corpus, { memory, readings });
	return { first, incremental, full: checkDocument(after, language, corpus), looked: readings.looked };
}

const PAPER = [
	'# Uzbekistan and the CSTO',
	'Uzbekistan suspended its membership in June 2012. It rejoined the bloc in 2006 [@weitz2014].',
	'Karimov visited China in 2007 [@weitz2014]. He met Hu Jintao in Beijing.',
	'Uzbekistan bought fighter jets from France in 2018.',
].join('\n\n');

describe('a check with the memory of the last one', () => {
	it('reads again only the paragraph an edit touched, and reports as a full check does', () => {
		const { incremental, full, looked } = again(PAPER, edited(PAPER, 'China in 2007', 'China in 2005'));
		expect(json(incremental)).toBe(json(full));
		expect(looked).toBe(2);
		expect(full.claims.find((c) => c.text.startsWith('Karimov'))?.verdict).toBe('supported');
	});

	it('moves the reports after an edit by what it added, and keeps those before it', () => {
		const after = edited(PAPER, 'Karimov visited', 'In those years Karimov visited');
		const { first, incremental, full } = again(PAPER, after);
		expect(json(incremental)).toBe(json(full));
		const last = (r: DocumentReport) => r.claims.at(-1)!.span.start;
		expect(last(incremental) - last(first)).toBe('In those years '.length);
		expect(incremental.claims[0]).toEqual(first.claims[0]);
	});

	it('reads a paragraph again when the heading its pronouns point back to changes', () => {
		const before = '# Uzbekistan\n\nIt rejoined the bloc in 2006.\n';
		const { first, incremental, full, looked } = again(before, edited(before, 'Uzbekistan', 'Kyrgyzstan'));
		expect(json(incremental)).toBe(json(full));
		expect(looked).toBe(2);
		expect(incremental.claims[0]!.message).not.toBe(first.claims[0]!.message);
	});

	it('reads a section again when the title changes, though its own heading names no one', () => {
		const before = '# Uzbekistan\n\n## Notes\n\nIt rejoined the bloc in 2006.\n';
		const { first, incremental, full } = again(before, edited(before, 'Uzbekistan', 'Kyrgyzstan'));
		expect(json(incremental)).toBe(json(full));
		expect(incremental.claims[0]!.message).not.toBe(first.claims[0]!.message);
	});

	it('follows a footnote whose definition, in another paragraph, changes', () => {
		const before = 'Karimov visited China in 2005.[^1]\n\nUzbekistan bought fighter jets from France in 2018.\n\n[^1]: Weitz 2014, 147.\n';
		const { first, incremental, full } = again(before, edited(before, 'Weitz 2014, 147', 'Ramani 2017'));
		expect(json(incremental)).toBe(json(full));
		expect(json(incremental)).not.toBe(json(first));
	});

	it('silences a finding by a comment added in another paragraph', () => {
		const before = 'Some words first.\n\nUzbekistan bought fighter jets from France in 2018.\n';
		const { incremental, full } = again(before, edited(before, 'first.\n', 'first.\n\n<!-- citecheck-disable-next-line -->\n'));
		expect(json(incremental)).toBe(json(full));
		expect(full.silenced).toHaveLength(1);
	});

	it('reads everything again for another way of judging', () => {
		const memory = new DocumentMemory();
		checkDocument(PAPER, 'markdown', corpus, { memory });
		const readings = new CountedReadings();
		checkDocument(PAPER, 'markdown', corpus, { memory, readings, verify: { ...DEFAULT_VERIFY_OPTIONS } });
		expect(readings.looked).toBe(6);
	});

	it('is left as it was by a check that is cancelled', () => {
		const memory = new DocumentMemory();
		checkDocument(PAPER, 'markdown', corpus, { memory });
		const after = edited(PAPER, 'in 2018', 'in 2019');
		expect(() => checkDocument(after, 'markdown', corpus, { memory, cancellation: { isCancellationRequested: true } })).toThrow(CheckCancelled);
		const again = edited(after, 'June 2012', 'July 2012');
		expect(json(checkDocument(again, 'markdown', corpus, { memory }))).toBe(json(checkDocument(again, 'markdown', corpus)));
	});
});

// Strings that make or unmake what crosses a paragraph's edge, or the reading of the whole text.
const RISKY = [
	'\n\n',
	'\n',
	'# Kyrgyzstan and the SCO\n\n',
	'## Notes\n\n',
	'It ',
	'the bloc ',
	'He ',
	' [@weitz2014]',
	' [@nosuchkey]',
	'[^1]',
	'\n\n[^1]: Weitz 2014, 147.\n',
	'```\n',
	'<!-- citecheck-disable-next-line -->\n',
	'<!-- citecheck-disable -->',
	'\n\n[link]: https://example.org\n',
	'> ',
	'- ',
	'---\n',
	'. ',
	' in 2005',
	'Karimov',
	'\\cite{weitz2014}',
	'% citecheck-disable-next-line\n',
	'\\section{Kazakhstan}\n',
	'\\footnote{Weitz 2014}',
	'',
];

const PAPERS: [string, DocumentLanguage][] = [
	['csto-exit.md', 'markdown'],
	['uzbekistan-russia.md', 'markdown'],
	['uzbek-kazakh-security.tex', 'latex'],
	['csto-debate-2021.txt', 'plaintext'],
];

describe('random edits of a real paper', () => {
	for (const [name, language] of PAPERS) {
		it(`give the report a full check gives, edit after edit (${name})`, () => {
			const paper = readFileSync(join(__dirname, '..', 'papers', name), 'utf8');
			const edit = randomEdit(RISKY, 80, 160);
			fc.assert(
				fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => {
					const memory = new DocumentMemory();
					let text = paper;
					checkDocument(text, language, corpus, { memory });
					for (const change of edits) {
						text = applyEdit(text, change);
						expect(json(checkDocument(text, language, corpus, { memory }))).toBe(json(checkDocument(text, language, corpus)));
					}
				}),
				fuzzParameters(12),
			);
		});
	}
});

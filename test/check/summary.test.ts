import { describe, expect, it } from 'vitest';
import { checkDocument, type ResolvedCitation } from '../../server/src/domain/check/checker';
import { summaryOf, totalOf } from '../../server/src/domain/check/summary';
import type { Verdict } from '../../server/src/domain/types';
import { shippedCorpus } from '../helpers/corpus';

const CITATION: ResolvedCitation = { kind: 'pandoc', span: { start: 0, end: 1 }, keys: ['weitz2014'], anchor: 0, resolved: ['weitz2014'], unknown: [] };

/** Claims with these verdicts; `cited` says which cite something. */
function claims(verdicts: Verdict[], cited: (i: number) => boolean = () => true) {
	return { claims: verdicts.map((verdict, i) => ({ verdict, citations: cited(i) ? [CITATION] : [] })) };
}

describe('the summary of a document', () => {
	it('counts supported, flagged and uncited claims, with their shares of all claims', () => {
		const report = claims(['supported', 'supported', 'supported', 'wrong-date', 'unsupported', 'citation-mismatch'], (i) => i !== 1);
		expect(summaryOf(report)).toEqual({
			claims: 6,
			supported: 3,
			flagged: 3,
			uncited: 1,
			supportedShare: 0.5,
			flaggedShare: 0.5,
			uncitedShare: 0.1667,
		});
	});

	it('flags every verdict but supported', () => {
		const problems: Verdict[] = ['wrong-date', 'wrong-number', 'unsupported', 'contradicted', 'citation-mismatch'];
		for (const verdict of problems) expect(summaryOf(claims([verdict], () => false))).toMatchObject({ flagged: 1, supported: 0, uncited: 0 });
	});

	it('counts as uncited only supported claims that cite nothing, not flagged ones', () => {
		expect(summaryOf(claims(['supported', 'unsupported'], () => false))).toMatchObject({ supported: 1, flagged: 1, uncited: 1, uncitedShare: 0.5 });
	});

	it('gives no shares for a document without claims', () => {
		expect(summaryOf({ claims: [] })).toEqual({
			claims: 0,
			supported: 0,
			flagged: 0,
			uncited: 0,
			supportedShare: null,
			flaggedShare: null,
			uncitedShare: null,
		});
	});

	it('agrees with the checker on a paper', async () => {
		const text =
			'Karimov visited China in 2005 [@weitz2014, p. 147].\n\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n';
		const summary = summaryOf(checkDocument(text, 'markdown', await shippedCorpus()));
		expect(summary).toMatchObject({ claims: 3, supported: 1, flagged: 2, uncited: 0 });
	});
});

describe('the total over documents', () => {
	it('adds the counts and works the shares out from them, each claim weighing the same', () => {
		const one = summaryOf(claims(['supported', 'wrong-date', 'wrong-date', 'wrong-date']));
		const two = summaryOf(claims(['supported', 'supported', 'supported', 'supported'], (i) => i > 0));
		const empty = summaryOf({ claims: [] });
		expect(totalOf([one, two, empty])).toEqual({
			files: 3,
			claims: 8,
			supported: 5,
			flagged: 3,
			uncited: 1,
			supportedShare: 0.625,
			flaggedShare: 0.375,
			uncitedShare: 0.125,
		});
	});

	it('of no documents is empty', () => {
		expect(totalOf([])).toMatchObject({ files: 0, claims: 0, supportedShare: null });
	});
});

// Two verbs of one actor ("X pivoted toward Y and was a member again from …") may be told by a
// passage as one ("pivoted strongly toward Y … and rejoined the bloc from …"): a clause that no
// passage says alone is read with the clause it borrows its subject from. On the shipped corpus,
// with a sentence of no labelled set.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { shippedCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

const verdictOf = (text: string, clause: string) => checkDocument(`${text}\n`, 'markdown', corpus).claims.find((c) => c.text.includes(clause))?.verdict;

describe('a clause that borrows its subject', () => {
	it('is supported with the clause it borrows from where a passage tells the two as one', () => {
		const text =
			'Its critics had long doubted it, yet after the Andijan events strained its relations with Washington, Uzbekistan pivoted toward Russia and was a member of the bloc again from 2006 to 2012.';
		expect(verdictOf(text, 'was a member of the bloc again')).toBe('supported');
	});
});

describe('a clause that borrows from the one before and gets a date wrong', () => {
	it('is fixed from the passage that tells the two, where the fix falls inside the clause', () => {
		const found = checkDocument(
			'That July the Russian military announced plans for joint exercises, which were to take place in November.\n',
			'markdown',
			corpus,
		).claims;
		const clause = found.find((c) => c.text.includes('take place'));
		expect(clause).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('October, not November') });
		expect(clause?.fixes.map((f) => f.newText)).toEqual(['October']);
	});
});

// A report tells undated what was said in the year it came out, and what it tells in the present is
// so then: a claim that dates such a saying or state to that year ("Writing in 2014, one review
// concluded that …") is supported by it; a claim that dates a past act to that year is not, nor one
// that names a day or a month the report does not give.
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { writtenCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(() => {
	corpus = writtenCorpus(
		{
			harbour:
				'The Port of Valdera\n\nThe harbour authority warned that the northern terminal could not handle larger container ships.\n\nThe harbour authority closed the southern terminal.\n\nOn the other hand, the Lisle pilots are already members of the Valdera harbour guild.\n',
		},
		'@report{harbour, title = {The Port of Valdera}, institution = {Harbour Review}, year = {2014}}',
	);
});

const verdict = (text: string) => checkDocument(`${text}\n`, 'markdown', corpus).claims[0]?.verdict;

describe('a claim dated to the year of the report', () => {
	it('is supported by the report telling it undated', () => {
		expect(verdict('In 2014 the Valdera harbour authority warned that the northern terminal could not handle larger container ships.')).toBe('supported');
	});

	it("is supported by the report telling a state in the present tense: the report's own time", () => {
		expect(verdict('In 2014 the Lisle pilots were members of the Valdera harbour guild.')).toBe('supported');
		expect(verdict('In 2011 the Lisle pilots were members of the Valdera harbour guild.')).not.toBe('supported');
	});

	it('is not where the year dates an act, not a saying', () => {
		expect(verdict('In 2014 the Valdera harbour authority closed the southern terminal.')).not.toBe('supported');
	});

	it('is not where the year is another, or where it names a month the report does not give', () => {
		expect(verdict('In 2011 the Valdera harbour authority warned that the northern terminal could not handle larger container ships.')).not.toBe('supported');
		expect(verdict('In May 2014 the Valdera harbour authority warned that the northern terminal could not handle larger container ships.')).not.toBe(
			'supported',
		);
	});
});

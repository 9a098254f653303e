// "The board closed the pier on Tuesday", "said Monday": a day of the week names a day only from the
// week its report was written in. A source written at another time gives that day as a date, or not
// at all: the day is no word of the claim a passage need say. Other names stay words of the claim.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../server/src/domain/claims/claim';
import { readSentence } from '../../server/src/domain/claims/reading';
import { Analyzer } from '../../server/src/domain/text/analyzer';
import { language } from '../helpers/language';
import { shippedVocabulary } from '../helpers/vocabulary';

const vocabulary = shippedVocabulary();
const analyzer = new Analyzer(vocabulary);
const { lexicon, tagger } = language();

/** The words of a sentence's first claim, as written. */
function claimWords(text: string): string[] {
	const sentence = { block: 0, textStart: 0, textEnd: text.length, text, span: { start: 0, end: text.length }, citations: [], heading: false };
	const claim = claimsOf(sentence, readSentence(text, false, analyzer, vocabulary, tagger), [], lexicon)[0];
	return (claim?.analysis.tokens ?? []).map((t) => text.slice(t.start, t.end));
}

describe('a day of the week', () => {
	it('is no word of the claim', () => {
		expect(claimWords('The harbour board of Port Arden closed the northern pier on Tuesday.')).not.toContain('Tuesday');
		expect(claimWords('On Sunday the ferries of Kelmouth stopped calling at Port Arden.')).not.toContain('Sunday');
	});

	it('is told from other names', () => {
		const words = claimWords('The harbour board of Port Arden closed the northern pier on Tuesday.');
		expect(words).toContain('Arden');
		expect(words).toContain('pier');
	});
});

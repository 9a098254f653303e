// A claim's judgement is kept by its key and reused in every document that has the same clause. What
// the sentences before add to the clause is part of the key, with where it stands: in one document
// "It" may point back to the Harbour League, in another "the league" does, and the two claims are
// not judged alike.
import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../server/src/domain/claims/claim';
import type { Referent } from '../../server/src/domain/claims/discourse';
import { readSentence } from '../../server/src/domain/claims/reading';
import { Analyzer } from '../../server/src/domain/text/analyzer';
import { language } from '../helpers/language';
import { shippedVocabulary } from '../helpers/vocabulary';

const vocabulary = shippedVocabulary();
const analyzer = new Analyzer(vocabulary);
const { lexicon, tagger } = language();

const text = 'It left the league in 1999 and came back in 2006.';
const sentence = { block: 0, textStart: 0, textEnd: text.length, text, span: { start: 0, end: text.length }, citations: [], heading: false };
const reading = readSentence(text, false, analyzer, vocabulary, tagger);

/** The key of the sentence's first claim, the Harbour League pointed back to from the words at [start, end). */
function keyWith(start: number, end: number): string | undefined {
	const referent: Referent = {
		start,
		end,
		mentions: [{ keys: ['harbour', 'leagu'], kind: undefined, token: 'name', start: 0, end: 13, subject: true }],
	};
	return claimsOf(sentence, reading, [referent], lexicon)[0]?.key;
}

describe('a claim’s key', () => {
	it('tells apart the same words pointed back to from other words of the clause', () => {
		const fromIt = keyWith(0, 2);
		const fromLeague = keyWith(8, 18);
		expect(fromIt).toBeDefined();
		expect(fromIt).not.toEqual(fromLeague);
	});

	it('is the same for the same clause read the same way', () => {
		expect(keyWith(0, 2)).toEqual(keyWith(0, 2));
	});
});

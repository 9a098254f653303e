// The act a verb's date belongs to may be the verb it governs through "to": "decided to leave", and
// with a place between, "met in Moscow to sign a treaty" (the meeting's act is the signing).
import { describe, expect, it } from 'vitest';
import { governedVerb } from '../../server/src/domain/check/lightVerbs';
import { Tagger } from '../../server/src/domain/language/tagger';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';

const tagger = new Tagger(loadTagModel, loadLexicon());

const governed = (text: string, verb: string) => {
	const words = tagger.tag(text);
	return governedVerb(
		words,
		words.find((w) => w.text === verb)!,
	)?.lemma;
};

describe('the verb a verb governs through "to"', () => {
	it('follows it at once, or after a place', () => {
		expect(governed('The council decided to close the pier.', 'decided')).toBe('close');
		expect(governed('In April 1998 the towns met in Arden to sign a treaty.', 'met')).toBe('sign');
		expect(governed('In April 1998 the towns met at the old harbour to sign a treaty.', 'met')).toBe('sign');
	});

	it('is no verb of a phrase that goes on past the place', () => {
		expect(governed('The towns met in Arden and agreed to sign a treaty.', 'met')).toBeUndefined();
	});
});

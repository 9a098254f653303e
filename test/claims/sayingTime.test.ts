// "The mayor said on Tuesday the pier was closed, adding …": a time right after a verb of saying, and
// phrases before the "that" after it, tell when and how it was said, not a phrase that opens what was
// said; what was said starts after them, and its verb ("closed") carries the claim, not a verb after
// the next comma ("adding").
import { describe, expect, it } from 'vitest';
import { reportedVerb } from '../../server/src/domain/claims/checkable';
import { language } from '../helpers/language';

const { lexicon, tagger } = language();
const reported = (text: string) => reportedVerb(tagger.tag(text), lexicon)?.word.lower;

describe('a time or a phrase after a verb of saying', () => {
	it('is when it was said: the verb of what was said comes after it', () => {
		expect(reported('The mayor said the pier was closed to the ferries, adding that the fleet would wait.')).toBe('closed');
		expect(reported('The mayor said on Tuesday the pier was closed to the ferries, adding that the fleet would wait.')).toBe('closed');
		expect(reported('The mayor said last week that the pier was closed to the ferries, adding that the fleet would wait.')).toBe('closed');
		expect(reported('The mayor said in a statement on Tuesday that the pier was closed, adding that the fleet would wait.')).toBe('closed');
	});

	it('is no time where the phrase qualifies what was said', () => {
		expect(reported("The mayor said Tuesday's storm closed the pier.")).toBe('closed');
	});
});

// Words inside quotation marks: a title or a quotation tells no act of a date that stands outside it
// ("a debate entitled “Is the Toll Hurting Kelmouth?” on March 12").
import type { TaggedWord } from '../language/tagger';
import type { Span } from '../types';

const OPENING_QUOTES = new Set(['“', '‘', '«']);
const CLOSING_QUOTES = new Set(['”', '’', '»']);

/** The words inside quotation marks that do not hold `span`. */
export function quotedOutside(words: TaggedWord[], span: Span): Set<TaggedWord> {
	const out = new Set<TaggedWord>();
	let run: TaggedWord[] | undefined;
	let holds = false;
	for (const w of words) {
		const straight = w.text === '"';
		if (run === undefined && (OPENING_QUOTES.has(w.text) || straight)) {
			run = [];
			holds = false;
		} else if (run !== undefined && (CLOSING_QUOTES.has(w.text) || straight)) {
			if (!holds) run.forEach((q) => out.add(q));
			run = undefined;
		} else if (run !== undefined) {
			run.push(w);
			holds ||= w.start < span.end && w.end > span.start;
		}
	}
	return out;
}

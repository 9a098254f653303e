// The dates a passage writes in brackets right after a thing ("the Fisheries Treaty (1968)"): each is its
// thing's own, not the date of the rest of the clause.
import type { EvidenceSentence } from '../corpus/corpus';
import type { Tagger } from '../language/tagger';
import type { Token } from '../text/analyzer';
import type { DateMention, Span } from '../types';
import { passageWords } from './events';

// What ends the name of a thing written before a parenthesised date: a list's commas, a verb, "and".
const ITEM_BOUNDS = new Set(['PUNCT', 'VERB', 'AUX', 'CCONJ', 'SCONJ', 'PRON']);

const labelCache = new WeakMap<EvidenceSentence, Map<DateMention, Token[]>>();

/**
 * The things a passage sentence's parenthesised dates label, where each is written right after its
 * thing ("the Fisheries Treaty (1968), the coastal Salvage Treaty (1971)", "Ivo Marr
 * (1921-1994)"): for each such date, the words that tell its thing apart from the others labelled so
 * (a word they all share, "Treaty", tells none apart). Such a date is its thing's own, not the date of
 * the rest of the clause.
 */
export function labelledThings(sentence: EvidenceSentence, tagger: Tagger): Map<DateMention, Token[]> {
	let known = labelCache.get(sentence);
	if (known) return known;
	const items = new Map<DateMention, Token[]>();
	for (const mention of sentence.dates) {
		const span = labelledBy(sentence, mention, tagger);
		if (span)
			items.set(
				mention,
				sentence.analysis.tokens.filter((t) => t.start >= span.start && t.end <= span.end),
			);
	}
	known = new Map();
	for (const [mention, tokens] of items) {
		const others = [...items.values()].filter((o) => o !== tokens);
		known.set(mention, others.length === 0 ? tokens : tokens.filter((t) => !others.every((o) => o.some((x) => x.key === t.key))));
	}
	labelCache.set(sentence, known);
	return known;
}

/** The words of the thing a parenthesised date is written right after: back to the list's comma or the clause's verb. */
function labelledBy(sentence: EvidenceSentence, mention: DateMention, tagger: Tagger): Span | undefined {
	const before = sentence.text.slice(0, mention.span.start);
	const after = sentence.text.slice(mention.span.end);
	if (!/\(\s*$/.test(before) || !/^\s*\)/.test(after)) return undefined;
	const open = before.lastIndexOf('(');
	const words = passageWords(sentence, tagger).filter((w) => w.end <= open);
	let k = words.length;
	while (k > 0 && !ITEM_BOUNDS.has(words[k - 1]!.pos)) k--;
	if (k >= words.length) return undefined;
	return { start: words[k]!.start, end: words.at(-1)!.end };
}

// What a figure counts: "1,300 Westmark naval personnel" counts personnel, "a dozen countries"
// countries, "the 20,000-strong force" the force. A claim's figure is compared only with a passage's
// figure of the same thing, so that a passage's count of missions never corrects a claim's count of
// personnel.
import type { Lexicon } from '../language/lexicon';
import { sameMeaning, wordClass } from '../language/meaning';
import type { TaggedWord } from '../language/tagger';
import { sameKey, type Token } from '../text/analyzer';
import type { NumberMention } from '../types';

/** The word a figure counts, and its key for comparing. */
export interface Counted {
	lemma: string;
	key?: string;
	/** A part of what is counted: "116 of the tests" counts some of the tests, not how many there were. */
	partitive?: boolean;
	/** The head with the noun before it, written closed: "servicemember" of "service members". */
	closed?: string;
}

// Words that pair a figure with the next: "by" of dimensions, "to" of a range, "or" of a choice.
const PAIRED = new Set(['by', 'to', 'or', 'x', '×']);

// Words between a figure and what it counts: "-strong", "some", "of".
const LINKS = new Set(['-', '–', 'strong', 'of', 'the', 'more', 'additional', 'other', 'new', 'some', 'nearly']);

/**
 * The noun a figure counts: the head of the noun phrase right after it (its last noun), else, for a
 * figure at the end of its phrase ("numbering 20,000", "reached $7.6 billion"), nothing.
 */
export function countedBy(figure: NumberMention, words: TaggedWord[], tokens: Token[], lexicon?: Lexicon): Counted | undefined {
	if (figure.unit === 'percent') return wholeOf(figure, words, tokens);
	if (figure.unit === 'currency' || figure.unit === 'ordinal') return undefined;
	let k = words.findIndex((w) => w.start >= figure.span.end);
	if (k < 0) return undefined;
	// "8,196 by 131 feet", "20 to 25 personnel", "two or three ships": a figure paired with another counts what the other does.
	if (PAIRED.has(words[k]!.lower) && words[k + 1]?.pos === 'NUM') k += 2;
	// "the 20,000-strong force" counts its members: as many troops, whatever the force is called.
	if (words[k]?.lower === '-' && words[k + 1]?.lower === 'strong') return { lemma: 'troop' };
	// "a six-month notice", "a 25-year lease": the figure measures in the noun joined to it, as "six months' notice" does.
	const joined = words[k + 1];
	if (words[k]?.lower === '-' && words[k]!.start === figure.span.end && joined?.pos === 'NOUN' && joined.start === words[k]!.end) {
		const token = tokens.find((t) => t.start <= joined.start && t.end >= joined.end);
		return { lemma: joined.lemma, ...(token ? { key: token.key } : {}) };
	}
	// "a 3 month pilot course": a unit in the singular after a count of more than one, a noun after
	// it, is a measure written before what it measures, as "six-month" is.
	const measure = words[k];
	if (
		measure?.pos === 'NOUN' &&
		measure.lower === measure.lemma &&
		figure.value !== 1 &&
		words[k + 1]?.pos === 'NOUN' &&
		measure.start === figure.span.end + 1 &&
		lexicon?.isUnit(measure.lemma)
	) {
		const token = tokens.find((t) => t.start <= measure.start && t.end >= measure.end);
		return { lemma: measure.lemma, ...(token ? { key: token.key } : {}) };
	}
	const partitive = words[k]?.lower === 'of' && (words[k + 1]?.pos === 'DET' || words[k + 1]?.pos === 'PRON');
	while (k < words.length && LINKS.has(words[k]!.lower) && words[k]!.pos !== 'NOUN') k++;
	// The phrase runs on through adjectives and names ("1,300 Westmark naval personnel"); its head is its last common noun.
	let head: TaggedWord | undefined;
	for (; k < words.length; k++) {
		const w = words[k]!;
		if (w.pos === 'NOUN') head = w;
		else if (w.pos === 'PROPN') {
			if (head) break;
		} else if (w.pos === 'ADJ' || (w.pos === 'PUNCT' && w.lower === '-')) {
			if (head) break;
		} else if (w.pos === 'NUM' && !head && words[k + 1] && (words[k + 1]!.pos === 'NOUN' || words[k + 1]!.lower === '-')) {
			// A measure that qualifies the noun ("447 fifty-five gallon drums", "30 155-mm guns"): the
			// phrase goes on to what is counted; its own unit ("gallon") is not the head, the last noun is.
			continue;
		} else if ((w.pos === 'ADV' || w.pos === 'CCONJ') && !head && MODIFIES.has(words[k + 1]?.pos ?? '')) {
			// "400 mostly Eastland sailors", "90 Westmark and host-port contractor personnel": the phrase goes on.
			continue;
		} else break;
	}
	// A name ("the Collective Rapid Reaction Force") says what is counted no more than "it" would.
	if (!head) return undefined;
	const token = tokens.find((t) => t.start <= head!.start && t.end >= head!.end);
	const before = words[words.indexOf(head) - 1];
	const closed = before?.pos === 'NOUN' && head.start - before.end <= 1 ? `${before.lower}${head.lemma}` : undefined;
	return { lemma: head.lemma, ...(token ? { key: token.key } : {}), ...(partitive ? { partitive } : {}), ...(closed ? { closed } : {}) };
}

const MODIFIES = new Set(['ADJ', 'PROPN', 'NOUN']);

/**
 * What a share is of: "4.5% of its revenue" is a share of revenue, as "2% of the budget" is of the budget; a
 * share with no "of" after it ("a 2% guideline") says nothing of its whole.
 */
function wholeOf(figure: NumberMention, words: TaggedWord[], tokens: Token[]): Counted | undefined {
	let k = words.findIndex((w) => w.start >= figure.span.end);
	if (k < 0 || words[k]!.lower !== 'of') return undefined;
	k++;
	while (k < words.length && (words[k]!.pos === 'DET' || words[k]!.pos === 'PRON')) k++;
	let head: TaggedWord | undefined;
	// Its head is the phrase's last noun ("of the country's population").
	for (; k < words.length && (MODIFIES.has(words[k]!.pos) || words[k]!.pos === 'PART'); k++)
		if (words[k]!.pos === 'NOUN' || words[k]!.pos === 'PROPN') head = words[k];
	if (!head) return undefined;
	const token = tokens.find((t) => t.start <= head.start && t.end >= head.end);
	return { lemma: head.lemma, ...(token ? { key: token.key } : {}) };
}

/** Whether `a` written closed is `b`'s word, which the lemmatiser may not know as a plural ("servicemembers"). */
function closedAs(a: Counted, b: Counted): boolean {
	return a.closed !== undefined && (b.lemma === a.closed || b.lemma === `${a.closed}s` || b.lemma === `${a.closed}es`);
}

/** Whether two figures count the same thing, as far as their words tell: unknown counts as maybe. */
export function sameCounted(a: Counted | undefined, b: Counted | undefined, lexicon: Lexicon): boolean {
	if (!a || !b) return true;
	// A part ("116 of the tests") is not the whole ("456 tests"), whatever both count.
	if ((a.partitive ?? false) !== (b.partitive ?? false)) return false;
	if (a.lemma === b.lemma) return true;
	// One compound written open in one and closed in the other: "service members", "servicemembers".
	if (closedAs(a, b) || closedAs(b, a)) return true;
	if (a.key !== undefined && b.key !== undefined && sameKey(a.key, b.key)) return true;
	return sameMeaning(lexicon, { lemma: a.lemma, pos: wordClass('NOUN')! }, { lemma: b.lemma, pos: wordClass('NOUN')! });
}

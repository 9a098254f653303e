// What a sentence of a paper reads as, before its context is known: its words tagged, its clauses,
// its dates, figures and content words, and whether it is a statement at all. It depends on the
// sentence's text only, so a check keeps it by text and an edit reads again only what changed.
import { findDates } from '../facts/dates';
import { boundedSpan } from '../facts/bounds';
import { findNumbers, isFigure } from '../facts/numbers';
import { findRelativeDates, withRelativeDates, type RelativeDate } from '../facts/relativeDates';
import type { Tagger, TaggedWord } from '../language/tagger';
import type { Lexicon } from '../language/lexicon';
import type { Analysis, Analyzer, Token } from '../text/analyzer';
import type { DateMention, NumberMention } from '../types';
import type { Vocabulary } from '../vocabulary';
import { clausesOf, quoted, type Clause } from './clauses';

export interface SentenceReading {
	words: TaggedWord[];
	clauses: Clause[];
	/** The whole sentence's content words and actors, its dates and figures left out. */
	analysis: Analysis;
	dates: DateMention[];
	/** Dates counted from a date before the sentence ("The following year, …"), which its context gives. */
	uncounted: RelativeDate[];
	numbers: NumberMention[];
	/** Why the sentence as a whole is no statement (a question, signposting, opinion, a fragment), if it is none. */
	notClaim?: string;
	/** The writer speaks as "I" or "we". */
	firstPerson: boolean;
}

function startsWithPhrase(lower: string, phrases: readonly string[]): boolean {
	return phrases.some((p) => lower.startsWith(p) && !/[\p{L}\p{N}]/u.test(lower.charAt(p.length)));
}

function containsPhrase(lower: string, phrases: readonly string[]): boolean {
	return phrases.some((p) => {
		const at = lower.indexOf(p);
		return at >= 0 && !/[\p{L}\p{N}]/u.test(lower.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(lower.charAt(at + p.length));
	});
}

/** Why a sentence is not a statement, or undefined when it may be one. */
export function notClaimReason(text: string, heading: boolean, vocabulary: Vocabulary): string | undefined {
	if (heading) return 'heading';
	const trimmed = text.trim();
	if (/\?["”’)\]]*$/u.test(trimmed)) return 'question';
	const lower = trimmed.toLowerCase().replace(/’/g, "'");
	if (startsWithPhrase(lower, vocabulary.signposts) || containsPhrase(lower, vocabulary.signpostAnywhere)) return 'signposting';
	if (startsWithPhrase(lower, vocabulary.opinions) || containsPhrase(lower, vocabulary.opinionAnywhere)) return 'opinion';
	// A few words without a full stop are a label (a list item, a table cell), not a statement.
	const words = (trimmed.match(/[\p{L}\p{N}]+/gu) ?? []).length;
	if (words < 3 || (words < 6 && !/[.!…]["”’)\]]*$/u.test(trimmed))) return 'fragment';
	return undefined;
}

const FIRST_PERSON = new Set(['i', 'we', 'my', 'our', 'me', 'us']);

/** Reads a sentence. Headings are read for their actors only (they are never claims). */
export function readSentence(
	text: string,
	heading: boolean,
	analyzer: Analyzer,
	vocabulary: Vocabulary,
	tagger: Tagger,
	names: ReadonlySet<string> = new Set(),
): SentenceReading {
	const notClaim = notClaimReason(text, heading, vocabulary);
	const relatives = findRelativeDates(text);
	const { dates, uncounted } = withRelativeDates(text, findDates(text), relatives);
	const numbers = findNumbers(
		text,
		[...dates, ...uncounted].map((d) => d.span),
	);
	const analysis = analyzer.analyze(text, [
		...dates.map((d) => d.span),
		...uncounted.map((d) => d.span),
		...numbers.filter(isFigure).map((n) => boundedSpan(text, n.span)),
	]);
	if (heading)
		return {
			words: [],
			clauses: [{ span: { start: 0, end: text.length }, shared: [] }],
			analysis,
			dates,
			uncounted,
			numbers,
			notClaim: 'heading',
			firstPerson: false,
		};
	const words = tagger.tag(text);
	namesFirst(text, analysis.tokens, words, names, tagger.lexicon);
	// "US" is a country, not "us": the writer's own voice is a lower-case pronoun. One inside a
	// quotation ("“our pier is closed to ferries,” the mayor said") is the speaker's, not the writer's.
	const inQuote = quoted(words);
	const firstPerson = words.some((w, k) => w.pos === 'PRON' && FIRST_PERSON.has(w.lower) && w.text !== 'US' && !inQuote[k] && !joined(words, k));
	return { words, clauses: clausesOf(text, words), analysis, dates, uncounted, numbers, ...(notClaim ? { notClaim } : {}), firstPerson };
}

/**
 * The first word of a sentence is capitalised for that alone, so it is read as a word; but where the
 * corpus writes it as a name, or WordNet knows it only as the name of one thing ("Denmark", "Putin"),
 * and the tagger reads it as one here ("Canada leads the battle group"), it is the name.
 */
function namesFirst(text: string, tokens: Token[], words: TaggedWord[], names: ReadonlySet<string>, lexicon: Lexicon | undefined): void {
	const first = tokens[0];
	if (!first || first.kind !== 'word' || !/^[\s"“‘'([]*\p{Lu}/u.test(text.slice(0, first.end))) return;
	if (!names.has(first.key) && !(lexicon && onlyAName(text.slice(first.start, first.end), lexicon))) return;
	if (words.some((w) => w.start === first.start && w.pos === 'PROPN')) first.kind = 'name';
}

/** Whether WordNet knows a word only as names of single things (instances): "Denmark", not "China" (porcelain) or "Turkey". */
function onlyAName(word: string, lexicon: Lexicon): boolean {
	const senses = lexicon.senses(word.toLowerCase(), 'n');
	return (
		senses.length > 0 && senses.every((s) => lexicon.instanceOf(s).length > 0) && !lexicon.has(word.toLowerCase(), 'v') && !lexicon.has(word.toLowerCase(), 'a')
	);
}

/** A word joined by a hyphen to the one before or after it: a part of a name ("Mazar-i-Sharif"), not a word of its own. */
function joined(words: readonly TaggedWord[], k: number): boolean {
	const [before, word, after] = [words[k - 1], words[k]!, words[k + 1]];
	return (before?.text === '-' && before.end === word.start) || (after?.text === '-' && after.start === word.end);
}

import { findDates } from '../facts/dates';
import { findNumbers, isFigure } from '../facts/numbers';
import type { Analysis, Analyzer } from '../text/analyzer';
import type { DateMention, NumberMention, Sentence } from '../types';
import type { Vocabulary } from '../vocabulary';

/** A sentence the checker treats as a statement about the world. */
export interface Claim {
	sentence: Sentence;
	analysis: Analysis;
	dates: DateMention[];
	numbers: NumberMention[];
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

/** Why a sentence is not a claim, or undefined when it is one. */
export function notClaimReason(sentence: Sentence, vocabulary: Vocabulary): string | undefined {
	if (sentence.heading) return 'heading';
	const text = sentence.text.trim();
	if (/\?["”’)\]]*$/u.test(text)) return 'question';
	const lower = text.toLowerCase().replace(/’/g, "'");
	if (startsWithPhrase(lower, vocabulary.signposts) || containsPhrase(lower, vocabulary.signpostAnywhere)) return 'signposting';
	if (startsWithPhrase(lower, vocabulary.opinions) || containsPhrase(lower, vocabulary.opinionAnywhere)) return 'opinion';
	// A few words without a full stop are a label (a list item, a table cell), not a statement.
	const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
	if (words < 3 || (words < 6 && !/[.!…]["”’)\]]*$/u.test(text))) return 'fragment';
	return undefined;
}

/** Reads a sentence's dates, figures and words; returns the claim, or undefined for prose that asserts nothing checkable. */
export function claimOf(sentence: Sentence, analyzer: Analyzer, vocabulary: Vocabulary): Claim | undefined {
	if (notClaimReason(sentence, vocabulary)) return undefined;
	const dates = findDates(sentence.text);
	const numbers = findNumbers(sentence.text, dates.map((d) => d.span));
	const analysis = analyzer.analyze(sentence.text, [...dates.map((d) => d.span), ...numbers.filter(isFigure).map((n) => n.span)]);
	// A checkable statement names someone or something, or gives a date or a figure.
	const concrete = dates.length > 0 || analysis.tokens.some((t) => t.kind === 'entity' || t.kind === 'name');
	return concrete ? { sentence, analysis, dates, numbers } : undefined;
}

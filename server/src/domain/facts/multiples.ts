// Multiples: "doubled", "a threefold rise", "a trilateral platform" are figures too.

import type { NumberMention } from '../types';
import { casedAs } from './numberWords';

/** The stems of multiplying words by value, and of how many parties take part. */
const FACTOR_STEMS = new Map([
	[2, 'doubl'],
	[3, 'tripl'],
	[4, 'quadrupl'],
]);
const FOLD_WORDS = new Map([
	[2, 'two'],
	[3, 'three'],
	[4, 'four'],
	[5, 'five'],
	[10, 'ten'],
]);
const PARTY_PREFIXES = new Map([
	[2, 'bi'],
	[3, 'tri'],
	[4, 'quadri'],
]);
// Not "double-digit": a hyphen after the word makes it part of another.
const MULTIPLE = /\b(?:(doubl|tripl|quadrupl)(e|es|ed|ing)|(two|three|four|five|ten)(-?fold)|(bi|tri|quadri)(lateral(?:ly|ism)?))\b(?!-)/gi;

const valueOf = (table: Map<number, string>, word: string) => [...table].find(([, w]) => w === word.toLowerCase())?.[0];

export function findMultiples(text: string): NumberMention[] {
	if (!/doubl|tripl|quadrupl|fold|lateral/i.test(text)) return [];
	const out: NumberMention[] = [];
	for (const m of text.matchAll(MULTIPLE)) {
		const value = m[1] ? valueOf(FACTOR_STEMS, m[1]) : m[3] ? valueOf(FOLD_WORDS, m[3]) : valueOf(PARTY_PREFIXES, m[5]!);
		if (value === undefined) continue;
		out.push({ span: { start: m.index, end: m.index + m[0].length }, text: m[0], value, unit: m[5] ? 'parties' : 'factor' });
	}
	return out;
}

/** A figure read only as a figure: a multiple ("doubled", "trilateral") also says what happens, and is read as a word as well. */
export function isFigure(mention: NumberMention): boolean {
	return mention.unit !== 'factor' && mention.unit !== 'parties';
}

/** `value` written as the writer wrote `like` ("tripled" for 3 as "doubled"), or undefined when there is no such word. */
export function formatMultiple(value: number, like: NumberMention): string | undefined {
	const m = new RegExp(MULTIPLE.source, 'i').exec(like.text);
	if (!m) return undefined;
	const [stem, ending] = m[1] ? [FACTOR_STEMS.get(value), m[2]] : m[3] ? [FOLD_WORDS.get(value), m[4]] : [PARTY_PREFIXES.get(value), m[6]];
	if (stem === undefined) return undefined;
	const word = `${stem}${ending}`;
	return casedAs(word, like.text);
}

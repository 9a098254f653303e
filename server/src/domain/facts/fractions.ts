// Fractions in words are shares, as percentages are: "two-fifths" is 40 percent and is compared with
// "40%", "a third of" with "33 percent". A fix writes the share as the writer did, as a fraction.

import type { NumberMention } from '../types';
import { casedAs, ORDINAL_WORDS, UNITS } from './numberWords';

// "two-fifths", "three quarters", "one-third", "a quarter of"; "half" alone is too loose a word to check.
const FRACTION = /\b([a-z]+)[-\s](halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi;
const DENOMINATOR_WORDS = new Map([...ORDINAL_WORDS].filter(([, n]) => n >= 3 && n <= 10));
const LARGEST = 10;

/** The denominator a word names: "fifths" 5, "quarter" 4, "half" 2. */
function denominatorOf(word: string): number | undefined {
	const singular = word.toLowerCase().replace(/ves$/, 'f').replace(/s$/, '');
	if (singular === 'half') return 2;
	if (singular === 'quarter') return 4;
	return DENOMINATOR_WORDS.get(singular);
}

/** Shares written as fractions in words, as percentages; "a third" only before "of" ("a third term" is an ordinal). */
export function findFractions(text: string): NumberMention[] {
	if (!/half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth/i.test(text)) return [];
	const out: NumberMention[] = [];
	for (const m of text.matchAll(FRACTION)) {
		const numeratorWord = m[1]!.toLowerCase();
		const numerator = numeratorWord === 'a' ? 1 : UNITS.get(numeratorWord);
		const denominator = denominatorOf(m[2]!);
		if (numerator === undefined || numerator === 0 || denominator === undefined || numerator >= denominator) continue;
		const end = m.index + m[0].length;
		if (numeratorWord === 'a' && !/^\s+of\b/i.test(text.slice(end))) continue;
		out.push({ span: { start: m.index, end }, text: m[0], value: (numerator / denominator) * 100, unit: 'percent', fraction: denominator });
	}
	return out;
}

/** A share as a fraction in words: in the writer's denominator where it is exact, else the smallest exact one; undefined where none is. */
export function formatFraction(value: number, like: NumberMention): string | undefined {
	const denominators = [like.fraction ?? LARGEST, ...Array.from({ length: LARGEST - 1 }, (_, k) => k + 2)];
	for (const denominator of denominators) {
		const numerator = (value / 100) * denominator;
		if (Math.abs(numerator - Math.round(numerator)) > 1e-6 || Math.round(numerator) <= 0 || Math.round(numerator) >= denominator) continue;
		const n = Math.round(numerator);
		const word = [...UNITS].find(([, v]) => v === n)![0];
		const part = denominator === 2 ? 'half' : denominator === 4 ? 'quarter' : [...DENOMINATOR_WORDS].find(([, v]) => v === denominator)![0];
		// A half is never more than one ("one-half"); other parts take a plural ("two-fifths").
		return casedAs(`${word}-${part}${n > 1 ? 's' : ''}`, like.text);
	}
	return undefined;
}

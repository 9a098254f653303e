// Writing a figure the way the writer wrote the one it replaces: digits or words, grouping, scale,
// currency and unit.

import type { NumberMention } from '../types';
import { formatFraction } from './fractions';
import { formatFrequency } from './frequencies';
import { formatMultiple } from './multiples';
import { reparse } from './numberScan';
import { SCALES, TENS, UNITS } from './numberWords';

const ONES = [...UNITS.keys()];
const TENS_WORDS = ['', '', ...TENS.keys()];
const SCALE_NAMES: [number, string][] = [
	[1e12, 'trillion'],
	[1e9, 'billion'],
	[1e6, 'million'],
	[1e3, 'thousand'],
];

function under100(n: number): string {
	if (n < 20) return ONES[n] ?? '';
	const u = n % 10;
	return `${TENS_WORDS[Math.floor(n / 10)] ?? ''}${u ? `-${ONES[u] ?? ''}` : ''}`;
}

function under1000(n: number): string {
	const h = Math.floor(n / 100);
	const r = n % 100;
	if (!h) return under100(r);
	return `${ONES[h] ?? ''} hundred${r ? ` ${under100(r)}` : ''}`;
}

/** An integer below 10^15 in words: 21 → "twenty-one", 20000 → "twenty thousand". */
function toWords(n: number): string {
	if (n === 0) return 'zero';
	const parts: string[] = [];
	let rest = n;
	for (const [size, name] of SCALE_NAMES) {
		const q = Math.floor(rest / size);
		if (q) parts.push(`${under1000(q)} ${name}`);
		rest -= q * size;
	}
	if (rest) parts.push(under1000(rest));
	return parts.join(' ');
}

const ORDINAL_ENDINGS = new Map<string, string>([
	['one', 'first'],
	['two', 'second'],
	['three', 'third'],
	['five', 'fifth'],
	['eight', 'eighth'],
	['nine', 'ninth'],
	['twelve', 'twelfth'],
]);

function ordinalWords(n: number): string {
	const w = toWords(n);
	const cut = Math.max(w.lastIndexOf(' '), w.lastIndexOf('-')) + 1;
	const lastWord = w.slice(cut);
	const ord = ORDINAL_ENDINGS.get(lastWord) ?? (lastWord.endsWith('y') ? `${lastWord.slice(0, -1)}ieth` : `${lastWord}th`);
	return w.slice(0, cut) + ord;
}

/** Digits with at most three decimals, grouped with the writer's separator. */
function digits(n: number, group: string): string {
	let d = 0;
	while (d < 3 && Math.abs(Number(n.toFixed(d)) - n) > 1e-9 * Math.max(1, Math.abs(n))) d++;
	const [int = '0', frac] = n.toFixed(d).split('.');
	let grouped = int;
	if (group && int.length > 3) {
		grouped = '';
		for (let k = int.length; k > 0; k -= 3) grouped = int.slice(Math.max(0, k - 3), k) + (grouped ? group + grouped : '');
	}
	return frac ? `${grouped}.${frac}` : grouped;
}

/** A value in words as a writer would: "two", "twenty thousand", "1.5 million" when words would be clumsy. */
function inWords(n: number): string | undefined {
	if (!Number.isInteger(n) || n < 0 || n >= 1e15) return undefined;
	if (n < 1000) return toWords(n);
	for (const [size, name] of SCALE_NAMES) {
		if (n < size) continue;
		const q = n / size;
		if (Number.isInteger(q) && q < 1000) return `${toWords(q)} ${name}`;
		return Number.isInteger(q * 10) ? `${digits(q, '')} ${name}` : undefined;
	}
	return undefined;
}

/** "st", "nd", "rd" or "th": the ending of an ordinal number written in digits. */
export function ordinalSuffix(n: number): string {
	const t = n % 100;
	if (t >= 11 && t <= 13) return 'th';
	return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

function abbreviatedScale(size: number): string {
	return size >= 1e12 ? 'tn' : size >= 1e9 ? 'bn' : size >= 1e6 ? 'm' : 'k';
}

/**
 * The text that replaces `like.span` to say `value` the writer's way: "15,000" (of "15,000-strong")
 * with 20000 gives "20,000"; "21.6 percent" with 12.6 gives "12.6 percent"; "$7.2 billion" with
 * 7.6e9 gives "$7.6 billion"; "five" with 2 gives "two"; "65th" with 66 gives "66th".
 */
export function formatNumber(value: NumberMention, like: NumberMention): string {
	if (like.unit === 'factor' || like.unit === 'parties') return formatMultiple(value.value, like) ?? value.text;
	if (like.fraction !== undefined) return formatFraction(value.value, like) ?? `${digits(value.value, '')} percent`;
	if (like.unit === 'frequency') return formatFrequency(value.value, like, (n) => (/\d/.test(like.text) ? String(n) : (inWords(n) ?? String(n))));
	const w = reparse(like);
	const v = value.value;
	if (!w) return value.text;
	// The writer's scale, from the value they wrote ("5" of "$5-7 billion" stands for 5e9).
	let size = w.core !== 0 ? like.value / w.core : 1;
	let scaleText = w.scaleText;
	if (size > 1 && Math.abs(v) < size && v !== 0) {
		// "$7.2 billion" corrected to $760 million: say it at the source's scale.
		const source = reparse(value);
		const sourceSize = source && source.core !== 0 ? value.value / source.core : 1;
		if (scaleText && value.scale && sourceSize > 1) {
			const abbreviated = !SCALES.has(w.scaleText.trim().toLowerCase());
			const full = SCALE_NAMES.find(([s]) => s === sourceSize)?.[1] ?? value.scale;
			scaleText = scaleText.replace(/[A-Za-z]+$/, abbreviated ? abbreviatedScale(sourceSize) : full);
			size = sourceSize;
		}
	}
	const n = v / size;
	let core: string | undefined;
	if (w.form === 'words') {
		// "thirty-seven" of "thirty-seven of the thirty-eight million dollars" borrows its scale: the fix does too.
		const said = size > 1 && !like.text.split(/[\s-]+/).some((word) => SCALES.has(word.toLowerCase())) ? n : v;
		// "three dozen" corrected to 24 reads "two dozen", in the writer's way of counting.
		const dozens = /\bdozen\b/i.test(like.text) && !w.ordinalWords && Number.isInteger(said / 12) && said > 0 && said < 120;
		const wordsOf = dozens
			? `${said === 12 && /^an?\b/i.test(like.text) ? 'a' : inWords(said / 12)} dozen`
			: w.ordinalWords
				? Number.isInteger(said) && said > 0 && said < 1e15
					? ordinalWords(said)
					: undefined
				: inWords(said);
		if (wordsOf !== undefined) {
			core = w.capital ? wordsOf.charAt(0).toUpperCase() + wordsOf.slice(1) : wordsOf;
			return `${w.prefix}${core}${w.ordinalWords ? '' : w.suffix}`;
		}
		core = w.ordinalWords ? `${digits(said, ',')}${ordinalSuffix(said)}` : digits(said, ',');
		return `${w.prefix}${core}${w.ordinalWords ? '' : w.suffix}`;
	}
	// Grouping: the writer's separator, none if they wrote a long number without one.
	const writtenInt = like.text.slice(w.prefix.length).split(/[^0-9]/)[0] ?? '';
	const group = w.group || (writtenInt.length >= 4 ? '' : ',');
	core = digits(n, group);
	if (w.unit === 'ordinal' && w.suffix) return `${w.prefix}${core}${Number.isInteger(n) ? ordinalSuffix(n) : w.suffix}`;
	return `${w.prefix}${core}${scaleText}${w.suffix}`;
}

// Comparing typed phrases with captured text, and reading a line's punctuation.
import { REFERENCE_MARKS } from '../document/sentences';

export const SPACE = /\s/;
export const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
export const isInvisibleCode = (c: number) => c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad;
export const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl' };
export const HYPHENS = '-\u2010';
const CLOSERS = /["”’')\]»]+$/;
export const LOWER_START = /^\p{Ll}/u;
export const UPPER_START = /^\p{Lu}/u;

// The cleaner folds each line several times over (comments, page markers, footnotes, furniture).
const folded = new Map<string, string>();

/** Folds what differs between a typed phrase and the same phrase in a captured text. */
export function fold(text: string): string {
	let result = folded.get(text);
	if (result === undefined) {
		if (folded.size >= 4096) folded.clear();
		folded.set(text, (result = foldText(text)));
	}
	return result;
}

function foldText(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
		.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/[\s\u200b\u2060]+/g, ' ')
		.trim()
		.toLowerCase();
}

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a folded line starts with a folded phrase that ends at a word boundary. */
export function startsWithPhrase(line: string, phrase: string): boolean {
	if (!phrase || !line.startsWith(phrase)) return false;
	const after = line[phrase.length];
	return after === undefined || !/[\p{L}\p{N}]/u.test(phrase.slice(-1)) || !/[\p{L}\p{N}]/u.test(after);
}

/** The last character that is not a closing quote or bracket, nor a reference mark. */
function lastMark(text: string): string {
	return text.replace(REFERENCE_MARKS, '').replace(CLOSERS, '').slice(-1);
}

export const endsSentence = (text: string) => /[.!?…]/.test(lastMark(text));
export const hasTrailingPunctuation = (text: string) => /[.!?…:;,]/.test(lastMark(text));
export const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

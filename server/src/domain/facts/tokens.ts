// The tokens that dates.ts and numbers.ts read: words, runs of ASCII digits and single punctuation
// characters, each knowing whether a space comes before it ("glued" decides most of what a number
// is) and whether it is part of a URL, e-mail address or DOI.

import { isSpaceCode } from '../text/whitespace';

export type TokenKind = 'word' | 'num' | 'punct';

export interface Token {
	kind: TokenKind;
	text: string;
	/** Lower-cased text of a word; the text itself otherwise. */
	lower: string;
	start: number;
	end: number;
	/** Whitespace or the start of the text comes right before the token. */
	spaced: boolean;
	/** The token is part of a URL, e-mail address or DOI, whose digits are never dates or figures. */
	url: boolean;
}

const LETTER = /[\p{L}\p{M}]/u;

function isDigitCode(c: number): boolean {
	return c >= 48 && c <= 57;
}

function isLetterAt(text: string, i: number): boolean {
	const c = text.charCodeAt(i);
	if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
	// Surrogate halves never match, so astral characters fall out as punctuation: harmless here.
	return LETTER.test(text.charAt(i));
}

/** Splits text into words (letters), numbers (ASCII digits) and single punctuation characters. */
export function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	const n = text.length;
	let spaced = true;
	let chunkStart = -1;
	let chunkToken = 0;
	const closeChunk = (end: number): void => {
		if (chunkStart >= 0 && looksLikeUrl(text.slice(chunkStart, end))) {
			for (let k = chunkToken; k < tokens.length; k++) (tokens[k] as Token).url = true;
		}
		chunkStart = -1;
	};
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (isSpaceCode(c)) {
			closeChunk(i);
			spaced = true;
			i++;
			continue;
		}
		if (chunkStart < 0) {
			chunkStart = i;
			chunkToken = tokens.length;
		}
		let j = i + 1;
		let kind: TokenKind = 'punct';
		if (isDigitCode(c)) {
			kind = 'num';
			while (j < n && isDigitCode(text.charCodeAt(j))) j++;
		} else if (isLetterAt(text, i)) {
			kind = 'word';
			while (j < n && isLetterAt(text, j)) j++;
		}
		const t = text.slice(i, j);
		tokens.push({ kind, text: t, lower: kind === 'word' ? t.toLowerCase() : t, start: i, end: j, spaced, url: false });
		spaced = false;
		i = j;
	}
	closeChunk(n);
	return tokens;
}

const ADDRESS_MARK = /[:.@/]/;

/** A whitespace-free chunk that is a link: its numbers are parts of an address. */
function looksLikeUrl(chunk: string): boolean {
	// Most chunks are words, without any of the marks an address, an e-mail or a DOI has.
	if (!ADDRESS_MARK.test(chunk)) return false;
	const lower = chunk.toLowerCase();
	if (lower.includes('://') || lower.includes('www.') || lower.includes('doi.org') || lower.startsWith('doi:')) return true;
	const at = lower.indexOf('@');
	if (at > 0 && lower.indexOf('.', at) > at) return true;
	const slash = lower.indexOf('/');
	if (slash <= 0) return false;
	// A dotted host name before the first slash ("example.org/path"), as left by a URL broken over lines.
	for (let k = 1; k < slash - 1; k++) {
		if (lower.charCodeAt(k) === 46 && isLetterAt(lower, k - 1) && isLetterAt(lower, k + 1)) return true;
	}
	// A DOI ("10.1080/…").
	return lower.startsWith('10.') && slash > 3;
}

const DASHES = new Set(['-', '–', '—', '‐', '‑', '‒', '−']);

export function isDash(t: Token | undefined): boolean {
	return t !== undefined && t.kind === 'punct' && DASHES.has(t.text);
}

export function isApostrophe(t: Token | undefined): boolean {
	return t !== undefined && (t.text === "'" || t.text === '’');
}

/** Token i follows token i-1 with no space between them. */
export function glued(ts: Token[], i: number): boolean {
	const t = ts[i];
	return t !== undefined && !t.spaced;
}

// Prepares Markdown for micromark: flattens nesting that makes it slow, and cuts long documents
// into pieces at blank lines where no construct can continue, so memory stays bounded.

// micromark's cost grows with the square of container nesting (and it overflows the stack near
// 4,000 nested list items); with the number of `]` it cannot match (each looks back over the whole
// paragraph for an opening); with the length of an open `[` (GFM looks back to it from every word
// after it); with the depth of nested links times their length; and with the number of bracket
// pairs times the length of their paragraph. Input beyond these limits loses its structure. Prose
// rarely nests brackets more than twice, puts 1,000 characters inside them, or has hundreds of
// bracketed things in a paragraph.
const MAX_PAIRS = 256;
const MAX_CONTAINER_DEPTH = 40;
const MAX_BRACKET_DEPTH = 4;
const MAX_BRACKET_SPAN = 1000;
const MAX_UNMATCHED_CLOSERS = 16;

/** Pieces are cut at the first safe place after this many characters. */
const PIECE_LENGTH = 64 * 1024;
/**
 * micromark's cost also grows with the square of a paragraph's length when it is full of inline
 * markup (a 1 MB paragraph of emphasis takes minutes), so a longer run of lines without a blank
 * line is cut at a line start, and a longer line before a word. Real paragraphs are far shorter.
 */
const MAX_RUN_LENGTH = 8 * 1024;

/**
 * A copy of `text` of the same length in which container markers beyond MAX_CONTAINER_DEPTH on a
 * line, `[` beyond MAX_BRACKET_DEPTH, brackets further apart than MAX_BRACKET_SPAN (or `[` left open
 * that long), pairs beyond MAX_PAIRS and unmatched `]` beyond MAX_UNMATCHED_CLOSERS in a paragraph
 * are blanked. Offsets are
 * unchanged, and the reader copies characters from the original text.
 */
export function defuse(text: string): string {
	const blanked: number[] = [];
	const blank = (i: number): void => {
		blanked.push(i);
	};
	let lineStart = true;
	let blankLine = true;
	const open: number[] = [];
	let unmatched = 0;
	let pairs = 0;
	const endParagraph = (end: number): void => {
		for (const opener of open) if (end - opener > MAX_BRACKET_SPAN) blank(opener);
		open.length = 0;
		unmatched = 0;
		pairs = 0;
	};
	for (let i = 0; i < text.length; i++) {
		if (lineStart) {
			i = defuseContainers(text, i, blank);
			lineStart = false;
			if (i >= text.length) break;
		}
		const c = text.charCodeAt(i);
		if (c === 0x0a || c === 0x0d) {
			if (blankLine) endParagraph(i);
			blankLine = true;
			lineStart = true;
			if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
			continue;
		}
		if (c !== 0x20 && c !== 0x09) blankLine = false;
		if (c === 0x5c /* backslash */) {
			i++;
		} else if (c === 0x5b /* [ */) {
			if (open.length >= MAX_BRACKET_DEPTH) blank(i);
			else open.push(i);
		} else if (c === 0x5d /* ] */) {
			const opener = open.pop();
			if (opener !== undefined && (i - opener > MAX_BRACKET_SPAN || ++pairs > MAX_PAIRS)) {
				blank(opener);
				blank(i);
			} else if (opener === undefined && ++unmatched > MAX_UNMATCHED_CLOSERS) {
				blank(i);
			}
		}
	}
	endParagraph(text.length);
	if (blanked.length === 0) return text;
	const chars = text.split('');
	for (const i of blanked) chars[i] = ' ';
	return chars.join('');
}

/** Blanks container markers past the allowed depth at the start of a line; returns where its content starts. */
function defuseContainers(text: string, start: number, blank: (i: number) => void): number {
	let depth = 0;
	let i = start;
	while (i < text.length) {
		const c = text[i];
		if (c === ' ' || c === '\t') {
			i++;
			continue;
		}
		let markerEnd = -1;
		if (c === '>') markerEnd = i + 1;
		else if ((c === '-' || c === '*' || c === '+') && /[ \t\r\n]/.test(text[i + 1] ?? '\n')) markerEnd = i + 1;
		else if (c !== undefined && c >= '0' && c <= '9') {
			let j = i;
			while (j < text.length && j - i < 9 && (text[j] as string) >= '0' && (text[j] as string) <= '9') j++;
			if ((text[j] === '.' || text[j] === ')') && /[ \t\r\n]/.test(text[j + 1] ?? '\n')) markerEnd = j + 1;
		}
		if (markerEnd < 0) break;
		depth++;
		if (depth > MAX_CONTAINER_DEPTH) for (let j = i; j < markerEnd; j++) blank(j);
		i = markerEnd;
	}
	return i;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const HTML_BLOCKS: [RegExp, RegExp][] = [
	[/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
	[/^ {0,3}<!--/, /-->/],
	[/^ {0,3}<\?/, /\?>/],
	[/^ {0,3}<![A-Za-z]/, />/],
	[/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n/;
export const LINK_DEFINITION = /^[ \t>]*\[(?!\^)(?:[^\]\\\r\n]|\\.)+\]:/m;

export interface Piece {
	start: number;
	end: number;
	/** A paragraph with nothing for a Markdown parser to do: read directly, without the parser. */
	plain: boolean;
}

/**
 * Splits `text` into pieces that parse the same alone as together: each cut is at a blank line
 * followed by a line starting in column 0, outside front matter, fenced code and HTML blocks that
 * may hold blank lines. A cut can end a list or quote, which changes nothing this reader keeps.
 * Paragraphs found to be plain (see `isPlainParagraph`) become pieces of their own.
 */
export function piecesOf(text: string): Piece[] {
	// A link reference definition applies to the whole document (and could turn `[@key]` into a
	// link), so a document with one is read whole by the parser.
	if (LINK_DEFINITION.test(text)) return [{ start: 0, end: text.length, plain: false }];
	const pos = frontMatterEnd(text);
	return scanPieces(text, { pos, pieceStart: 0, fence: null, htmlEnd: null, previousBlank: pos === 0, runStart: -1 }).pieces;
}

/** Where a scan for pieces stands at the start of a line: all that the pieces after it depend on but the text. */
export interface PieceScan {
	pos: number;
	/** Where the piece being gathered started. */
	pieceStart: number;
	fence: { marker: string; length: number } | null;
	htmlEnd: RegExp | null;
	previousBlank: boolean;
	/** Where the run of lines without a blank line started; -1 after a blank line. */
	runStart: number;
}

/**
 * The scan of `piecesOf` from `state` on. `stopAt` is asked at each plain paragraph found: told
 * yes, the scan ends there, the pieces before it cut, and `stoppedAt` is where.
 */
export function scanPieces(text: string, state: PieceScan, stopAt?: (start: number) => boolean): { pieces: Piece[]; stoppedAt?: number } {
	const pieces: Piece[] = [];
	let { pos, pieceStart, fence, htmlEnd, previousBlank, runStart } = state;
	const cut = (at: number): void => {
		if (at > pieceStart) pieces.push({ start: pieceStart, end: at, plain: false });
		pieceStart = at;
	};
	while (pos < text.length) {
		const newline = text.indexOf('\n', pos);
		const lineEnd = newline < 0 ? text.length : newline;
		const line = text.slice(pos, lineEnd).replace(/\r$/, '');
		let blank = false;
		if (fence) {
			const close = FENCE_CLOSE.exec(line);
			if (close && (close[1] as string)[0] === fence.marker && (close[1] as string).length >= fence.length) fence = null;
		} else if (htmlEnd) {
			if (htmlEnd.test(line)) htmlEnd = null;
		} else {
			blank = /^[ \t]*$/.test(line);
			if (previousBlank && !blank && !/^[ \t]/.test(line)) {
				const end = paragraphEnd(text, pos);
				if (isPlainParagraph(text.slice(pos, end))) {
					cut(pos);
					if (stopAt?.(pos)) return { pieces, stoppedAt: pos };
					pieces.push({ start: pos, end, plain: true });
					pieceStart = end;
					pos = end;
					previousBlank = false;
					runStart = -1;
					continue;
				}
				if (pos - pieceStart >= PIECE_LENGTH) cut(pos);
			}
			if (blank) runStart = -1;
			else if (runStart < 0) runStart = pos;
			else if (pos - runStart >= MAX_RUN_LENGTH && !/^[ \t]/.test(line)) {
				cut(pos);
				runStart = pos;
			}
			if (!blank && lineEnd - pos > MAX_RUN_LENGTH) {
				for (const at of cutsInLine(text, pos, lineEnd)) {
					cut(at);
					runStart = at;
				}
			}
			const open = FENCE_OPEN.exec(line);
			if (open && !((open[1] as string)[0] === '`' && (open[2] as string).includes('`'))) {
				fence = { marker: (open[1] as string)[0] as string, length: (open[1] as string).length };
			} else {
				for (const [start, end] of HTML_BLOCKS) {
					const match = start.exec(line);
					if (match && !end.test(line.slice(match[0].length))) {
						htmlEnd = end;
						break;
					}
				}
			}
		}
		previousBlank = blank;
		pos = lineEnd + 1;
	}
	cut(text.length);
	return { pieces };
}

/**
 * Places to cut an over-long line, about MAX_RUN_LENGTH apart: after whitespace, before a character
 * that cannot start a block in column 0 (a heading, quote, list, fence, table, HTML or definition).
 */
function cutsInLine(text: string, start: number, end: number): number[] {
	const cuts: number[] = [];
	const word = /\s(?=[^\s#>+=|`~<[\]\d*_-]|[*_+-](?![\s*_+-])|[`~](?![`~]{2})|#(?![\s#])|\d(?!\d*[.)]))/gu;
	let target = start + MAX_RUN_LENGTH;
	while (target < end) {
		word.lastIndex = target;
		const match = word.exec(text);
		if (!match || match.index + 1 >= end) break;
		cuts.push(match.index + 1);
		target = match.index + 1 + MAX_RUN_LENGTH;
	}
	return cuts;
}

/** Where the paragraph starting at `start` ends: at the line break before the next blank line. */
function paragraphEnd(text: string, start: number): number {
	let pos = start;
	for (;;) {
		const newline = text.indexOf('\n', pos);
		if (newline < 0) return text.length;
		let next = newline + 1;
		while (next < text.length && (text[next] === ' ' || text[next] === '\t' || text[next] === '\r')) next++;
		if (next >= text.length || text[next] === '\n') return text[newline - 1] === '\r' ? newline - 1 : newline;
		pos = newline + 1;
	}
}

// Characters with a meaning somewhere in Markdown or GFM, lines that start a block or end in a hard
// break, bare URLs and e-mail addresses (GFM links them), a lone carriage return (a line ending).
const MARKUP = /[\\`*_<>&|~\t\0]|!\[|www\.|:\/\/|[\w.+-]@|\r(?!\n)/i;
const BLOCK_LINE = /^[ ]*(?:[-+*>#=|]|\d{1,9}[.)](?:[ ]|$))|[ ]{2}\r?$/m;
const CITATION = /\[(?:[^[\]]*@[^[\]]*|\^[^\]\s^[]+)\](?![([:])/g;

/**
 * Whether a paragraph (one that starts after a blank line, in column 0) is plain: no character
 * or line a Markdown parser would treat as markup, brackets only as `[@key…]` citations and
 * `[^label]` footnote marks. Such a paragraph's text is its lines joined by spaces.
 */
export function isPlainParagraph(paragraph: string): boolean {
	if (MARKUP.test(paragraph) || BLOCK_LINE.test(paragraph)) return false;
	if (!paragraph.includes('[') && !paragraph.includes(']')) return true;
	const rest = paragraph.replace(CITATION, '');
	return !rest.includes('[') && !rest.includes(']');
}

/** Where front matter at the very start ends (0 when there is none). */
export function frontMatterEnd(text: string): number {
	const open = FRONT_MATTER.exec(text);
	if (!open) return 0;
	const marker = open[1] as string;
	let pos = open[0].length;
	while (pos < text.length) {
		const newline = text.indexOf('\n', pos);
		const lineEnd = newline < 0 ? text.length : newline;
		if (text.slice(pos, lineEnd).replace(/[ \t\r]+$/, '') === marker) return lineEnd;
		pos = lineEnd + 1;
	}
	return 0;
}

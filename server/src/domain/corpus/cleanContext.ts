// The cleaner's working state: the raw text as lines, the role each line is given (content, a page
// marker, or dropped with a reason), and the paragraphs being built with each character's origin.

import type { Span } from '../types';
import type { SourceMeta } from './bibliography';
import type { CleaningVocabulary } from './clean';
import { INVISIBLE, SPACE } from './cleanText';
import type { SourceLayout } from './pdfLayout';

/** Reasons given in `CleanedSource.dropped`. */
export const DROP_REASONS = {
	comments: "readers' comments",
	pageMarker: 'page marker',
	footnoteReference: 'footnote reference',
	footnote: 'footnote text',
	debris: 'web debris',
	byline: 'byline',
	title: 'title',
	masthead: 'masthead',
	heading: 'heading',
	repeated: 'repeated paragraph',
	biography: 'author biography',
	credit: 'caption credit',
	tableHeader: 'table header',
} as const;

export interface Line {
	/** Offsets of the first and after-last non-blank character. */
	lo: number;
	hi: number;
	/** Where the line's terminator starts and ends (equal at the end of the file). */
	breakStart: number;
	breakEnd: number;
	text: string;
}

export type LineRole =
	| { kind: 'blank' }
	| { kind: 'content' }
	| { kind: 'marker'; page: string }
	/** A transparent drop (footnotes, page furniture) does not end the paragraph around it. */
	| { kind: 'drop'; reason: string; transparent: boolean };

export function splitLines(raw: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	while (start <= raw.length) {
		let end = start;
		while (end < raw.length && raw[end] !== '\n' && raw[end] !== '\r') end++;
		const breakEnd = raw[end] === '\r' && raw[end + 1] === '\n' ? end + 2 : end < raw.length ? end + 1 : end;
		let lo = start;
		let hi = end;
		while (lo < hi && (SPACE.test(raw[lo]!) || INVISIBLE.test(raw[lo]!))) lo++;
		while (hi > lo && (SPACE.test(raw[hi - 1]!) || (INVISIBLE.test(raw[hi - 1]!) && raw[hi - 1] !== '\u00ad'))) hi--;
		lines.push({ lo, hi, breakStart: end, breakEnd, text: raw.slice(lo, hi) });
		if (end >= raw.length) break;
		start = breakEnd;
	}
	return lines;
}

export interface Piece {
	chars: string[];
	starts: number[];
	ends: number[];
	/** Which page segment (count of page markers before) each character is in. */
	segments: number[];
	kind: 'body' | 'caption';
}

/** Adds one character to a piece, with where it stands in the source and its page segment. */
export function pushChar(piece: Piece, char: string, start: number, end: number, segment: number): void {
	piece.chars.push(char);
	piece.starts.push(start);
	piece.ends.push(end);
	piece.segments.push(segment);
}

export interface Context {
	raw: string;
	lines: Line[];
	roles: LineRole[];
	vocab: CleaningVocabulary;
	meta: SourceMeta;
	dropped: { reason: string; span: Span }[];
	/** Page starts known from the file's layout (a PDF's), instead of markers found in the text. */
	pageStarts?: SourceLayout['pages'];
}

export function drop(ctx: Context, index: number, reason: string, transparent = false): void {
	ctx.roles[index] = { kind: 'drop', reason, transparent };
}

export const isContent = (ctx: Context, i: number) => ctx.roles[i]?.kind === 'content';

export function nextNonBlank(ctx: Context, i: number): number | undefined {
	for (let j = i + 1; j < ctx.lines.length; j++) if (ctx.roles[j]!.kind !== 'blank') return j;
	return undefined;
}

// Joining lines into paragraphs: spaces collapsed, ligatures spelt out, line-end hyphens undone or
// kept, and a break where the text's layout says a paragraph ends.

import { isSpaceCode } from '../text/whitespace';
import { DROP_REASONS, isContent, pushChar, type Context, type Piece } from './cleanContext';
import { isRowLine } from './tables';
import { endsSentence, hasTrailingPunctuation, HYPHENS, isInvisibleCode, LIGATURES, LOWER_START } from './cleanText';

export interface Layout {
	/** Hard-wrapped text (a PDF extraction): paragraphs run over many short lines. */
	wrapped: boolean;
	/** The usual length of a full line, and the longest plausible one. */
	width: number;
	maxWidth: number;
}

export function measureLayout(ctx: Context): Layout {
	const lengths: number[] = [];
	for (let i = 0; i + 1 < ctx.lines.length; i++) {
		if (isContent(ctx, i) && isContent(ctx, i + 1)) lengths.push(ctx.lines[i]!.text.length);
	}
	if (lengths.length < 2) return { wrapped: false, width: 0, maxWidth: 0 };
	lengths.sort((a, b) => a - b);
	const width = lengths[Math.floor(lengths.length / 2)]!;
	const maxWidth = lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.95))]!;
	return { wrapped: width <= 120, width, maxWidth };
}

function lineChars(ctx: Context, index: number): { chars: string[]; starts: number[]; ends: number[]; soft: boolean } {
	const line = ctx.lines[index]!;
	const raw = ctx.raw;
	const chars: string[] = [];
	const starts: number[] = [];
	const ends: number[] = [];
	let hi = line.hi;
	// A trailing "|" is the end of a share bar glued to the line.
	const bar = /\s*\|$/.exec(line.text);
	if (bar && bar.index > 0) {
		ctx.dropped.push({ reason: DROP_REASONS.debris, span: { start: line.lo + bar.index, end: line.hi } });
		hi = line.lo + bar.index;
	}
	const soft = raw[hi - 1] === '\u00ad';
	for (let i = line.lo; i < hi; i++) {
		const code = raw.charCodeAt(i);
		if (isSpaceCode(code)) {
			if (chars.at(-1) === ' ') ends[ends.length - 1] = i + 1;
			else {
				chars.push(' ');
				starts.push(i);
				ends.push(i + 1);
			}
		} else if (!isInvisibleCode(code)) {
			const ch = raw[i]!;
			for (const c of LIGATURES[ch] ?? ch) {
				chars.push(c);
				starts.push(i);
				ends.push(i + 1);
			}
		}
	}
	return { chars, starts, ends, soft };
}

interface Between {
	/** Length of footnote reference numbers between two content lines (superscripts that split a line). */
	references: number;
	pageBreak: boolean;
}

export function assemble(ctx: Context, layout: Layout): { pieces: Piece[]; pages: (string | undefined)[] } {
	const words = lazyWordSet(ctx.raw);
	const pieces: Piece[] = [];
	const markerPages: string[] = [];
	let current: Piece | undefined;
	let previous: { index: number; text: string } | undefined;
	let between: Between = { references: 0, pageBreak: false };
	let segment = 0;

	const flush = () => {
		if (current && current.chars.length > 0) pieces.push(current);
		current = undefined;
		previous = undefined;
	};

	const starts = ctx.pageStarts;
	for (let i = 0; i < ctx.lines.length; i++) {
		const role = ctx.roles[i]!;
		if (role.kind === 'blank') {
			flush();
			continue;
		}
		while (starts && segment + 1 < starts.length && starts[segment + 1]!.start <= ctx.lines[i]!.lo) {
			segment++;
			between.pageBreak = true;
		}
		if (role.kind === 'marker') {
			markerPages.push(role.page);
			segment++;
			between.pageBreak = true;
			continue;
		}
		if (role.kind === 'drop') {
			if (!role.transparent) flush();
			else if (role.reason === DROP_REASONS.footnoteReference) between.references += ctx.lines[i]!.text.length;
			continue;
		}
		const line = lineChars(ctx, i);
		const text = line.chars.join('');
		if (!text) continue;
		if (current && previous) {
			const join = joinKind(previous.text, text, line.soft || previous.text.endsWith('\u00ad'), between, layout, words);
			if (join === 'break') {
				flush();
			} else {
				if (join === 'unhyphenate') popLast(current);
				else if (join === 'space') {
					const prevLine = ctx.lines[previous.index]!;
					pushChar(current, ' ', prevLine.breakStart, prevLine.breakEnd, current.segments.at(-1) ?? segment);
				}
			}
		}
		current ??= { chars: [], starts: [], ends: [], segments: [], kind: 'body' };
		// One push per character: spreading a very long line would overflow the call stack.
		for (let k = 0; k < line.chars.length; k++) pushChar(current, line.chars[k]!, line.starts[k]!, line.ends[k]!, segment);
		previous = { index: i, text };
		between = { references: 0, pageBreak: false };
	}
	flush();

	if (starts) return { pieces, pages: starts.map((p) => p.label) };
	// Text before the first marker numbered N is on page N-1.
	const pages: (string | undefined)[] = [];
	if (markerPages.length > 0) {
		const first = markerPages[0]!;
		pages.push(/^\d+$/.test(first) && Number(first) > 1 ? String(Number(first) - 1) : undefined, ...markerPages);
	}
	return { pieces, pages };
}

function popLast(piece: Piece): void {
	piece.chars.pop();
	piece.starts.pop();
	piece.ends.pop();
	piece.segments.pop();
}

/** Every word of the text as written on one line, hyphenated compounds whole, to judge a line-end hyphen. */
function wordSet(raw: string): Set<string> {
	return new Set(raw.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []);
}

/** The word set, made the first time a line-end hyphen asks for it. */
function lazyWordSet(raw: string): () => Set<string> {
	let words: Set<string> | undefined;
	return () => (words ??= wordSet(raw));
}

function joinKind(
	a: string,
	b: string,
	soft: boolean,
	between: Between,
	layout: Layout,
	sourceWords: () => Set<string>,
): 'break' | 'space' | 'glue' | 'unhyphenate' {
	if (soft) return 'glue';
	if (isRowLine(a) && isRowLine(b)) return 'break';
	const last = a.slice(-1);
	const beforeHyphen = a.slice(-2, -1);
	if (HYPHENS.includes(last) && /[\p{L}\p{N}]/u.test(beforeHyphen)) {
		if (/\p{Ll}/u.test(beforeHyphen) && LOWER_START.test(b)) {
			const left = /\p{L}+$/u.exec(a.slice(0, -1))?.[0].toLowerCase() ?? '';
			const right = /^\p{L}+/u.exec(b)?.[0].toLowerCase() ?? '';
			// The source itself settles it when it writes the compound with a hyphen elsewhere and never solid.
			const words = sourceWords();
			const keep = words.has(`${left}-${right}`) && !words.has(`${left}${right}`);
			return keep ? 'glue' : 'unhyphenate';
		}
		if (/^[\p{L}\p{N}]/u.test(b)) return 'glue';
	}
	if (!layout.wrapped) {
		// One paragraph per line, unless the line was plainly cut mid-sentence.
		return !hasTrailingPunctuation(a) && LOWER_START.test(b) ? 'space' : 'break';
	}
	if (!endsSentence(a)) return 'space';
	let visual = a.length;
	if (between.references > 0 && !between.pageBreak) {
		// A superscript splits a printed line in two; if both halves fit on one line, it is one line.
		if (a.length + between.references + 1 + b.length <= layout.maxWidth) return 'space';
		visual += between.references;
	}
	return visual < 0.85 * layout.width ? 'break' : 'space';
}

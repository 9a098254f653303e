// Turns the positioned text of a PDF's pages into the raw text the cleaner reads, and says what the
// page layout shows that plain text cannot: where each page starts and what its printed number is,
// which lines are running headers and footers, and which are footnotes set in small type at the
// foot of a page or column. A page set in two columns is read column by column, and superscript
// note marks are left out of the text. Positions are PDF points with y growing upwards, as pdf.js
// gives them.

import type { Span } from '../types';

export interface PdfTextItem {
	text: string;
	/** The left end of the item's baseline. */
	x: number;
	y: number;
	width: number;
	/** The font size. */
	size: number;
}

export interface PdfPage {
	items: PdfTextItem[];
	/** The page label the PDF itself declares ("iv", "146"), if any. */
	label?: string;
}

/** What a file's layout tells the cleaner beyond its text. */
export interface SourceLayout {
	/** Where each page starts in the text, with the page's number as printed (or as the file numbers it). */
	pages: { start: number; label: string }[];
	/** Lines that are not the author's prose, with why (`DROP_REASONS`' words). */
	drops: { span: Span; reason: string }[];
	/** The page numbers count the file's pages from 1: the file neither prints nor declares any. */
	counted?: boolean;
}

export interface PdfText {
	text: string;
	layout: SourceLayout;
}

interface Line {
	text: string;
	x: number;
	y: number;
	/** The font size most of the line's characters are set in. */
	size: number;
	/** 0 on a page of one column (or a line across both), 1 the left column, 2 the right. */
	column: number;
}

const FURNITURE = 'page marker';
const FOOTNOTE = 'footnote text';

/** The raw text of a PDF: lines in reading order, a blank line between paragraphs, pages one after the other. */
export function pdfToText(pages: PdfPage[]): PdfText {
	const pageLines = pages.map((page) => linesOf(page.items));
	const bodySize = dominantSize(pageLines.flat());
	const furniture = findFurniture(pageLines, bodySize);
	const { labels, counted } = pageLabels(pages, pageLines, furniture);

	let text = '';
	const layout: SourceLayout = { pages: [], drops: [], ...(counted ? { counted } : {}) };
	// The last line of prose, over page breaks: furniture and notes between two lines of one paragraph do not part them.
	let previous: Line | undefined;
	pageLines.forEach((lines, p) => {
		layout.pages.push({ start: text.length, label: labels[p]! });
		const notes = footnotes(lines, furniture[p]!, bodySize);
		const leading = typicalLeading(lines, bodySize);
		const lefts = new Map(
			[0, 1, 2].map((column) => [
				column,
				bodyLeft(
					lines.filter((l) => l.column === column),
					bodySize,
				),
			]),
		);
		let samePage = false;
		lines.forEach((line, i) => {
			const reason = furniture[p]!.has(i) ? FURNITURE : notes.has(i) ? FOOTNOTE : undefined;
			// A gap between lines tells only within one column of one page.
			const gapTells = samePage && previous?.column === line.column;
			// Every line ends with a line break; a blank line before a paragraph's first line parts it from the last.
			if (
				reason === undefined &&
				previous !== undefined &&
				startsParagraph(previous, line, gapTells ? leading : undefined, lefts.get(line.column)!) &&
				!text.endsWith('\n\n')
			)
				text += '\n';
			const start = text.length;
			text += `${line.text}\n`;
			if (reason !== undefined) layout.drops.push({ span: { start, end: start + line.text.length }, reason });
			else {
				previous = line;
				samePage = true;
			}
		});
	});
	return { text, layout };
}

/**
 * The page's items gathered into lines in reading order: top to bottom, each read left to right,
 * and on a page set in two columns the left column before the right, with lines that span both
 * (a title, a running header) above or below them. Note marks are dropped.
 */
function linesOf(items: PdfTextItem[]): Line[] {
	const visible = items.filter((item) => item.text.trim().length > 0 && item.size > 0);
	const rows = rowsOf(visible);
	const gutter = findGutter(rows);
	if (!gutter) return linesOfRows(rows, 0);
	const [start, end] = gutter;
	const isLeft = (i: PdfTextItem) => i.x + i.width <= start + 1;
	const isRight = (i: PdfTextItem) => i.x >= end - 1;
	// The columns run from the first row with text on both sides of the gutter to the last; rows above
	// them (a running header, a title) come first, whole.
	const twoSided = rows.filter((row) => row.some(isLeft) && row.some(isRight));
	const top = Math.max(...twoSided.map((row) => row[0]!.y));
	const above = rows.filter((row) => row[0]!.y > top);
	const rest = rows.filter((row) => row[0]!.y <= top);
	// A row with text across the gutter (a figure's caption, a footer) spans both columns; the others are cut at it.
	const crosses = (row: PdfTextItem[]) => !row.every((i) => isLeft(i) || isRight(i));
	const cut = rest.filter((row) => !crosses(row));
	const nonEmpty = (parts: PdfTextItem[][]) => parts.filter((row) => row.length > 0);
	return [
		...linesOfRows(above, 0),
		...linesOfRows(nonEmpty(cut.map((row) => row.filter(isLeft))), 1),
		...linesOfRows(nonEmpty(cut.map((row) => row.filter(isRight))), 2),
		...linesOfRows(rest.filter(crosses), 0),
	];
}

/** Items on one baseline, top to bottom. */
function rowsOf(items: PdfTextItem[]): PdfTextItem[][] {
	const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
	const rows: PdfTextItem[][] = [];
	for (const item of sorted) {
		// Rows come top to bottom, so an item's row is among the last few.
		let row: PdfTextItem[] | undefined;
		for (let r = rows.length - 1; r >= 0 && r >= rows.length - 4; r--) {
			const candidate = rows[r]!;
			if (Math.abs(candidate[0]!.y - item.y) <= 0.25 * Math.max(candidate[0]!.size, item.size)) row = candidate;
		}
		if (row) row.push(item);
		else rows.push([item]);
	}
	return rows;
}

/**
 * The gap between two columns of text: a band in the middle of the page, at least `MIN_GUTTER`
 * wide, that the fewest rows cross (none, or a title), with rows of text on each side of it.
 */
function findGutter(rows: PdfTextItem[][]): [number, number] | undefined {
	if (rows.length < 6) return undefined;
	const lo = Math.floor(Math.min(...rows.flat().map((i) => i.x)));
	const hi = Math.ceil(Math.max(...rows.flat().map((i) => i.x + i.width)));
	const span = hi - lo;
	if (span < 200) return undefined;
	// For each point across the page: rows whose text covers it, rows with text wholly left or right of it.
	const covered = new Int32Array(span + 2);
	const leftEnds: number[] = [];
	const rightStarts: number[] = [];
	for (const row of rows) {
		const intervals = row.map((i) => [Math.floor(i.x - lo), Math.ceil(i.x + i.width - lo)] as const).sort((a, b) => a[0] - b[0]);
		let [from, to] = intervals[0]!;
		for (const [a, b] of intervals.slice(1)) {
			if (a <= to + 1) to = Math.max(to, b);
			else {
				covered[from + 1]!++;
				covered[to]!--;
				[from, to] = [a, b];
			}
		}
		covered[from + 1]!++;
		covered[to]!--;
		leftEnds.push(Math.min(...intervals.map(([, b]) => b)));
		rightStarts.push(Math.max(...intervals.map(([a]) => a)));
	}
	// The gutter is where the fewest rows cross (a title, a caption or a centred page number may).
	const crossing = new Int32Array(span + 1);
	let sum = 0;
	for (let x = 0; x <= span; x++) crossing[x] = sum += covered[x]!;
	// Counted over a gutter's least width: a gap between two words of a title is no gutter.
	let fewest = Infinity;
	for (let x = Math.ceil(span * 0.25); x + MIN_GUTTER <= span * 0.75; x++) fewest = Math.min(fewest, Math.max(...crossing.subarray(x, x + MIN_GUTTER)));
	if (fewest > rows.length * 0.1) return undefined;
	// Each column holds a few rows at least (the last page of an article may end early in the right one).
	const sideRows = Math.max(3, rows.length * 0.1);
	let best: [number, number] | undefined;
	let run = -1;
	for (let x = 0; x <= span; x++) {
		const middle = x >= span * 0.25 && x <= span * 0.75;
		const open = middle && crossing[x]! <= fewest && leftEnds.filter((e) => e <= x).length >= sideRows && rightStarts.filter((s) => s >= x).length >= sideRows;
		if (open && run < 0) run = x;
		if ((!open || x === span) && run >= 0) {
			const end = open ? x : x - 1;
			if (end - run >= MIN_GUTTER && (!best || end - run > best[1] - best[0])) best = [run + lo, end + lo];
			run = -1;
		}
	}
	return best;
}

const MIN_GUTTER = 6;

/** Rows of items as lines of text; note marks dropped. */
function linesOfRows(groups: PdfTextItem[][], column: number): Line[] {
	// A small raised item over the end of a word is a note mark ("security.¹"): not text.
	const marks = new Set<PdfTextItem[]>();
	for (const group of groups) {
		const size = Math.max(...group.map((i) => i.size));
		const isMark = (item: PdfTextItem) => /^[\d*†‡§,–-]{1,7}$/.test(item.text.trim());
		if (!group.every(isMark)) continue;
		const host = groups.find((g) => g !== group && g[0]!.size > size * 1.2 && g[0]!.y < group[0]!.y && group[0]!.y - g[0]!.y < g[0]!.size * 0.8);
		if (host) marks.add(group);
	}
	const lines: Line[] = [];
	for (const group of groups) {
		if (marks.has(group)) continue;
		const size = dominantSize([], group);
		// Within a line, a raised small item is a note mark as well.
		const baseline = group.reduce((best, i) => (Math.abs(i.size - size) < Math.abs(best.size - size) ? i : best)).y;
		const words = group
			.filter((i) => !(i.size < size * 0.85 && i.y - baseline > size * 0.15 && /^[\d*†‡§,]{1,7}$/.test(i.text.trim())))
			.sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const word of words) {
			const gap = word.x - end;
			if (text.length > 0 && gap > word.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(word.text)) text += ' ';
			text += word.text;
			end = Math.max(end, word.x + word.width);
		}
		const trimmed = text.replace(/\s+/g, ' ').trim();
		if (trimmed) lines.push({ text: trimmed, x: words[0]!.x, y: baseline, size, column });
	}
	lines.sort((a, b) => b.y - a.y || a.x - b.x);
	return lines;
}

/** The font size most characters are set in: the body text's. */
function dominantSize(lines: Line[], items: PdfTextItem[] = []): number {
	const counts = new Map<number, number>();
	const add = (size: number, n: number) => {
		const key = Math.round(size * 10) / 10;
		counts.set(key, (counts.get(key) ?? 0) + n);
	};
	for (const line of lines) add(line.size, line.text.length);
	for (const item of items) add(item.size, item.text.length);
	let best = 0;
	let most = -1;
	for (const [size, n] of counts) if (n > most || (n === most && size > best)) [best, most] = [size, n];
	return best;
}

/** A line's text with its numbers blanked, so "Journal 23" and "Journal 24" are the same header. */
const shapeOf = (text: string) =>
	text
		.toLowerCase()
		.replace(/\d+|\b[ivxlc]+\b/g, '#')
		.replace(/\s+/g, ' ');
const isPageNumber = (text: string) => /^(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s+of\s+\d+)?$/i.test(text.trim());
const EDGE_LINES = 2;

/**
 * Running headers and footers: lines at the top or bottom of a page that are only a page number,
 * or that recur at the same edge of other pages once numbers are set aside.
 */
function findFurniture(pageLines: Line[][], bodySize: number): Set<number>[] {
	const edges = pageLines.map((lines) => {
		const top = lines.slice(0, EDGE_LINES).map((_, i) => i);
		const bottom = lines.slice(-EDGE_LINES).map((_, i) => lines.length - Math.min(EDGE_LINES, lines.length) + i);
		return { top, bottom };
	});
	const counts = new Map<string, number>();
	pageLines.forEach((lines, p) => {
		const seen = new Set<string>();
		for (const [edge, indices] of Object.entries(edges[p]!)) for (const i of indices) seen.add(`${edge}:${shapeOf(lines[i]!.text)}`);
		for (const shape of seen) counts.set(shape, (counts.get(shape) ?? 0) + 1);
	});
	const recurring = (shape: string) => (counts.get(shape) ?? 0) >= Math.max(2, Math.ceil(pageLines.length * 0.4));
	return pageLines.map((lines, p) => {
		const found = new Set<number>();
		const { top, bottom } = edges[p]!;
		// A header is set apart from the prose: in smaller type, or by more space than between lines.
		const apart = (i: number, inward: number) => {
			const next = lines[inward];
			return lines[i]!.size < bodySize * 0.95 || next === undefined || Math.abs(lines[i]!.y - next.y) > bodySize * 1.6;
		};
		// From the edge inwards: a header stops at the first line of prose.
		const walk = (indices: number[], edge: string, step: number) => {
			for (const i of indices) {
				const line = lines[i]!;
				const header = line.size <= bodySize * 1.05 && apart(i, i + step) && !found.has(i + step) && recurring(`${edge}:${shapeOf(line.text)}`);
				if (isPageNumber(line.text) || header) found.add(i);
				else break;
			}
		};
		walk(top, 'top', 1);
		walk([...bottom].reverse(), 'bottom', -1);
		return found;
	});
}

/**
 * Each page's number: the printed one where the headers and footers carry numbers that go up one
 * a page, else the PDF's own page labels, else its position in the file.
 */
function pageLabels(pages: PdfPage[], pageLines: Line[][], furniture: Set<number>[]): { labels: string[]; counted: boolean } {
	const candidates = pageLines.map((lines, p) => [...furniture[p]!].flatMap((i) => (lines[i]!.text.match(/\b\d{1,4}\b/g) ?? []).map(Number)));
	// The offset that makes the most pages' printed numbers equal their position.
	const votes = new Map<number, number>();
	candidates.forEach((numbers, p) => {
		for (const n of new Set(numbers)) votes.set(n - p, (votes.get(n - p) ?? 0) + 1);
	});
	let offset: number | undefined;
	let most = 0;
	for (const [candidate, n] of votes) if (n > most) [offset, most] = [candidate, n];
	// One page's stray number is not a numbering; on a one-page file it is all there is.
	const printed = offset !== undefined && (most >= 2 || pages.length === 1) && offset > 0 ? offset : undefined;
	if (printed !== undefined) return { labels: pages.map((_, p) => String(printed + p)), counted: false };
	if (pages.length > 0 && pages.every((page) => page.label?.trim())) return { labels: pages.map((page) => page.label!.trim()), counted: false };
	return { labels: pages.map((_, p) => String(p + 1)), counted: true };
}

/**
 * The layout with its counted page numbers starting at `pages`' first (a journal article's
 * "41-58"), so a pinpoint names the page as printed in the journal.
 */
export function numberedFrom(layout: SourceLayout, pages: string | undefined): SourceLayout {
	const first = Number(/^\s*(\d{1,5})/.exec(pages ?? '')?.[1]);
	if (!layout.counted || !Number.isInteger(first) || first <= 1) return layout;
	return { ...layout, pages: layout.pages.map((page, p) => ({ ...page, label: String(first + p) })), counted: false };
}

/** The page's footnotes: in each column, small type below all of its body text. */
function footnotes(lines: Line[], furniture: Set<number>, bodySize: number): Set<number> {
	const found = new Set<number>();
	let end = lines.length;
	while (end > 0) {
		let start = end - 1;
		while (start > 0 && lines[start - 1]!.column === lines[end - 1]!.column) start--;
		for (const i of footnotesOf(lines, start, end, furniture, bodySize)) found.add(i);
		end = start;
	}
	return found;
}

/** The footnotes among lines [start, end) of one column: from the first line of small type after the last of body type. */
function footnotesOf(lines: Line[], start: number, end: number, furniture: Set<number>, bodySize: number): number[] {
	let first = end;
	for (let i = end - 1; i >= start; i--) {
		if (furniture.has(i)) {
			if (first === end) continue;
			break;
		}
		if (lines[i]!.size < bodySize * 0.9) first = i;
		else break;
	}
	// Notes begin with their number or mark; small type that does not is a caption or a table.
	const opener = lines.slice(first, end).findIndex((line, k) => !furniture.has(first + k));
	if (opener < 0 || !/^(?:\d{1,3}|[*†‡§])\s?\S/.test(lines[first + opener]!.text)) return [];
	const out: number[] = [];
	for (let i = first; i < end; i++) if (!furniture.has(i)) out.push(i);
	return out;
}

/** The usual distance between the baselines of two lines of body text on the page. */
function typicalLeading(lines: Line[], bodySize: number): number {
	const gaps: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const [a, b] = [lines[i - 1]!, lines[i]!];
		if (a.column === b.column && Math.abs(a.size - bodySize) < 0.5 && Math.abs(b.size - bodySize) < 0.5) gaps.push(a.y - b.y);
	}
	gaps.sort((a, b) => a - b);
	return gaps.length > 0 ? gaps[Math.floor(gaps.length / 2)]! : bodySize * 1.25;
}

/** The left edge most body lines start at. */
function bodyLeft(lines: Line[], bodySize: number): number {
	const counts = new Map<number, number>();
	for (const line of lines) if (Math.abs(line.size - bodySize) < 0.5) counts.set(Math.round(line.x), (counts.get(Math.round(line.x)) ?? 0) + 1);
	let left = Infinity;
	let most = 0;
	for (const [x, n] of counts) if (n > most || (n === most && x < left)) [left, most] = [x, n];
	return left;
}

/**
 * A new paragraph: a change of type size, a wider gap than between lines (on one page, where
 * `leading` is given), or an indented first line.
 */
function startsParagraph(previous: Line, line: Line, leading: number | undefined, left: number): boolean {
	if (Math.abs(previous.size - line.size) >= 0.5) return true;
	if (leading !== undefined && previous.y - line.y > leading * 1.4) return true;
	return line.x - left > line.size * 0.8 && line.x - left < line.size * 6;
}

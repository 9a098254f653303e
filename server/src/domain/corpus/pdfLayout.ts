// Turns the positioned text of a PDF's pages into the raw text the cleaner reads, and says what the
// page layout shows that plain text cannot: where each page starts and what its printed number is,
// which lines are running headers and footers, and which are footnotes set in small type at the
// foot of a page. Superscript note marks are left out of the text. Positions are PDF points with
// y growing upwards, as pdf.js gives them.

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
	right: number;
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
		const foot = footnoteStart(lines, furniture[p]!, bodySize);
		const leading = typicalLeading(lines, bodySize);
		const left = bodyLeft(lines, bodySize);
		let samePage = false;
		lines.forEach((line, i) => {
			const reason = furniture[p]!.has(i) ? FURNITURE : i >= foot ? FOOTNOTE : undefined;
			// Every line ends with a line break; a blank line before a paragraph's first line parts it from the last.
			if (reason === undefined && previous !== undefined && startsParagraph(previous, line, samePage ? leading : undefined, left) && !text.endsWith('\n\n')) text += '\n';
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

/** The page's items gathered into lines, top to bottom, each read left to right; note marks dropped. */
function linesOf(items: PdfTextItem[]): Line[] {
	const visible = items.filter((item) => item.text.trim().length > 0 && item.size > 0);
	visible.sort((a, b) => b.y - a.y || a.x - b.x);
	const groups: PdfTextItem[][] = [];
	for (const item of visible) {
		const group = groups.find((g) => Math.abs(g[0]!.y - item.y) <= 0.25 * Math.max(g[0]!.size, item.size));
		if (group) group.push(item);
		else groups.push([item]);
	}
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
		const words = group.filter((i) => !(i.size < size * 0.85 && i.y - baseline > size * 0.15 && /^[\d*†‡§,]{1,7}$/.test(i.text.trim()))).sort((a, b) => a.x - b.x);
		let text = '';
		let end = -Infinity;
		for (const word of words) {
			const gap = word.x - end;
			if (text.length > 0 && gap > word.size * 0.12 && !/\s$/.test(text) && !/^\s/.test(word.text)) text += ' ';
			text += word.text;
			end = Math.max(end, word.x + word.width);
		}
		const trimmed = text.replace(/\s+/g, ' ').trim();
		if (trimmed) lines.push({ text: trimmed, x: words[0]!.x, y: baseline, size, right: end });
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
const shapeOf = (text: string) => text.toLowerCase().replace(/\d+|\b[ivxlc]+\b/g, '#').replace(/\s+/g, ' ');
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
	const candidates = pageLines.map((lines, p) =>
		[...furniture[p]!].flatMap((i) => (lines[i]!.text.match(/\b\d{1,4}\b/g) ?? []).map(Number)),
	);
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

/** The index of the first line of the page's footnotes: small type below all of the body text. */
function footnoteStart(lines: Line[], furniture: Set<number>, bodySize: number): number {
	let start = lines.length;
	for (let i = lines.length - 1; i >= 0; i--) {
		if (furniture.has(i)) {
			if (start === lines.length) continue;
			break;
		}
		if (lines[i]!.size < bodySize * 0.9) start = i;
		else break;
	}
	// Notes begin with their number or mark; small type that does not is a caption or a table.
	for (let i = start; i < lines.length; i++) {
		if (furniture.has(i)) continue;
		return /^(?:\d{1,3}|[*†‡§])\s?\S/.test(lines[i]!.text) ? start : lines.length;
	}
	return lines.length;
}

/** The usual distance between the baselines of two lines of body text on the page. */
function typicalLeading(lines: Line[], bodySize: number): number {
	const gaps: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		if (Math.abs(lines[i]!.size - bodySize) < 0.5 && Math.abs(lines[i - 1]!.size - bodySize) < 0.5) gaps.push(lines[i - 1]!.y - lines[i]!.y);
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

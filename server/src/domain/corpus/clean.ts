// Turns a raw source text (a PDF extraction or a web page capture) into evidence paragraphs.
// Everything that is not the author's own prose is set aside with a reason: page furniture,
// footnote text (bibliography, not claims), headings, web debris, readers' comments, repeats and a
// closing author biography. Each kept character remembers where it came from in the raw file so a
// quote can be shown at its exact place. Rules are driven by the text's structure, the source's
// metadata and the vocabulary, never by which source it is.

import { isSpaceCode } from '../document/prose';
import type { Span } from '../types';
import type { SourceMeta } from './bibliography';
import type { SourceLayout } from './pdfLayout';

/**
 * Word lists that steer cleaning (`corpus/vocabulary/cleaning.json`). Phrases are compared after
 * folding case, curly quotes, dashes and runs of spaces. Any list may be missing.
 */
export interface CleaningVocabulary {
	/** Lines that open the readers' comments; from the first to the end is dropped. `#` stands for a number ("# Comment(s)"). Matched at the start of a short line. */
	commentMarkers: string[];
	/** Lines starting with one of these are site furniture ("Publication:", "Credit:"). */
	debrisPrefixes: string[];
	/** Whole lines that are site furniture ("Recent Features", "Reply"). */
	debrisLines: string[];
	/** Share-widget labels; a line made only of these and separators (`|`, `•`) is dropped. */
	shareWidgets: string[];
	/** Byline openers ("By "), case-sensitive; only a short run of capitalised names may follow. */
	bylinePrefixes: string[];
	/** Words that open a footnote's text after its number ("Ibid", "See", "Cf."). */
	footnoteOpeners: string[];
	/** Openers of a parenthesised credit that closes a photo caption ("Source:", "Photo:"). */
	captionCreditPrefixes: string[];
	/** Verbs after an author's name that open a closing biography ("is", "was"). */
	biographyVerbs: string[];
	/** Short words that stay lowercase in a title-case heading ("of", "and", "the"). */
	titleSmallWords: string[];
	/** Abbreviations whose period does not end a sentence ("Mr.", "No."), for splitting at page breaks. */
	nonTerminalAbbreviations: string[];
}

const VOCABULARY_KEYS = [
	'commentMarkers',
	'debrisPrefixes',
	'debrisLines',
	'shareWidgets',
	'bylinePrefixes',
	'footnoteOpeners',
	'captionCreditPrefixes',
	'biographyVerbs',
	'titleSmallWords',
	'nonTerminalAbbreviations',
] as const satisfies readonly (keyof CleaningVocabulary)[];

/** Picks the cleaning lists out of merged vocabulary JSON; a malformed list is reported and left empty. */
export function cleaningVocabularyFrom(data: Record<string, unknown>): { vocabulary: CleaningVocabulary; problems: string[] } {
	const problems: string[] = [];
	const vocabulary = {} as CleaningVocabulary;
	for (const key of VOCABULARY_KEYS) {
		const value = data[key];
		if (value === undefined) vocabulary[key] = [];
		else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) vocabulary[key] = value as string[];
		else {
			problems.push(`vocabulary "${key}" must be a list of strings; it was ignored`);
			vocabulary[key] = [];
		}
	}
	return { vocabulary, problems };
}

export interface SourceParagraph {
	/** The cleaned paragraph: lines joined, hyphenation undone, spaces collapsed. */
	text: string;
	/** `starts[i]`/`ends[i]`: the raw offsets of the source of `text[i]` (a joining space maps to its line break). */
	starts: Int32Array;
	ends: Int32Array;
	/** The page ("146") or the pages a sentence runs over ("146-147"); only for sources with page markers. */
	page?: string;
	kind: 'body' | 'caption';
}

export interface CleanedSource {
	key: string;
	paragraphs: SourceParagraph[];
	/** What was set aside, in file order, so a person can see why a passage is not evidence. */
	dropped: { reason: string; span: Span }[];
}

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
} as const;

// ---------------------------------------------------------------------------------------------
// Text helpers

const SPACE = /\s/;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
const isInvisibleCode = (c: number) => c === 0x200b || c === 0x2060 || c === 0xfeff || c === 0xad;
const LIGATURES: Record<string, string> = { '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl' };
const HYPHENS = '-\u2010';
const CLOSERS = /["”’')\]»]+$/;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;

// The cleaner folds each line several times over (comments, page markers, footnotes, furniture).
const folded = new Map<string, string>();

/** Folds what differs between a typed phrase and the same phrase in a captured text. */
function fold(text: string): string {
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a folded line starts with a folded phrase that ends at a word boundary. */
function startsWithPhrase(line: string, phrase: string): boolean {
	if (!phrase || !line.startsWith(phrase)) return false;
	const after = line[phrase.length];
	return after === undefined || !/[\p{L}\p{N}]/u.test(phrase.slice(-1)) || !/[\p{L}\p{N}]/u.test(after);
}

/** The last character that is not a closing quote or bracket. */
function lastMark(text: string): string {
	return text.replace(CLOSERS, '').slice(-1);
}

const endsSentence = (text: string) => /[.!?…]/.test(lastMark(text));
const hasTrailingPunctuation = (text: string) => /[.!?…:;,]/.test(lastMark(text));
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------------------------------------
// Lines

interface Line {
	/** Offsets of the first and after-last non-blank character. */
	lo: number;
	hi: number;
	/** Where the line's terminator starts and ends (equal at the end of the file). */
	breakStart: number;
	breakEnd: number;
	text: string;
}

type LineRole =
	| { kind: 'blank' }
	| { kind: 'content' }
	| { kind: 'marker'; page: string }
	/** A transparent drop (footnotes, page furniture) does not end the paragraph around it. */
	| { kind: 'drop'; reason: string; transparent: boolean };

function splitLines(raw: string): Line[] {
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

// ---------------------------------------------------------------------------------------------
// The cleaner

interface Piece {
	chars: string[];
	starts: number[];
	ends: number[];
	/** Which page segment (count of page markers before) each character is in. */
	segments: number[];
	kind: 'body' | 'caption';
}

interface Context {
	raw: string;
	lines: Line[];
	roles: LineRole[];
	vocab: CleaningVocabulary;
	meta: SourceMeta;
	dropped: { reason: string; span: Span }[];
	/** Page starts known from the file's layout (a PDF's), instead of markers found in the text. */
	pageStarts?: SourceLayout['pages'];
}

/**
 * The source's evidence paragraphs. `layout`, where the file has one (a PDF), says where pages
 * start and which lines are headers, footers and footnotes; the text's own clues fill in the rest.
 */
export function cleanSource(raw: string, meta: SourceMeta, vocabulary: CleaningVocabulary, fileLayout?: SourceLayout): CleanedSource {
	const vocab = cleaningVocabularyFrom(vocabulary as unknown as Record<string, unknown>).vocabulary;
	const lines = splitLines(raw);
	const roles: LineRole[] = lines.map((line) => (line.text ? { kind: 'content' } : { kind: 'blank' }));
	const ctx: Context = { raw, lines, roles, vocab, meta, dropped: [], ...(fileLayout && fileLayout.pages.length > 0 ? { pageStarts: fileLayout.pages } : {}) };

	if (fileLayout) applyLayout(ctx, fileLayout);
	cutComments(ctx);
	if (!fileLayout) findPageMarkers(ctx);
	findFootnotes(ctx);
	findFurniture(ctx);
	findStandaloneHeadings(ctx);
	const layout = measureLayout(ctx);
	if (layout.wrapped) findWrappedHeadings(ctx);

	const { pieces, pages } = assemble(ctx, layout);
	const kept = finishParagraphs(ctx, pieces);
	const paragraphs = pages.length > 0 ? kept.flatMap((p) => splitAtPages(p, pages, vocab)) : kept.map((p) => toParagraph(p, undefined));

	recordLineDrops(ctx);
	ctx.dropped.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { key: meta.key, paragraphs: paragraphs.filter((p) => p.text.length > 0), dropped: ctx.dropped };
}

function drop(ctx: Context, index: number, reason: string, transparent = false): void {
	ctx.roles[index] = { kind: 'drop', reason, transparent };
}

const isContent = (ctx: Context, i: number) => ctx.roles[i]?.kind === 'content';

/** Lines the layout shows are not prose: dropped without parting the paragraph they interrupt. */
function applyLayout(ctx: Context, layout: SourceLayout): void {
	const drops = [...layout.drops].sort((a, b) => a.span.start - b.span.start);
	let d = 0;
	ctx.lines.forEach((line, i) => {
		if (!isContent(ctx, i)) return;
		while (d < drops.length && drops[d]!.span.end < line.hi) d++;
		const found = drops[d];
		if (found && found.span.start <= line.lo && line.hi <= found.span.end) drop(ctx, i, found.reason, true);
	});
}

/** Readers' comments: everything from the first marker line to the end. */
function cutComments(ctx: Context): void {
	const patterns = ctx.vocab.commentMarkers.map((marker) => new RegExp(`^${escapeRegExp(fold(marker)).replace(/#/g, '\\d[\\d,.]*')}(?![\\p{L}\\p{N}])`, 'u'));
	if (patterns.length === 0) return;
	// A comment count shown above the article ("12 Comments" by the byline) is not where comments start.
	let prose = false;
	const first = ctx.lines.findIndex((line, i) => {
		if (!isContent(ctx, i)) return false;
		if (prose && line.text.length <= 100 && patterns.some((p) => p.test(fold(line.text)))) return true;
		prose ||= line.text.length >= 60 && endsSentence(line.text);
		return false;
	});
	if (first < 0) return;
	for (let i = first; i < ctx.lines.length; i++) if (ctx.roles[i]!.kind !== 'blank') drop(ctx, i, DROP_REASONS.comments);
}

/** A running header (the title or an author's name) next to a line holding only a number starts that page. */
function findPageMarkers(ctx: Context): void {
	const headers = new Set<string>();
	const { title, authors } = ctx.meta;
	if (title) {
		headers.add(fold(title));
		const short = title.split(':')[0];
		if (short && short !== title) headers.add(fold(short));
	}
	for (const a of authors) {
		headers.add(fold(a.given ? `${a.given} ${a.family}` : a.family));
		if (a.given) headers.add(fold(`${a.family}, ${a.given}`));
	}
	headers.delete('');
	if (headers.size === 0) return;
	const pageNumber = (text: string) => (/^(\d{1,4}|[ivxlc]{1,6})$/.test(text) ? text : undefined);

	for (let i = 0; i < ctx.lines.length; i++) {
		if (!isContent(ctx, i)) continue;
		const text = ctx.lines[i]!.text;
		// Header and number on one line, either way round.
		const inline = /^(\d{1,4})\s+(.+)$/.exec(text) ?? /^(.+?)\s+(\d{1,4})$/.exec(text);
		if (inline) {
			const [number, header] = /^\d/.test(inline[1]!) ? [inline[1]!, inline[2]!] : [inline[2]!, inline[1]!];
			if (headers.has(fold(header))) {
				ctx.roles[i] = { kind: 'marker', page: number };
				continue;
			}
		}
		const j = nextNonBlank(ctx, i);
		if (j === undefined || !isContent(ctx, j)) continue;
		const next = ctx.lines[j]!.text;
		const headerThenNumber = headers.has(fold(text)) ? pageNumber(next) : undefined;
		const numberThenHeader = headers.has(fold(next)) ? pageNumber(text) : undefined;
		const page = headerThenNumber ?? numberThenHeader;
		if (page === undefined) continue;
		const headerLine = headerThenNumber !== undefined ? i : j;
		drop(ctx, headerLine, DROP_REASONS.pageMarker, true);
		ctx.roles[headerLine === i ? j : i] = { kind: 'marker', page };
		i = j;
	}
}

function nextNonBlank(ctx: Context, i: number): number | undefined {
	for (let j = i + 1; j < ctx.lines.length; j++) if (ctx.roles[j]!.kind !== 'blank') return j;
	return undefined;
}

/** Footnote reference numbers standing alone, and footnote text with its continuation lines. */
function findFootnotes(ctx: Context): void {
	const openers = ctx.vocab.footnoteOpeners.map(fold).filter(Boolean);
	const isFootnoteStart = (text: string) => {
		const m = /^\d{1,3}\s+(\S.*)$/.exec(text);
		if (!m) return false;
		const rest = m[1]!;
		if (/^\p{Lu}\.(?:\s|\p{Lu}\.)/u.test(rest)) return true; // an initial: "V. Zhavaronkova"
		if (/^["“‘'«]/.test(rest)) return true; // a quoted title
		const folded = fold(rest);
		return openers.some((o) => startsWithPhrase(folded, o));
	};
	// A cited address broken over lines continues with a fragment such as "com.proxygw.wrlc.org/..."
	const isContinuation = (text: string) => LOWER_START.test(text) || /^(?:https?:|www\.)/i.test(text) || /^[^\s]*\//.test(text);

	for (let i = 0; i < ctx.lines.length; i++) {
		if (!isContent(ctx, i)) continue;
		const text = ctx.lines[i]!.text;
		if (/^\d{1,3}(?:[,\u2013-]\s?\d{1,3})*$/.test(text)) {
			drop(ctx, i, DROP_REASONS.footnoteReference, true);
			continue;
		}
		if (!isFootnoteStart(text)) continue;
		drop(ctx, i, DROP_REASONS.footnote, true);
		while (i + 1 < ctx.lines.length && isContent(ctx, i + 1)) {
			const next = ctx.lines[i + 1]!.text;
			if (isFootnoteStart(next)) drop(ctx, i + 1, DROP_REASONS.footnote, true);
			else if (isContinuation(next)) drop(ctx, i + 1, DROP_REASONS.footnote, true);
			else break;
			i++;
		}
	}
}

/** Web debris, bylines, and lines that repeat the title or the publication's name. */
function findFurniture(ctx: Context): void {
	const { vocab, meta } = ctx;
	const prefixes = vocab.debrisPrefixes.map(fold).filter(Boolean);
	const wholeLines = new Set(vocab.debrisLines.map(fold));
	const widgets = vocab.shareWidgets
		.map(fold)
		.filter(Boolean)
		.sort((a, b) => b.length - a.length)
		.map((w) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, 'gu'));
	const titles = new Set([meta.title].filter(Boolean).map((t) => fold(t)));
	const mastheads = new Set([meta.publication, meta.series, meta.publisher].filter((t): t is string => !!t).map(fold));
	const authorNames = new Set(meta.authors.flatMap((a) => (a.given ? [fold(`${a.given} ${a.family}`), fold(`${a.family}, ${a.given}`)] : [fold(a.family)])));
	const families = meta.authors.map((a) => fold(a.family)).filter(Boolean);

	const isByline = (text: string) =>
		vocab.bylinePrefixes.some((prefix) => {
			if (!prefix || !text.startsWith(prefix)) return false;
			const rest = text.slice(prefix.length).trim();
			const words = wordsOf(rest);
			if (words.length === 0) return false;
			if (families.some((f) => fold(rest).includes(f))) return true;
			const connectors = new Set(['and', '&', 'de', 'van', 'von', 'der', 'al', 'bin', 'da', 'la', 'le']);
			return words.length <= 6 && !endsSentence(rest.replace(/\b\p{Lu}\.$/u, '')) && words.every((w) => UPPER_START.test(w) || connectors.has(w.toLowerCase()));
		});
	const anyWidget = widgets.length > 0 ? new RegExp(widgets.map((w) => w.source).join('|'), 'u') : undefined;
	const isWidgetRow = (folded: string) => {
		// Most lines have no widget label at all.
		if (!anyWidget?.test(folded)) return false;
		let rest = folded;
		for (const w of widgets) rest = rest.replace(w, ' ');
		return rest !== folded && /^[\s|•·/,:\-–—]*$/.test(rest);
	};

	ctx.lines.forEach((line, i) => {
		if (!isContent(ctx, i)) return;
		const folded = fold(line.text);
		if (titles.has(folded)) drop(ctx, i, DROP_REASONS.title);
		else if (mastheads.has(folded)) drop(ctx, i, DROP_REASONS.masthead);
		else if (authorNames.has(folded) || isByline(line.text)) drop(ctx, i, DROP_REASONS.byline);
		else if (wholeLines.has(folded) || (line.text.length <= 200 && prefixes.some((p) => startsWithPhrase(folded, p))) || isWidgetRow(folded)) {
			drop(ctx, i, DROP_REASONS.debris);
		}
	});
}

/** Whether a paragraph's text ends with a photo credit: "[Uzbek Defence Ministry]" or "(Source: uznews.net)". */
function captionCredit(text: string, vocab: CleaningVocabulary): number | undefined {
	const bracket = /\s*\[[^[\]]{1,80}\]$/.exec(text);
	if (bracket && bracket.index > 0) return bracket.index;
	const paren = /\s*\(([^()]{1,100})\)$/.exec(text);
	if (paren && paren.index > 0) {
		const inner = fold(paren[1]!);
		if (vocab.captionCreditPrefixes.some((p) => startsWithPhrase(inner, fold(p)))) return paren.index;
	}
	return undefined;
}

function isHeadingLike(text: string, vocab: CleaningVocabulary): boolean {
	if (text.length > 100 || wordsOf(text).length > 14) return false;
	if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
	return !hasTrailingPunctuation(text) && captionCredit(text, vocab) === undefined;
}

/** A block of at most three short unpunctuated lines between blank lines is a heading (or a site's section name). */
function findStandaloneHeadings(ctx: Context): void {
	let i = 0;
	while (i < ctx.lines.length) {
		if (ctx.roles[i]!.kind === 'blank') {
			i++;
			continue;
		}
		let j = i;
		while (j < ctx.lines.length && ctx.roles[j]!.kind !== 'blank') j++;
		const content: number[] = [];
		for (let k = i; k < j; k++) if (isContent(ctx, k)) content.push(k);
		if (content.length > 0 && content.length <= 3 && content.every((k) => isHeadingLike(ctx.lines[k]!.text, ctx.vocab))) {
			for (const k of content) drop(ctx, k, DROP_REASONS.heading);
		}
		i = j;
	}
}

interface Layout {
	/** Hard-wrapped text (a PDF extraction): paragraphs run over many short lines. */
	wrapped: boolean;
	/** The usual length of a full line, and the longest plausible one. */
	width: number;
	maxWidth: number;
}

function measureLayout(ctx: Context): Layout {
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

/** In wrapped text a heading is a run of title-case lines at a paragraph break, followed by a capitalised line. */
function findWrappedHeadings(ctx: Context): void {
	const small = new Set(ctx.vocab.titleSmallWords.map((w) => w.toLowerCase()));
	const bare = (word: string) => word.replace(/^["“‘'([]+|["”’')\],]+$/g, '');
	const isTitleCase = (text: string) => {
		const words = wordsOf(text).map(bare).filter(Boolean);
		return words.length > 0 && words.some((w) => !small.has(w.toLowerCase())) && words.every((w) => small.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
	};
	const candidate = (i: number) => {
		const text = ctx.lines[i]!.text;
		return isContent(ctx, i) && !hasTrailingPunctuation(text) && !HYPHENS.includes(text.slice(-1)) && text.length <= 100 && isTitleCase(text);
	};

	let previous: number | undefined; // the last line that was content or a paragraph-ending drop
	for (let i = 0; i < ctx.lines.length; i++) {
		const role = ctx.roles[i]!;
		if (role.kind === 'blank' || (role.kind === 'drop' && !role.transparent)) {
			previous = undefined;
			continue;
		}
		if (role.kind !== 'content') continue;
		const atBreak = previous === undefined || endsSentence(ctx.lines[previous]!.text);
		if (atBreak) {
			let end = i;
			while (end < ctx.lines.length && end - i < 3 && candidate(end)) {
				const last = wordsOf(ctx.lines[end]!.text).at(-1)?.toLowerCase() ?? '';
				const after = ctx.lines[end + 1];
				const followedByCapital = !after || !isContent(ctx, end + 1) || /^[\p{Lu}"“]/u.test(after.text);
				// A run cannot stop on "and" or "of": the heading goes on over the next line.
				if (
					!small.has(bare(last)) &&
					followedByCapital &&
					wordsOf(
						ctx.lines
							.slice(i, end + 1)
							.map((l) => l.text)
							.join(' '),
					).length <= 14
				) {
					for (let k = i; k <= end; k++) drop(ctx, k, DROP_REASONS.heading);
					i = end;
					break;
				}
				end++;
			}
		}
		previous = isContent(ctx, i) ? i : undefined;
	}
}

// ---------------------------------------------------------------------------------------------
// Joining lines into paragraphs

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

function assemble(ctx: Context, layout: Layout): { pieces: Piece[]; pages: (string | undefined)[] } {
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
					current.chars.push(' ');
					current.starts.push(prevLine.breakStart);
					current.ends.push(prevLine.breakEnd);
					current.segments.push(current.segments.at(-1) ?? segment);
				}
			}
		}
		current ??= { chars: [], starts: [], ends: [], segments: [], kind: 'body' };
		// One push per character: spreading a very long line would overflow the call stack.
		for (let k = 0; k < line.chars.length; k++) {
			current.chars.push(line.chars[k]!);
			current.starts.push(line.starts[k]!);
			current.ends.push(line.ends[k]!);
			current.segments.push(segment);
		}
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

// ---------------------------------------------------------------------------------------------
// Paragraph-level cleaning

function finishParagraphs(ctx: Context, pieces: Piece[]): Piece[] {
	const { vocab, meta } = ctx;
	const spanOf = (p: Piece): Span => ({ start: p.starts[0] ?? 0, end: p.ends.at(-1) ?? 0 });

	// A repeated caption is dropped whole, credit and all; a kept caption loses only its credit.
	const seen = new Set<string>();
	const kept: Piece[] = [];
	for (const piece of pieces) {
		const text = piece.chars.join('');
		const credit = captionCredit(text, vocab);
		const key = fold(credit === undefined ? text : text.slice(0, credit));
		if (!key) continue;
		if (seen.has(key)) {
			ctx.dropped.push({ reason: DROP_REASONS.repeated, span: spanOf(piece) });
			continue;
		}
		seen.add(key);
		if (credit !== undefined) {
			ctx.dropped.push({ reason: DROP_REASONS.credit, span: { start: piece.starts[credit]!, end: piece.ends.at(-1)! } });
			for (const list of [piece.chars, piece.starts, piece.ends, piece.segments]) list.length = credit;
			piece.kind = 'caption';
		}
		kept.push(piece);
	}

	const last = kept.at(-1);
	if (last && meta.authors.length > 0) {
		const text = last.chars.join('');
		const names = meta.authors.flatMap((a) => (a.given ? [`${a.given} ${a.family}`, a.family] : [a.family]));
		const isBiography = names.some((name) => vocab.biographyVerbs.some((verb) => text.startsWith(`${name} ${verb} `)));
		if (isBiography) {
			ctx.dropped.push({ reason: DROP_REASONS.biography, span: spanOf(last) });
			kept.pop();
		}
	}
	return kept;
}

function toParagraph(piece: Piece, page: string | undefined, from = 0, to = piece.chars.length): SourceParagraph {
	while (from < to && piece.chars[from] === ' ') from++;
	while (to > from && piece.chars[to - 1] === ' ') to--;
	const paragraph: SourceParagraph = {
		text: piece.chars.slice(from, to).join(''),
		starts: Int32Array.from(piece.starts.slice(from, to)),
		ends: Int32Array.from(piece.ends.slice(from, to)),
		kind: piece.kind,
	};
	if (page !== undefined) paragraph.page = page;
	return paragraph;
}

/**
 * A paragraph that runs over a page break is cut at the sentence ends around the break: the
 * sentences on one page keep that page and the sentence that runs over gets both ("146-147"),
 * so a pinpoint citation can be checked against the page a sentence is actually on.
 */
function splitAtPages(piece: Piece, pages: (string | undefined)[], vocab: CleaningVocabulary): SourceParagraph[] {
	const text = piece.chars.join('');
	const sentenceStarts = sentenceStartsOf(text, vocab);
	const label = (from: number, to: number) => {
		let lo = Infinity;
		let hi = -Infinity;
		for (let k = from; k < to; k++) {
			if (piece.chars[k] === ' ') continue;
			lo = Math.min(lo, piece.segments[k]!);
			hi = Math.max(hi, piece.segments[k]!);
		}
		if (lo === Infinity) return undefined;
		const first = pages[lo];
		const lastPage = pages[hi];
		if (first === undefined || lastPage === undefined) return first ?? lastPage;
		return lo === hi || first === lastPage ? first : `${first}-${lastPage}`;
	};

	const out: SourceParagraph[] = [];
	let from = 0;
	while (from < text.length) {
		const start = piece.segments[from]!;
		let change = from;
		while (change < text.length && (piece.segments[change] === start || piece.chars[change] === ' ')) change++;
		if (change >= text.length) {
			out.push(toParagraph(piece, label(from, text.length), from, text.length));
			break;
		}
		let s0 = from;
		for (const s of sentenceStarts) if (s <= change && s > s0) s0 = s;
		if (s0 === change || s0 > from) {
			out.push(toParagraph(piece, label(from, s0), from, s0));
			if (s0 === change) {
				from = s0;
				continue;
			}
		}
		const s1 = sentenceStarts.find((s) => s > change) ?? text.length;
		out.push(toParagraph(piece, label(s0, s1), s0, s1));
		from = s1;
	}
	return out.filter((p) => p.text.length > 0);
}

/** Where sentences start: after . ! ? and a space, before a capital, unless the period closes an initial or an abbreviation. */
function sentenceStartsOf(text: string, vocab: CleaningVocabulary): number[] {
	const abbreviations = new Set(vocab.nonTerminalAbbreviations.map((a) => a.toLowerCase()));
	const starts: number[] = [];
	for (let i = 2; i < text.length; i++) {
		if (text[i - 1] !== ' ' || !/[\p{Lu}\p{N}"“‘'([]/u.test(text[i]!)) continue;
		let j = i - 2;
		while (j >= 0 && /["”’')\]]/.test(text[j]!)) j--;
		if (j < 0 || !/[.!?…]/.test(text[j]!)) continue;
		if (text[j] === '.') {
			const word = text.slice(text.lastIndexOf(' ', j) + 1, j + 1);
			if (/^(?:\p{L}\.)+$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
		}
		starts.push(i);
	}
	return starts;
}

// ---------------------------------------------------------------------------------------------

/** Records dropped lines, a run of lines dropped for one reason as one span. */
function recordLineDrops(ctx: Context): void {
	let open: { reason: string; span: Span } | undefined;
	ctx.lines.forEach((line, i) => {
		const role = ctx.roles[i]!;
		if (role.kind === 'blank') return;
		const reason = role.kind === 'drop' ? role.reason : role.kind === 'marker' ? DROP_REASONS.pageMarker : undefined;
		if (reason === undefined) {
			open = undefined;
			return;
		}
		if (open && open.reason === reason) open.span.end = line.hi;
		else {
			open = { reason, span: { start: line.lo, end: line.hi } };
			ctx.dropped.push(open);
		}
	});
}

// The kinds of debris cleaning sets aside, found line by line (what the layout marks, readers'
// comments, page markers, footnotes, site furniture and bylines) or paragraph by paragraph (repeats,
// caption credits, a closing author biography).

import type { CleaningVocabulary } from './clean';
import { drop, DROP_REASONS, isContent, nextNonBlank, type Context, type Piece } from './cleanContext';
import { endsSentence, escapeRegExp, fold, LOWER_START, startsWithPhrase, UPPER_START, wordsOf } from './cleanText';
import type { SourceLayout } from './pdfLayout';
import type { Span } from '../types';

/** Lines the layout shows are not prose: dropped without parting the paragraph they interrupt. */
export function applyLayout(ctx: Context, layout: SourceLayout): void {
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
export function cutComments(ctx: Context): void {
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
export function findPageMarkers(ctx: Context): void {
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

/** Footnote reference numbers standing alone, and footnote text with its continuation lines. */
export function findFootnotes(ctx: Context): void {
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

/**
 * Lowercase words a byline's run of names may hold: conjunctions and the particles of names in
 * many languages ("de", "van", "al", "bin"). General language, not the corpus's vocabulary.
 */
const NAME_WORDS = new Set(['and', '&', 'de', 'van', 'von', 'der', 'al', 'bin', 'da', 'la', 'le']);

/** Web debris, bylines, and lines that repeat the title or the publication's name. */
export function findFurniture(ctx: Context): void {
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
			return words.length <= 6 && !endsSentence(rest.replace(/\b\p{Lu}\.$/u, '')) && words.every((w) => UPPER_START.test(w) || NAME_WORDS.has(w.toLowerCase()));
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

const REFERENCE_MARK = /^(?:(?:note|nb|pron) ?\d{1,3}|citation needed)$/i;

/** Whether a paragraph's text ends with a photo credit: "[Uzbek Defence Ministry]" or "(Source: uznews.net)". */
export function captionCredit(text: string, vocab: CleaningVocabulary): number | undefined {
	const bracket = /\s*\[([^[\]]{1,80})\]$/.exec(text);
	// A credit names someone: a reference mark closing an encyclopedia's paragraph ("… the same
	// day.[14][15][16]", "[a]", "[citation needed]") or an elision ("[...]") is none.
	const credit = bracket?.[1];
	if (bracket && bracket.index > 0 && /\p{L}.*\p{L}/u.test(credit!) && !REFERENCE_MARK.test(credit!) && !text.slice(0, bracket.index).endsWith(']'))
		return bracket.index;
	const paren = /\s*\(([^()]{1,100})\)$/.exec(text);
	if (paren && paren.index > 0) {
		const inner = fold(paren[1]!);
		if (vocab.captionCreditPrefixes.some((p) => startsWithPhrase(inner, fold(p)))) return paren.index;
	}
	return undefined;
}

/** Repeated paragraphs, caption credits and a closing author biography. */
export function finishParagraphs(ctx: Context, pieces: Piece[]): Piece[] {
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

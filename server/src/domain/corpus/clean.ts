// Turns a raw source text (a PDF extraction or a web page capture) into evidence paragraphs.
// Everything that is not the author's own prose is set aside with a reason: page furniture,
// footnote text (bibliography, not claims), headings, web debris, readers' comments, repeats and a
// closing author biography. Each kept character remembers where it came from in the raw file so a
// quote can be shown at its exact place. Rules are driven by the text's structure, the source's
// metadata and the vocabulary, never by which source it is.

import type { Span } from '../types';
import type { SourceMeta } from './bibliography';
import { DROP_REASONS, splitLines, type Context, type LineRole } from './cleanContext';
import { applyLayout, cutComments, findFootnotes, findFurniture, findPageMarkers, finishParagraphs } from './debris';
import { findStandaloneHeadings, findWrappedHeadings } from './headings';
import { splitAtPages, toParagraph } from './pages';
import { assemble, measureLayout } from './paragraphs';
import { readTables } from './tables';
import type { SourceLayout } from './pdfLayout';

export { DROP_REASONS } from './cleanContext';

/**
 * Word lists that steer cleaning (`corpus/vocabulary/cleaning.json`). Phrases are compared after
 * folding case, curly quotes, dashes and runs of spaces. A list the files do not give is empty.
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

/**
 * The source's evidence paragraphs. `layout`, where the file has one (a PDF), says where pages
 * start and which lines are headers, footers and footnotes; the text's own clues fill in the rest.
 */
export function cleanSource(raw: string, meta: SourceMeta, vocab: CleaningVocabulary, fileLayout?: SourceLayout): CleanedSource {
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
	const kept = finishParagraphs(ctx, readTables(ctx, pieces));
	const paragraphs = pages.length > 0 ? kept.flatMap((p) => splitAtPages(p, pages, vocab)) : kept.map((p) => toParagraph(p, undefined));

	recordLineDrops(ctx);
	ctx.dropped.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
	return { key: meta.key, paragraphs: paragraphs.filter((p) => p.text.length > 0), dropped: ctx.dropped };
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

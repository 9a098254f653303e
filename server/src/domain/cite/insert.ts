import { fullReference, shortLabel, shortNote, type SourceMeta } from '../corpus/bibliography';
import { rowOf, type CitationSyntax, type LanguageOrRow } from '../../languages';
import { findAuthorDateCitations } from '../document/authorDate';
import type { TextEdit } from '../types';

export type CitationStyle = CitationSyntax;
export type CitationStyleSetting = CitationStyle | 'auto';

/** What to cite: a source and, where it has pages, the page. */
export interface CitationTarget {
	meta: SourceMeta;
	page?: string;
	/** The name and year findings give the source ("Nichol 2012a"), for an author–date citation. */
	label?: string;
}

/**
 * The sign in a text that it cites in a syntax, for the syntaxes a sign tells: a `\cite` may stand in
 * a note, and a Markdown note may be a remark, so neither tells on its own how the writer cites.
 */
const SIGNS: Partial<Record<CitationSyntax, (text: string) => boolean>> = {
	pandoc: (text) => hasPandocCitation(text),
	'author-date': (text) => findAuthorDateCitations(text).length > 0,
	'latex-footnote': (text) => /\\footnote\s*\{/.test(text),
};

/**
 * The style the document already uses, or the usual one for its language: the first of its row's
 * citation syntaxes whose sign the text shows, else the row's first.
 */
export function detectStyle(text: string, language: LanguageOrRow<'citations'>, setting: CitationStyleSetting = 'auto'): CitationStyle {
	if (setting !== 'auto') return setting;
	const { citations } = rowOf(language);
	return citations.find((syntax) => SIGNS[syntax]?.(text)) ?? citations[0]!;
}

/**
 * Whether an `@key` stands inside brackets, `[see @key, p. 5]`, on one line. One pass: a regular
 * expression would try every `[` against the rest of its line, minutes on a long line of brackets.
 */
function hasPandocCitation(text: string): boolean {
	let open = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (c === '[') open = true;
		else if (c === ']' || c === '\n') open = false;
		else if (c === '@' && open && /\w/.test(text[i + 1] ?? '')) return true;
	}
	return false;
}

const LATEX_SPECIALS: Record<string, string> = {
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'{': '\\{',
	'}': '\\}',
	'~': '\\textasciitilde{}',
	'^': '\\textasciicircum{}',
	'\\': '\\textbackslash{}',
};

function latexEscape(text: string): string {
	return text.replace(/[&%$#_{}~^\\]/g, (c) => LATEX_SPECIALS[c]!).replace(/"([^"]*)"/g, "``$1''");
}

/** A locator for the page: the first page of a range the passage straddles. */
function pageOf(target: { page?: string }): string | undefined {
	return target.page?.split(/[-–]/)[0];
}

/** The page a citation points at, as Pandoc, author–date and numbered references write it after the source: ", p. 146". */
function pinpoint(page: string | undefined): string {
	return page ? `, p. ${page}` : '';
}

/** Where a citation goes: before the sentence's closing punctuation (author-date), or after it (notes). */
function insertionPoint(text: string, sentenceEnd: number, afterPunctuation: boolean): number {
	let end = sentenceEnd;
	while (end > 0 && /\s/.test(text[end - 1]!)) end--;
	if (afterPunctuation) return end;
	let at = end;
	while (at > 0 && /["”’)\]]/.test(text[at - 1]!)) at--;
	if (at > 0 && /[.!?;:]/.test(text[at - 1]!)) return at - 1;
	return end;
}

// Lines end at \n or \r only, as in Markdown and the protocol: `^`, `$` and `.` of a regular
// expression also stop at U+2028 and U+2029, which would put a note in the middle of a line.
// So a line starts after a line end or at the start, `(?<![^\n\r])`, and runs on with `[^\n\r]*`.
const FOOTNOTE_DEFINITION = /(?<![^\n\r])\[\^([^\]\s]+)\]:[ \t]?([^\n\r]*)/g;
const INDENTED_LINE = /(?<![^\n\r])(?: {4}|\t)[^\n\r]*/g;

interface FootnoteDefinition {
	id: string;
	text: string;
	end: number;
}

function footnoteDefinitions(text: string): FootnoteDefinition[] {
	return [...text.matchAll(FOOTNOTE_DEFINITION)].map((m) => ({ id: m[1]!, text: m[2]!, end: m.index + m[0].length }));
}

/** The note text in Chicago notes-bibliography style: in full the first time a source is cited, short after. */
function noteText(target: CitationTarget, firstTime: boolean): string {
	const page = pageOf(target);
	return firstTime ? fullReference(target.meta, page) : shortNote(target.meta, page);
}

/** Whether the document already has a note or entry that names this source. */
function alreadyCited(text: string, meta: SourceMeta): boolean {
	if (text.includes(`@${meta.key}`) || text.includes(`{${meta.key}}`)) return true;
	const short = meta.title.split(':')[0]!.trim();
	return short.length > 8 && text.includes(short);
}

/** Whether a note's text names the source: its key, its first author or its title. */
function namesSource(note: string, meta: SourceMeta): boolean {
	const family = meta.authors[0]?.family;
	return note.includes(meta.key) || (family !== undefined && family.length > 1 && note.includes(family)) || alreadyCited(note, meta);
}

/** The source (and page) a footnote of the document already cites, by its label. */
export type KnownNotes = ReadonlyMap<string, { key: string; page?: string }>;

/**
 * The edits that cite `target` for the sentence ending at `sentenceEnd`, in the document's own
 * syntax. Only the insertion point and the note or reference block at the end change.
 */
export function citationEdits(text: string, sentenceEnd: number, target: CitationTarget, style: CitationStyle, known: KnownNotes = new Map()): TextEdit[] {
	const key = target.meta.key;
	const page = pageOf(target);
	switch (style) {
		case 'pandoc': {
			const at = insertionPoint(text, sentenceEnd, false);
			return [{ span: { start: at, end: at }, newText: ` [@${key}${pinpoint(page)}]` }];
		}
		case 'latex-cite': {
			const at = insertionPoint(text, sentenceEnd, false);
			return [{ span: { start: at, end: at }, newText: `~\\cite${page ? `[${page}]` : ''}{${key}}` }];
		}
		case 'latex-footnote': {
			const at = insertionPoint(text, sentenceEnd, true);
			return [{ span: { start: at, end: at }, newText: `\\footnote{${latexEscape(noteText(target, !alreadyCited(text, target.meta)))}}` }];
		}
		case 'markdown-footnote':
			return markdownFootnote(text, sentenceEnd, target, known);
		case 'plain':
			return numberedReference(text, sentenceEnd, target);
		case 'author-date': {
			const at = insertionPoint(text, sentenceEnd, false);
			return [{ span: { start: at, end: at }, newText: ` (${target.label ?? shortLabel(target.meta)}${pinpoint(page)})` }];
		}
	}
}

function markdownFootnote(text: string, sentenceEnd: number, target: CitationTarget, known: KnownNotes): TextEdit[] {
	const definitions = footnoteDefinitions(text);
	const base = `${target.meta.key}${pageOf(target) ? `-${pageOf(target)}` : ''}`;
	const note = noteText(target, !alreadyCited(text, target.meta));
	const at = insertionPoint(text, sentenceEnd, true);
	// The same source and page cited before, in a note of ours or of the writer's: point at that note.
	// A note under our id is reused only if it names the source: the writer may have used the id for a note of their own.
	// One of ours under another id (ours was taken) is known by its text.
	const ours = [noteText(target, true), noteText(target, false)];
	// A label defined twice (one of them, perhaps, where a reader without front matter sees a note)
	// is not pointed at: which note it means depends on the reader.
	const once = definitions.filter((d) => definitions.filter((o) => o.id === d.id).length === 1);
	const existing =
		once.find((d) => d.id === base && namesSource(d.text, target.meta)) ??
		once.find((d) => ours.includes(d.text.trim())) ??
		once.find((d) => {
			const cited = known.get(d.id);
			return cited?.key === target.meta.key && (pageOf(cited) ?? '') === (pageOf(target) ?? '');
		});
	if (existing) return [{ span: { start: at, end: at }, newText: `[^${existing.id}]` }];
	let id = base;
	for (let n = 2; definitions.some((d) => d.id === id) || text.includes(`[^${id}]`); n++) id = `${base}-${n}`;
	const marker: TextEdit = { span: { start: at, end: at }, newText: `[^${id}]` };
	const last = definitions[definitions.length - 1];
	// Into the footnote block at the end when there is one; otherwise a new block.
	if (last && /^\s*$/.test(text.slice(last.end).replace(INDENTED_LINE, ''))) {
		return [marker, { span: { start: last.end, end: last.end }, newText: `\n[^${id}]: ${note}` }];
	}
	const tail = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
	return [marker, { span: { start: text.length, end: text.length }, newText: `${tail}[^${id}]: ${note}\n` }];
}

const REFERENCE_ENTRY = /(?<![^\n\r])\[(\d+)\][ \t]+([^\n\r]*)/g;

function numberedReference(text: string, sentenceEnd: number, target: CitationTarget): TextEdit[] {
	const entries = [...text.matchAll(REFERENCE_ENTRY)].map((m) => ({ n: Number(m[1]), text: m[2]!, end: m.index + m[0].length }));
	const at = insertionPoint(text, sentenceEnd, false);
	const label = shortLabel(target.meta);
	const page = pageOf(target);
	const known = entries.find((e) => e.text.includes(target.meta.title) || e.text.startsWith(label));
	const pin = pinpoint(page);
	if (known) return [{ span: { start: at, end: at }, newText: ` [${known.n}${pin}]` }];
	const n = Math.max(0, ...entries.map((e) => e.n)) + 1;
	const marker: TextEdit = { span: { start: at, end: at }, newText: ` [${n}${pin}]` };
	const entry = `[${n}] ${fullReference(target.meta)}`;
	const last = entries[entries.length - 1];
	if (last) return [marker, { span: { start: last.end, end: last.end }, newText: `\n${entry}` }];
	const tail = text.endsWith('\n\n') ? '' : text.endsWith('\n') ? '\n' : '\n\n';
	return [marker, { span: { start: text.length, end: text.length }, newText: `${tail}References\n\n${entry}\n` }];
}

// Where the writer has silenced findings, as linters let them: a comment that silences the next line
// of text, or a region up to the comment that ends it, for every code or the ones it names; and a
// switch that silences a whole file. Read from the raw text line by line, so offsets are exact.
import { rowOf, type DocumentLanguageRow, type LanguageOrRow } from '../../languages';
import type { Span } from '../types';
import { commentHolding, DIRECTIVE_WORD, directiveOf, plainTextDirective, splitComment, type CommentedLine, type Directive } from './directives';
import { readerOf, READERS, type Readers } from './readers';

/** A part of the text whose findings are not reported: of the codes named, or of every code. */
export interface SilencedRange {
	span: Span;
	codes: readonly string[] | 'all';
}

/** A language as silencing reads it: one of `languages.ts`, or a row of its own (a language still to be listed). */
export type SilencingLanguage = LanguageOrRow<'id' | 'comment'>;

interface Line extends CommentedLine {
	start: number;
	end: number;
	/** Where the next line starts (past the line break). */
	next: number;
}

function linesOf(text: string, row: Pick<DocumentLanguageRow, 'comment'>): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		let end = start;
		while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
		const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : Math.min(end + 1, text.length);
		lines.push({ start, end, next, ...splitComment(text.slice(start, end), row.comment) });
		if (end >= text.length) return lines;
		start = next;
	}
}

/**
 * The ranges of `text` whose findings the writer has silenced, in the order they start: directives
 * are read from comments written as the language's row says, except in what its reader knows to be
 * code; a language without comments has them on lines of their own.
 */
export function silencedRanges(text: string, language: SilencingLanguage, readers: Readers = READERS): SilencedRange[] {
	// Every directive and the switch for a whole file name CiteCheck: a text that does not is read
	// line by line for nothing (a long paper's lines, at each edit).
	if (!text.includes(DIRECTIVE_WORD)) return [];
	const row = rowOf(language);
	const lines = linesOf(text, row);
	const read = readerOf(row.id, readers)?.silence?.(lines) ?? { code: [], off: false };
	if (read.off) return [{ span: { start: 0, end: text.length }, codes: 'all' }];
	const directives = lines.map((line, i) => {
		if (read.code[i]) return undefined;
		if (!row.comment) return plainTextDirective(line.text);
		return line.comment === undefined ? undefined : directiveOf(line.comment);
	});
	return rangesOf(lines, directives);
}

/** The next line of text after line `i`: blank lines and other directives in between are passed over; -1 if none. */
function nextTextLine(lines: Line[], directives: (Directive | undefined)[], i: number): number {
	for (let k = i + 1; k < lines.length; k++) if (!directives[k] && lines[k]!.text.trim().length > 0) return k;
	return -1;
}

/** Ranges from the directives: each region open until its codes are enabled again, or the text ends. */
function rangesOf(lines: Line[], directives: (Directive | undefined)[]): SilencedRange[] {
	const ranges: SilencedRange[] = [];
	// Open regions: one for every code, and one per code named.
	let all: number | undefined;
	const named = new Map<string, number>();
	const close = (code: string | undefined, at: number) => {
		const start = code === undefined ? all : named.get(code);
		if (start === undefined) return;
		ranges.push({ span: { start, end: at }, codes: code === undefined ? 'all' : [code] });
		if (code === undefined) all = undefined;
		else named.delete(code);
	};
	directives.forEach((directive, i) => {
		if (!directive) return;
		const line = lines[i]!;
		if (directive.kind === 'disable-next-line') {
			const target = nextTextLine(lines, directives, i);
			if (target >= 0)
				ranges.push({ span: { start: lines[target]!.start, end: lines[target]!.end }, codes: directive.codes.length > 0 ? directive.codes : 'all' });
		} else if (directive.kind === 'disable') {
			if (directive.codes.length === 0) all ??= line.end;
			for (const code of directive.codes) if (!named.has(code)) named.set(code, line.end);
		} else if (directive.codes.length === 0) {
			close(undefined, line.start);
			for (const code of [...named.keys()]) close(code, line.start);
		} else for (const code of directive.codes) close(code, line.start);
	});
	const end = lines.at(-1)!.end;
	close(undefined, end);
	for (const code of [...named.keys()]) close(code, end);
	return ranges.sort((a, b) => a.span.start - b.span.start);
}

/** Whether a finding of `code` that starts at `offset` is silenced. */
export function isSilenced(ranges: readonly SilencedRange[], offset: number, code: string): boolean {
	return ranges.some((r) => r.span.start <= offset && offset <= r.span.end && (r.codes === 'all' || r.codes.includes(code)));
}

/** The comment that silences `code` on the line below it, in the document's language. */
export function silenceComment(language: SilencingLanguage, code: string): string {
	return commentHolding(`citecheck-disable-next-line ${code}`, rowOf(language).comment);
}

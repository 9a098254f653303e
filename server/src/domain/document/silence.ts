// Where the writer has silenced findings, as linters let them: a comment that silences the next line
// of text, or a region up to the comment that ends it, for every code or the ones it names; and a
// switch that silences a whole file. Read from the raw text line by line, so offsets are exact.
import { languageRow } from '../../languages';
import { SKIPPED_ENVS } from './latexCommands';
import type { DocumentLanguage, Span } from '../types';

/** A part of the text whose findings are not reported: of the codes named, or of every code. */
export interface SilencedRange {
	span: Span;
	codes: readonly string[] | 'all';
}

type Directive = { kind: 'disable-next-line' | 'disable' | 'enable'; codes: string[] };

interface Line {
	start: number;
	end: number;
	/** Where the next line starts (past the line break). */
	next: number;
	text: string;
}

const DIRECTIVE = /^citecheck-(disable-next-line|disable|enable)(?:\s+([\w\s,-]*))?$/;

/** A directive from the words of a comment, or undefined when they are not one. */
function directiveOf(words: string): Directive | undefined {
	const match = DIRECTIVE.exec(words.trim());
	if (!match) return undefined;
	const codes = (match[2] ?? '').split(/[\s,]+/).filter((c) => c.length > 0);
	return { kind: match[1] as Directive['kind'], codes };
}

function linesOf(text: string): Line[] {
	const lines: Line[] = [];
	let start = 0;
	for (;;) {
		let end = start;
		while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
		const next = text[end] === '\r' && text[end + 1] === '\n' ? end + 2 : Math.min(end + 1, text.length);
		lines.push({ start, end, next, text: text.slice(start, end) });
		if (end >= text.length) return lines;
		start = next;
	}
}

/** A Markdown line that is an HTML comment holding a directive, and nothing else. */
function markdownDirective(line: string): Directive | undefined {
	const match = /^\s*<!--(.*)-->\s*$/.exec(line);
	return match ? directiveOf(match[1]!) : undefined;
}

/** Where the comment of a LaTeX line starts: the first `%` that no backslash escapes (the line's length if none). */
function latexCommentAt(line: string): number {
	for (let i = 0; i < line.length; i++) {
		if (line[i] === '\\') i++;
		else if (line[i] === '%') return i;
	}
	return line.length;
}

function latexComment(line: string): string | undefined {
	const at = latexCommentAt(line);
	return at < line.length ? line.slice(at + 1) : undefined;
}

/** A plain-text line that is a directive alone, bare or after `#` or `//`. */
export function plainTextDirective(line: string): Directive | undefined {
	return directiveOf(line.trim().replace(/^(?:#|\/\/)\s*/, ''));
}

/** Markdown lines with what is code in them (fenced blocks) and the YAML front matter marked. */
function markdownLines(lines: Line[]): { directives: (Directive | undefined)[]; off: boolean } {
	let off = false;
	let from = 0;
	if (/^---\s*$/.test(lines[0]?.text ?? '')) {
		const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
		if (close > 0) {
			off = lines.slice(1, close).some((l) => /^citecheck:\s*false\s*(?:#.*)?$/.test(l.text.trim()));
			from = close + 1;
		}
	}
	let fence: { char: string; length: number } | undefined;
	const directives = lines.map((line, i) => {
		if (i < from) return undefined;
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
		if (fence) {
			if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.text.trim() === marker[1]) fence = undefined;
			return undefined;
		}
		if (marker) {
			fence = { char: marker[1]![0]!, length: marker[1]!.length };
			return undefined;
		}
		return markdownDirective(line.text);
	});
	return { directives, off };
}

/** LaTeX lines' directives, none inside verbatim environments; `off` when the preamble says `% citecheck: false`. */
function latexLines(lines: Line[]): { directives: (Directive | undefined)[]; off: boolean } {
	const begin = lines.findIndex((l) => /\\begin\s*\{document\}/.test(l.text.slice(0, latexCommentAt(l.text))));
	// A file without \begin{document} (a chapter that is \input) is all preamble.
	const preamble = begin < 0 ? lines : lines.slice(0, begin);
	const off = preamble.some((l) => /^\s*citecheck:\s*false\s*$/.test(latexComment(l.text) ?? ''));
	let verbatim: string | undefined;
	const directives = lines.map((line) => {
		if (verbatim) {
			if (line.text.includes(`\\end{${verbatim}}`)) verbatim = undefined;
			return undefined;
		}
		const env = /\\begin\s*\{([^}]+)\}/.exec(line.text.slice(0, latexCommentAt(line.text)))?.[1];
		if (env && SKIPPED_ENVS.has(env) && !line.text.includes(`\\end{${env}}`)) {
			verbatim = env;
			return undefined;
		}
		const comment = latexComment(line.text);
		return comment === undefined ? undefined : directiveOf(comment);
	});
	return { directives, off };
}

/** The ranges of `text` whose findings the writer has silenced, in the order they start. */
export function silencedRanges(text: string, language: DocumentLanguage): SilencedRange[] {
	const lines = linesOf(text);
	const read =
		language === 'markdown'
			? markdownLines(lines)
			: language === 'latex'
				? latexLines(lines)
				: { directives: lines.map((l) => plainTextDirective(l.text)), off: false };
	if (read.off) return [{ span: { start: 0, end: text.length }, codes: 'all' }];
	return rangesOf(lines, read.directives);
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
export function silenceComment(language: DocumentLanguage, code: string): string {
	const directive = `citecheck-disable-next-line ${code}`;
	const comment = languageRow(language).comment;
	return comment ? `${comment.open} ${directive}${comment.close ? ` ${comment.close}` : ''}` : directive;
}

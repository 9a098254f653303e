// The sentence being typed is not judged until it ends or the writer pauses: a half-written
// sentence ("In 2012 Uzbekistan sus") would otherwise be flagged at every keystroke, and the
// finding would flicker from one verdict to another while the writer is still choosing words.
import type { DocumentReport } from '../domain/check/checker';
import type { Span } from '../domain/types';

/** Where an edit that turned `before` into `after` ends in `after` (the caret after typing), or undefined when they are equal. */
export function editEnd(before: string, after: string): number | undefined {
	if (before === after) return undefined;
	let prefix = 0;
	const shorter = Math.min(before.length, after.length);
	while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
	let suffix = 0;
	while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
	return after.length - suffix;
}

// What ends a sentence, with the closing quotes, brackets and citations that may follow it.
const ENDED = /[.!?…]["”’)\]]*\s*$/u;
const TERMINATOR = /[.!?…]["”’)\]]*(?:\s|$)/u;

/**
 * The sentence the caret is in when it has not ended yet: from the end of the sentence before (or
 * the start of the paragraph) to the end of the caret's line. Undefined when the sentence at the
 * caret is finished: the writer is editing a sentence already written (a date, a figure), not
 * writing a new one, and wants its finding at once.
 */
export function unendedSentence(text: string, caret: number): Span | undefined {
	if (caret < 0 || caret > text.length) return undefined;
	const lineEnd = text.indexOf('\n', caret);
	const end = lineEnd < 0 ? text.length : lineEnd;
	const rest = text.slice(caret, end);
	// Something after the caret on its line ends the sentence: it was written before.
	if (TERMINATOR.test(rest)) return undefined;
	const before = text.slice(paragraphStart(text, caret), caret);
	// Just ended with a full stop (and perhaps a space, or a citation after it): judged now.
	if (ENDED.test(withoutTrailingCitations(before))) return undefined;
	let start = paragraphStart(text, caret);
	for (const m of before.matchAll(/[.!?…]["”’)\]]*\s+/gu)) start = paragraphStart(text, caret) + m.index + m[0].length;
	return { start, end };
}

// A citation written after a sentence's full stop: a LaTeX command with its braces, a Markdown footnote marker or Pandoc citation.
const TRAILING_CITATION = /(?:\\[A-Za-z]*(?:cite|footnote)[A-Za-z]*\*?(?:\[[^\]]*\])*\{[^{}]*\}|\[\^[^\]]*\]|\[@[^\]]*\]|\[\d+(?:,[^\]]*)?\])\s*$/u;

function withoutTrailingCitations(text: string): string {
	let rest = text;
	for (let m = TRAILING_CITATION.exec(rest); m; m = TRAILING_CITATION.exec(rest)) rest = rest.slice(0, m.index);
	return rest;
}

/** Where the paragraph holding `offset` starts: after the last blank line before it. */
function paragraphStart(text: string, offset: number): number {
	const blank = text.lastIndexOf('\n\n', Math.max(0, offset - 1));
	return blank < 0 ? 0 : blank + 2;
}

/** The report without the findings and claims that lie in the sentence being typed. */
export function withoutTyped(report: DocumentReport, typing: Span): DocumentReport {
	const outside = (span: Span) => span.end <= typing.start || span.start >= typing.end;
	return { ...report, findings: report.findings.filter((f) => outside(f.span)), claims: report.claims.filter((c) => outside(c.span)) };
}

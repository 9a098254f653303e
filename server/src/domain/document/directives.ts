// The words that silence findings, as a writer puts them in a comment (`citecheck-disable-next-line`,
// `citecheck-disable` … `citecheck-enable`, each with the codes it silences, if any), and where a
// line's comment is by the comment syntax of its language's row in `languages.ts`: so that a new
// language is silenced as its own comments are written, with no code of its own.
import type { DocumentLanguageRow } from '../../languages';

export type Directive = { kind: 'disable-next-line' | 'disable' | 'enable'; codes: string[] };

/** How a language writes a comment (its row's), or undefined for one without comments. */
export type CommentSyntax = DocumentLanguageRow['comment'];

/** A line of text read for directives: the part that is the document's, and the words of its comment if it has one. */
export interface CommentedLine {
	text: string;
	/** The line without its comment. */
	code: string;
	/** The comment's words, without its opener and closer. */
	comment?: string;
}

/** The word every directive begins with, as does the switch that silences a whole file (`citecheck: false`). */
export const DIRECTIVE_WORD = 'citecheck';

const DIRECTIVE = /^citecheck-(disable-next-line|disable|enable)(?:\s+([\w\s,-]*))?$/;

/** A directive from the words of a comment, or undefined when they are not one. */
export function directiveOf(words: string): Directive | undefined {
	const match = DIRECTIVE.exec(words.trim());
	if (!match) return undefined;
	const codes = (match[2] ?? '').split(/[\s,]+/).filter((c) => c.length > 0);
	return { kind: match[1] as Directive['kind'], codes };
}

/** In a language without comments, a line that is a directive alone, bare or after `#` or `//`. */
export function plainTextDirective(line: string): Directive | undefined {
	return directiveOf(line.trim().replace(/^(?:#|\/\/)\s*/, ''));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A line split at its comment. A comment with a closer (`<!-- … -->`) is one only when it is the whole
 * line, as a directive is written; one without (`% …`) runs from its first opener that no backslash
 * escapes (`\%` is a percent sign) to the line's end.
 */
export function splitComment(text: string, syntax: CommentSyntax): CommentedLine {
	if (!syntax) return { text, code: text };
	if (syntax.close !== undefined) {
		const match = new RegExp(`^\\s*${escaped(syntax.open)}(.*)${escaped(syntax.close)}\\s*$`).exec(text);
		return match ? { text, code: '', comment: match[1]! } : { text, code: text };
	}
	for (let i = 0; i < text.length; i++) {
		if (text[i] === '\\') i++;
		else if (text.startsWith(syntax.open, i)) return { text, code: text.slice(0, i), comment: text.slice(i + syntax.open.length) };
	}
	return { text, code: text };
}

/** The comment that holds a directive, in a language's comment syntax (a bare line in one without comments). */
export function commentHolding(directive: string, syntax: CommentSyntax): string {
	return syntax ? `${syntax.open} ${directive}${syntax.close ? ` ${syntax.close}` : ''}` : directive;
}

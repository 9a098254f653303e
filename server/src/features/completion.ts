import { CompletionItemKind, MarkupKind, type CompletionItem, type CompletionList } from 'vscode-languageserver-types';
import type { DocumentReport } from '../domain/check/checker';
import { fullReference } from '../domain/corpus/bibliography';
import type { Checker, RunOptions } from '../domain/index';
import type { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage } from '../domain/types';
import { rowOf, type CitationSyntax, type LanguageOrRow } from '../languages';

/** Where a citation key is being typed: the part of it already written, from `start` to the cursor. */
export interface KeyContext {
	start: number;
	partial: string;
	/** Where the citation begins (its `[` or backslash). */
	opener: number;
}

/** The key being typed at the end of `before`, in one citation syntax: its part written, and where its citation begins. */
type KeyBeingTyped = (before: string) => { partial: string; opener: number } | undefined;

// Inside `[@` or `[see @x; @`: a Pandoc citation whose last key is being typed.
const PANDOC = /\[[^[\]\n]*?-?@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u;
// Inside `\cite{`, `\citep[p. 3]{`, `\parencite[][4]{a, `: the last key of a LaTeX citation command.
const LATEX = /\\[a-zA-Z]*[Cc]ite[a-zA-Z]*\*?(?:\[[^\]\n]*\]){0,2}\{([^{}\n]*)$/;

/** The syntaxes whose citations name keys, so that a key can be completed in them. */
const KEYS_BEING_TYPED: Partial<Record<CitationSyntax, KeyBeingTyped>> = {
	pandoc: (before) => {
		const match = PANDOC.exec(before);
		return match ? { partial: match[1]!, opener: match.index } : undefined;
	},
	'latex-cite': (before) => {
		const match = LATEX.exec(before);
		return match ? { partial: match[1]!.slice(match[1]!.lastIndexOf(',') + 1).trimStart(), opener: match.index } : undefined;
	},
};

/** The citation key being typed at `offset`, if the cursor is inside a citation in one of the syntaxes of the document's language. */
export function keyContextAt(text: string, offset: number, language: LanguageOrRow<'citations'>): KeyContext | undefined {
	const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
	const before = text.slice(Math.max(lineStart, offset - 400), offset);
	for (const syntax of rowOf(language).citations) {
		const typed = KEYS_BEING_TYPED[syntax]?.(before);
		if (typed) return { start: offset - typed.partial.length, partial: typed.partial, opener: offset - before.length + typed.opener };
	}
	return undefined;
}

/**
 * The corpus's keys as completions, the sources that best support the sentence being written
 * first: the checker's evidence for that sentence's claim, then the passages retrieval finds for
 * it, then the other sources by key.
 */
export function citationCompletions(
	text: string,
	offset: number,
	language: DocumentLanguage,
	report: DocumentReport,
	lines: LineIndex,
	checker: Checker,
	options: RunOptions = {},
): CompletionList | null {
	const context = keyContextAt(text, offset, language);
	if (!context) return null;
	const corpus = checker.corpus;
	// The sentence being written: the document's claim around the citation, else (a citation still
	// open can keep the sentence from reading as one) the sentence's text before it, checked alone.
	const claim =
		report.claims.find((c) => c.span.start <= context.opener && context.opener <= c.span.end) ??
		checker.check(sentenceBefore(text, context.opener), 'plaintext', options).claims.at(-1);
	const quotes = new Map<string, string>();
	const ranked: string[] = [];
	const rank = (key: string, quote?: string) => {
		if (!corpus.source(key) || quotes.has(key)) return;
		quotes.set(key, quote ?? '');
		ranked.push(key);
	};
	// The checker's passages for the claim: the support it found, or the passage that tells it otherwise
	// (not the closest passage of a claim no source makes).
	for (const evidence of claim && claim.verdict !== 'unsupported' ? claim.evidence : []) rank(evidence.key, evidence.quote);
	const judged = ranked.length;
	const sentence = claim?.text ?? '';
	if (sentence.trim()) for (const passage of checker.search(sentence, 24)) rank(passage.key, passage.text);
	const supported = ranked.length;
	for (const key of [...corpus.sources.keys()].sort((a, b) => a.localeCompare(b))) rank(key);
	const range = { start: lines.positionAt(context.start), end: lines.positionAt(offset) };
	const items = ranked.map((key, index): CompletionItem => {
		const meta = corpus.source(key)!.meta;
		const quote = quotes.get(key);
		return {
			label: key,
			kind: CompletionItemKind.Reference,
			labelDetails: { detail: ` ${corpus.sourceLabel(key)}`, description: meta.title },
			detail: fullReference(meta),
			...(quote
				? {
						documentation: {
							kind: MarkupKind.Markdown,
							value: `${index < judged ? (claim?.verdict === 'supported' ? 'Supports this sentence' : 'Tells of this') : 'Closest passage'}:\n\n> ${quote}`,
						},
					}
				: {}),
			sortText: String(index).padStart(5, '0'),
			filterText: key,
			textEdit: { range, newText: key },
			...(index === 0 && supported > 0 ? { preselect: true } : {}),
		};
	});
	return { isIncomplete: false, items };
}

/** The text of the sentence that ends where a citation begins, within its paragraph. */
function sentenceBefore(text: string, end: number): string {
	const paragraph =
		text
			.slice(0, end)
			.split(/\n[ \t]*\n/)
			.at(-1) ?? '';
	const pieces = paragraph.split(/(?<=[.!?]["'’”)\]]*)\s+(?=\S)/);
	const sentence = (pieces.at(-1) ?? '').replace(/^#+\s+/, '').trim();
	// The sentence's end is still to be written; a full stop makes it one.
	return sentence && !/[.!?]["'’”)\]]*$/.test(sentence) ? `${sentence}.` : sentence;
}

// Plain data shared by the domain layer. Nothing here knows about the protocol or the file system.

/** A half-open range of UTF-16 code unit offsets into a text: [start, end). */
export interface Span {
	start: number;
	end: number;
}

export type { DocumentLanguage } from '../languages';

/** How a citation is written in the document. */
export type CitationKind = 'pandoc' | 'latex' | 'footnote' | 'author-date';

/** A citation written in the document, attached to the prose block it sits in. */
export interface Citation {
	kind: CitationKind;
	/** The citation's own text in the document, e.g. `[@weitz2014, p. 146]`, `\cite[146]{weitz2014}`, `[^3]`. */
	span: Span;
	/** Cited keys as written (pandoc, LaTeX, or keys found inside a footnote's text). */
	keys: string[];
	/** For an author–date citation, each source's name and year as written ("Ramani 2017"): the checker finds their keys. */
	names?: string[];
	/** A pinpoint locator such as "146" or "146-147", when one is given. */
	locator?: string;
	/** The text of the footnote (Markdown footnote definition or LaTeX \footnote{}), for footnote citations. */
	note?: string;
	/** The footnote's label (`3` for `[^3]`), for Markdown footnotes. */
	label?: string;
	/** Index into the owning block's `text` where the citation is anchored; the sentence containing it owns it. */
	anchor: number;
}

/**
 * Prose extracted from a document: markup removed, each character mapped back to the document.
 * `starts[i]` and `ends[i]` are the document offsets of the source of `text[i]` (an escape such as
 * `\%` maps one character to two; a space standing for a line break maps to that break).
 */
export interface ProseBlock {
	kind: 'paragraph' | 'heading' | 'item' | 'quote' | 'cell' | 'caption';
	text: string;
	starts: Int32Array;
	ends: Int32Array;
	citations: Citation[];
}

/** A sentence of a prose block. */
export interface Sentence {
	block: number;
	/** [start, end) into the block's text, trimmed. */
	textStart: number;
	textEnd: number;
	text: string;
	/** The sentence in the document, including citations that follow it before the next sentence. */
	span: Span;
	citations: Citation[];
	heading: boolean;
}

export type Granularity = 'decade' | 'year' | 'month' | 'day';

/** One point in time as precise as the text gives it. A missing year means the text gave none. */
export interface DatePoint {
	year?: number;
	month?: number;
	day?: number;
	granularity: Granularity;
}

/** A date, a range of dates, or a period ("mid-2012", "the early 2000s") found in a text. */
export interface DateMention {
	/** [start, end) into the text searched. */
	span: Span;
	text: string;
	start: DatePoint;
	/** The end of a range ("2006-2012", "April 4-5", "from 2006 to 2012"); the same as start otherwise. */
	end: DatePoint;
	/** A word before the date that makes it a bound or a part of a period. */
	qualifier?: 'before' | 'after' | 'since' | 'until' | 'by' | 'early' | 'mid' | 'late';
	/** The year came from a default (the source's publication year), not from the text. */
	inferredYear?: boolean;
	/** Counted from another date of the text ("three years later", "that September"): checked, never rewritten. */
	relative?: boolean;
}

/** `factor`: "double", "threefold"; `parties`: "bilateral", "trilateral"; `frequency`: "twice a year". */
export type NumberUnit = 'percent' | 'currency' | 'ordinal' | 'count' | 'factor' | 'parties' | 'frequency';

/** A figure found in a text: "20,000-strong", "12.6 percent", "$7.6 billion", "65th", "six", "tripled", "quadrilateral". */
export interface NumberMention {
	span: Span;
	text: string;
	/** The value with its scale applied: "$7.6 billion" is 7.6e9. */
	value: number;
	unit: NumberUnit;
	/** Currency sign or code for currency figures ("$", "USD", "€"). */
	currency?: string;
	/** A scale word as written ("billion", "million"), kept for formatting a fix. */
	scale?: string;
	/** Written as a fraction in words ("two-fifths"): its denominator, for writing a fix the same way. */
	fraction?: number;
	/** Written as a bound ("more than 33,000", "nearly 600"): what values it allows. */
	bound?: 'over' | 'under' | 'just-under' | 'just-over';
}

export type Verdict = 'supported' | 'wrong-date' | 'wrong-number' | 'unsupported' | 'contradicted' | 'citation-mismatch';

export type FindingCode = 'wrong-date' | 'wrong-number' | 'contradicted' | 'citation-mismatch' | 'unsupported' | 'unknown-source' | 'missing-citation';

/** A replacement of a span of the document. */
export interface TextEdit {
	span: Span;
	newText: string;
}

export interface Fix {
	title: string;
	edits: TextEdit[];
	preferred?: boolean;
}

/** A passage of a source that bears on a claim. */
export interface Evidence {
	key: string;
	page?: string;
	/** The source's own sentence(s), cleaned of line breaks and hyphenation. */
	quote: string;
	/** Where the quote is in the source file. */
	location: Span;
	score: number;
}

/** What the checker reports about one span of a document. */
export interface Finding {
	span: Span;
	code: FindingCode;
	message: string;
	evidence: Evidence[];
	fixes: Fix[];
}

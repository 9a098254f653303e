// The requests CiteCheck's language server answers beyond the Language Server Protocol, and the
// command it executes: their method names, parameters and results. The one contract between the
// server and the extension: the server's handlers and the client's request types both come from here,
// and the client reaches into the server's sources for nothing else.

export type { ClaimSummary, TotalSummary } from './domain/check/summary';
export { totalOf } from './domain/check/summary';
import type { ClaimSummary } from './domain/check/summary';
export type { AcceptedEntry } from './domain/check/accepted';
export { ACCEPTED_FILE, formatAccepted, parseAccepted, withEntry, withoutEntry } from './domain/check/accepted';
import type { AcceptedEntry } from './domain/check/accepted';

export interface Position {
	line: number;
	character: number;
}

export const STATUS = 'citecheck/status';
export interface StatusParams {
	uri: string;
}
/** Counts of the document's claims: all, those a source supports, those flagged, supported ones that cite nothing. */
export interface StatusResult {
	claims: number;
	supported: number;
	flagged: number;
	uncited: number;
}

export const SEARCH_SOURCES = 'citecheck/searchSources';
export interface SearchSourcesParams {
	query: string;
	limit?: number;
	/** The document searched for, whose settings name the corpus (the shipped one without it). */
	uri?: string;
}
export interface SourcePassage {
	key: string;
	/** "Weitz 2014, p. 146" */
	label: string;
	page?: string;
	quote: string;
}

export const SOURCE_TEXT = 'citecheck/sourceText';
export interface SourceTextParams {
	key: string;
	/** The document the source is opened from, whose settings name the corpus (the shipped one without it). */
	uri?: string;
}
export interface SourceTextResult {
	key: string;
	reference: string;
	/** The cleaned source as Markdown, one paragraph per line-block. */
	text: string;
}

export const CITATION_EDIT = 'citecheck/citationEdit';
export interface CitationEditParams {
	uri: string;
	position: Position;
	key: string;
	page?: string;
}

export const CHECK_FILES = 'citecheck/checkFiles';
export interface CheckFilesParams {
	uris: string[];
}
export interface CheckFilesResult {
	checked: number;
	/** The files checked (open ones as they are in the editor), with their summaries. */
	files: { uri: string; summary: ClaimSummary }[];
}

export const SOURCE_USAGE = 'citecheck/sourceUsage';
export interface SourceUsageParams {
	/** The document whose settings name the corpus (the shipped one without it). */
	uri?: string;
}
/** A source of the corpus and how often the workspace cites it. */
export interface SourceUsage {
	key: string;
	/** "Weitz 2014" */
	label: string;
	title: string;
	reference: string;
	/** The source file, when it has one. */
	uri?: string;
	/** Sentences that cite it, in open documents and the workspace's files. */
	citations: number;
	/** Documents that cite it. */
	documents: number;
}

/** Executed by the server (workspace/executeCommand) with the document URI string; it applies the edit itself. */
export const CITE_ALL_SERVER_COMMAND = 'citecheck.citeAll';

/**
 * A workspace folder's accepted findings, as the extension read them from its `.citecheck/accepted.json`:
 * sent with every change, and at start as `initializationOptions.accepted` (a list of these).
 */
export const ACCEPTED_CHANGED = 'citecheck/acceptedChanged';
export interface AcceptedFolder {
	/** The workspace folder's URI. */
	folder: string;
	entries: AcceptedEntry[];
}

/** The extension's command that "Mark as checked" runs, with the document's URI string and the `AcceptedEntry` to record. */
export const MARK_CHECKED_COMMAND = 'citecheck.markChecked';

/** The arguments of `citecheck.openSource`, as hover links from the server pass them. */
export interface OpenSourceArgs {
	key: string;
	quote?: string;
}

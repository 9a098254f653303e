// The requests CiteCheck's language server answers beyond the Language Server Protocol, and the
// one command it executes. The server side lives in server/src/features; both sides agree on the
// method names and shapes below.

import { ExecuteCommandRequest, RequestType, type WorkspaceEdit } from 'vscode-languageclient/node';
// The summary's shape is the server's own, not a copy that could drift from it.
import type { ClaimSummary } from '../../server/src/domain/check/summary';

export interface Position {
	line: number;
	character: number;
}

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
export const StatusRequest = new RequestType<StatusParams, StatusResult | null, void>('citecheck/status');

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
export const SearchSourcesRequest = new RequestType<SearchSourcesParams, SourcePassage[] | null, void>('citecheck/searchSources');

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
export const SourceTextRequest = new RequestType<SourceTextParams, SourceTextResult | null, void>('citecheck/sourceText');

export interface CitationEditParams {
	uri: string;
	position: Position;
	key: string;
	page?: string;
}
export const CitationEditRequest = new RequestType<CitationEditParams, WorkspaceEdit | null, void>('citecheck/citationEdit');

export interface CheckFilesParams {
	uris: string[];
}
export interface CheckFilesResult {
	checked: number;
	/** The files checked (open ones as they are in the editor), with their summaries. */
	files: { uri: string; summary: ClaimSummary }[];
}
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult | null, void>('citecheck/checkFiles');

/** Executed by the server (workspace/executeCommand) with the document URI string; it applies the edit itself. */
export const CITE_ALL_SERVER_COMMAND = 'citecheck.citeAll';
export { ExecuteCommandRequest };

/** The arguments of `citecheck.openSource`, as hover links from the server pass them. */
export interface OpenSourceArgs {
	key: string;
	quote?: string;
}

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
	documents: number;
}
export const SourceUsageRequest = new RequestType<SourceUsageParams, SourceUsage[] | null, void>('citecheck/sourceUsage');

// The requests CiteCheck's language server answers beyond the Language Server Protocol, as the
// client sends them: request types made from the method names and shapes of the server's protocol
// module, the one contract both sides are built from.

import { ExecuteCommandRequest, NotificationType, RequestType, type WorkspaceEdit } from 'vscode-languageclient/node';
import {
	ACCEPTED_CHANGED,
	type AcceptedFolder,
	CHECK_FILES,
	CITATION_EDIT,
	SEARCH_SOURCES,
	SOURCE_TEXT,
	SOURCE_USAGE,
	STATUS,
	type CheckFilesParams,
	type CheckFilesResult,
	type CitationEditParams,
	type SearchSourcesParams,
	type SourcePassage,
	type SourceTextParams,
	type SourceTextResult,
	type SourceUsage,
	type SourceUsageParams,
	type StatusParams,
	type StatusResult,
} from '../../server/src/protocol';

export type * from '../../server/src/protocol';
export {
	ACCEPTED_FILE,
	CITE_ALL_SERVER_COMMAND,
	formatAccepted,
	MARK_CHECKED_COMMAND,
	parseAccepted,
	withEntry,
	withoutEntry,
} from '../../server/src/protocol';
export { ExecuteCommandRequest };

export const StatusRequest = new RequestType<StatusParams, StatusResult | null, void>(STATUS);
export const SearchSourcesRequest = new RequestType<SearchSourcesParams, SourcePassage[] | null, void>(SEARCH_SOURCES);
export const SourceTextRequest = new RequestType<SourceTextParams, SourceTextResult | null, void>(SOURCE_TEXT);
export const CitationEditRequest = new RequestType<CitationEditParams, WorkspaceEdit | null, void>(CITATION_EDIT);
export const CheckFilesRequest = new RequestType<CheckFilesParams, CheckFilesResult | null, void>(CHECK_FILES);
export const AcceptedChangedNotification = new NotificationType<AcceptedFolder>(ACCEPTED_CHANGED);
export const SourceUsageRequest = new RequestType<SourceUsageParams, SourceUsage[] | null, void>(SOURCE_USAGE);

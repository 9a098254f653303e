// VS Code's WorkspaceEdit carries no document versions: an edit the server computed for one
// version of a document, turned into one, would be applied to whatever the document has become
// meanwhile. So the versions are checked before the conversion.
import type { TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-types';

/** Whether each document the edit changes is still at the version the edit was computed for. */
export function editFitsVersions(edit: WorkspaceEdit, versionOf: (uri: string) => number | undefined): boolean {
	for (const change of edit.documentChanges ?? []) {
		if (!('edits' in change)) continue;
		const { uri, version } = (change as TextDocumentEdit).textDocument;
		if (version !== null && versionOf(uri) !== version) return false;
	}
	return true;
}

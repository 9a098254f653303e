// Which documents are the writer's, and so checked: files and untitled buffers (not output
// channels, settings, or CiteCheck's own source, report and explanation views, which have schemes
// of their own), and none under the extension's install folder (its README, its corpus), which a
// link may open in an editor.

import type { TextDocument, TextDocumentChangeEvent, Uri } from 'vscode';
import type { TextDocumentSynchronizationMiddleware } from 'vscode-languageclient/node';

/** Documents of these schemes are sent to the server. */
export const SCHEMES = ['file', 'untitled'] as const;

/** Folder URIs (ending in `/`) whose documents are never checked; set when the extension starts. */
let excluded: readonly string[] = [];

const asFolder = (uri: string) => (uri.endsWith('/') ? uri : `${uri}/`);

/** Documents under these folders (URIs) are not checked from now on. */
export function excludeFolders(folders: readonly string[]): void {
	excluded = folders.map(asFolder);
}

/** Whether a document of this URI is the writer's: a file or untitled buffer outside the excluded folders. */
export function isWritersDocument(uri: Pick<Uri, 'scheme' | 'toString'>, folders: readonly string[] = excluded): boolean {
	if (!(SCHEMES as readonly string[]).includes(uri.scheme)) return false;
	const text = uri.toString();
	return !folders.some((folder) => text.startsWith(asFolder(folder)));
}

/**
 * The document selector matches by language and scheme only: these keep the documents of the
 * excluded folders from the server altogether (it is told of them too, and would not check them).
 */
export const scopeMiddleware: TextDocumentSynchronizationMiddleware = {
	didOpen: (document: TextDocument, next) => (isWritersDocument(document.uri) ? next(document) : Promise.resolve()),
	didChange: (event: TextDocumentChangeEvent, next) => (isWritersDocument(event.document.uri) ? next(event) : Promise.resolve()),
	didSave: (document: TextDocument, next) => (isWritersDocument(document.uri) ? next(document) : Promise.resolve()),
	didClose: (document: TextDocument, next) => (isWritersDocument(document.uri) ? next(document) : Promise.resolve()),
};

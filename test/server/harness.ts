import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, Diagnostic, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { nodeDeps } from '../../server/src/wiring/nodeDeps';
import { startServer, type ServerDeps } from '../../server/src/wiring/server';

export interface Client {
	connection: MessageConnection;
	/** Diagnostics the server pushed, by URI (latest). */
	pushed: Map<string, Diagnostic[]>;
	/** The document version each latest push was for, by URI. */
	pushedVersions: Map<string, number | undefined>;
	/** `window/showMessage` notifications, in order. */
	messages: { type: number; message: string }[];
	/** Settings the client answers `workspace/configuration` with. */
	settings: Record<string, unknown>;
	/** Edits the server asked the client to apply. */
	applied: WorkspaceEdit[];
	/** How often the server asked the client to pull diagnostics again (`workspace/diagnostic/refresh`). */
	refreshes: number;
	/** What the server answered to `initialize`. */
	initialized?: InitializeResult;
	close(): void;
}

export const PULL: ClientCapabilities = {
	textDocument: { diagnostic: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true } },
	workspace: { configuration: true, diagnostics: { refreshSupport: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
};

export const PUSH: ClientCapabilities = {
	textDocument: { publishDiagnostics: { relatedInformation: true } },
	workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
};

/** Starts the real server in this process, connected to a client end over a pair of streams. */
export async function startClient(
	capabilities: ClientCapabilities,
	settings: Record<string, unknown> = {},
	depsOrFolders: Partial<ServerDeps> | string[] = {},
	folders: string[] = [],
	initializationOptions?: unknown,
): Promise<Client> {
	const deps = Array.isArray(depsOrFolders) ? {} : depsOrFolders;
	const workspaceFolders = Array.isArray(depsOrFolders) ? depsOrFolders : folders;
	const up = new PassThrough();
	const down = new PassThrough();
	const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
	// The server as the editor runs it, with the same files, paths and watches.
	startServer(serverConnection, {
		...nodeDeps(),
		docsUri: 'https://example.invalid/README.md',
		...deps,
	});
	const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
	const client: Client = {
		connection,
		pushed: new Map(),
		pushedVersions: new Map(),
		messages: [],
		settings,
		applied: [],
		refreshes: 0,
		// Shut down as an editor does, so that the server stops watching the corpus, then hang up.
		close: () => {
			const hangUp = () => {
				connection.dispose();
				serverConnection.dispose();
			};
			connection.sendRequest('shutdown').then(hangUp, hangUp);
		},
	};
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		client.pushed.set(params.uri, params.diagnostics);
		client.pushedVersions.set(params.uri, params.version);
	});
	connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => client.settings));
	connection.onRequest('workspace/diagnostic/refresh', () => {
		client.refreshes++;
		return null;
	});
	connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
		client.applied.push(params.edit);
		return { applied: true };
	});
	connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
		client.messages.push(params);
	});
	connection.onRequest('window/showMessageRequest', (params: { type: number; message: string }) => (client.messages.push(params), null));
	connection.onNotification('window/logMessage', () => undefined);
	connection.listen();
	client.initialized = (await connection.sendRequest('initialize', {
		processId: null,
		rootUri: null,
		capabilities,
		...(initializationOptions !== undefined ? { initializationOptions } : {}),
		workspaceFolders: workspaceFolders.length > 0 ? workspaceFolders.map((f) => ({ uri: pathToFileURL(f).toString(), name: f })) : null,
	})) as InitializeResult;
	await connection.sendNotification('initialized', {});
	return client;
}

export async function openDocument(client: Client, uri: string, languageId: string, text: string, version = 1): Promise<void> {
	await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
}

export async function pullDiagnostics(client: Client, uri: string): Promise<Diagnostic[]> {
	const report = (await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } })) as { items: Diagnostic[] };
	return report.items;
}

/** The edits of a workspace edit for one document, applied to its text, checking the version they were made for. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string, version: number): string {
	const edits: TextEdit[] = [];
	for (const change of edit.documentChanges ?? []) {
		if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
		if (change.textDocument.version !== null && change.textDocument.version !== version)
			throw new Error(`edit for version ${change.textDocument.version}, document is at ${version}`);
		edits.push(...(change.edits as TextEdit[]));
	}
	for (const [changeUri, changes] of Object.entries(edit.changes ?? {})) if (changeUri === uri) edits.push(...changes);
	return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), edits);
}

/** Waits until `probe` returns something, or fails after `ms`. */
export async function until<T>(probe: () => T | undefined | Promise<T | undefined>, ms = 10_000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = await probe();
		if (value !== undefined) return value;
		if (Date.now() - started > ms) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
}

const temps: string[] = [];

/** A fresh temporary folder, removed by `cleanUp`. */
export function tempFolder(prefix = 'citecheck-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	temps.push(dir);
	return dir;
}

/** Closes a test's client and removes the temporary folders it made. */
export function cleanUp(client: Client | undefined): void {
	client?.close();
	for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
}

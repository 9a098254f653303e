import { mkdtempSync, rmSync, watch } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { startServer } from '../../server/src/wiring/server';
import { listDocuments } from '../../server/src/wiring/workspaceFiles';

export interface Client {
	connection: MessageConnection;
	/** Diagnostics the server pushed, by URI (latest). */
	pushed: Map<string, Diagnostic[]>;
	/** Settings the client answers `workspace/configuration` with. */
	settings: Record<string, unknown>;
	/** Edits the server asked the client to apply. */
	applied: WorkspaceEdit[];
	/** Messages the server showed the user. */
	messages: string[];
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
export async function startClient(capabilities: ClientCapabilities, settings: Record<string, unknown> = {}, workspaceFolders: string[] = []): Promise<Client> {
	const up = new PassThrough();
	const down = new PassThrough();
	const serverConnection = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
	const uriToPath = (uri: string) => (uri.startsWith('file:') ? fileURLToPath(uri) : undefined);
	startServer(serverConnection, {
		loadCorpus,
		readFile: (path) => readFile(path, 'utf8'),
		uriToPath,
		pathToUri: (path) => pathToFileURL(path).toString(),
		listDocuments,
		resolveCorpusPath: (setting, base) => (isAbsolute(setting) ? setting : resolve(base ?? '.', setting)),
		watch: (dir, onChange) => watch(dir, { recursive: true }, onChange),
		docsUri: 'https://example.invalid/README.md',
	});
	const connection = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
	const client: Client = {
		connection,
		pushed: new Map(),
		settings,
		applied: [],
		messages: [],
		close: () => {
			connection.dispose();
			serverConnection.dispose();
		},
	};
	connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
		client.pushed.set(params.uri, params.diagnostics);
	});
	connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => client.settings));
	connection.onRequest('workspace/diagnostic/refresh', () => null);
	connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => {
		client.applied.push(params.edit);
		return { applied: true };
	});
	connection.onNotification('window/showMessage', (params: { message: string }) => client.messages.push(params.message));
	connection.onRequest('window/showMessageRequest', (params: { message: string }) => (client.messages.push(params.message), null));
	connection.onNotification('window/logMessage', () => undefined);
	connection.listen();
	await connection.sendRequest('initialize', { processId: null, rootUri: null, capabilities, workspaceFolders: workspaceFolders.length > 0 ? workspaceFolders.map((f) => ({ uri: pathToFileURL(f).toString(), name: f })) : null });
	await connection.sendNotification('initialized', {});
	return client;
}

/** The edits of a workspace edit for one document, applied to its text, checking the version they were made for. */
export function applyWorkspaceEdit(text: string, edit: WorkspaceEdit, uri: string, version: number): string {
	const edits: TextEdit[] = [];
	for (const change of edit.documentChanges ?? []) {
		if (!('textDocument' in change) || change.textDocument.uri !== uri) continue;
		if (change.textDocument.version !== null && change.textDocument.version !== version) throw new Error(`edit for version ${change.textDocument.version}, document is at ${version}`);
		edits.push(...(change.edits as TextEdit[]));
	}
	for (const [changeUri, changes] of Object.entries(edit.changes ?? {})) if (changeUri === uri) edits.push(...changes);
	return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', version, text), edits);
}

/** Waits until `probe` returns something, or fails after `ms`. */
export async function until<T>(probe: () => T | undefined, ms = 10_000): Promise<T> {
	const started = Date.now();
	for (;;) {
		const value = probe();
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

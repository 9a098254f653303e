// The language server: what it offers the client, and which module answers each message. The
// workspace's folders, settings and texts are kept by workspace.ts and the corpora by corpusHost.ts;
// documents are checked by documentChecks.ts, when checkScheduler.ts says, which also shows the
// findings; requests.ts answers the other requests with the features' help.
import { CodeActionKind, TextDocuments, TextDocumentSyncKind, type Connection, type InitializeResult, type ServerCapabilities } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Corpus } from '../domain/corpus/corpus';
import type { Retriever } from '../domain/index';
import { FIX_ALL_KIND } from '../features/codeActions';
import { ACCEPTED_CHANGED, CHECK_FILES, CITATION_EDIT, CITE_ALL_SERVER_COMMAND, SEARCH_SOURCES, SOURCE_TEXT, SOURCE_USAGE, STATUS } from '../protocol';
import { CheckScheduler } from './checkScheduler';
import { CorpusHost } from './corpusHost';
import { DocumentChecks } from './documentChecks';
import type { LoadOptions } from './loadCorpus';
import { quietly } from './messages';
import { Requests } from './requests';
import { Workspace } from './workspace';

/** What the server needs from its host: files, the corpus, and how paths and URIs map. */
export interface ServerDeps {
	/** Reads corpus folders, merged in order (none: the shipped corpus; `''` names it among others); `options` let it reuse a previous build, report progress and pause. */
	loadCorpus(dirs?: string[], options?: LoadOptions): Promise<Corpus>;
	readFile(path: string): Promise<string>;
	uriToPath(uri: string): string | undefined;
	pathToUri(path: string): string;
	/** Resolves a corpus path from the settings against a folder (the document's workspace folder, or its own). */
	resolveCorpusPath(setting: string, base: string | undefined): string;
	/** The documents (Markdown, LaTeX, plain text) under a workspace folder, for finding references. */
	listDocuments?(dir: string): Promise<string[]>;
	/** Calls back when something in the folder changes; returns how to stop. */
	watch?(dir: string, onChange: () => void): { close(): void };
	/** Where a corpus's passages are found, when not in its own index (a search server holding it); undefined: its own. */
	retriever?(corpus: Corpus): Retriever | undefined;
	/** The README, for links that explain each diagnostic code. */
	docsUri?: string;
}

/** What the server offers; diagnostics are pulled by a client that can pull them (`pull`), else pushed. */
function capabilities(pull: boolean): ServerCapabilities {
	return {
		// Saves are asked for in so many words: a client that reads the protocol to the letter sends
		// them only then, and checking on save needs them.
		textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
		hoverProvider: true,
		completionProvider: { triggerCharacters: ['@', '{', ','] },
		definitionProvider: true,
		referencesProvider: true,
		codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
		executeCommandProvider: { commands: [CITE_ALL_SERVER_COMMAND] },
		...(pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
	};
}

/** Runs the CiteCheck language server on a connection; everything it touches comes in `deps`. */
export function startServer(connection: Connection, deps: ServerDeps): void {
	const documents = new TextDocuments(TextDocument);
	const workspace = new Workspace(connection, documents, deps);
	// Its type written out: the corpora call back the scheduler, made after them, once a corpus is read again.
	const corpora: CorpusHost = new CorpusHost(connection, deps, workspace, () => scheduler.recheckAll());
	const checks = new DocumentChecks(documents, workspace, corpora);
	const scheduler = new CheckScheduler(connection, documents, checks, corpora, deps);
	const requests = new Requests(connection, documents, workspace, corpora, checks, scheduler);

	connection.onInitialize((params): InitializeResult => {
		workspace.initialize(params);
		corpora.initialize(params);
		return { capabilities: capabilities(scheduler.initialize(params.capabilities)), serverInfo: { name: 'citecheck' } };
	});

	connection.onDidChangeConfiguration(() => {
		workspace.settingsChanged();
		quietly(connection, scheduler.recheckAll());
	});
	connection.onNotification(ACCEPTED_CHANGED, (params: unknown) => {
		workspace.accepted.set(params);
		quietly(connection, scheduler.recheckAll());
	});

	documents.onDidOpen((event) => scheduler.didOpen(event.document));
	documents.onDidChangeContent((event) => scheduler.didChange(event.document));
	documents.onDidSave((event) => scheduler.didSave(event.document));
	documents.onDidClose((event) => {
		workspace.closed(event.document.uri);
		scheduler.didClose(event.document.uri);
	});
	connection.languages.diagnostics.on((params, token) => scheduler.diagnostics(params, token));

	connection.onHover((params) => requests.hover(params));
	connection.onCompletion((params) => requests.completion(params));
	connection.onDefinition((params) => requests.definition(params));
	connection.onReferences((params) => requests.references(params));
	connection.onCodeAction((params) => requests.codeActions(params));
	connection.onExecuteCommand((params) => requests.executeCommand(params));
	connection.onRequest(STATUS, (params) => requests.status(params));
	connection.onRequest(SOURCE_USAGE, (params) => requests.sourceUsage(params));
	connection.onRequest(SEARCH_SOURCES, (params) => requests.searchSources(params));
	connection.onRequest(SOURCE_TEXT, (params) => requests.sourceText(params));
	connection.onRequest(CITATION_EDIT, (params) => requests.citationEdit(params));
	connection.onRequest(CHECK_FILES, (params, token) => requests.checkFiles(params, token));

	connection.onShutdown(() => {
		corpora.dispose();
		scheduler.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

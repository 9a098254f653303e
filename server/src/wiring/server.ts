import {
	CodeActionKind,
	ResponseError,
	TextDocuments,
	TextDocumentSyncKind,
	type Connection,
	type InitializeResult,
	type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { summaryOf, type ClaimSummary } from '../domain/check/summary';
import { citationEdits, detectStyle } from '../domain/cite/insert';
import type { Corpus } from '../domain/corpus/corpus';
import { LineIndex } from '../domain/text/positions';
import { citeAllEdits, codeActions, FIX_ALL_KIND, workspaceEdit, type EditedDocument } from '../features/codeActions';
import { citationCompletions } from '../features/completion';
import { hoverAt } from '../features/hover';
import { citedKeyAt, citingSentences, definitionAt, referencesIn } from '../features/navigation';
import { searchSources, sourceText, sourceUsage } from '../features/library';
import {
	CHECK_FILES,
	CITATION_EDIT,
	CITE_ALL_SERVER_COMMAND,
	SEARCH_SOURCES,
	SOURCE_TEXT,
	SOURCE_USAGE,
	STATUS,
	type CheckFilesParams,
	type CheckFilesResult,
	type CitationEditParams,
	type SearchSourcesParams,
	type SourceTextParams,
	type SourceUsageParams,
	type StatusParams,
	type StatusResult,
} from '../protocol';
import type { LoadOptions } from './loadCorpus';
import { CheckScheduler } from './checkScheduler';
import { CorpusHost } from './corpusHost';
import { DocumentChecks, type Checked } from './documentChecks';
import { quietly } from './messages';
import { languageOf, Workspace } from './workspace';
import { withoutTyped } from '../features/typing';

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
	/** The README, for links that explain each diagnostic code. */
	docsUri?: string;
}

/** Runs the CiteCheck language server on a connection; everything it touches comes in `deps`. */
export function startServer(connection: Connection, deps: ServerDeps): void {
	const documents = new TextDocuments(TextDocument);
	const workspace = new Workspace(connection, documents, deps);
	const corpora: CorpusHost = new CorpusHost(connection, deps, workspace, () => scheduler.recheckAll());
	const checks = new DocumentChecks(documents, workspace, corpora);
	const scheduler = new CheckScheduler(connection, documents, checks, corpora, deps);

	connection.onInitialize((params): InitializeResult => {
		const pull = scheduler.initialize(params.capabilities);
		workspace.initialize(params);
		corpora.initialize(params.capabilities);
		return {
			capabilities: {
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
			},
			serverInfo: { name: 'citecheck' },
		};
	});

	connection.onDidChangeConfiguration(() => {
		workspace.settingsChanged();
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

	/** The text a check was made on, with its version: an edit computed on it is refused by a client whose text has moved on. */
	function edited(document: TextDocument, result: Checked): EditedDocument {
		return { uri: document.uri, version: result.version, text: result.text, language: result.language };
	}

	connection.onHover(async (params) => {
		const found = await checks.current(params.textDocument.uri);
		if (!found) return null;
		const { result } = found;
		const offset = result.lines.offsetAt(params.position);
		return hoverAt(offset, result.report, result.lines, result.corpus, corpora.sourcesOf(result.corpus));
	});

	connection.onCompletion(async (params) => {
		const found = await checks.current(params.textDocument.uri);
		if (!found) return null;
		const { document, result } = found;
		// When checks wait for a save, the report may be of an older text; positions are of this one.
		const text = document.getText();
		const lines = result.version === document.version ? result.lines : new LineIndex(text);
		return citationCompletions(
			text,
			lines.offsetAt(params.position),
			languageOf(document.languageId),
			result.report,
			lines,
			result.corpus,
			checks.judgementsOf(result.corpus),
		);
	});

	connection.onDefinition(async (params) => {
		const found = await checks.current(params.textDocument.uri);
		if (!found) return null;
		const { document, result } = found;
		if (result.version !== document.version) return null;
		return definitionAt(
			document.getText(),
			result.lines.offsetAt(params.position),
			languageOf(document.languageId),
			result.report,
			result.corpus,
			corpora.sourcesOf(result.corpus),
		);
	});

	connection.onReferences(async (params) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		const corpus = await corpora.corpusOf(await workspace.settingsFor(document.uri), document.uri);
		if (!corpus) return [];
		const text = document.getText();
		const language = languageOf(document.languageId);
		const cited = citedKeyAt(text, document.offsetAt(params.position), citingSentences(text, language, corpus));
		if (!cited) return [];
		const locations: Location[] = [];
		for await (const d of workspace.texts((saved) => saved.includes(cited.key)))
			locations.push(...referencesIn(d.uri, d.text, d.language, cited.key, corpus, new LineIndex(d.text)));
		return locations;
	});

	/** The corpus's sources with how many sentences of the workspace cite each, and in how many documents. */
	connection.onRequest(SOURCE_USAGE, async (params: SourceUsageParams) => {
		const corpus = await corpora.corpusForRequest(params.uri);
		return sourceUsage(corpus, workspace.texts(), corpora.sourcesOf(corpus));
	});

	connection.onCodeAction(async (params) => {
		const found = await checks.current(params.textDocument.uri);
		if (!found) return [];
		const { document, result } = found;
		// No fix for a sentence whose findings are held back while it is typed.
		const held = scheduler.heldBack(result, document.uri);
		const report = held ? withoutTyped(result.report, held) : result.report;
		return codeActions(
			edited(document, result),
			params.range,
			params.context.only,
			params.context.diagnostics,
			report,
			result.lines,
			result.corpus,
			result.settings,
		);
	});

	connection.onExecuteCommand(async (params) => {
		if (params.command !== CITE_ALL_SERVER_COMMAND) return;
		const uri = params.arguments?.[0];
		if (typeof uri !== 'string') return;
		const found = await checks.current(uri);
		if (!found) return;
		const { document, result } = found;
		const doc = edited(document, result);
		const edits = citeAllEdits(doc, result.report, result.corpus, detectStyle(doc.text, doc.language, result.settings.citationStyle));
		if (edits.length > 0) await connection.workspace.applyEdit({ label: 'Cite all supported claims', edit: workspaceEdit(doc, edits, result.lines) });
	});

	connection.onRequest(STATUS, async (params: StatusParams): Promise<StatusResult> => {
		const found = await checks.current(params.uri);
		const { claims, supported, flagged, uncited } = summaryOf(found?.result.report ?? { claims: [] });
		return { claims, supported, flagged, uncited };
	});

	connection.onRequest(SEARCH_SOURCES, async (params: SearchSourcesParams) =>
		searchSources(await corpora.corpusForRequest(params.uri), params.query, params.limit),
	);

	connection.onRequest(SOURCE_TEXT, async (params: SourceTextParams) => {
		const text = sourceText(await corpora.corpusForRequest(params.uri), params.key);
		if (!text) throw new ResponseError(-32602, `no source has the key "${params.key}"`);
		return text;
	});

	connection.onRequest(CITATION_EDIT, async (params: CitationEditParams) => {
		const found = await checks.current(params.uri);
		if (!found) return null;
		const { document, result } = found;
		const meta = result.corpus.source(params.key)?.meta;
		if (!meta) return null;
		const doc = edited(document, result);
		const offset = result.lines.offsetAt(params.position);
		const style = detectStyle(doc.text, doc.language, result.settings.citationStyle);
		return workspaceEdit(doc, citationEdits(doc.text, offset, { meta, ...(params.page ? { page: params.page } : {}) }, style), result.lines);
	});

	/**
	 * Checks files for "Check All Files in Workspace" and answers with each one's summary for the
	 * report. An open document is checked as the editor has it, and its findings are left to the
	 * editor's own pulls or pushes; the others are read from disk and their findings pushed.
	 */
	connection.onRequest(CHECK_FILES, async (params: CheckFilesParams, token): Promise<CheckFilesResult> => {
		const files: { uri: string; summary: ClaimSummary }[] = [];
		for (const uri of params.uris) {
			if (token.isCancellationRequested) break;
			const open = documents.get(uri);
			if (open) {
				const result = await checks.check(open);
				if (result) files.push({ uri, summary: summaryOf(result.report) });
				continue;
			}
			const result = await scheduler.checkSaved(uri);
			if (result) files.push({ uri, summary: summaryOf(result.report) });
		}
		return { checked: files.length, files };
	});

	connection.onShutdown(() => {
		corpora.dispose();
		scheduler.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

import {
	CodeActionKind,
	DiagnosticRefreshRequest,
	DocumentDiagnosticReportKind,
	LSPErrorCodes,
	ResponseError,
	TextDocuments,
	TextDocumentSyncKind,
	type CancellationToken,
	type Connection,
	type Diagnostic,
	type InitializeResult,
	type Location,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckCancelled, checkDocumentAsync, type DocumentReport, type Reading } from '../domain/check/checker';
import { RecentCache } from '../domain/check/recentCache';
import { summaryOf, type ClaimSummary } from '../domain/check/summary';
import type { Judgement } from '../domain/check/verify';
import { citationEdits, detectStyle } from '../domain/cite/insert';
import type { Corpus } from '../domain/corpus/corpus';
import { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage, Span } from '../domain/types';
import { citeAllEdits, codeActions, FIX_ALL_KIND, workspaceEdit, type EditedDocument } from '../features/codeActions';
import { toDiagnostics } from '../features/diagnostics';
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
import { CorpusHost } from './corpusHost';
import { quietly } from './messages';
import type { Settings } from './settings';
import { SLICE_MS, yieldToEvents } from './timeSlices';
import { checksLanguage, languageOf, Workspace } from './workspace';
import { TypingWatch } from './typingWatch';
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

/** A check of one version of a document, with the text it was made on: edits are computed against that text. */
interface Checked {
	/** Tells one check from another, for `previousResultId` in diagnostic pulls. */
	id: string;
	version: number;
	text: string;
	language: DocumentLanguage;
	corpus: Corpus;
	settings: Settings;
	report: DocumentReport;
	lines: LineIndex;
}

/**
 * Judgements kept per corpus, of the sentences checked last: a long paper has a few thousand
 * sentences, and every keystroke in a session adds one more that is never seen again.
 */
const JUDGEMENTS_KEPT = 5_000;

/** Runs the CiteCheck language server on a connection; everything it touches comes in `deps`. */
export function startServer(connection: Connection, deps: ServerDeps): void {
	const documents = new TextDocuments(TextDocument);
	const workspace = new Workspace(connection, documents, deps);
	const corpora = new CorpusHost(connection, deps, workspace, () => recheckAll());
	/** Judgements and readings by sentence text, per corpus, so an edit re-checks only what changed. */
	const judgements = new WeakMap<Corpus, { cache: RecentCache<Judgement>; readings: RecentCache<Reading> }>();
	const checked = new Map<string, Checked>();
	/** Files whose findings "Check All Files in Workspace" pushed from disk. */
	const reported = new Set<string>();
	const pushTimers = new Map<string, NodeJS.Timeout>();
	const typing = new TypingWatch();
	let pull = false;
	let refreshable = false;

	/** The settings and corpus a document is checked with, or undefined when its language is not checked. */
	async function setupOf(document: TextDocument): Promise<{ settings: Settings; corpus: Corpus } | undefined> {
		const settings = await workspace.settingsFor(document.uri);
		if (!checksLanguage(settings, document.languageId)) return undefined;
		const corpus = await corpora.corpusOf(settings, document.uri);
		return corpus ? { settings, corpus } : undefined;
	}

	const isFor = <T extends { settings: Settings; corpus: Corpus }>(result: T | undefined, setup: { settings: Settings; corpus: Corpus }): result is T =>
		result !== undefined && result.corpus === setup.corpus && result.settings === setup.settings;

	/** A check of the document as it is now (or was when asked: an edit that comes meanwhile gets its own). */
	async function check(document: TextDocument, token?: CancellationToken): Promise<Checked | undefined> {
		// The document object is updated in place by edits that arrive while this awaits: take the text
		// and its version together now, so that a report never claims a version it was not made on.
		const version = document.version;
		const text = document.getText();
		const setup = await setupOf(document);
		if (!setup) return undefined;
		const previous = checked.get(document.uri);
		if (isFor(previous, setup) && previous.version === version) return previous;
		// A hover or a pull while the same text is being checked waits for that check rather than
		// starting another (a long document would otherwise be checked once per request). If that
		// one is cancelled, this request checks for itself.
		const shared = running.get(document.uri);
		if (shared && shared.version === version && isFor(shared, setup)) {
			try {
				return await shared.promise;
			} catch (error) {
				if (!(error instanceof CheckCancelled)) throw error;
			}
		}
		let caches = judgements.get(setup.corpus);
		if (!caches) judgements.set(setup.corpus, (caches = { cache: new RecentCache(JUDGEMENTS_KEPT), readings: new RecentCache(JUDGEMENTS_KEPT) }));
		const language = languageOf(document.languageId);
		const promise = checkDocumentAsync(text, language, setup.corpus, {
			...caches,
			pause: yieldToEvents,
			slice: SLICE_MS,
			...(token ? { cancellation: token } : {}),
		}).then((report): Checked => ({ id: `${instance}-${++checks}`, version, text, language, ...setup, report, lines: new LineIndex(text) }));
		const entry = { version, ...setup, promise };
		running.set(document.uri, entry);
		let result: Checked;
		try {
			result = await promise;
		} finally {
			if (running.get(document.uri) === entry) running.delete(document.uri);
		}
		// Kept only for an open document, and never in place of a check of a later version.
		const latest = checked.get(document.uri);
		if (documents.get(document.uri) && !(latest && latest.version > version)) checked.set(document.uri, result);
		return result;
	}
	let checks = 0;
	// Result ids of one server are not taken for another's: a restarted server does not answer
	// "unchanged" to an id its predecessor gave out.
	const instance = Date.now().toString(36);
	const running = new Map<string, { version: number; corpus: Corpus; settings: Settings; promise: Promise<Checked> }>();

	/**
	 * The check whose findings are shown: the current one, or with `run: onSave` the one made when
	 * the document was last opened or saved, until it is saved again.
	 */
	async function shownCheck(document: TextDocument, token?: CancellationToken): Promise<Checked | undefined> {
		const setup = await setupOf(document);
		if (!setup) return undefined;
		const shown = lastShown.get(document.uri);
		if (setup.settings.run === 'onSave' && !saved.has(document.uri) && isFor(shown, setup)) return shown;
		saved.delete(document.uri);
		const result = await check(document, token);
		if (result && documents.get(document.uri)) lastShown.set(document.uri, result);
		return result;
	}
	const saved = new Set<string>();
	const lastShown = new Map<string, Checked>();

	function diagnosticsOf(result: Checked | undefined, uri?: string): Diagnostic[] {
		if (!result) return [];
		const sources = corpora.sourcesOf(result.corpus);
		const held = uri ? heldBack(result, uri) : undefined;
		return toDiagnostics(held ? withoutTyped(result.report, held) : result.report, result.lines, result.corpus, sources, result.settings, deps.docsUri);
	}

	/** The sentence being typed, held back until it ends or the writer pauses; the findings are shown again then. */
	function heldBack(result: Checked, uri: string): Span | undefined {
		if (result.settings.run !== 'onType') return undefined;
		const found = typing.typing(uri, result.version, result.text, result.settings.typingPause);
		if (found) typing.after(uri, found.remaining, () => showAgain(uri));
		return found?.span;
	}

	function showAgain(uri: string): void {
		const document = documents.get(uri);
		if (!document) return;
		if (!pull) schedulePush(document, 0);
		else if (refreshable) quietly(connection, connection.sendRequest(DiagnosticRefreshRequest.type));
	}

	async function push(document: TextDocument): Promise<void> {
		try {
			const result = await shownCheck(document);
			// A check of an older version is not pushed: the version now open has its own push coming,
			// or (checking on save) keeps what was pushed at the last save.
			if (!documents.get(document.uri) || (result && result.version !== document.version)) return;
			await connection.sendDiagnostics({ uri: document.uri, version: result?.version ?? document.version, diagnostics: diagnosticsOf(result, document.uri) });
		} catch (error) {
			connection.console.error(`check of ${document.uri} failed: ${(error as Error).message}`);
		}
	}

	function schedulePush(document: TextDocument, delay: number): void {
		clearTimeout(pushTimers.get(document.uri));
		pushTimers.set(
			document.uri,
			setTimeout(() => {
				pushTimers.delete(document.uri);
				const current = documents.get(document.uri);
				if (current) quietly(connection, push(current));
			}, delay),
		);
	}

	async function recheckAll(): Promise<void> {
		checked.clear();
		lastShown.clear();
		if (pull && refreshable) await connection.sendRequest(DiagnosticRefreshRequest.type);
		else for (const document of documents.all()) schedulePush(document, 0);
	}

	connection.onInitialize((params): InitializeResult => {
		const capabilities = params.capabilities;
		pull = capabilities.textDocument?.diagnostic !== undefined;
		refreshable = capabilities.workspace?.diagnostics?.refreshSupport === true;
		workspace.initialize(params);
		corpora.initialize(capabilities);
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
		quietly(connection, recheckAll());
	});

	documents.onDidChangeContent((event) => {
		typing.changed(event.document.uri, event.document.version, event.document.getText());
		if (!pull) schedulePush(event.document, 150);
	});
	documents.onDidSave((event) => {
		saved.add(event.document.uri);
		if (pull) {
			if (refreshable) quietly(connection, connection.sendRequest(DiagnosticRefreshRequest.type));
		} else schedulePush(event.document, 0);
	});
	documents.onDidClose((event) => {
		checked.delete(event.document.uri);
		lastShown.delete(event.document.uri);
		saved.delete(event.document.uri);
		workspace.closed(event.document.uri);
		clearTimeout(pushTimers.get(event.document.uri));
		typing.closed(event.document.uri);
		if (reported.has(event.document.uri)) quietly(connection, checkSaved(event.document.uri));
		else if (!pull) quietly(connection, connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
	});
	documents.onDidOpen((event) => {
		// The findings pushed for the file as saved would be listed beside those pulled for the open document.
		if (pull && reported.has(event.document.uri)) quietly(connection, connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
	});

	connection.languages.diagnostics.on(async (params, token) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
		try {
			const result = await shownCheck(document, token);
			const items = diagnosticsOf(result, document.uri);
			// A report with a sentence held back is another result than the whole one, once the writer pauses.
			const resultId =
				result &&
				(result.settings.run === 'onType' && typing.typing(document.uri, result.version, result.text, result.settings.typingPause)
					? `${result.id}-typing`
					: result.id);
			// Unchanged since the client's last pull (checking on save, the text was edited but not saved).
			if (resultId && params.previousResultId === resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
			return { kind: DocumentDiagnosticReportKind.Full, ...(resultId ? { resultId } : {}), items };
		} catch (error) {
			if (error instanceof CheckCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer request', { retriggerRequest: true });
			throw error;
		}
	});

	/** A check of the open document as it is now, whenever its findings are shown. */
	async function current(uri: string): Promise<{ document: TextDocument; result: Checked } | undefined> {
		const document = documents.get(uri);
		if (!document) return undefined;
		const result = await check(document);
		return result ? { document, result } : undefined;
	}

	/** The text a check was made on, with its version: an edit computed on it is refused by a client whose text has moved on. */
	function edited(document: TextDocument, result: Checked): EditedDocument {
		return { uri: document.uri, version: result.version, text: result.text, language: result.language };
	}

	connection.onHover(async (params) => {
		const found = await current(params.textDocument.uri);
		if (!found) return null;
		const { result } = found;
		const offset = result.lines.offsetAt(params.position);
		return hoverAt(offset, result.report, result.lines, result.corpus, corpora.sourcesOf(result.corpus));
	});

	connection.onCompletion(async (params) => {
		const found = await current(params.textDocument.uri);
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
			judgements.get(result.corpus),
		);
	});

	connection.onDefinition(async (params) => {
		const found = await current(params.textDocument.uri);
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
		const found = await current(params.textDocument.uri);
		if (!found) return [];
		const { document, result } = found;
		// No fix for a sentence whose findings are held back while it is typed.
		const held = heldBack(result, document.uri);
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
		const found = await current(uri);
		if (!found) return;
		const { document, result } = found;
		const doc = edited(document, result);
		const edits = citeAllEdits(doc, result.report, result.corpus, detectStyle(doc.text, doc.language, result.settings.citationStyle));
		if (edits.length > 0) await connection.workspace.applyEdit({ label: 'Cite all supported claims', edit: workspaceEdit(doc, edits, result.lines) });
	});

	connection.onRequest(STATUS, async (params: StatusParams): Promise<StatusResult> => {
		const found = await current(params.uri);
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
		const found = await current(params.uri);
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
				const result = await check(open);
				if (result) files.push({ uri, summary: summaryOf(result.report) });
				continue;
			}
			const result = await checkSaved(uri);
			if (result) files.push({ uri, summary: summaryOf(result.report) });
		}
		return { checked: files.length, files };
	});

	/**
	 * Checks a file that is not open as it is saved, and pushes its findings, which stay in the
	 * Problems panel until the file is opened (its findings are then the open document's) and come
	 * back when it is closed. Undefined when the file cannot be read or its language is not checked.
	 */
	async function checkSaved(uri: string): Promise<Checked | undefined> {
		const path = deps.uriToPath(uri);
		if (!path) return undefined;
		let text: string;
		try {
			text = await deps.readFile(path);
		} catch (error) {
			connection.console.warn(`cannot read ${path}: ${(error as Error).message}`);
			return undefined;
		}
		const languageId = /\.(tex|latex|ltx)$/i.test(path) ? 'latex' : /\.(md|markdown|qmd|rmd)$/i.test(path) ? 'markdown' : 'plaintext';
		const result = await check(TextDocument.create(uri, languageId, 0, text));
		checked.delete(uri);
		reported.add(uri);
		// Opened meanwhile: the open document's findings are the ones to show.
		if (!documents.get(uri)) await connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(result) });
		return result;
	}

	connection.onShutdown(() => {
		corpora.dispose();
		for (const timer of pushTimers.values()) clearTimeout(timer);
		typing.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

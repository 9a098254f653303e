import {
	CodeActionKind,
	DiagnosticRefreshRequest,
	DocumentDiagnosticReportKind,
	LSPErrorCodes,
	MessageType,
	ResponseError,
	ShowMessageNotification,
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
import { languageOfPath } from '../domain/document/index';
import { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage, Span } from '../domain/types';
import { citeAllEdits, codeActions, FIX_ALL_KIND, workspaceEdit, type EditedDocument } from '../features/codeActions';
import { toDiagnostics } from '../features/diagnostics';
import { citationCompletions } from '../features/completion';
import { hoverAt } from '../features/hover';
import { citedKeyAt, citingSentences, definitionAt, referencesIn } from '../features/navigation';
import { searchSources, sourceText, sourceUsage } from '../features/library';
import { SourceLocations } from '../features/sources';
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
import type { LoadOptions, LoadProgress } from './loadCorpus';
import { readSettings, type Settings } from './settings';
import { TypingWatch } from './typingWatch';
import { withoutTyped } from '../features/typing';

/** What the server needs from its host: files, the corpus, and how paths and URIs map. */
export interface ServerDeps {
	/** Loads the corpus from folders, merged in order (none: the shipped corpus; `''` names it among others). */
	/** Reads corpus folders (none: the shipped corpus); `options` let it reuse a previous build, report progress and pause. */
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

const LANGUAGE: Record<string, DocumentLanguage> = { markdown: 'markdown', latex: 'latex', tex: 'latex', plaintext: 'plaintext' };

function languageOf(languageId: string): DocumentLanguage {
	return LANGUAGE[languageId] ?? 'plaintext';
}

/**
 * Judgements kept per corpus, of the sentences checked last: a long paper has a few thousand
 * sentences, and every keystroke in a session adds one more that is never seen again.
 */
const JUDGEMENTS_KEPT = 5_000;

/** How long a check runs before it lets other messages in (a hover, an edit, a cancellation). */
const SLICE_MS = 20;

/** A corpus read that takes longer than this shows its progress. */
const PROGRESS_AFTER_MS = 500;

/** Lets other messages in; the check calls it once it has run for a slice. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs the CiteCheck language server on a connection; everything it touches comes in `deps`. */
export function startServer(connection: Connection, deps: ServerDeps): void {
	const documents = new TextDocuments(TextDocument);
	const corpora = new Map<string, Promise<Corpus | undefined>>();
	const watchers = new Map<string, { close(): void }>();
	const settingsCache = new Map<string, Promise<Settings>>();
	/** Judgements and readings by sentence text, per corpus, so an edit re-checks only what changed. */
	const judgements = new WeakMap<Corpus, { cache: RecentCache<Judgement>; readings: RecentCache<Reading> }>();
	const checked = new Map<string, Checked>();
	/** Files whose findings "Check All Files in Workspace" pushed from disk. */
	const reported = new Set<string>();
	const pushTimers = new Map<string, NodeJS.Timeout>();
	const typing = new TypingWatch();
	let pull = false;
	let folders: string[] = [];
	let configurationRequests = false;
	let refreshable = false;

	/**
	 * Tells the user something once, as a notification: a request (`window/showMessageRequest`)
	 * would wait for an answer, and a client without it would answer with an error.
	 */
	function tell(type: MessageType, message: string): void {
		quietly(connection.sendNotification(ShowMessageNotification.type, { type, message }));
	}

	/** Runs a promise whose failure must not end the server (an unhandled rejection ends a Node.js process): it is logged. */
	function quietly(promise: Promise<unknown>): void {
		promise.catch((error: unknown) => {
			try {
				connection.console.error(`CiteCheck: ${error instanceof Error ? error.message : String(error)}`);
			} catch {
				// The connection is gone (the client quit): there is no one left to tell.
			}
		});
	}

	/** Corpus problems told already: a corpus read again after a change tells only what is new. */
	const problemsShown = new Set<string>();
	const PROBLEMS_TOLD = 5;
	function showProblems(corpus: Corpus): void {
		const fresh = corpus.problems.filter((p) => !problemsShown.has(p));
		for (const p of fresh) problemsShown.add(p);
		if (fresh.length > 0) {
			const more = fresh.length > PROBLEMS_TOLD ? ` (and ${fresh.length - PROBLEMS_TOLD} more, listed in the CiteCheck output)` : '';
			tell(MessageType.Warning, `CiteCheck: some of the corpus could not be used. ${fresh.slice(0, PROBLEMS_TOLD).join(' ')}${more}`);
			for (const p of fresh) connection.console.warn(`corpus: ${p}`);
		}
	}

	/** The corpus each set of folders last made, to check against while it is read again and to reuse what has not changed. */
	const settledCorpora = new Map<string, Corpus>();
	/** Reads of a corpus again after its files changed, by the same ids as `corpora`. */
	const reloading = new Map<string, Promise<Corpus | undefined>>();
	let progressSupported = false;

	/**
	 * Shows a progress notification for a corpus that takes a while to read (a large library, PDFs):
	 * only after `PROGRESS_AFTER_MS`, so that a small corpus does not flash one.
	 */
	function loadProgress(where: string): { report(progress: LoadProgress): void; done(): void } {
		let latest: LoadProgress | undefined;
		let reporter: Awaited<ReturnType<typeof connection.window.createWorkDoneProgress>> | undefined;
		let finished = false;
		const message = (p: LoadProgress) => (p.phase === 'reading' ? `reading sources (${p.done})…` : `indexing sources: ${p.done} of ${p.total}`);
		const timer = progressSupported
			? setTimeout(() => {
					quietly(
						connection.window.createWorkDoneProgress().then((created) => {
							if (finished) return created.done();
							reporter = created;
							reporter.begin(`CiteCheck${where ? `: ${where}` : ''}`, 0, latest ? message(latest) : 'reading sources…', false);
						}),
					);
				}, PROGRESS_AFTER_MS)
			: undefined;
		let shown = 0;
		return {
			report(progress) {
				latest = progress;
				// A message a tenth of a second at most: the protocol need not carry every source.
				if (!reporter || performance.now() - shown < 100) return;
				shown = performance.now();
				reporter.report(progress.phase === 'indexing' && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0, message(progress));
			},
			done() {
				finished = true;
				clearTimeout(timer);
				reporter?.done();
			},
		};
	}

	/** Reads the corpus of some folders, letting other messages in as it goes; undefined when it could not be read at all (the user is told). */
	function load(id: string, dirs: string[], previous: Corpus | undefined): Promise<Corpus | undefined> {
		const where = dirs.filter(Boolean).join(', ');
		const progress = loadProgress(where);
		const options: LoadOptions = { pause: yieldToEvents, slice: SLICE_MS, onProgress: (p) => progress.report(p), ...(previous ? { previous } : {}) };
		return deps.loadCorpus(dirs.length === 1 && dirs[0] === '' ? undefined : dirs, options).then(
			(loaded) => {
				progress.done();
				showProblems(loaded);
				settledCorpora.set(id, loaded);
				return loaded;
			},
			(error: unknown) => {
				progress.done();
				// Kept as failed until the folder or the settings change: reading again on every keystroke would not help.
				const reason = error instanceof Error ? error.message : String(error);
				const message = `CiteCheck could not read the corpus${where ? ` at ${where}` : ''}: ${reason}. Documents are not checked until it can be read.`;
				if (!problemsShown.has(message)) tell(MessageType.Error, message);
				problemsShown.add(message);
				return undefined;
			},
		);
	}

	/**
	 * Reads a corpus again after its files changed. Documents are checked against the corpus as it
	 * was until the new one is ready; only the sources that changed are read and indexed again.
	 */
	function reload(id: string): void {
		const dirs = JSON.parse(id) as string[];
		const next = load(id, dirs, settledCorpora.get(id));
		reloading.set(id, next);
		quietly(
			next.then(async () => {
				// A later change started another read: that one's result is the one to use.
				if (reloading.get(id) !== next) return;
				reloading.delete(id);
				corpora.set(id, next);
				await recheckAll();
			}),
		);
	}

	/** The corpus of some folders, merged in order (`''` is the shipped corpus), or undefined when it could not be loaded at all (the user is told). */
	function corpusFor(dirs: string[]): Promise<Corpus | undefined> {
		const id = JSON.stringify(dirs);
		let corpus = corpora.get(id);
		if (!corpus) {
			corpus = load(id, dirs, undefined);
			corpora.set(id, corpus);
			for (const path of dirs) {
				if (!deps.watch || !path || watchers.has(path)) continue;
				let timer: NodeJS.Timeout | undefined;
				watchers.set(
					path,
					deps.watch(path, () => {
						clearTimeout(timer);
						timer = setTimeout(() => {
							for (const key of [...corpora.keys()]) if ((JSON.parse(key) as string[]).includes(path)) reload(key);
						}, 200);
					}),
				);
			}
		}
		return corpus;
	}

	/**
	 * The folders a document's corpus is made of: `corpus.path` (else the shipped corpus, unless
	 * `corpus.includeDefault` is off), then `corpus.paths`, relative ones resolved against the
	 * document's workspace folder.
	 */
	function corpusDirs(settings: Settings, uri: string | undefined): string[] {
		const resolve = (setting: string) => (uri ? deps.resolveCorpusPath(setting, baseOf(uri)) : deps.resolveCorpusPath(setting, folders[0]));
		const first = settings.corpusPath ? [resolve(settings.corpusPath)] : settings.includeDefaultCorpus ? [''] : [];
		return [...new Set([...first, ...settings.corpusPaths.map(resolve)])];
	}

	async function settingsFor(uri: string): Promise<Settings> {
		if (!configurationRequests) return readSettings(undefined);
		let settings = settingsCache.get(uri);
		if (!settings) {
			settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'citecheck' }).then(readSettings, () => readSettings(undefined));
			settingsCache.set(uri, settings);
		}
		return settings;
	}

	/** The workspace folder holding the document, or the document's own folder: where a relative corpus path starts. */
	function baseOf(uri: string): string | undefined {
		const path = deps.uriToPath(uri);
		if (!path) return folders[0];
		return folders.filter((f) => path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0] ?? path.replace(/[/\\][^/\\]*$/, '');
	}

	function enabled(document: TextDocument, settings: Settings): boolean {
		return settings.languages.includes(document.languageId) || (document.languageId === 'tex' && settings.languages.includes('latex'));
	}

	/** The settings and corpus a document is checked with, or undefined when its language is not checked. */
	async function setupOf(document: TextDocument): Promise<{ settings: Settings; corpus: Corpus } | undefined> {
		const settings = await settingsFor(document.uri);
		if (!enabled(document, settings)) return undefined;
		const corpus = await corpusFor(corpusDirs(settings, document.uri));
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

	/** Where each corpus's passages are, kept with the corpus (file URIs and line indexes are worked out once). */
	const locations = new WeakMap<Corpus, SourceLocations>();
	function sourcesOf(corpus: Corpus): SourceLocations {
		let sources = locations.get(corpus);
		if (!sources) locations.set(corpus, (sources = new SourceLocations(corpus, deps.pathToUri)));
		return sources;
	}

	function diagnosticsOf(result: Checked | undefined, uri?: string): Diagnostic[] {
		if (!result) return [];
		const sources = sourcesOf(result.corpus);
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
		else if (refreshable) quietly(connection.sendRequest(DiagnosticRefreshRequest.type));
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
				if (current) quietly(push(current));
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
		configurationRequests = capabilities.workspace?.configuration === true;
		progressSupported = capabilities.window?.workDoneProgress === true;
		folders = (params.workspaceFolders ?? []).map((f) => deps.uriToPath(f.uri)).filter((p): p is string => p !== undefined);
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
		settingsCache.clear();
		quietly(recheckAll());
	});

	documents.onDidChangeContent((event) => {
		typing.changed(event.document.uri, event.document.version, event.document.getText());
		if (!pull) schedulePush(event.document, 150);
	});
	documents.onDidSave((event) => {
		saved.add(event.document.uri);
		if (pull) {
			if (refreshable) quietly(connection.sendRequest(DiagnosticRefreshRequest.type));
		} else schedulePush(event.document, 0);
	});
	documents.onDidClose((event) => {
		checked.delete(event.document.uri);
		lastShown.delete(event.document.uri);
		saved.delete(event.document.uri);
		settingsCache.delete(event.document.uri);
		clearTimeout(pushTimers.get(event.document.uri));
		typing.closed(event.document.uri);
		if (reported.has(event.document.uri)) quietly(checkSaved(event.document.uri));
		else if (!pull) quietly(connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
	});
	documents.onDidOpen((event) => {
		// The findings pushed for the file as saved would be listed beside those pulled for the open document.
		if (pull && reported.has(event.document.uri)) quietly(connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] }));
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
		return hoverAt(offset, result.report, result.lines, result.corpus, sourcesOf(result.corpus));
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
			sourcesOf(result.corpus),
		);
	});

	connection.onReferences(async (params) => {
		const document = documents.get(params.textDocument.uri);
		if (!document) return [];
		const settings = await settingsFor(document.uri);
		const corpus = await corpusFor(corpusDirs(settings, document.uri));
		if (!corpus) return [];
		const text = document.getText();
		const language = languageOf(document.languageId);
		const cited = citedKeyAt(text, document.offsetAt(params.position), citingSentences(text, language, corpus));
		if (!cited) return [];
		const locations: Location[] = [];
		for await (const d of workspaceTexts((saved) => saved.includes(cited.key)))
			locations.push(...referencesIn(d.uri, d.text, d.language, cited.key, corpus, new LineIndex(d.text)));
		return locations;
	});

	/** The open documents as they are now, then the workspace's other documents as saved (those `wanted`). */
	async function* workspaceTexts(wanted: (text: string) => boolean = () => true): AsyncGenerator<{ uri: string; text: string; language: DocumentLanguage }> {
		const seen = new Set<string>();
		for (const d of documents.all()) {
			seen.add(d.uri);
			yield { uri: d.uri, text: d.getText(), language: languageOf(d.languageId) };
		}
		for (const folder of folders) {
			for (const path of (await deps.listDocuments?.(folder)) ?? []) {
				const uri = deps.pathToUri(path);
				if (seen.has(uri)) continue;
				seen.add(uri);
				const saved = await deps.readFile(path).catch(() => undefined);
				if (saved !== undefined && wanted(saved)) yield { uri, text: saved, language: languageOfPath(path) };
			}
		}
	}

	/** The corpus's sources with how many sentences of the workspace cite each, and in how many documents. */
	connection.onRequest(SOURCE_USAGE, async (params: SourceUsageParams) => {
		const corpus = await corpusForUri(params.uri);
		return sourceUsage(corpus, workspaceTexts(), sourcesOf(corpus));
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

	async function corpusForUri(uri?: string): Promise<Corpus> {
		const settings = uri ? await settingsFor(uri) : readSettings(undefined);
		const dirs = corpusDirs(settings, uri);
		const corpus = await corpusFor(dirs);
		if (!corpus) throw new ResponseError(-32603, `the corpus${dirs.some(Boolean) ? ` at ${dirs.filter(Boolean).join(', ')}` : ''} could not be read`);
		return corpus;
	}

	connection.onRequest(SEARCH_SOURCES, async (params: SearchSourcesParams) => searchSources(await corpusForUri(params.uri), params.query, params.limit));

	connection.onRequest(SOURCE_TEXT, async (params: SourceTextParams) => {
		const text = sourceText(await corpusForUri(params.uri), params.key);
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
		for (const watcher of watchers.values()) watcher.close();
		for (const timer of pushTimers.values()) clearTimeout(timer);
		typing.dispose();
	});

	documents.listen(connection);
	connection.listen();
}

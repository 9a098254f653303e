// The VS Code extension: starts CiteCheck's language server (dist/server.js) for Markdown, LaTeX
// and plain text, and adds what the protocol alone does not give: the commands, the status bar
// item, the source documents, trusted hover links and the citation highlighting (a grammar,
// declared in package.json).

import * as path from 'node:path';
import * as vscode from 'vscode';
import {
	DiagnosticPullMode,
	DidChangeConfigurationNotification,
	ExecuteCommandRequest,
	LanguageClient,
	State,
	TransportKind,
	type DocumentSelector,
	type LanguageClientOptions,
	type Middleware,
	type ServerOptions,
} from 'vscode-languageclient/node';
import { AcceptedFindings } from './accepted';
import { checkWorkspace } from './checkWorkspace';
import { RestartingErrorHandler } from './errorHandler';
import { Explanations } from './explanations';
import { AcceptedChangedNotification, CITE_ALL_SERVER_COMMAND, MARK_CHECKED_COMMAND, type OpenSourceArgs } from './protocol';
import { REPORT_SCHEME, ReportDocumentProvider } from './reportDocument';
import { clientMiddleware } from './middleware';
import { excludeFolders, isWritersDocument, SCHEMES } from './scope';
import { searchSources } from './searchSources';
import { SOURCES_VIEW, SourcesView } from './sourcesView';
import { isChecked, runMode, SECTION, SUPPORTED_LANGUAGES } from './settings';
import { NotificationProgress } from './progress';
import { StatusBar } from './statusBar';
import { DefinitionSelection, messageOf, openSource, parseOpenSourceArgs, pickSource, SOURCE_SCHEME, SourceDocumentProvider } from './sources';

/** The commands this extension registers; the server may advertise `citecheck.citeAll` too, which the client then leaves to this extension. */
export const COMMANDS = {
	checkWorkspace: 'citecheck.checkWorkspace',
	searchSources: 'citecheck.searchSources',
	openSource: 'citecheck.openSource',
	citeAll: 'citecheck.citeAll',
	restartServer: 'citecheck.restartServer',
	refreshSources: 'citecheck.refreshSources',
	markChecked: MARK_CHECKED_COMMAND,
	listAccepted: 'citecheck.listAccepted',
} as const;

/** Hover links may run this command, and no other. */
const TRUSTED_HOVER_COMMANDS = [COMMANDS.openSource];

let client: LanguageClient | undefined;

/** What the extension gives other extensions and its end-to-end tests. */
export interface CiteCheckApi {
	/** Resolves once the server has started (rejects if it could not). */
	ready(): Promise<void>;
}

export async function activate(context: vscode.ExtensionContext): Promise<CiteCheckApi> {
	// The extension's own files (its README, its corpus) are not the writer's, unless it is run from
	// its working copy, where the example papers are the ones being written.
	const excludedFolders = context.extensionMode === vscode.ExtensionMode.Development ? [] : [context.extensionUri.toString()];
	excludeFolders(excludedFolders);
	const sources = new SourceDocumentProvider(() => client);
	const definitionSelection = new DefinitionSelection();
	const explanations = new Explanations(context.extension);
	const accepted = new AcceptedFindings((folder) => {
		if (client?.isRunning()) void client.sendNotification(AcceptedChangedNotification, folder).then(undefined, () => undefined);
	});
	const middleware = clientMiddleware({ sources, definitionSelection, explanations, trustedHoverCommands: TRUSTED_HOVER_COMMANDS });
	client = new LanguageClient('citecheck', 'CiteCheck', serverOptions(context), clientOptions(context, excludedFolders, accepted, middleware));
	client.registerFeature(new NotificationProgress(client));
	leaveCommandsToExtension(client, Object.values(COMMANDS));

	const report = new ReportDocumentProvider();
	const statusBar = new StatusBar(() => client);
	const sourcesView = new SourcesView(() => client, contextDocument, COMMANDS.openSource);
	context.subscriptions.push(
		accepted,
		sources,
		definitionSelection,
		statusBar,
		sourcesView,
		...registerViews(sources, sourcesView, report, explanations),
		...refreshOnChanges(client, sources, sourcesView, statusBar),
		...registerCommands(sources, accepted, report),
	);

	const started = accepted.load().then(() => client!.start());
	started.then(undefined, (error: unknown) => {
		void vscode.window.showErrorMessage(`The CiteCheck server could not start: ${messageOf(error)}`, 'Show Output').then((choice) => {
			if (choice) client?.outputChannel.show(true);
		});
	});
	return { ready: () => started };
}

/** The server, dist/server.js, run in a Node.js process of its own. */
function serverOptions(context: vscode.ExtensionContext): ServerOptions {
	const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
	return {
		run: { module: serverModule, transport: TransportKind.ipc },
		debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
	};
}

/** Which documents the server is given, what it is told when it starts, and when the editor asks it for findings. */
function clientOptions(context: vscode.ExtensionContext, excludedFolders: string[], accepted: AcceptedFindings, middleware: Middleware): LanguageClientOptions {
	const documentSelector: DocumentSelector = SUPPORTED_LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));
	return {
		documentSelector,
		// Read when the server starts (and starts again), so that it never shows findings already accepted;
		// the server keeps the index of each library in the extension's own storage folder, and nowhere else.
		initializationOptions: () => ({
			accepted: accepted.snapshot(),
			excludedFolders,
			...(context.globalStorageUri.scheme === 'file' ? { storagePath: context.globalStorageUri.fsPath } : {}),
		}),
		outputChannelName: 'CiteCheck',
		synchronize: { configurationSection: SECTION },
		// Pulled diagnostics are off by default since version 10 of the client: ask for them on every
		// change and save, unless the user wants checks on save only; never for unopened tabs.
		diagnosticPullOptions: {
			onChange: true,
			onSave: true,
			onTabs: false,
			filter: (document, mode) => !isWritersDocument(document.uri) || (mode === DiagnosticPullMode.onType && runMode(document.uri) === 'onSave'),
		},
		errorHandler: new RestartingErrorHandler(
			() => client?.outputChannel,
			() => restartServer(),
		),
		middleware,
	};
}

/** The Sources view, and the documents of sources, reports and explanations the editor opens. */
function registerViews(
	sources: SourceDocumentProvider,
	sourcesView: SourcesView,
	report: ReportDocumentProvider,
	explanations: Explanations,
): vscode.Disposable[] {
	return [
		vscode.window.registerTreeDataProvider(SOURCES_VIEW, sourcesView),
		vscode.workspace.onDidSaveTextDocument((document) => {
			if (isChecked(document)) sourcesView.refresh();
		}),
		vscode.commands.registerCommand(COMMANDS.refreshSources, () => sourcesView.refresh()),
		vscode.workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, sources),
		report,
		vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, report),
		vscode.languages.registerDocumentLinkProvider({ scheme: REPORT_SCHEME }, report),
		explanations.register(),
	];
}

/** What is read from the server again when it starts again, when the corpus settings change, and when the workspace is trusted. */
function refreshOnChanges(running: LanguageClient, sources: SourceDocumentProvider, sourcesView: SourcesView, statusBar: StatusBar): vscode.Disposable[] {
	return [
		running.onDidChangeState((event) => {
			if (event.newState === State.Running) {
				sources.invalidate();
				sourcesView.refresh();
			}
			statusBar.refresh();
		}),
		vscode.workspace.onDidChangeConfiguration((event) => {
			if (event.affectsConfiguration(`${SECTION}.corpus`)) {
				sources.invalidate();
				sourcesView.refresh();
			}
		}),
		// Trusted now, the workspace's own corpus path counts: the server asks for its settings again.
		vscode.workspace.onDidGrantWorkspaceTrust(() => {
			sources.invalidate();
			if (client?.isRunning()) void client.sendNotification(DidChangeConfigurationNotification.type, { settings: null }).then(undefined, () => undefined);
		}),
	];
}

/** The commands of the Command Palette, the Sources view and the findings' quick fixes. */
function registerCommands(sources: SourceDocumentProvider, accepted: AcceptedFindings, report: ReportDocumentProvider): vscode.Disposable[] {
	/** Opens a source from the corpus of the document being written, if one is active. */
	const open = async (target: OpenSourceArgs) => {
		sources.setContext(target.key, contextDocument());
		await openSource(target);
	};
	return [
		vscode.commands.registerCommand(COMMANDS.checkWorkspace, async () => {
			const running = await ready();
			if (running) await checkWorkspace(running, report);
		}),
		vscode.commands.registerCommand(COMMANDS.searchSources, async () => {
			const running = await ready();
			if (running) await searchSources(running, open);
		}),
		vscode.commands.registerCommand(COMMANDS.openSource, async (...args: unknown[]) => {
			const target = parseOpenSourceArgs(args) ?? (await pickSource(await ready(), contextDocument()));
			if (target) await open(target);
		}),
		vscode.commands.registerCommand(COMMANDS.citeAll, async (uri?: unknown) => citeAll(uri)),
		vscode.commands.registerCommand(COMMANDS.restartServer, () => restartServer()),
		vscode.commands.registerCommand(COMMANDS.markChecked, async (uri: unknown, entry: unknown) => {
			const { code, text } = (entry ?? {}) as Record<string, unknown>;
			if (typeof uri === 'string' && typeof code === 'string' && typeof text === 'string') await accepted.accept(uri, { code, text });
		}),
		vscode.commands.registerCommand(COMMANDS.listAccepted, () => accepted.list()),
	];
}

export async function deactivate(): Promise<void> {
	const running = client;
	client = undefined;
	if (running) await running.dispose().then(undefined, () => undefined);
}

/** The client once its server runs, starting it if it stopped; undefined (and the user told) if it cannot. */
async function ready(): Promise<LanguageClient | undefined> {
	if (!client) return undefined;
	if (client.isRunning()) return client;
	try {
		await client.start(); // while it is starting, the same promise
		return client;
	} catch (error) {
		void vscode.window.showErrorMessage(`The CiteCheck server is not running: ${messageOf(error)}`);
		return undefined;
	}
}

async function restartServer(): Promise<void> {
	if (!client) return;
	try {
		if (client.state === State.Stopped) await client.start();
		else await client.restart();
		vscode.window.setStatusBarMessage('CiteCheck: server restarted', 3000);
	} catch (error) {
		void vscode.window.showErrorMessage(`The CiteCheck server could not be restarted: ${messageOf(error)}`);
	}
}

/** The URI of the active editor's document if CiteCheck checks it: its settings say which corpus to search. */
function contextDocument(): string | undefined {
	const document = vscode.window.activeTextEditor?.document;
	return document && isChecked(document) ? document.uri.toString() : undefined;
}

/** Forwards "Cite All Supported Claims" for the active editor (or the given document) to the server, which applies the edit. */
async function citeAll(argument: unknown): Promise<void> {
	let document: vscode.TextDocument | undefined;
	if (argument instanceof vscode.Uri || typeof argument === 'string') {
		const uri = typeof argument === 'string' ? vscode.Uri.parse(argument) : argument;
		document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
	} else {
		document = vscode.window.activeTextEditor?.document;
	}
	if (!document || !isChecked(document)) {
		void vscode.window.showInformationMessage('CiteCheck: open a Markdown, LaTeX or text document to cite its claims.');
		return;
	}
	const running = await ready();
	if (!running) return;
	try {
		await running.sendRequest(ExecuteCommandRequest.type, { command: CITE_ALL_SERVER_COMMAND, arguments: [document.uri.toString()] });
	} catch (error) {
		void vscode.window.showErrorMessage(`CiteCheck could not cite the claims: ${messageOf(error)}`);
	}
}

/**
 * The client registers a VS Code command for each command the server can execute; for those this
 * extension registers itself (`citecheck.citeAll`), that would fail ("command already exists"),
 * so they are taken out of what the client registers. The extension forwards them itself.
 */
function leaveCommandsToExtension(languageClient: LanguageClient, own: readonly string[]): void {
	const feature = languageClient.getFeature(ExecuteCommandRequest.method);
	if (!feature) return;
	const register = feature.register.bind(feature);
	feature.register = (data) => {
		const commands = data.registerOptions.commands?.filter((command) => !own.includes(command)) ?? [];
		register({ ...data, registerOptions: { ...data.registerOptions, commands } });
	};
}

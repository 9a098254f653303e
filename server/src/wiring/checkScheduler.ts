// When documents are checked and their findings shown: pushed a moment after an edit, or pulled by
// a client that pulls; with `run: onSave`, as they were when the document was last saved; the
// sentence being typed held back until it ends or the writer pauses; everything checked again when
// the settings or a corpus change; and the findings of files checked from disk pushed until opened.
import {
	DiagnosticRefreshRequest,
	DocumentDiagnosticReportKind,
	LSPErrorCodes,
	ResponseError,
	type CancellationToken,
	type ClientCapabilities,
	type Connection,
	type Diagnostic,
	type DocumentDiagnosticParams,
	type DocumentDiagnosticReport,
	type TextDocuments,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CheckCancelled } from '../domain/index';
import type { Span } from '../domain/types';
import { toDiagnostics } from '../features/diagnostics';
import { withoutTyped } from '../features/typing';
import { languageOfPath, languageRow } from '../languages';
import type { CorpusHost } from './corpusHost';
import { isFor, type Checked, type DocumentChecks } from './documentChecks';
import { quietly } from './messages';
import { PullResults } from './pullResults';
import type { ServerDeps } from './server';
import { TypingWatch } from './typingWatch';

export class CheckScheduler {
	private pull = false;
	private refreshable = false;
	/** Documents saved since their findings were last shown. */
	private readonly saved = new Set<string>();
	private readonly lastShown = new Map<string, Checked>();
	/** Files whose findings "Check All Files in Workspace" pushed from disk. */
	private readonly reported = new Set<string>();
	private readonly pushTimers = new Map<string, NodeJS.Timeout>();
	private readonly typing = new TypingWatch();
	private readonly pulled = new PullResults();

	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly checks: DocumentChecks,
		private readonly corpora: CorpusHost,
		private readonly deps: Pick<ServerDeps, 'readFile' | 'uriToPath' | 'docsUri'>,
	) {}

	/** Whether the client pulls diagnostics; a client that does not has them pushed. */
	initialize(capabilities: ClientCapabilities): boolean {
		this.pull = capabilities.textDocument?.diagnostic !== undefined;
		this.refreshable = capabilities.workspace?.diagnostics?.refreshSupport === true;
		return this.pull;
	}

	didOpen(document: TextDocument): void {
		// The findings pushed for the file as saved would be listed beside those pulled for the open document.
		if (this.pull && this.reported.has(document.uri)) quietly(this.connection, this.connection.sendDiagnostics({ uri: document.uri, diagnostics: [] }));
	}

	didChange(document: TextDocument): void {
		this.typing.changed(document.uri, document.version, document.getText());
		if (!this.pull) this.schedulePush(document, 150);
	}

	didSave(document: TextDocument): void {
		this.saved.add(document.uri);
		if (this.pull) {
			if (this.refreshable) quietly(this.connection, this.connection.sendRequest(DiagnosticRefreshRequest.type));
		} else this.schedulePush(document, 0);
	}

	didClose(uri: string): void {
		this.checks.forget(uri);
		this.pulled.forget(uri);
		this.lastShown.delete(uri);
		this.saved.delete(uri);
		clearTimeout(this.pushTimers.get(uri));
		this.typing.closed(uri);
		if (this.reported.has(uri)) quietly(this.connection, this.checkSaved(uri));
		else if (!this.pull) quietly(this.connection, this.connection.sendDiagnostics({ uri, diagnostics: [] }));
	}

	/** The findings a client pulls for an open document. */
	async diagnostics(params: DocumentDiagnosticParams, token: CancellationToken): Promise<DocumentDiagnosticReport> {
		const document = this.documents.get(params.textDocument.uri);
		if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
		try {
			const result = await this.shownCheck(document, token);
			return this.pulled.report(document.uri, this.diagnosticsOf(result, document.uri), params.previousResultId);
		} catch (error) {
			if (error instanceof CheckCancelled) throw new ResponseError(LSPErrorCodes.ServerCancelled, 'superseded by a newer request', { retriggerRequest: true });
			throw error;
		}
	}

	/** The sentence being typed, held back until it ends or the writer pauses; the findings are shown again then. */
	heldBack(result: Checked, uri: string): Span | undefined {
		if (result.settings.run !== 'onType') return undefined;
		const found = this.typing.typing(uri, result.version, result.text, result.settings.typingPause);
		if (found) this.typing.after(uri, found.remaining, () => this.showAgain(uri));
		return found?.span;
	}

	async recheckAll(): Promise<void> {
		this.checks.clear();
		this.lastShown.clear();
		if (this.pull && this.refreshable) await this.connection.sendRequest(DiagnosticRefreshRequest.type);
		else for (const document of this.documents.all()) this.schedulePush(document, 0);
	}

	/**
	 * Checks a file that is not open as it is saved, and pushes its findings, which stay in the
	 * Problems panel until the file is opened (its findings are then the open document's) and come
	 * back when it is closed. Undefined when the file cannot be read or its language is not checked.
	 */
	async checkSaved(uri: string): Promise<Checked | undefined> {
		const path = this.deps.uriToPath(uri);
		if (!path) return undefined;
		let text: string;
		try {
			text = await this.deps.readFile(path);
		} catch (error) {
			this.connection.console.warn(`cannot read ${path}: ${(error as Error).message}`);
			return undefined;
		}
		const languageId = languageRow(languageOfPath(path)).editorIds[0]!;
		const result = await this.checks.check(TextDocument.create(uri, languageId, 0, text));
		this.checks.forget(uri);
		this.reported.add(uri);
		// Opened meanwhile: the open document's findings are the ones to show.
		if (!this.documents.get(uri)) await this.connection.sendDiagnostics({ uri, diagnostics: this.diagnosticsOf(result) });
		return result;
	}

	dispose(): void {
		for (const timer of this.pushTimers.values()) clearTimeout(timer);
		this.typing.dispose();
	}

	/**
	 * The check whose findings are shown: the current one, or with `run: onSave` the one made when
	 * the document was last opened or saved, until it is saved again.
	 */
	private async shownCheck(document: TextDocument, token?: CancellationToken): Promise<Checked | undefined> {
		const setup = await this.checks.setupOf(document);
		if (!setup) return undefined;
		const shown = this.lastShown.get(document.uri);
		if (setup.settings.run === 'onSave' && !this.saved.has(document.uri) && isFor(shown, setup)) return shown;
		this.saved.delete(document.uri);
		const result = await this.checks.check(document, token);
		if (result && this.documents.get(document.uri)) this.lastShown.set(document.uri, result);
		return result;
	}

	private diagnosticsOf(result: Checked | undefined, uri?: string): Diagnostic[] {
		if (!result) return [];
		const sources = this.corpora.sourcesOf(result.corpus);
		const held = uri ? this.heldBack(result, uri) : undefined;
		return toDiagnostics(held ? withoutTyped(result.report, held) : result.report, result.lines, sources, result.settings, this.deps.docsUri);
	}

	private showAgain(uri: string): void {
		const document = this.documents.get(uri);
		if (!document) return;
		if (!this.pull) this.schedulePush(document, 0);
		else if (this.refreshable) quietly(this.connection, this.connection.sendRequest(DiagnosticRefreshRequest.type));
	}

	private async push(document: TextDocument): Promise<void> {
		try {
			const result = await this.shownCheck(document);
			// A check of an older version is not pushed: the version now open has its own push coming,
			// or (checking on save) keeps what was pushed at the last save.
			if (!this.documents.get(document.uri) || (result && result.version !== document.version)) return;
			await this.connection.sendDiagnostics({
				uri: document.uri,
				version: result?.version ?? document.version,
				diagnostics: this.diagnosticsOf(result, document.uri),
			});
		} catch (error) {
			this.connection.console.error(`check of ${document.uri} failed: ${(error as Error).message}`);
		}
	}

	private schedulePush(document: TextDocument, delay: number): void {
		clearTimeout(this.pushTimers.get(document.uri));
		this.pushTimers.set(
			document.uri,
			setTimeout(() => {
				this.pushTimers.delete(document.uri);
				const current = this.documents.get(document.uri);
				if (current) quietly(this.connection, this.push(current));
			}, delay),
		);
	}
}

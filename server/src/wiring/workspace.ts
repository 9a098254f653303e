// The workspace as the server sees it: its folders, each document's settings, the folders a
// document's corpus is made of, and the texts of the workspace's documents.
import type { Connection, InitializeParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentLanguage } from '../domain/types';
import { editorLanguageChecked, languageOfEditorId, languageOfPath } from '../languages';
import type { DocumentText } from '../features/navigation';
import { AcceptedFolders } from './acceptedFolders';
import { ExcludedFolders } from './excludedFolders';
import type { ServerDeps } from './server';
import { readSettings, type Settings } from './settings';

/** How a document of an editor's language is read. */
export function languageOf(languageId: string): DocumentLanguage {
	return languageOfEditorId(languageId);
}

/** Whether the settings have a document of this editor language checked. */
export function checksLanguage(settings: Settings, languageId: string): boolean {
	return editorLanguageChecked(settings.languages, languageId);
}

export class Workspace {
	private folders: string[] = [];
	private configurationRequests = false;
	private readonly settings = new Map<string, Promise<Settings>>();
	/** The findings accepted in each workspace folder. */
	readonly accepted = new AcceptedFolders();
	/** Folders whose documents are never checked (the extension's own). */
	readonly excluded = new ExcludedFolders();

	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly deps: Pick<ServerDeps, 'readFile' | 'uriToPath' | 'pathToUri' | 'resolveCorpusPath' | 'listDocuments'>,
	) {}

	initialize(params: InitializeParams): void {
		this.configurationRequests = params.capabilities.workspace?.configuration === true;
		this.accepted.initialize(params.initializationOptions);
		this.excluded.initialize(params.initializationOptions);
		this.folders = (params.workspaceFolders ?? []).map((f) => this.deps.uriToPath(f.uri)).filter((p): p is string => p !== undefined);
	}

	async settingsFor(uri: string): Promise<Settings> {
		if (!this.configurationRequests) return readSettings(undefined);
		let settings = this.settings.get(uri);
		if (!settings) {
			settings = this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'citecheck' }).then(readSettings, () => readSettings(undefined));
			this.settings.set(uri, settings);
		}
		return settings;
	}

	/** The settings changed: each document's are asked for again. */
	settingsChanged(): void {
		this.settings.clear();
	}

	closed(uri: string): void {
		this.settings.delete(uri);
	}

	/**
	 * The folders a document's corpus is made of: `corpus.path` (else the shipped corpus, unless
	 * `corpus.includeDefault` is off), then `corpus.paths`, relative ones resolved against the
	 * document's workspace folder.
	 */
	corpusDirs(settings: Settings, uri: string | undefined): string[] {
		const resolve = (setting: string) => this.deps.resolveCorpusPath(setting, uri ? this.baseOf(uri) : this.folders[0]);
		const first = settings.corpusPath ? [resolve(settings.corpusPath)] : settings.includeDefaultCorpus ? [''] : [];
		return [...new Set([...first, ...settings.corpusPaths.map(resolve)])];
	}

	/** The workspace folder holding the document, or the document's own folder: where a relative corpus path starts. */
	private baseOf(uri: string): string | undefined {
		const path = this.deps.uriToPath(uri);
		if (!path) return this.folders[0];
		return (
			this.folders.filter((f) => path.startsWith(f.endsWith('/') ? f : `${f}/`)).sort((a, b) => b.length - a.length)[0] ?? path.replace(/[/\\][^/\\]*$/, '')
		);
	}

	/** The open documents as they are now, then the workspace's other documents as saved (those `wanted`). */
	async *texts(wanted: (text: string) => boolean = () => true): AsyncGenerator<DocumentText> {
		const seen = new Set<string>();
		for (const d of this.documents.all()) {
			seen.add(d.uri);
			if (this.excluded.has(d.uri)) continue;
			yield { uri: d.uri, text: d.getText(), language: languageOf(d.languageId) };
		}
		for (const folder of this.folders) {
			for (const path of (await this.deps.listDocuments?.(folder)) ?? []) {
				const uri = this.deps.pathToUri(path);
				if (seen.has(uri) || this.excluded.has(uri)) continue;
				seen.add(uri);
				const saved = await this.deps.readFile(path).catch(() => undefined);
				if (saved !== undefined && wanted(saved)) yield { uri, text: saved, language: languageOfPath(path) };
			}
		}
	}
}

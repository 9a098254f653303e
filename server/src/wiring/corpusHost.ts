// The corpora the server checks against, one per set of folders: read when first asked for, with
// their progress shown when that takes a while, watched, and read again when their files change
// (documents are checked against the corpus as it was until the new one is ready). A first read
// that takes long (a library of thousands of sources) goes on in the background: documents are
// checked against the shipped corpus meanwhile, and again once the library is ready.
import path from 'node:path';
import { MessageType, ResponseError, type Connection, type InitializeParams, type WorkDoneProgressServerReporter } from 'vscode-languageserver';
import type { Corpus } from '../domain/corpus/corpus';
import { createChecker, type Checker } from '../domain/index';
import { SourceLocations } from '../features/sources';
import type { LoadOptions, LoadProgress } from './loadCorpus';
import { quietly, tell } from './messages';
import type { ServerDeps } from './server';
import { readSettings, type Settings } from './settings';
import { SLICE_MS, yieldToEvents } from './timeSlices';
import type { Workspace } from './workspace';

/** A corpus read that takes longer than this shows its progress. */
const PROGRESS_AFTER_MS = 500;

/** A first read that takes longer than this (a library of thousands of sources; a small corpus under heavy load stays below it) lets documents be checked against the shipped corpus until it is through. */
export const SHIPPED_MEANWHILE_MS = 5000;

/** The folders of the shipped corpus alone: `''` stands for it among a document's corpus folders. */
const SHIPPED = [''];
const isShippedAlone = (dirs: readonly string[]) => dirs.length === 1 && dirs[0] === '';

/** Corpus problems told at most in one notification; the rest are in the output. */
const PROBLEMS_TOLD = 5;

export class CorpusHost {
	/** The corpus of each set of folders, by the folders as JSON. */
	private readonly corpora = new Map<string, Promise<Corpus | undefined>>();
	private readonly watchers = new Map<string, { close(): void }>();
	/** Corpus problems told already: a corpus read again after a change tells only what is new. */
	private readonly problemsShown = new Set<string>();
	/** The corpus each set of folders last made, to check against while it is read again and to reuse what has not changed. */
	private readonly settledCorpora = new Map<string, Corpus>();
	/** Reads of a corpus again after its files changed, by the same ids as `corpora`. */
	private readonly reloading = new Map<string, Promise<Corpus | undefined>>();
	/** The checker of each corpus: documents are checked, and passages found, through it. */
	private readonly checkers = new WeakMap<Corpus, Checker>();
	/** Where each corpus's passages are, kept with the corpus (file URIs and line indexes are worked out once). */
	private readonly locations = new WeakMap<Corpus, SourceLocations>();
	/** First reads that documents were checked without: once each is through, they are checked again. */
	private readonly awaited = new Set<string>();
	private progressSupported = false;
	/** Where the index of each corpus is kept: in the storage folder the editor gives the extension, if it gives one. */
	private cacheDir: string | undefined;

	constructor(
		private readonly connection: Connection,
		private readonly deps: Pick<ServerDeps, 'loadCorpus' | 'watch' | 'pathToUri' | 'retriever'>,
		private readonly workspace: Workspace,
		/** Called once a corpus read again is ready: what was checked against the old one is checked again. */
		private readonly reloaded: () => Promise<void>,
	) {}

	initialize(params: Pick<InitializeParams, 'capabilities' | 'initializationOptions'>): void {
		this.progressSupported = params.capabilities.window?.workDoneProgress === true;
		const storage = (params.initializationOptions as { storagePath?: unknown } | undefined)?.storagePath;
		if (typeof storage === 'string' && path.isAbsolute(storage)) this.cacheDir = path.join(storage, 'corpus-index');
	}

	/** The checker of the corpus a document's settings name, or undefined when it could not be loaded at all (the user is told). */
	async checkerOf(settings: Settings, uri: string): Promise<Checker | undefined> {
		const corpus = await this.readyOrShipped(this.workspace.corpusDirs(settings, uri));
		return corpus && this.checkerFor(corpus);
	}

	/**
	 * The corpus of some folders; while their first read takes longer than `SHIPPED_MEANWHILE_MS`,
	 * the shipped corpus, and the documents are checked again once the read is through.
	 */
	private async readyOrShipped(dirs: string[]): Promise<Corpus | undefined> {
		const reading = this.corpusFor(dirs);
		const id = JSON.stringify(dirs);
		if (this.settledCorpora.has(id) || isShippedAlone(dirs)) return reading;
		let timer: NodeJS.Timeout | undefined;
		const slow = new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), SHIPPED_MEANWHILE_MS)));
		const first = await Promise.race([reading, slow]);
		clearTimeout(timer);
		if (first !== 'slow') return first;
		if (!this.awaited.has(id)) {
			this.awaited.add(id);
			quietly(
				this.connection,
				reading.then(async () => {
					this.awaited.delete(id);
					await this.reloaded();
				}),
			);
		}
		return this.corpusFor(SHIPPED);
	}

	/** The checker a request works with: that of the corpus the document's settings name, else the shipped one; an error when it cannot be read. */
	async checkerForRequest(uri?: string): Promise<Checker> {
		const settings = uri ? await this.workspace.settingsFor(uri) : readSettings(undefined);
		const dirs = this.workspace.corpusDirs(settings, uri);
		const corpus = await this.corpusFor(dirs);
		if (!corpus) throw new ResponseError(-32603, `the corpus${dirs.some(Boolean) ? ` at ${dirs.filter(Boolean).join(', ')}` : ''} could not be read`);
		return this.checkerFor(corpus);
	}

	/** One checker per corpus, over the host's retriever for it if it has one. */
	private checkerFor(corpus: Corpus): Checker {
		let checker = this.checkers.get(corpus);
		if (!checker) {
			const retriever = this.deps.retriever?.(corpus);
			this.checkers.set(corpus, (checker = createChecker({ corpus, ...(retriever ? { retriever } : {}) })));
		}
		return checker;
	}

	sourcesOf(corpus: Corpus): SourceLocations {
		let sources = this.locations.get(corpus);
		if (!sources) this.locations.set(corpus, (sources = new SourceLocations(corpus, this.deps.pathToUri)));
		return sources;
	}

	dispose(): void {
		for (const watcher of this.watchers.values()) watcher.close();
	}

	/** The corpus of some folders, merged in order (`''` is the shipped corpus), or undefined when it could not be loaded at all (the user is told). */
	private corpusFor(dirs: string[]): Promise<Corpus | undefined> {
		const id = JSON.stringify(dirs);
		let corpus = this.corpora.get(id);
		if (!corpus) {
			corpus = this.load(id, dirs, undefined);
			this.corpora.set(id, corpus);
			for (const path of dirs) this.watchFolder(path);
		}
		return corpus;
	}

	/** Reads every corpus made of a folder again, a moment after something in it changed. */
	private watchFolder(path: string): void {
		if (!this.deps.watch || !path || this.watchers.has(path)) return;
		let timer: NodeJS.Timeout | undefined;
		this.watchers.set(
			path,
			this.deps.watch(path, () => {
				clearTimeout(timer);
				timer = setTimeout(() => {
					for (const key of [...this.corpora.keys()]) if ((JSON.parse(key) as string[]).includes(path)) this.reload(key);
				}, 200);
			}),
		);
	}

	/**
	 * Reads a corpus again after its files changed. Documents are checked against the corpus as it
	 * was until the new one is ready; only the sources that changed are read and indexed again.
	 */
	private reload(id: string): void {
		const dirs = JSON.parse(id) as string[];
		const next = this.load(id, dirs, this.settledCorpora.get(id));
		this.reloading.set(id, next);
		quietly(
			this.connection,
			next.then(async () => {
				// A later change started another read: that one's result is the one to use.
				if (this.reloading.get(id) !== next) return;
				this.reloading.delete(id);
				this.corpora.set(id, next);
				await this.reloaded();
			}),
		);
	}

	/**
	 * Reads a corpus afresh when a block of the index it was read from was found damaged (a check
	 * that read it failed): nothing of it is reused, and what was checked is checked again once the
	 * new one is ready. Until then checks go on against it, and any that reads a damaged block fails.
	 */
	private readAfresh(id: string): void {
		this.settledCorpora.delete(id);
		this.connection.console.warn('corpus: the saved index was found damaged; the corpus is read afresh');
		this.reload(id);
	}

	/** Reads the corpus of some folders, letting other messages in as it goes; undefined when it could not be read at all (the user is told). */
	private load(id: string, dirs: string[], previous: Corpus | undefined): Promise<Corpus | undefined> {
		const where = dirs.filter(Boolean).join(', ');
		const progress = this.loadProgress(where);
		const options: LoadOptions = {
			pause: yieldToEvents,
			slice: SLICE_MS,
			onProgress: (p) => progress.report(p),
			onDamaged: () => this.readAfresh(id),
			...(previous ? { previous } : {}),
			...(this.cacheDir ? { cacheDir: this.cacheDir } : {}),
		};
		return this.deps.loadCorpus(isShippedAlone(dirs) ? undefined : dirs, options).then(
			(loaded) => {
				progress.done();
				this.showProblems(loaded);
				this.settledCorpora.set(id, loaded);
				return loaded;
			},
			(error: unknown) => {
				progress.done();
				// Kept as failed until the folder or the settings change: reading again on every keystroke would not help.
				const reason = error instanceof Error ? error.message : String(error);
				const message = `CiteCheck could not read the corpus${where ? ` at ${where}` : ''}: ${reason}. Documents are not checked until it can be read.`;
				if (!this.problemsShown.has(message)) tell(this.connection, MessageType.Error, message);
				this.problemsShown.add(message);
				return undefined;
			},
		);
	}

	private showProblems(corpus: Corpus): void {
		const fresh = corpus.problems.filter((p) => !this.problemsShown.has(p));
		for (const p of fresh) this.problemsShown.add(p);
		if (fresh.length > 0) {
			const more = fresh.length > PROBLEMS_TOLD ? ` (and ${fresh.length - PROBLEMS_TOLD} more, listed in the CiteCheck output)` : '';
			tell(this.connection, MessageType.Warning, `CiteCheck: some of the corpus could not be used. ${fresh.slice(0, PROBLEMS_TOLD).join(' ')}${more}`);
			for (const p of fresh) this.connection.console.warn(`corpus: ${p}`);
		}
	}

	/**
	 * Shows a progress notification for a corpus that takes a while to read (a large library, PDFs):
	 * only after `PROGRESS_AFTER_MS`, so that a small corpus does not flash one.
	 */
	private loadProgress(where: string): { report(progress: LoadProgress): void; done(): void } {
		const connection = this.connection;
		let latest: LoadProgress | undefined;
		let reporter: WorkDoneProgressServerReporter | undefined;
		let finished = false;
		const message = (p: LoadProgress) => (p.phase === 'reading' ? `reading sources (${p.done})…` : `indexing sources: ${p.done} of ${p.total}`);
		const timer = this.progressSupported
			? setTimeout(() => {
					quietly(
						connection,
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
}

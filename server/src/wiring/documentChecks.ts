// Checks of documents against their corpus, in slices that let other messages in. The last check of
// each open document is kept, a request for a text already being checked waits for that check, and
// judgements are kept per corpus so that an edit re-checks only the sentences it changed.
import type { CancellationToken, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withAccepted, type AcceptedEntry } from '../domain/check/accepted';
import { CheckCancelled, DocumentMemory, type Checker, type DocumentReport, type Reading } from '../domain/index';
import { RecentCache } from '../domain/check/recentCache';
import type { Judgement } from '../domain/check/verify';
import type { Corpus } from '../domain/corpus/corpus';
import { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage } from '../domain/types';
import type { CorpusHost } from './corpusHost';
import type { Settings } from './settings';
import { SLICE_MS, yieldToEvents } from './timeSlices';
import { checksLanguage, languageOf, type Workspace } from './workspace';

/** What a document is checked with. */
export interface Setup {
	settings: Settings;
	/** What the document is checked through. */
	checker: Checker;
	/** The checker's corpus. */
	corpus: Corpus;
	/** The findings accepted in the document's workspace folder. */
	accepted: readonly AcceptedEntry[];
}

/** A check of one version of a document, with the text it was made on: edits are computed against that text. */
export interface Checked extends Setup {
	version: number;
	text: string;
	language: DocumentLanguage;
	report: DocumentReport;
	lines: LineIndex;
}

/** Judgements and readings by sentence text, for one corpus. */
export interface JudgementCaches {
	cache: RecentCache<Judgement>;
	readings: RecentCache<Reading>;
}

/**
 * Judgements kept per corpus, of the sentences checked last: every keystroke in a session adds a
 * sentence that is never seen again. Everything used within the last 2,000 is kept (a paper of
 * 10,000 words has about 500 sentences), at most twice as many, about 10 KB each with what their
 * reading holds.
 */
const JUDGEMENTS_KEPT = 2_000;

/** Whether a check (or a check under way) was made with these settings, this corpus and these accepted findings. */
export const isFor = <T extends Setup>(result: T | undefined, setup: Setup): result is T =>
	result !== undefined && result.corpus === setup.corpus && result.settings === setup.settings && result.accepted === setup.accepted;

export class DocumentChecks {
	private readonly checked = new Map<string, Checked>();
	private readonly running = new Map<string, Setup & { version: number; promise: Promise<Checked> }>();
	/** What the last check of each open document read, so that the next reads again only what an edit touched. */
	private readonly memories = new Map<string, DocumentMemory>();
	/** Judgements and readings by sentence text, per corpus, so an edit re-checks only what changed. */
	private readonly judgements = new WeakMap<Corpus, JudgementCaches>();

	constructor(
		private readonly documents: TextDocuments<TextDocument>,
		private readonly workspace: Workspace,
		private readonly corpora: CorpusHost,
	) {}

	/** The settings and corpus a document is checked with, or undefined when its language is not checked, or it is not the writer's. */
	async setupOf(document: TextDocument): Promise<Setup | undefined> {
		if (this.workspace.excluded.has(document.uri)) return undefined;
		const settings = await this.workspace.settingsFor(document.uri);
		if (!checksLanguage(settings, document.languageId)) return undefined;
		const checker = await this.corpora.checkerOf(settings, document.uri);
		return checker ? { settings, checker, corpus: checker.corpus, accepted: this.workspace.accepted.of(document.uri) } : undefined;
	}

	/** A check of the document as it is now (or was when asked: an edit that comes meanwhile gets its own). */
	async check(document: TextDocument, token?: CancellationToken): Promise<Checked | undefined> {
		// The document object is updated in place by edits that arrive while this awaits: take the text
		// and its version together now, so that a report never claims a version it was not made on.
		const version = document.version;
		const text = document.getText();
		const setup = await this.setupOf(document);
		if (!setup) return undefined;
		const previous = this.checked.get(document.uri);
		if (isFor(previous, setup) && previous.version === version) return previous;
		// A hover or a pull while the same text is being checked waits for that check rather than
		// starting another (a long document would otherwise be checked once per request). If that
		// one is cancelled, this request checks for itself.
		const shared = this.running.get(document.uri);
		if (shared && shared.version === version && isFor(shared, setup)) {
			try {
				return await shared.promise;
			} catch (error) {
				if (!(error instanceof CheckCancelled)) throw error;
			}
		}
		const language = languageOf(document.languageId);
		const promise = setup.checker
			.checkAsync(text, language, {
				...this.judgementsOf(setup.corpus),
				...(this.documents.get(document.uri) ? { memory: this.memoryOf(document.uri) } : {}),
				pause: yieldToEvents,
				slice: SLICE_MS,
				...(token ? { cancellation: token } : {}),
			})
			.then((report): Checked => ({
				version,
				text,
				language,
				...setup,
				report: withAccepted(report, text, setup.accepted),
				lines: new LineIndex(text),
			}));
		const entry = { version, ...setup, promise };
		this.running.set(document.uri, entry);
		let result: Checked;
		try {
			result = await promise;
		} finally {
			if (this.running.get(document.uri) === entry) this.running.delete(document.uri);
		}
		// Kept only for an open document, and never in place of a check of a later version.
		const latest = this.checked.get(document.uri);
		if (this.documents.get(document.uri) && !(latest && latest.version > version)) this.checked.set(document.uri, result);
		return result;
	}

	/** A check of the open document as it is now, whenever its findings are shown. */
	async current(uri: string): Promise<{ document: TextDocument; result: Checked } | undefined> {
		const document = this.documents.get(uri);
		if (!document) return undefined;
		const result = await this.check(document);
		return result ? { document, result } : undefined;
	}

	judgementsOf(corpus: Corpus): JudgementCaches {
		let caches = this.judgements.get(corpus);
		if (!caches) this.judgements.set(corpus, (caches = { cache: new RecentCache(JUDGEMENTS_KEPT), readings: new RecentCache(JUDGEMENTS_KEPT) }));
		return caches;
	}

	private memoryOf(uri: string): DocumentMemory {
		let memory = this.memories.get(uri);
		if (!memory) this.memories.set(uri, (memory = new DocumentMemory()));
		return memory;
	}

	/** The document was closed, or its check read from disk is not the open document's. */
	forget(uri: string): void {
		this.checked.delete(uri);
		this.memories.delete(uri);
	}

	/** The settings or a corpus changed: every document is checked anew. */
	clear(): void {
		this.checked.clear();
		this.memories.clear();
	}
}

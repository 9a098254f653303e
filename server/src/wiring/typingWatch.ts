// Where the writer is typing in each open document, and when they paused: the sentence at the caret
// that has not ended is held back until it ends or the pause (`citecheck.typingPause`) has passed.
import { editEnd, unendedSentence } from '../features/typing';
import type { Span } from '../domain/types';

interface Edit {
	version: number;
	caret: number;
	at: number;
}

export class TypingWatch {
	private readonly texts = new Map<string, string>();
	private readonly edits = new Map<string, Edit>();
	private readonly timers = new Map<string, NodeJS.Timeout>();

	constructor(private readonly now: () => number = Date.now) {}

	/** An open document's text, as opened or after an edit (whose caret is found by comparing). */
	changed(uri: string, version: number, text: string): void {
		const before = this.texts.get(uri);
		this.texts.set(uri, text);
		const caret = before === undefined ? undefined : editEnd(before, text);
		if (caret !== undefined) this.edits.set(uri, { version, caret, at: this.now() });
	}

	closed(uri: string): void {
		this.texts.delete(uri);
		this.edits.delete(uri);
		clearTimeout(this.timers.get(uri));
		this.timers.delete(uri);
	}

	/**
	 * The unended sentence being typed in this version of the document, and how long until the pause
	 * has passed; undefined when the last edit was to another version, the pause has passed, or the
	 * sentence at the caret has ended.
	 */
	typing(uri: string, version: number, text: string, pause: number): { span: Span; remaining: number } | undefined {
		const edit = this.edits.get(uri);
		if (!edit || edit.version !== version || pause <= 0) return undefined;
		const remaining = edit.at + pause - this.now();
		if (remaining <= 0) return undefined;
		const span = unendedSentence(text, edit.caret);
		return span ? { span, remaining } : undefined;
	}

	/** Calls `then` once, `ms` from now (a later call for the document replaces an earlier one). */
	after(uri: string, ms: number, then: () => void): void {
		clearTimeout(this.timers.get(uri));
		this.timers.set(
			uri,
			setTimeout(() => {
				this.timers.delete(uri);
				then();
			}, ms),
		);
	}

	dispose(): void {
		for (const timer of this.timers.values()) clearTimeout(timer);
		this.timers.clear();
	}
}

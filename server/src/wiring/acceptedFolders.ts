// The accepted findings of each workspace folder, as the extension reads them from the folder's
// `.citecheck/accepted.json` and sends them (at start in `initializationOptions.accepted`, then
// with every change). The server writes no file, so the file is the extension's; an editor that
// sends none has no accepted findings and is offered no "Mark as checked".
import type { AcceptedEntry } from '../domain/check/accepted';
import type { AcceptedFolder } from '../protocol';

const NONE: readonly AcceptedEntry[] = [];

/** The entries of what a client sent, those well formed. */
function entriesOf(raw: unknown): AcceptedEntry[] {
	if (!Array.isArray(raw)) return [];
	return raw.filter((e): e is AcceptedEntry => typeof e === 'object' && e !== null && typeof e.code === 'string' && typeof e.text === 'string');
}

export class AcceptedFolders {
	/** Entries by folder URI; an array stays the same object until its folder's entries change, so checks can tell. */
	private readonly folders = new Map<string, readonly AcceptedEntry[]>();
	private sent = false;

	/** Whether the client keeps accepted findings (it said so at start): only then is "Mark as checked" offered. */
	get enabled(): boolean {
		return this.sent;
	}

	initialize(options: unknown): void {
		const accepted = (options as { accepted?: unknown } | undefined)?.accepted;
		if (!Array.isArray(accepted)) return;
		this.sent = true;
		for (const folder of accepted) this.set(folder);
	}

	set(folder: unknown): void {
		const { folder: uri, entries } = (folder ?? {}) as Partial<AcceptedFolder>;
		if (typeof uri !== 'string') return;
		const list = entriesOf(entries);
		if (list.length === 0) this.folders.delete(uri);
		else this.folders.set(uri, list);
	}

	/** The entries of the workspace folder that holds the document (the innermost, when folders nest). */
	of(documentUri: string): readonly AcceptedEntry[] {
		let best: string | undefined;
		for (const folder of this.folders.keys()) {
			const inside = documentUri.startsWith(folder.endsWith('/') ? folder : `${folder}/`);
			if (inside && (!best || folder.length > best.length)) best = folder;
		}
		return best ? this.folders.get(best)! : NONE;
	}
}

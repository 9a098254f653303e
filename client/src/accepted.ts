// Accepted findings ("Mark as checked"), kept per workspace folder in `.citecheck/accepted.json`
// for co-authors to share. The extension owns that file: it reads, watches and writes it through
// `workspace.fs`, and tells the server each folder's entries. The server keeps its promise of
// writing no file, and the file changes only by the writer's hand, here or in an editor.
//
// A file that is not what it should be is named in a message and left as it is: nothing is written
// over it until the writer marks a finding again, and then it is first copied beside itself.

import * as vscode from 'vscode';
import { ACCEPTED_FILE, formatAccepted, parseAccepted, withEntry, withoutEntry, type AcceptedEntry, type AcceptedFolder } from './protocol';
import { messageOf } from './sources';

type Read = { entries: AcceptedEntry[] } | { error: string };

const fileOf = (folder: vscode.WorkspaceFolder) => vscode.Uri.joinPath(folder.uri, ACCEPTED_FILE);

export class AcceptedFindings implements vscode.Disposable {
	/** Each folder's entries as last read (none for a malformed file), by folder URI. */
	private readonly entries = new Map<string, AcceptedEntry[]>();
	/** What was last said about a folder's malformed file, so that it is said once. */
	private readonly told = new Map<string, string>();
	/** Changes to the files, one after the other, so that two quick marks both land. */
	private queue: Promise<unknown> = Promise.resolve();
	private readonly disposables: vscode.Disposable[] = [];

	constructor(private readonly notify: (folder: AcceptedFolder) => void) {
		const watcher = vscode.workspace.createFileSystemWatcher(`**/${ACCEPTED_FILE}`);
		const changed = (uri: vscode.Uri) => {
			const folder = vscode.workspace.getWorkspaceFolder(uri);
			if (folder && fileOf(folder).toString() === uri.toString()) void this.serially(() => this.reload(folder));
		};
		this.disposables.push(
			watcher,
			watcher.onDidCreate(changed),
			watcher.onDidChange(changed),
			watcher.onDidDelete(changed),
			vscode.workspace.onDidChangeWorkspaceFolders((event) => {
				for (const folder of event.removed) this.set(folder, []);
				for (const folder of event.added) void this.serially(() => this.reload(folder));
			}),
		);
	}

	/** Reads every workspace folder's file; the server is told what it holds. */
	load(): Promise<void> {
		return this.serially(async () => {
			for (const folder of vscode.workspace.workspaceFolders ?? []) await this.reload(folder);
		});
	}

	/** Every folder's entries, for the server when it starts. */
	snapshot(): AcceptedFolder[] {
		return [...this.entries].map(([folder, entries]) => ({ folder, entries }));
	}

	/** Records the entry in the file of the document's workspace folder. */
	accept(documentUri: string, entry: AcceptedEntry): Promise<void> {
		return this.serially(async () => {
			const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(documentUri));
			if (!folder) {
				void vscode.window.showInformationMessage(`CiteCheck: open the paper's folder to mark findings as checked; they are kept in its ${ACCEPTED_FILE}.`);
				return;
			}
			const read = await this.read(folder);
			if ('error' in read) {
				const backup = await this.backUp(folder);
				void vscode.window.showWarningMessage(`CiteCheck: ${ACCEPTED_FILE} was not readable (${read.error}); it was kept as ${backup} and a new one started.`);
			}
			await this.write(folder, withEntry('error' in read ? [] : read.entries, entry));
		});
	}

	/** "Accepted Findings": lists them; picking one removes it, and "Clear all" removes them all. */
	async list(): Promise<void> {
		await this.load();
		const broken = [...this.told.keys()];
		if (broken.length > 0)
			void vscode.window.showErrorMessage(`CiteCheck: ${ACCEPTED_FILE} of ${broken.join(', ')} is not readable; fix it to list its findings.`);
		const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => (this.entries.get(f.uri.toString()) ?? []).length > 0);
		const items = folders.flatMap((folder) =>
			this.entries.get(folder.uri.toString())!.map((entry) => ({
				label: `$(pass) ${entry.code}`,
				description: (vscode.workspace.workspaceFolders?.length ?? 0) > 1 ? folder.name : '',
				detail: entry.text,
				folder,
				entry,
			})),
		);
		if (items.length === 0) {
			if (broken.length === 0) void vscode.window.showInformationMessage('CiteCheck: no finding is marked as checked.');
			return;
		}
		const clear = { label: '$(clear-all) Clear all', description: `${items.length} accepted finding${items.length === 1 ? '' : 's'}`, detail: undefined };
		const picked = await vscode.window.showQuickPick([clear, ...items], {
			title: 'Accepted findings',
			placeHolder: 'Pick a finding to show it again, or clear them all',
			matchOnDetail: true,
		});
		if (!picked) return;
		if (!('entry' in picked)) return this.clearAll(folders, items.length);
		await this.serially(async () => {
			const read = await this.read(picked.folder);
			if (!('error' in read)) await this.write(picked.folder, withoutEntry(read.entries, picked.entry));
		});
	}

	dispose(): void {
		for (const d of this.disposables) d.dispose();
	}

	private async clearAll(folders: vscode.WorkspaceFolder[], count: number): Promise<void> {
		const yes = 'Clear All';
		const answer = await vscode.window.showWarningMessage(`Show the ${count} accepted finding${count === 1 ? '' : 's'} again?`, { modal: true }, yes);
		if (answer !== yes) return;
		await this.serially(async () => {
			for (const folder of folders) if (!('error' in (await this.read(folder)))) await this.write(folder, []);
		});
	}

	private serially<T>(work: () => Promise<T>): Promise<T> {
		const next = this.queue.then(work);
		this.queue = next.catch((error: unknown) => {
			void vscode.window.showErrorMessage(`CiteCheck could not update ${ACCEPTED_FILE}: ${messageOf(error)}`);
		});
		return next;
	}

	/** The folder's file as it is now: no file is no entry. */
	private async read(folder: vscode.WorkspaceFolder): Promise<Read> {
		let bytes: Uint8Array;
		try {
			bytes = await vscode.workspace.fs.readFile(fileOf(folder));
		} catch (error) {
			if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return { entries: [] };
			return { error: messageOf(error) };
		}
		try {
			return parseAccepted(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
		} catch {
			return { error: 'it is not UTF-8 text' };
		}
	}

	private async reload(folder: vscode.WorkspaceFolder): Promise<void> {
		const read = await this.read(folder);
		const key = folder.uri.toString();
		if ('error' in read) {
			// Once per kind of trouble: the file is watched, and each save of a half-edited file comes here.
			if (this.told.get(key) !== read.error) {
				this.told.set(key, read.error);
				const open = 'Open File';
				const message = `CiteCheck: ${ACCEPTED_FILE} of ${folder.name} is not readable: ${read.error}. No finding is accepted from it, and it is not written over.`;
				void vscode.window.showErrorMessage(message, open).then((choice) => choice && vscode.window.showTextDocument(fileOf(folder)));
			}
		} else this.told.delete(key);
		this.set(folder, 'error' in read ? [] : read.entries);
	}

	private set(folder: vscode.WorkspaceFolder, entries: AcceptedEntry[]): void {
		const key = folder.uri.toString();
		const before = this.entries.get(key) ?? [];
		if (entries.length > 0) this.entries.set(key, entries);
		else this.entries.delete(key);
		if (formatAccepted(before) !== formatAccepted(entries)) this.notify({ folder: key, entries });
	}

	private async write(folder: vscode.WorkspaceFolder, entries: AcceptedEntry[]): Promise<void> {
		const file = fileOf(folder);
		await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
		await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(formatAccepted(entries)));
		this.told.delete(folder.uri.toString());
		this.set(folder, entries);
	}

	/** Copies the folder's unreadable file beside itself, under a name no other file has; returns that name. */
	private async backUp(folder: vscode.WorkspaceFolder): Promise<string> {
		const stamp = new Date().toISOString().replace(/[:.]/g, '-');
		const backup = vscode.Uri.joinPath(fileOf(folder), '..', `accepted.${stamp}.json.bak`);
		await vscode.workspace.fs.copy(fileOf(folder), backup, { overwrite: false });
		return vscode.workspace.asRelativePath(backup, false);
	}
}

// Folders whose documents are not the writer's: the editor extension's own install folder (its
// README, its corpus), which the client names at start in `initializationOptions.excludedFolders`
// (folder URIs). A document under one is never checked, whatever opened it: a link that showed
// the README in an editor must not fill the Problems panel with findings about CiteCheck itself.

export class ExcludedFolders {
	private folders: string[] = [];

	initialize(options: unknown): void {
		const raw = (options as { excludedFolders?: unknown } | undefined)?.excludedFolders;
		if (!Array.isArray(raw)) return;
		this.folders = raw.filter((f): f is string => typeof f === 'string' && f !== '').map((f) => (f.endsWith('/') ? f : `${f}/`));
	}

	/** Whether the document lies under one of the folders. */
	has(documentUri: string): boolean {
		return this.folders.some((folder) => documentUri.startsWith(folder));
	}
}

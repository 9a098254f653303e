// The documents under a folder that CiteCheck can check: Markdown, LaTeX and plain-text files,
// outside hidden folders and node_modules.

import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { isDocumentPath } from '../languages';

const SKIPPED = /^(?:\.|node_modules$)/;

/** Paths of the documents under `dir`, sorted, at most `limit` of them; an unreadable folder is left out. */
export async function listDocuments(dir: string, limit = 5000): Promise<string[]> {
	const found: string[] = [];
	const walk = async (folder: string): Promise<void> => {
		let entries;
		try {
			entries = await readdir(folder, { withFileTypes: true });
		} catch {
			return;
		}
		entries.sort((a, b) => a.name.localeCompare(b.name));
		for (const entry of entries) {
			if (found.length >= limit) return;
			if (SKIPPED.test(entry.name)) continue;
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) await walk(full);
			else if (entry.isFile() && isDocumentPath(entry.name)) found.push(full);
		}
	};
	await walk(dir);
	return found;
}

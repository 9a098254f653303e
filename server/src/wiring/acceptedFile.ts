// The command line's reading of the accepted findings' file. In the editor the extension reads and
// writes it (the server writes no file); the command line only reads it, from the checked file's
// folder or the nearest one above it, up to the repository's top folder.
import { readFile, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ACCEPTED_FILE, parseAccepted, type AcceptedEntry } from '../domain/check/accepted';

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false,
	);

/** The accepted file of the folder `dir` or the nearest folder above it; none past a folder with `.git`, nor past the root. */
export async function findAcceptedFile(dir: string): Promise<string | undefined> {
	for (let folder = dir; ; folder = dirname(folder)) {
		const candidate = join(folder, ACCEPTED_FILE);
		if (await exists(candidate)) return candidate;
		if ((await exists(join(folder, '.git'))) || dirname(folder) === folder) return undefined;
	}
}

/** The file's entries; an error that says what is wrong when it cannot be read or is malformed. */
export async function readAcceptedFile(path: string): Promise<AcceptedEntry[]> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new Error(`${path}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? String(error)})`}`);
	}
	const parsed = parseAccepted(text);
	if ('error' in parsed) throw new Error(`${path}: ${parsed.error}; no finding is accepted from it`);
	return parsed.entries;
}

/**
 * The entries for each checked file: those of `named` (`--accepted FILE`) for all, else those of
 * the file found from the checked file's folder. Each file is read once; one that cannot be read or
 * is malformed is reported once, through `problem`, and accepts nothing.
 */
export function acceptedEntries(named: string | undefined, problem: (message: string) => void): (documentPath: string) => Promise<AcceptedEntry[]> {
	const read = new Map<string, Promise<AcceptedEntry[]>>();
	const entriesOf = (path: string) => {
		let entries = read.get(path);
		if (!entries) {
			entries = readAcceptedFile(path).catch((error: Error) => (problem(error.message), []));
			read.set(path, entries);
		}
		return entries;
	};
	return async (documentPath) => {
		const path = named ?? (await findAcceptedFile(dirname(documentPath)));
		return path ? entriesOf(path) : [];
	};
}

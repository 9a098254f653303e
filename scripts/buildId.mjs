// The identity of a build: a hash of everything that decides how a library is read and indexed
// (the server's sources, the locked versions of the packages, the build and lexicon scripts).
// The bundles carry it, and an index kept on disk by another build is read afresh, never trusted,
// even when the program's version is the same.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files of a folder, recursively, sorted so that the hash does not depend on the file system's order. */
function filesUnder(dir) {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath ?? entry.path, entry.name))
		.sort();
}

/** The build's identity for the project at `root`: 16 hex digits. */
export function buildId(root = '.') {
	const hash = createHash('sha1');
	const files = [...filesUnder(join(root, 'server', 'src')), ...['package-lock.json', 'scripts/build.mjs', 'scripts/lexicon.mjs'].map((f) => join(root, f))];
	for (const file of files) {
		hash.update(relative(root, file).split('\\').join('/'));
		hash.update('\0');
		hash.update(readFileSync(file));
		hash.update('\0');
	}
	return hash.digest('hex').slice(0, 16);
}

/** The esbuild `define` (and Vitest's) that gives the bundle its identity. */
export function buildDefine(root = '.') {
	return { __CITECHECK_BUILD__: JSON.stringify(buildId(root)) };
}

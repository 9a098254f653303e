import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readVocabulary, type Vocabulary } from '../../server/src/domain/vocabulary';

export const CORPUS_DIR = join(__dirname, '..', '..', 'corpus');

/** The shipped vocabulary, read the way the server reads it (files merged by top-level key). */
export function shippedVocabulary(): Vocabulary {
	const dir = join(CORPUS_DIR, 'vocabulary');
	const raw: Record<string, unknown> = {};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) Object.assign(raw, JSON.parse(readFileSync(join(dir, file), 'utf8')));
	const { vocabulary, problems } = readVocabulary(raw);
	if (problems.length > 0) throw new Error(problems.join('\n'));
	return vocabulary;
}

// The JSON Schema that editors use to check and complete a corpus's vocabulary files (package.json's
// jsonValidation): the shipped files meet it, a malformed one does not, and it names every key the
// vocabulary reader knows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { emptyVocabulary } from '../../server/src/domain/vocabulary';

const ROOT = join(__dirname, '..', '..');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'vocabulary.schema.json'), 'utf8')) as { properties: Record<string, unknown> };
const validate = new Ajv({ allErrors: true }).compile(schema);
const VOCABULARY = join(ROOT, 'corpus', 'vocabulary');

describe('the vocabulary files’ JSON Schema', () => {
	it.each(readdirSync(VOCABULARY).filter((f) => f.endsWith('.json')))('is met by the shipped %s', (file) => {
		const ok = validate(JSON.parse(readFileSync(join(VOCABULARY, file), 'utf8')));
		expect(validate.errors ?? [], file).toEqual([]);
		expect(ok).toBe(true);
	});

	it('is not met by a list given as something else, nor by an entity without names', () => {
		expect(validate({ demonyms: 'Martian' })).toBe(false);
		expect(validate({ entities: [{ id: 'mars', type: 'country' }] })).toBe(false);
		expect(validate({ antonyms: [['rise', 'fall', 'drop']] })).toBe(false);
	});

	it('names every key the vocabulary reader knows', () => {
		const { cleaning, extra, ...lists } = emptyVocabulary();
		void extra;
		const known = [...Object.keys(lists), ...Object.keys(cleaning)].sort();
		expect(
			Object.keys(schema.properties)
				.filter((k) => !k.startsWith('$'))
				.sort(),
		).toEqual(known);
	});

	it('is what package.json gives editors for the files of a vocabulary folder', () => {
		const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
			contributes: { jsonValidation: { fileMatch: string[]; url: string }[] };
		};
		expect(manifest.contributes.jsonValidation).toEqual([{ fileMatch: ['**/vocabulary/*.json'], url: './docs/vocabulary.schema.json' }]);
	});
});

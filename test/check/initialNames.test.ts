// The first word of a sentence is capitalised for that alone, so it is read as a word, unless the
// corpus writes it as a name, or WordNet knows it only as a name, and the tagger reads it as one there:
// then a sentence whose actor is named first is checked as one about that actor. On a corpus about
// another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = [
	'Harbours of the Northern Sea',
	'',
	'Norland has stayed out of every war in the region since the old treaty.',
	'',
	'Its fleet keeps to the coast in winter.',
	'',
	'The merchants of Brisa trade mostly in salt and timber with Norland.',
].join('\n');

const claims = claimsAgainst({ harbours: SOURCE }, '@book{harbours, title = {Harbours of the Northern Sea}, publisher = {Coast Press}, year = {2010}}');

describe('a name that opens a sentence', () => {
	it('makes the sentence a claim about that actor', () => {
		expect(claims('Norland has stayed out of every war in the region.')[0]?.verdict).toBe('supported');
	});

	it('is another actor than the one the passage names', () => {
		expect(claims('Brisa has stayed out of every war in the region.')[0]?.verdict).toBe('unsupported');
	});

	it('is a name WordNet knows only as one, though the corpus never writes it', () => {
		expect(claims('Portugal has stayed out of every war in the region.')[0]?.verdict).toBe('unsupported');
	});

	it('is a word where the corpus does not write it as a name', () => {
		expect(claims('Merchants trade mostly in salt and timber.')).toEqual([]);
	});
});

// How findings name sources: author and year, with a letter where two sources would share a label.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../server/src/domain/corpus/corpus';
import { createChecker } from '../../server/src/domain/index';
import { searchSources } from '../../server/src/features/library';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';
import { shippedVocabulary } from '../helpers/vocabulary';

const BIB = [
	'@online{war, author = {{Wikipedia contributors}}, title = {Tajik Civil War}}',
	'@online{division, author = {{Wikipedia contributors}}, title = {201st Military Base}}',
	'@report{one, author = {Nichol, Jim}, title = {Uzbekistan}, year = {2012}}',
	'@report{two, author = {Nichol, Jim}, title = {Central Asia}, year = {2012}}',
	'@report{alone, author = {Weitz, Richard}, title = {Uzbekistan and the CSTO}, year = {2014}}',
].join('\n');

describe('source labels', () => {
	it('tells apart sources of the same author and year by a letter, in the order of their titles', () => {
		const corpus = buildCorpus({
			bibliographies: [{ path: 'refs.bib', text: BIB }],
			sources: ['war', 'division', 'one', 'two', 'alone'].map((key) => ({ key, raw: `The source ${key} says little.\n` })),
			vocabulary: shippedVocabulary(),
			lexicon: loadLexicon(),
			tagModel: loadTagModel,
		});
		// The Sources view names them the same way.
		const listed = new Map(searchSources(createChecker({ corpus }), '').map((s) => [s.key, s.label]));
		expect(listed.get('division')).toBe('Wikipedia contributors n.d.-a');
		expect(['division', 'war', 'two', 'one', 'alone'].map((key) => corpus.sourceLabel(key))).toEqual([
			'Wikipedia contributors n.d.-a',
			'Wikipedia contributors n.d.-b',
			'Nichol 2012a',
			'Nichol 2012b',
			'Weitz 2014',
		]);
	});
});

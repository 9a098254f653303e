// Acronyms a source defines: a name right before an acronym in brackets defines it, and the source's
// sentences that use the acronym are read as saying the name's words too.
import { describe, expect, it } from 'vitest';
import { buildCorpus } from '../../server/src/domain/corpus/corpus';
import { definedAcronyms } from '../../server/src/domain/corpus/acronyms';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';
import { shippedVocabulary } from '../helpers/vocabulary';

function sentencesOf(raw: string) {
	return buildCorpus({ bibliographies: [], sources: [{ key: 'report', raw }], vocabulary: shippedVocabulary(), lexicon: loadLexicon(), tagModel: loadTagModel })
		.sentences;
}

describe('acronyms a source defines', () => {
	it('takes the capitalised words right before the brackets, with the short words inside a name, as the acronym’s name', () => {
		const sentences = sentencesOf(
			'Troops of the Uzbek National Security Service (SNB) fired. The Islamic Movement of Uzbekistan (IMU) fled. TASHKENT (AP) was quiet. Some tests (NT) ran.\n',
		);
		const defined = definedAcronyms(sentences);
		expect([...defined.keys()].sort()).toEqual(['IMU', 'SNB']);
		expect(defined.get('SNB')!.map((t) => t.key)).toEqual(expect.arrayContaining(['nation', 'secur', 'servic']));
	});

	it('gives a later sentence that uses the acronym the name’s words, as not written there', () => {
		const sentences = sentencesOf('The Valdera Harbour Safety Board (HSB) was founded in 1990.\n\nIn 2012 the HSB ruled that 40 ships were unsafe.\n');
		const later = sentences.find((s) => s.text.startsWith('In 2012'))!;
		const added = later.analysis.tokens.filter((t) => t.referent);
		expect(added.map((t) => t.key)).toEqual(expect.arrayContaining(['harbour', 'safeti', 'board']));
		expect(added.every((t) => later.text.slice(t.start, t.end) === 'HSB')).toBe(true);
	});
});

// A parenthetical reference to a report ("(Harbour Review, May 14, 2012)") dates the report, not what
// the sentence tells: its dates and figures are no evidence. A parenthetical list of figures
// ("(Lisle 709 km, Varna 545 km)") is evidence like the rest of its sentence.
import { describe, expect, it } from 'vitest';
import { writtenCorpus } from '../helpers/corpus';

const corpus = writtenCorpus(
	{
		coast: [
			'The Coast of Arden',
			'',
			'The pilots of Arden struck for higher pay (Harbour Review, May 14, 2012).',
			'',
			'The coast of Arden is 1,254 km long (Lisle 709 km, Varna 545 km).',
		].join('\n'),
	},
	'@report{coast, title = {The Coast of Arden}, institution = {Harbour Review}, year = {2013}}',
);

const sentence = (needle: string) => {
	for (let id = 0; id < 10; id++) {
		const s = corpus.retriever.sentence(id);
		if (s?.text.includes(needle)) return s;
	}
	throw new Error(`no sentence with ${needle}`);
};

describe('a parenthesis in a source', () => {
	it('that refers to a report gives no date or figure', () => {
		const struck = sentence('struck');
		expect(struck.dates.map((d) => d.text)).toEqual([]);
		expect(struck.numbers.map((n) => n.text)).toEqual([]);
	});

	it('that lists figures gives them', () => {
		expect(sentence('1,254').numbers.map((n) => n.text)).toEqual(['1,254', '709', '545']);
	});
});

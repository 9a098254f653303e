import { describe, expect, it } from 'vitest';
import { Analyzer, sameKey } from '../../server/src/domain/text/analyzer';
import { readVocabulary } from '../../server/src/domain/vocabulary';
import { shippedVocabulary } from '../helpers/vocabulary';

const analyzer = new Analyzer(shippedVocabulary());
const keys = (text: string) => analyzer.analyze(text).tokens.map((t) => t.key);

describe('Analyzer', () => {
	it('maps every name of an actor to one entity', () => {
		expect(keys('Tashkent')).toEqual(['@uzbekistan']);
		expect(keys('the Uzbekistani government')).toContain('@uzbekistan');
		expect(keys('Astana')).toEqual(['@kazakhstan']);
		expect(keys('the Collective Security Treaty Organization')).toEqual(['@csto']);
	});

	it('gives a word in "-ise" the stem of its "-ize" spelling, and keeps other words in "-ise" one stem', () => {
		expect(keys('the board recognised the standardisation of cranes')).toEqual(keys('the board recognized the standardization of cranes'));
		expect(keys('the mayor promised')).toEqual(keys('the mayor promises'));
	});

	it('keeps the word of a label a table runs into its figure, and leaves the figure out', () => {
		const text = 'Launches456 (340 orbital)';
		const tokens = analyzer.analyze(text, [{ start: 8, end: 11 }]).tokens;
		expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Launches', 'orbital']);
	});

	it('reads the plural of a word that says nothing of its own as saying nothing too', () => {
		expect(keys('the riots displaced others and thousands fled')).toEqual(keys('the riots displaced and fled'));
	});

	it('prefers the longest name, so a Moscow-led bloc is the CSTO and not Russia', () => {
		expect(keys('the Moscow-led security bloc')).toEqual(['@csto']);
		expect(keys('the Russian-led military bloc')).toEqual(['@csto']);
		expect(keys('Moscow-backed')).toContain('@russia');
	});

	it('finds a word family from any form of a word whose stem is the word itself', () => {
		expect(keys('rising')).toEqual(keys('increase'));
		expect(keys('rises')).toEqual(keys('increase'));
	});

	it('does not take “not only … but also” for a negation', () => {
		expect(analyzer.analyze('The talks not only marked a strengthening of ties but also…').negations).toEqual([]);
		expect(analyzer.analyze('The talks did not mark a strengthening of ties.').negations).toHaveLength(1);
	});

	it('reads a retraction as a denial of what came before it', () => {
		expect(analyzer.analyze('Experts said Tashkent might open a base; this did not occur.').negations).toEqual([
			{ at: 'Experts said Tashkent might open a base; this '.length, scope: 'before' },
		]);
	});

	it('matches all-capital names only in capitals', () => {
		expect(keys('the US and the UN')).toEqual(['@united-states', '@un']);
		expect(keys('let us go')).not.toContain('@united-states');
	});

	it('does not read a lowercase word as a capitalised name', () => {
		expect(keys('a roast turkey')).not.toContain('@turkey');
	});

	it('puts a word family under one concept, inflected or not', () => {
		const [a] = keys('suspended');
		const [b] = keys('froze');
		const [c] = keys('suspending');
		expect(a).toBe(b);
		expect(c).toBe(a);
		expect(keys('set up')).toEqual(keys('established'));
	});

	it('counts negations and notices pronouns', () => {
		expect(analyzer.analyze('Uzbekistan is not reviewing it').negations).toEqual([{ at: 14, scope: 'phrase' }]);
		expect(analyzer.analyze('Kamilov dispelled the idea').negations).toEqual([{ at: 8, scope: 'word' }]);
		expect(analyzer.analyze("Tashkent didn't join").negations).toHaveLength(1);
		expect(analyzer.analyze('It returned in 2006.').pronoun).toBe(true);
		expect(analyzer.analyze('Uzbekistan returned.').pronoun).toBe(false);
	});

	it('marks capitalised words inside a sentence as names', () => {
		const tokens = analyzer.analyze('Troops trained at the Zarafshan range.').tokens;
		expect(tokens.find((t) => t.kind === 'name')?.key).toBe('zarafshan');
		expect(tokens[0]!.kind).toBe('word');
	});

	it('leaves out words inside skipped spans, and keeps exact offsets', () => {
		const text = 'Karimov met Putin on April 15 in Moscow.';
		const tokens = analyzer.analyze(text, [{ start: 21, end: 29 }]).tokens;
		expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Karimov', 'met', 'Putin', 'Moscow']);
	});

	it('works with an empty vocabulary', () => {
		const bare = new Analyzer(readVocabulary({}).vocabulary);
		expect(bare.analyze('Uzbekistan suspended membership').tokens.map((t) => t.key)).toEqual(['uzbekistan', 'suspend', 'membership']);
	});
});

describe('sameKey', () => {
	it('joins stems that differ only at the end, and nothing shorter', () => {
		expect(sameKey('suspend', 'suspens')).toBe(true);
		expect(sameKey('ratifi', 'ratif')).toBe(true);
		expect(sameKey('host', 'hose')).toBe(false);
		expect(sameKey('@csto', '@cstox')).toBe(false);
		expect(sameKey('~join', '~join')).toBe(true);
	});
});

// What pronouns and definite descriptions point back to, and which citations back which clauses.
import { describe, expect, it } from 'vitest';
import { paragraphBacking, clauseBacking } from '../../server/src/domain/claims/citationScope';
import { resolveDiscourse, type DiscourseSentence } from '../../server/src/domain/claims/discourse';
import { Analyzer } from '../../server/src/domain/text/analyzer';
import type { Citation, Sentence } from '../../server/src/domain/types';
import { language } from '../helpers/language';
import { shippedVocabulary } from '../helpers/vocabulary';

const { lexicon, tagger } = language();
const vocabulary = shippedVocabulary();
const analyzer = new Analyzer(vocabulary);

/** Resolves a paper given as paragraphs of sentences (a heading starts with "# "); gives each sentence's referents as text → keys. */
function resolve(paragraphs: string[][]): Record<string, string[]>[] {
	const sentences: DiscourseSentence[] = [];
	paragraphs.forEach((paragraph, block) => {
		for (const raw of paragraph) {
			const heading = raw.startsWith('# ');
			const text = heading ? raw.slice(2) : raw;
			const words = tagger.tag(text);
			sentences.push({
				text,
				heading,
				block,
				words,
				tokens: analyzer.analyze(text).tokens,
				subject: { start: 0, end: words.find((w) => w.pos === 'VERB' || w.pos === 'AUX')?.start ?? 0 },
			});
		}
	});
	const referents = resolveDiscourse(sentences, {
		lexicon,
		entityType: (key) => analyzer.entityType(key),
		entityNames: (key) => analyzer.entityNames(key),
	});
	return referents.map((list, i) => Object.fromEntries(list.map((r) => [sentences[i]!.text.slice(r.start, r.end), r.mentions.flatMap((m) => m.keys)])));
}

describe('what a sentence points back to', () => {
	it('reads "it" as the subject before it, "he" as the person before it', () => {
		const [, second] = resolve([['Kyrgyzstan joined the CSTO in 1994.', 'It left the bloc in 2005.']]);
		expect(second).toEqual({ It: ['@kyrgyzstan'], 'the bloc': ['@csto'] });
		const [, next] = resolve([['Karimov met Putin in Moscow in April.', 'He praised the talks.']]);
		expect(next!.He).toEqual(['@karimov']);
	});

	it('reads "their" as the actors joined as the subject before it in its own clause, not those of a phrase', () => {
		const [first] = resolve([['Kyrgyzstan left the CSTO in 2005, but in the same month Kazakhstan and China renewed their treaty.']]);
		expect(first!.their).toEqual(['@kazakhstan', '@china']);
		const [, second] = resolve([['The CSTO met in Moscow.', 'It grew with Armenia and Belarus in 2002, and their forces trained together.']]);
		expect(second!.their).not.toEqual(['@armenia', '@belarus']);
	});

	it('reads "it" after its sentence’s subject that names a thing, no actor, as that thing ("The fighting … by the time it ended")', () => {
		const [, second] = resolve([
			['The CSTO met in Moscow.', 'The fighting was fiercest in its first year, and by the time it ended it had killed 300 people.'],
		]);
		expect(second!.it).toBeUndefined();
		// A noun for an actor's kind is the actor: "the country …, and it was soon plunged into war".
		const [, third] = resolve([['Kyrgyzstan joined the CSTO in 1994.', 'The country became independent in 1991, and it soon joined the bloc.']]);
		expect(third!.it).toBeDefined();
	});

	it('reads "it" opening the next sentence as the thing the sentence before was about, not an actor named before that', () => {
		const [, , third] = resolve([
			[
				'Kyrgyzstan has preferred bilateral deals to regional blocs.',
				'That caution has kept its options open.',
				'But it has also left its border disputes unsettled.',
			],
		]);
		expect(third!.it).toBeUndefined();
		// After a sentence about an actor, "it" is that actor.
		const [, , after] = resolve([
			['Kyrgyzstan joined the CSTO in 1994.', 'Kyrgyzstan kept its options open.', 'But it has also left its border disputes unsettled.'],
		]);
		expect(after!.it).toEqual(['@kyrgyzstan']);
	});

	it('reads "the two countries" as the last two countries named', () => {
		const [, next] = resolve([['Kazakhstan signed an accord with China in 2006.', 'Trade between the two countries doubled.']]);
		expect(next!['the two countries']).toEqual(['@china', '@kazakhstan']);
	});

	it('reads a bloc or a country described on the spot ("the Eurasian military bloc") as the one named before it, but no other thing', () => {
		const [own] = resolve([['Mercosur told Bolivia that it is suspending its membership in the South American trade bloc.']]);
		expect(own!['the South American trade bloc']).toEqual(['mercosur']);
		const [, next] = resolve([['Bolivia signed the agreement in 1999.', 'The new strategic partnership grew.']]);
		expect(next).toEqual({});
		// Opening its sentence, such a description goes on with the sentence before, as a subject does.
		const [, opening] = resolve([['Kyrgyzstan has left the bloc.', 'The small Central Asian country had joined it in 1994.']]);
		expect(opening!['The small Central Asian country']).toEqual(['@kyrgyzstan']);
		const [, inside] = resolve([['Kyrgyzstan has left the bloc.', 'In 1994 the small Central Asian country had joined it.']]);
		expect(inside!['the small Central Asian country']).toBeUndefined();
	});

	it('does not reach into another paragraph; a heading or the title stands in for an opening subject only', () => {
		const resolved = resolve([
			['# The CSTO and its members'],
			['Tajikistan hosts a Russian base.'],
			['It was founded in 2002.', 'The strategic partnership grew.'],
		]);
		expect(resolved[2]).toEqual({ It: ['@csto'] });
		expect(resolved[3]).toEqual({});
	});

	it('reads "he" as the person who acted in a later clause of the sentence, not the one it was done to', () => {
		const [own] = resolve([
			['Officials had welcomed the talks, and after Karimov spoke to Putin in April 2013, the government said he intended to visit Beijing.'],
		]);
		expect(own!['he']).toEqual(['@karimov']);
	});

	it('reads a description as the actor it names by a word of its name before a nearer one of its kind', () => {
		const resolved = resolve([
			[
				'Tashkent rejoined the Collective Security Treaty Organization in 2006.',
				'It objected to the Collective Rapid Reaction Force created in 2009.',
				"Tashkent suspended its membership, and the others formalized its exit at the organization's summit.",
			],
		]);
		expect(resolved[2]!['the organization']).toEqual(['@csto']);
		// "the organisation", spelt either way.
		expect(
			resolve([['Tashkent rejoined the CSTO in 2006.', 'It objected to the Collective Rapid Reaction Force.', "The organisation's summit followed."]])[2],
		).toEqual({
			'The organisation': ['@csto'],
		});
	});

	it('reads "the bloc" anywhere in a sentence as the heading’s or the title’s bloc, and first as one named before it in its own sentence', () => {
		const resolved = resolve([['# The CSTO and its members'], ['Leaving was not simple, since the bloc required notice.']]);
		expect(resolved[1]).toEqual({ 'the bloc': ['@csto'] });
		const [own] = resolve([['Tajikistan joined the SCO, and the organisation grew.']]);
		expect(own).toEqual({ 'the organisation': ['@sco'] });
	});

	it('reads "the country" as an actor known to be a country before a name of no known kind', () => {
		const [own] = resolve([['Unodex counted the heroin crossing Tajikistan, and seizures in the country rose.']]);
		expect(own!['the country']).toEqual(['@tajikistan']);
	});

	it('resolves a name’s kind from WordNet where the vocabulary has no entry', () => {
		const [, next] = resolve([['Bolivia signed the agreement in 1999.', 'It ratified the text a year later.']]);
		expect(next!.It).toEqual(['bolivia']);
	});
});

function sentence(text: string, block: number, citations: Partial<Citation>[] = []): Sentence {
	return {
		block,
		textStart: 0,
		textEnd: text.length,
		text,
		span: { start: 0, end: text.length },
		citations: citations.map((c) => ({ kind: 'pandoc', span: { start: 0, end: 0 }, keys: ['k'], anchor: text.length, ...c })),
		heading: false,
	};
}

describe('which citations back a claim', () => {
	it('a citation at the end of a paragraph backs the sentences before it that cite nothing', () => {
		const sentences = [sentence('A.', 0), sentence('B.', 0, [{ keys: ['x'] }]), sentence('C.', 0), sentence('D.', 0, [{ keys: ['y'] }]), sentence('E.', 1)];
		expect(paragraphBacking(sentences).map((c) => c.flatMap((x) => x.keys))).toEqual([['x'], [], ['y'], [], []]);
	});

	it('a citation inside a clause backs that clause; one at the sentence’s end backs the clauses that have none', () => {
		const text = 'Portugal joined in 1949 but left in 1966.';
		const s = sentence(text, 0, [
			{ keys: ['a'], anchor: 23 },
			{ keys: ['b'], anchor: text.length },
		]);
		const clauses = [
			{ start: 0, end: 23 },
			{ start: 24, end: text.length },
		];
		const backing = clauseBacking(s, clauses, text.length - 1, []);
		expect(backing.map((b) => [b.from, b.citations.flatMap((c) => c.keys)])).toEqual([
			['clause', ['a']],
			['clause', ['b']],
		]);
		const atEnd = clauseBacking(sentence(text, 0, [{ keys: ['b'], anchor: text.length }]), clauses, text.length - 1, []);
		expect(atEnd.map((b) => b.from)).toEqual(['sentence', 'clause']);
	});
});

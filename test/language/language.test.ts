import { describe, expect, it } from 'vitest';
import { nameKind, nounKind } from '../../server/src/domain/language/kinds';
import { Lexicon } from '../../server/src/domain/language/lexicon';
import { opposite, sameMeaning, SenseBag } from '../../server/src/domain/language/meaning';
import { Tagger, verbStem } from '../../server/src/domain/language/tagger';
import { language } from '../helpers/language';
import { loadTagModel } from '../../server/src/wiring/language';

const { lexicon, tagger } = language();

describe('the lexicon (WordNet)', () => {
	it('finds a lemma’s senses, most frequent first, and nothing for a word it does not have', () => {
		expect(lexicon.size).toBeGreaterThan(100_000);
		expect(lexicon.senses('treaty', 'n').length).toBe(1);
		expect(lexicon.senses('treaty', 'n')).toEqual(lexicon.senses('pact', 'n').slice(0, 1));
		expect(lexicon.senses('zzzz', 'n')).toEqual([]);
	});

	it('is read only when first used, from a function that gives its text', () => {
		let reads = 0;
		const lazy = new Lexicon(() => {
			reads++;
			return '#n 1\ncat 0\n#v 0\n#a 0\n#r 0\n#s 1\n5\n';
		});
		expect(reads).toBe(0);
		expect(lazy.senses('cat', 'n')).toEqual([0]);
		expect(lazy.lexfile(0)).toBe(5);
		expect(reads).toBe(1);
		expect(Lexicon.empty().senses('cat', 'n')).toEqual([]);
	});

	it('tells what kind of thing a noun or a name is', () => {
		expect(nounKind(lexicon, 'president')).toBe('person');
		expect(nounKind(lexicon, 'nation')).toBe('country');
		expect(nounKind(lexicon, 'bloc')).toBe('organization');
		expect(nounKind(lexicon, 'harvest')).toBeUndefined();
		expect(nameKind(lexicon, 'Kyrgyzstan')).toBe('country');
		expect(nameKind(lexicon, 'NATO')).toBe('organization');
	});

	it('knows synonyms, the verb a noun is made from, and antonyms', () => {
		expect(sameMeaning(lexicon, { lemma: 'suspend', pos: 'v' }, { lemma: 'suspension', pos: 'n' })).toBe(true);
		expect(sameMeaning(lexicon, { lemma: 'die', pos: 'v' }, { lemma: 'death', pos: 'n' })).toBe(true);
		expect(sameMeaning(lexicon, { lemma: 'leave', pos: 'v' }, { lemma: 'exit', pos: 'v' })).toBe(true);
		expect(sameMeaning(lexicon, { lemma: 'leave', pos: 'v' }, { lemma: 'visit', pos: 'v' })).toBe(false);
		expect(opposite(lexicon, { lemma: 'increase', pos: 'v' }, { lemma: 'decrease', pos: 'v' })).toBe(true);
		expect(opposite(lexicon, { lemma: 'rise', pos: 'v' }, { lemma: 'fall', pos: 'v' })).toBe(true);
		expect(opposite(lexicon, { lemma: 'rise', pos: 'v' }, { lemma: 'grow', pos: 'v' })).toBe(false);
	});

	it('lets an adjective say what it pertains to, and the other way round ("Swedish" and "Sweden")', () => {
		expect(new SenseBag(lexicon, [{ lemma: 'sweden', pos: 'n' }]).has({ lemma: 'swedish', pos: 'a' })).toBe(true);
		expect(new SenseBag(lexicon, [{ lemma: 'danish', pos: 'a' }]).has({ lemma: 'denmark', pos: 'n' })).toBe(true);
		expect(new SenseBag(lexicon, [{ lemma: 'norway', pos: 'n' }]).has({ lemma: 'swedish', pos: 'a' })).toBe(false);
	});

	it('knows which city is part of which place ("Helsinki" of "Finland"), either way round, and no region of a larger one', () => {
		expect(lexicon.placeWithin('helsinki', 'finland')).toBe(true);
		expect(lexicon.placeWithin('finland', 'helsinki')).toBe(true);
		expect(lexicon.placeWithin('helsinki', 'sweden')).toBe(false);
		expect(lexicon.placeWithin('asia', 'eurasia')).toBe(false);
	});

	it('lets a passage’s words stand in for a claim’s only through their usual senses', () => {
		const bag = new SenseBag(lexicon, [
			{ lemma: 'pact', pos: 'n' },
			{ lemma: 'sign', pos: 'v' },
		]);
		expect(bag.has({ lemma: 'treaty', pos: 'n' })).toBe(true);
		expect(bag.has({ lemma: 'harvest', pos: 'n' })).toBe(false);
	});

	it('takes a derivation from the word it is made from, not from that word’s synonyms', () => {
		// "employment" is made from "employ", a synonym of "apply": "exercises" says nothing of applying.
		expect(new SenseBag(lexicon, [{ lemma: 'exercise', pos: 'n' }]).has({ lemma: 'apply', pos: 'v' })).toBe(false);
		expect(new SenseBag(lexicon, [{ lemma: 'withdrawal', pos: 'n' }]).has({ lemma: 'withdraw', pos: 'v' })).toBe(true);
	});
});

describe('the tagger (wink-nlp)', () => {
	it('reads a word that makes a compound noun WordNet knows with the noun after it as that noun’s first part ("bore holes")', () => {
		const bore = tagger.tag('The engineers sealed the tunnels and bore holes at the old test site.').find((w) => w.text === 'bore');
		expect(bore?.pos).toBe('NOUN');
	});

	it('reads a word that heads a compound noun WordNet knows with "of" as a noun ("heads of state"), not as a verb', () => {
		const heads = tagger.tag('On 12 March 2019, heads of state from the member ports agreed to admit Norland.').find((w) => w.text === 'heads');
		expect(heads).toMatchObject({ pos: 'NOUN', lemma: 'head' });
		expect(tagger.tag('She heads the office of the port.').find((w) => w.text === 'heads')?.pos).toBe('VERB');
	});

	it('reads a participle joined by a hyphen to the word before it as an adjective ("Moscow-dominated"), not as a verb', () => {
		expect(tagger.tag('Both are members of the Moscow-dominated bloc.').find((w) => w.text === 'dominated')?.pos).toBe('ADJ');
		expect(tagger.tag('It is a bloc that Moscow dominated.').find((w) => w.text === 'dominated')?.pos).toBe('VERB');
	});

	it('reads a plural that opens a sentence before its verb as a common noun ("Protests erupted"), a name as a name', () => {
		expect(tagger.tag('Protests erupted in the west.')[0]).toMatchObject({ pos: 'NOUN', lemma: 'protest' });
		expect(tagger.tag('Athens hosted the talks.')[0]?.pos).toBe('PROPN');
	});

	it('gives each word its offsets, part of speech and lemma', () => {
		const text = 'Uzbekistan suspended its membership in June 2012.';
		const words = tagger.tag(text);
		expect(words.map((w) => text.slice(w.start, w.end))).toEqual(words.map((w) => w.text));
		expect(words.find((w) => w.text === 'suspended')).toMatchObject({ pos: 'VERB', lemma: 'suspend' });
	});

	it('mends a verb the model takes for a noun or an adjective, into verbs WordNet knows only', () => {
		const find = (text: string, word: string) => tagger.tag(text).find((w) => w.text === word);
		expect(find('The members formalized its exit.', 'formalized')).toMatchObject({ pos: 'VERB', lemma: 'formalize' });
		expect(find('Tashkent hosts the structure.', 'hosts')).toMatchObject({ pos: 'VERB', lemma: 'host' });
		expect(find('The policy has deep roots.', 'deep')?.pos).not.toBe('VERB');
		// After a count, a name qualifies the plural it counts: no verb in -s agrees with a count.
		expect(find('There are 3,000 Russian soldiers officially reported at the port.', 'soldiers')).toMatchObject({ pos: 'NOUN', lemma: 'soldier' });
		// A year that ends a prepositional phrase qualifies no noun after it, and an article follows no noun.
		expect(find('The record since 2006 shows a steady rise.', 'shows')).toMatchObject({ pos: 'VERB', lemma: 'show' });
		expect(find('In 2019 elections were held.', 'elections')?.pos).toBe('NOUN');
		// A capitalised first word that WordNet knows only as a common noun is that noun, not a name.
		expect(find('Violence broke out in the port.', 'Violence')).toMatchObject({ pos: 'NOUN', lemma: 'violence' });
		expect(find('Turkey sent a delegation to the port.', 'Turkey')?.pos).toBe('PROPN');
		// A word in -ing that opens a sentence right before its verb is the subject: a noun.
		expect(find('Fighting resumed in January.', 'Fighting')).toMatchObject({ pos: 'NOUN', lemma: 'fighting' });
		expect(find('Speaking in Lyon, the mayor said so.', 'Speaking')?.pos).toBe('VERB');
	});

	it('reads a word in -ing after "of" with nothing of its own after it as a noun ("a day of fighting,"), not one that governs an object', () => {
		const find = (text: string, word: string) => tagger.tag(text).find((w) => w.text === word);
		expect(find('The first day of fighting, in spring, was the worst.', 'fighting')).toMatchObject({ pos: 'NOUN', lemma: 'fighting' });
		expect(find('They spoke of reopening the pier.', 'reopening')?.pos).toBe('VERB');
	});

	it('reads "will" after an article or an adjective, with no verb after it, as the noun ("the good will of")', () => {
		expect(tagger.tag('The good will of 1905 faded.').find((w) => w.text === 'will')?.pos).toBe('NOUN');
		expect(tagger.tag('The poor will suffer.').find((w) => w.text === 'will')?.pos).toBe('AUX');
	});

	it('reads a participle that opens a phrase before a noun phrase ("Following the storm,", ", including 300 pilots") as a preposition', () => {
		expect(tagger.tag('Following the 2012 storm, the guild met.')[0]?.pos).toBe('ADP');
		expect(tagger.tag('The pilots, including 30 apprentices, left.').find((w) => w.text === 'including')?.pos).toBe('ADP');
		expect(tagger.tag('He was following the news.').find((w) => w.text === 'following')?.pos).toBe('VERB');
	});

	it('reads a word after a year that ends a phrase, before "that", as a verb ("choices since 1905 show that")', () => {
		expect(tagger.tag('Their choices since 1905 show that small states can act.').find((w) => w.text === 'show')?.pos).toBe('VERB');
	});

	it('reads a capitalised word after an article or a preposition as a name, not a verb ("in Shanghai", "the Shanghai Harbour Charter")', () => {
		const words = tagger.tag('The guild met in Shanghai; the Shanghai Harbour Charter was signed in June 2002.');
		expect(words.filter((w) => w.text === 'Shanghai').map((w) => w.pos)).toEqual(['PROPN', 'PROPN']);
		expect(tagger.tag('The guild wanted to Shanghai the sailors.').find((w) => w.text === 'Shanghai')?.pos).not.toBe('PROPN');
	});

	it('reads a sentence the same whatever texts it read before', () => {
		const fresh = new Tagger(loadTagModel, lexicon);
		const text = "Uzbekistan's exit was formalized at the organization's December 2012 summit.";
		const before = fresh.tag(text);
		expect(before.map((w) => w.text)).toContain("'s");
		// The model keeps a possessive it met before a stray mark as one word of its own.
		fresh.tag("the organization's\u200f view, Uzbekistan's* plan");
		const after = fresh.tag(text);
		expect(after).toEqual(before);
		expect(after.map((w) => text.slice(w.start, w.end))).toEqual(after.map((w) => w.text));
	});

	it('tags as well with the fortieth tagger of a process as with the first (a server builds a corpus, and a tagger, at each refresh)', () => {
		const text = 'Uzbekistan suspended its membership in June 2012.';
		const first = new Tagger(loadTagModel, lexicon).tag(text);
		for (let i = 0; i < 40; i++) expect(new Tagger(loadTagModel, lexicon).tag(text)).toEqual(first);
	});

	it('reads a verb and its particles as the one verb WordNet knows, and a plural after an adjective as a noun', () => {
		const find = (text: string, word: string) => tagger.tag(text).find((w) => w.text === word);
		expect(find('The delegation walked out of the talks.', 'walked')).toMatchObject({ pos: 'VERB', lemma: 'walk_out_of' });
		// A preposition before a date governs it: "held on June 27" is not "hold on" (wait).
		expect(find('The vote was held on June 27, 2010.', 'held')).toMatchObject({ lemma: 'hold' });
		expect(find('Tajik forces took part in the drills.', 'took')).toMatchObject({ pos: 'VERB', lemma: 'take_part' });
		expect(find('They left in 1999.', 'left')).toMatchObject({ pos: 'VERB', lemma: 'leave' });
		expect(find("The CSTO's Indestructible Brotherhood joint exercises were held.", 'exercises')).toMatchObject({ pos: 'NOUN', lemma: 'exercise' });
	});

	it('without a model, still gives the words, untagged', () => {
		const words = new Tagger(undefined).tag('It left in 2012.');
		expect(words.map((w) => w.text)).toEqual(['It', 'left', 'in', '2012', '.']);
		expect(words.every((w) => w.pos === 'X')).toBe(true);
	});

	it('reads the base of a regular verb form', () => {
		expect(verbStem('carried')).toBe('carry');
		expect(verbStem('planning')).toBe('plan');
		expect(verbStem('operated')).toBe('operate');
		expect(verbStem('cooperates')).toBe('cooperate');
	});
});

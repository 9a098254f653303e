// A light verb and its noun say the act of the one verb WordNet defines by them: "became a member of"
// is "joined" ("join": "become part of; become a member of a group or organization"), in words and in
// dates, and dates it only of the same thing.
import { describe, expect, it } from 'vitest';
import { definitionPhrases, LIGHT_VERBS } from '../../scripts/lexicon.mjs';
import { LIGHT, lightNoun, lightVerbOf } from '../../server/src/domain/check/lightVerbs';
import { SenseBag } from '../../server/src/domain/language/meaning';
import { claimsAgainstPortArden } from '../helpers/corpus';
import { language } from '../helpers/language';

const { lexicon, tagger } = language();

const claims = claimsAgainstPortArden(
	[
		'The town joined the Harbour Masters Union in 1948 and became a member of the Northern Shipping Board in 1952.',
		'The League chose Port Arden as its seat on 12 June 1935, and Port Arden joined the Fishing Compact on 3 March 1936.',
		'Port Arden joined the Salt Traders Guild in 1960. In 1967 it became a member of the Western Ferry Board.',
	],
	2015,
);
const judged = (text: string) => claims(text)[0];

describe('a light verb and its noun', () => {
	it('are read from the parts of a verb’s definition that open with a light verb', () => {
		const words = { n: new Set(['part', 'member', 'group', 'organization']), a: new Set(['full']), v: new Set(['part']), r: new Set(['part']) };
		expect(definitionPhrases('become part of; become a member of a group or organization', words)).toEqual(['become=part', 'become=member']);
		expect(definitionPhrases('become a full member', words)).toEqual(['become=member']);
		// Not a verb that governs no noun, nor one the definition does not open with.
		expect(definitionPhrases('go to see a place', words)).toEqual([]);
		expect(definitionPhrases('admit as a member', words)).toEqual([]);
		expect(LIGHT_VERBS).toEqual([...LIGHT]);
	});

	it('are found where a light verb governs a noun, an article or adjective between', () => {
		const words = tagger.tag('The town became a full member of the guild.');
		const became = words.find((w) => w.lower === 'became')!;
		const member = words.find((w) => w.lower === 'member')!;
		expect(lightNoun(words, became)).toBe(member);
		expect(lightVerbOf(words, member)).toBe(became);
		const other = tagger.tag('The town praised a full member of the guild.');
		expect(
			lightVerbOf(
				other,
				other.find((w) => w.lower === 'member')!,
			),
		).toBeUndefined();
		// An idiom WordNet has as a verb of its own is read as that verb ("take place", "happen"), not
		// as "take" and a noun ("take the place of").
		const idiom = tagger.tag('The meeting took place in the town.');
		expect(
			lightNoun(
				idiom,
				idiom.find((w) => w.lower === 'took')!,
			),
		).toBeUndefined();
	});

	it('say what the verb defined by them says, and the verb says what they say', () => {
		const joined = new SenseBag(lexicon, [{ lemma: 'join', pos: 'v' }]);
		expect(joined.saysPhrase({ verb: 'become', noun: 'member' })).toBe(true);
		expect(joined.saysPhrase({ verb: 'become', noun: 'partner' })).toBe(false);
		expect(joined.saysPhrase({ verb: 'take', noun: 'member' })).toBe(false);
		const became = new SenseBag(
			lexicon,
			[
				{ lemma: 'become', pos: 'v' },
				{ lemma: 'member', pos: 'n' },
			],
			[{ verb: 'become', noun: 'member' }],
		);
		expect(became.phrasesVerb('join')).toBe(true);
		expect(became.phrasesVerb('leave')).toBe(false);
		// Only in the verb's usual sense: "be a member" is "belong" only in its fifth.
		expect(new SenseBag(lexicon, [{ lemma: 'belong', pos: 'v' }]).saysPhrase({ verb: 'be', noun: 'member' })).toBe(false);
	});
});

describe('the act a light verb and its noun tell', () => {
	it('is dated where the verb defined by them is', () => {
		const report = judged('Port Arden became a member of the Fishing Compact on 12 June 1936.');
		expect(report?.verdict).toBe('wrong-date');
		expect(report?.message).toContain('3 March 1936');
	});

	it('dates the verb defined by them', () => {
		expect(judged('Port Arden joined the Northern Shipping Board in 1952.')?.verdict).toBe('supported');
		expect(judged('In 1967 Port Arden joined the Western Ferry Board.')?.verdict).toBe('supported');
	});

	it('dates it only of the same thing', () => {
		const report = judged('Port Arden joined the Harbour Masters Union in 1952.');
		// The passage's 1952 is the Board's: the claim's act is dated 1948 there, never 1952.
		expect(report?.verdict).not.toBe('supported');
		expect(report?.message).toContain('1948');
	});
});

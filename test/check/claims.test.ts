import { describe, expect, it } from 'vitest';
import { claimsOf } from '../../server/src/domain/claims/claim';
import { notClaimReason, readSentence } from '../../server/src/domain/claims/reading';
import { Analyzer } from '../../server/src/domain/text/analyzer';
import type { Sentence } from '../../server/src/domain/types';
import { Tagger } from '../../server/src/domain/language/tagger';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';
import { shippedVocabulary } from '../helpers/vocabulary';

const vocabulary = shippedVocabulary();
const analyzer = new Analyzer(vocabulary);
const lexicon = loadLexicon();
const tagger = new Tagger(loadTagModel, lexicon);

function sentence(text: string, heading = false): Sentence {
	return { block: 0, textStart: 0, textEnd: text.length, text, span: { start: 0, end: text.length }, citations: [], heading };
}

/** The sentence's first claim, read alone (no sentence before it). */
function claimOf(s: Sentence) {
	return claimsOf(s, readSentence(s.text, s.heading, analyzer, vocabulary, tagger), [], lexicon)[0];
}

describe('what is a claim', () => {
	it.each([
		['This paper traces Tashkent’s relations with Moscow since 1991.', 'signposting'],
		['In the next section we look at the SCO.', 'signposting'],
		['We now turn to Kazakhstan.', 'signposting'],
		['I argue that Uzbekistan hedges between Russia and China.', 'opinion'],
		['In my opinion, the CSTO matters less than the SCO.', 'opinion'],
		['Why did Uzbekistan leave the CSTO in 2012?', 'question'],
		['Whether Tashkent can stay outside the CSTO is a matter I return to in the conclusion.', 'signposting'],
		['How Astana answered is something we examine below.', 'signposting'],
		['Russia and China', 'fragment'],
	])('"%s" is %s', (text, reason) => {
		expect(notClaimReason(text, false, vocabulary)).toBe(reason);
		expect(claimOf(sentence(text))).toBeUndefined();
	});

	it('a heading is never a claim', () => {
		expect(notClaimReason('Uzbekistan left the CSTO in 2012', true, vocabulary)).toBe('heading');
	});

	it('a statement that names an actor or gives a date is a claim', () => {
		const claim = claimOf(sentence('Uzbekistan left the CSTO in 2012.'));
		expect(claim?.dates.map((d: { text: string }) => d.text)).toEqual(['2012']);
		expect(claim?.analysis.entities).toEqual(['@uzbekistan', '@csto']);
		expect(claimOf(sentence('The picture changed after Zarafshan.'))).toBeDefined();
	});

	it('tells a description from a general statement, whatever its tense', () => {
		expect(claimOf(sentence('The contrast with Kazakhstan is instructive.'))?.general).toBe('a description');
		expect(claimOf(sentence('Tashkent hosts the regional anti-terror centre.'))?.general).toBe('a general statement');
		expect(claimOf(sentence('Uzbekistan left the CSTO in 2012.'))?.general).toBeUndefined();
	});

	it('a date that only names the idea a clause speaks of, its bearing told in the present, dates no event', () => {
		expect(claimOf(sentence('The 2021 debate thus shows a government that is wary of Moscow.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('The 2021 debate ended with a vote.'))?.general).toBeUndefined();
		expect(claimOf(sentence('The debate thus shows a government that was wary of Moscow in 2021.'))?.general).toBeUndefined();
		// The idea may be dated by a phrase after its noun, naming a place: the place is no actor of the clause.
		expect(claimOf(sentence('The arguments heard in Moscow in 2019 point the other way.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('The record since 2006 shows a steady rapprochement.'))?.general).toBe('an interpretation');
		// A time the date names, weighed by the copula, whatever the tense; an act the date dates is a fact.
		expect(claimOf(sentence('The year 1905 was a turning point for Norway.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('The creation in 1905 of a Norwegian navy was a concern for Sweden.'))?.general).toBeUndefined();
		// Things named by their dates, told of in the present, date no event of the clause.
		expect(claimOf(sentence('It traces the Oslo accord of 1905, the treaties of 1907 and 1908, and what followed.'))?.general).toBe('a general statement');
		expect(claimOf(sentence('The starting point is the crisis of 1905.'))?.general).toBe('a general statement');
		expect(claimOf(sentence('Norway signed the accord of 1905 in Oslo.'))?.general).toBeUndefined();
		// An idea named by its date, and nothing else dated: the writer's reading of it, in any tense.
		expect(claimOf(sentence('The good will of 1905 did not settle much.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('The good will of 1905 faded in 1907.'))?.general).toBeUndefined();
	});

	it('an idea as the subject that opens a sentence, capitalised for its place, is the writer’s reading', () => {
		expect(claimOf(sentence('Disarmament settled only one of Russia’s problems.'))?.general).toBe('an interpretation');
		// A time as the subject orders the writer's account: "The second moment turned on …".
		expect(claimOf(sentence('The second moment turned on whether to trust the Hanseatic League.'))?.general).toBe('an interpretation');
		// An ordinal word orders the writer's points; it is no figure that would make the clause a fact.
		expect(claimOf(sentence('The third danger lay on the border with Denmark.'))?.general).toBe('a description');
		expect(claimOf(sentence('The 3rd danger lay on the border with Denmark.'))?.general).toBeUndefined();
	});

	it('a name that only qualifies an idea as the subject does not make it an actor; an actor the predicate names does', () => {
		expect(claimOf(sentence('Meanwhile, Norwegian voices drew the opposite conclusion.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('The decision to pay for post-Cold War dismantlement was one of its wisest investments.'))?.general).toBe('an interpretation');
		// An idea that moves an actor tells what the actor did: the source may say otherwise.
		expect(claimOf(sentence('Meanwhile, Swedish pressure led Norway to leave the union.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Meanwhile, the Norwegian king drew the opposite conclusion.'))?.general).toBeUndefined();
	});

	it('a clause that weighs by degree, with no date or figure, is the writer’s assessment', () => {
		expect(claimOf(sentence('Russia nonetheless remained the heavier weight in the region.'))?.general).toBe('an assessment');
		expect(claimOf(sentence('China gained most visibly from the reorientation of Uzbekistan.'))?.general).toBe('an assessment');
		expect(claimOf(sentence('Few states have carried as many outside interests as Kyrgyzstan.'))?.general).toBe('an assessment');
		expect(claimOf(sentence('Russia sent instructors as well as aircraft to Kyrgyzstan.'))?.general).toBeUndefined();
		// What an actor sought, a time that orders events, or a date that pins it: no weighing of the writer's.
		expect(claimOf(sentence('Russian officials pressed for a stronger CSTO.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Karimov and Rahmon endorsed greater bilateral coordination on water.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Karimov and Rahmon sought more effective cooperation on water.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Russia opened a base in Kyrgyzstan later that year.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Russia remained the larger partner of Uzbekistan in 2013.'))?.general).toBeUndefined();
		// "of the three" counts what the writer named before: it pins nothing, as a date or figure would.
		expect(claimOf(sentence('The Danish route has been the least reliable of the three.'))?.general).toBe('an assessment');
		expect(claimOf(sentence('The Danish route has been the least reliable of 14 routes.'))?.general).toBeUndefined();
	});

	it('that something did not happen, with no date to pin it, is the writer’s conclusion', () => {
		expect(claimOf(sentence('King Haakon, however, was never consulted on the treaty.'))?.general).toBe('a denial');
		expect(claimOf(sentence('King Haakon did not give up the veto.'))?.general).toBe('a denial');
		expect(claimOf(sentence('Norway was not consulted in 1905.'))?.general).toBeUndefined();
	});

	it('what seemed so, dated or not, is an impression; what was planned or continued is not', () => {
		expect(claimOf(sentence('By 1925 the mood in Oslo seemed to swing back toward the monarchy.'))?.general).toBe('an impression');
		expect(claimOf(sentence('Norway appeared to accept the ruling in 1933.'))?.general).toBe('an impression');
		expect(claimOf(sentence('Norway continued to accept the ruling in 1933.'))?.general).toBeUndefined();
	});

	it('a verb of wanting that takes an act after "to" tells of that act; alone it describes', () => {
		expect(claimOf(sentence('In the end Norway had wanted to hold the talks in Bergen.'))?.general).toBeUndefined();
		expect(claimOf(sentence('In the end Norway had wanted a larger share of the quotas.'))?.general).toBe('a description');
	});

	it('an adjective the copula says, completed by an infinitive, is a description; "has to" is an obligation', () => {
		expect(claimOf(sentence('For a government that prized its autonomy, Tashkent was slow to accept the rules.'))?.general).toBe('a description');
		// An idea as the subject past a leading clause ("the CSTO rules") is the writer's reading too.
		expect(claimOf(sentence('For a government that prized its autonomy, the CSTO rules were hard to accept.'))?.general).toBe('an interpretation');
		expect(claimOf(sentence('Any account of Central Asian security has to reckon with Kazakhstan.'))?.general).toBe('a possibility or prediction');
		expect(claimOf(sentence('Uzbekistan was due to hold exercises with Russia in 2005.'))?.general).toBeUndefined();
		// Said in the present, the weighing stands whatever the date of what it speaks of.
		expect(claimOf(sentence('Norway’s answer is likely to remain the one Haakon gave in July 1905.'))?.general).toBe('a description');
		expect(claimOf(sentence('Uzbekistan has joined the exercises with Russia.'))?.general).toBeUndefined();
	});

	it('finds the told event past a leading participle and an aside about the subject', () => {
		expect(claimOf(sentence('Following years of refusing to take part, Uzbekistan has informed the CSTO that it is leaving.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Speaking in Moscow, Karimov said he was concerned about terrorism.'))?.general).toBeUndefined();
		expect(claimOf(sentence('Karimov, who is on a rare trip to Moscow, said he was concerned about terrorism.'))?.general).toBeUndefined();
	});

	it('a vague statement with nothing to check is not', () => {
		expect(claimOf(sentence('Much has changed since then, and many doubts remain.'))).toBeUndefined();
		expect(claimOf(sentence('The argument proceeds in four steps.'))).toBeUndefined();
	});
});

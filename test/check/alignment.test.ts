// Verification by alignment, on a corpus of sources written for the test about other subjects than
// the shipped corpus's, with no vocabulary of their own (the shipped one's general words only, as
// for any folder of the writer's own): a claim's date is compared only with the
// date the passage gives the same event, a figure only with the figure of the same thing, the act
// with its actor; what is not certain is said without a fix.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument, type ClaimReport } from '../../server/src/domain/check/checker';
import { buildCorpus, type Corpus } from '../../server/src/domain/corpus/corpus';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { writtenCorpus } from '../helpers/corpus';
import { shippedVocabulary } from '../helpers/vocabulary';

const SOURCES: Record<string, string> = {
	harbour: [
		'The Port of Valdera',
		'',
		'The Valdera harbour authority opened the northern terminal in 1998. It closed the terminal again in 2011, after the river silted up.',
		'',
		'The authority employed 2,400 dockworkers in 2010. That year the port handled 310 ships.',
		'',
		'On March 4, the authority announced that the southern terminal would reopen in September.',
		'',
		'Do you like this article?',
		'',
		'The harbour authority is run by thieves and always has been.',
	].join('\n'),
	council: 'The Ostrava council approved the harbour budget in 2012.\n',
};
const BIB = [
	'@report{harbour, title = {The Port of Valdera}, institution = {Harbour Review}, year = {2014}, month = feb}',
	'@report{council, title = {Council Minutes}, institution = {Ostrava Council}, year = {2012}}',
].join('\n');

let corpus: Corpus;
beforeAll(() => {
	corpus = writtenCorpus(SOURCES, BIB);
});
function claims(text: string): ClaimReport[] {
	return checkDocument(text, 'markdown', corpus).claims;
}

/** A check against a corpus of one source of the given text (under the key and year of "harbour"). */
/** The text with the fix of its one claim applied, once the claim has the verdict expected. */
function fixedAgainst(source: string, text: string, verdict: ClaimReport['verdict']): string {
	const [claim] = claimsAgainst(source)(text);
	expect(claim?.verdict).toBe(verdict);
	return fixed(text, claim!);
}

function claimsAgainst(source: string): (text: string) => ClaimReport[] {
	const one = buildCorpus({
		bibliographies: [{ path: 'refs.bib', text: BIB }],
		sources: [{ key: 'harbour', raw: source }],
		vocabulary: shippedVocabulary(),
		lexicon: loadLexicon(),
		tagModel: loadTagModel,
	});
	return (text) => checkDocument(text, 'markdown', one).claims;
}

function fixed(text: string, claim: ClaimReport): string {
	let out = text;
	for (const fix of [...claim.fixes].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, fix.span.start) + fix.newText + out.slice(fix.span.end);
	return out;
}

describe('dates', () => {
	it('compare a clause’s date with the date of the same event, and fix only that clause', () => {
		const text = 'The Valdera harbour authority opened the northern terminal in 1998, only to close it again in 2012.';
		const [opened, closed] = claims(text);
		expect(opened).toMatchObject({ text: 'The Valdera harbour authority opened the northern terminal in 1998', verdict: 'supported' });
		expect(closed).toMatchObject({ verdict: 'wrong-date', message: 'The Port of Valdera 2014 dates this to 2011, not 2012.' });
		expect(fixed(text, closed!)).toBe('The Valdera harbour authority opened the northern terminal in 1998, only to close it again in 2011.');
	});

	it('never take the date of another event of the passage to fix a right one', () => {
		const text = 'The Valdera harbour authority opened the northern terminal in 1998.';
		const [claim] = claims(text);
		expect(claim!.verdict).toBe('supported');
		expect(claim!.fixes).toEqual([]);
	});

	it('say, without a fix, that a passage whose words for the event differ dates it otherwise', () => {
		const [claim] = claims('The Ostrava council voted for the harbour budget in 2013.');
		expect(claim).toMatchObject({
			verdict: 'unsupported',
			message: 'No source dates this. Council Minutes 2012 dates a related event to 2012; check which date this claim means.',
		});
		expect(claim!.fixes).toEqual([]);
	});

	it('say nothing of a related event’s date for a claim that names no actor: nothing pins the passage to its event', () => {
		const against = claimsAgainst(
			'Both towns blamed each other for the fighting. The dispute continued for two days, after which the two councils agreed to a truce on the night of 16 September 2022, which held for a day.\n',
		);
		const [claim] = against('Fighting resumed on 27 January 2022, after a truce.');
		expect(claim!.verdict).not.toBe('wrong-date');
	});

	it('take no date of leaving for a verb that only puts its object in a state ("left three guards dead"), on a real encyclopedia article (test/corpora)', async () => {
		const real = await loadCorpus([join(__dirname, '..', 'corpora', 'kyrgyzstan-bases-border')]);
		// The article dates the start of the conflict, and a withdrawal of troops days later.
		const [claim] = checkDocument('The first day of fighting, 28 April 2021, left three guards dead.\n', 'markdown', real).claims;
		expect(claim!.verdict).not.toBe('wrong-date');
		expect(claim!.fixes).toEqual([]);
	});

	it('never take the date of the opposite thing ("southern" against "northern"), nor of doing again ("reopen"), for the claim’s', () => {
		const [claim] = claims('In 1997 the Valdera harbour authority opened the southern terminal.');
		expect(claim).toMatchObject({ verdict: 'unsupported', fixes: [] });
		const [announced] = claims('On March 4, 2014, the Valdera authority announced that the northern terminal would reopen in September.');
		expect(announced!.verdict).not.toBe('supported');
		expect(announced!.fixes).toEqual([]);
	});

	it('never take the date of a sentence beside the passage that shares only a name or two with the claim', () => {
		const claims = claimsAgainst(
			"As Professor Anna Berg noted in our December 2013 interview, officials in Valdera reacted positively to the new minister's election. During the May 21 harbour summit, Mayor Lindqvist spoke to the minister about the port's economic and legal reforms.\n",
		);
		const [claim] = claims("At the harbour summit on May 12, 2014, Mayor Lindqvist told the minister about the port's economic and legal reforms.");
		expect(claim!.message).not.toContain('December 2013');
		expect(claim!.fixes.map((f) => f.newText)).not.toContain('December 2013');
	});

	it('fix the date from a sentence that retells nearly all of the claim in other words, and only from such a one', () => {
		const claims = claimsAgainst(
			"During the May 21, 2014, harbour summit, Mayor Lindqvist spoke to the minister about the port's economic and legal reforms.\n",
		);
		const text = "At the harbour summit on May 12, 2014, Mayor Lindqvist told the minister about the port's economic and legal reforms.";
		const [told] = claims(text);
		expect(told).toMatchObject({ verdict: 'wrong-date' });
		expect(fixed(text, told!)).toBe("At the harbour summit on May 21, 2014, Mayor Lindqvist told the minister about the port's economic and legal reforms.");
		// A visit to another town is another act, though the sentence shares the mayor and the reforms.
		const [visited] = claims("Mayor Lindqvist visited Ostrava in September 2014 to reward the port's economic and legal reforms.");
		expect(visited!.fixes).toEqual([]);
	});

	it('fix the date from a sentence that tells the claim’s act but writes its date away from it, where it retells nearly all of the claim', () => {
		const source = 'The Valdera council summit in July 2005 called on Nordline to set a deadline for withdrawing its old vessels from the northern routes.\n';
		const text = 'At its July 2006 summit the Valdera council called on Nordline to set a deadline for withdrawing its old vessels from the northern routes.';
		expect(fixedAgainst(source, text, 'wrong-date')).toBe(text.replace('July 2006', 'July 2005'));
	});

	it('answer a period the claim gives only with a period, never with the date of a single act', () => {
		const claims = claimsAgainst('The Valdera harbour authority suspended its ferry licence in June 2012.\n');
		const [claim] = claims('The Valdera harbour authority suspended its ferry licence between 1999 and 2006.');
		expect(claim!.verdict).not.toBe('wrong-date');
		expect(claim!.fixes).toEqual([]);
	});

	it('date the act a verb governs ("decided to close")', () => {
		const text = 'In 2012 the Valdera harbour authority decided to close the northern terminal.';
		const [claim] = claims(text);
		expect(claim).toMatchObject({ verdict: 'wrong-date', message: 'The Port of Valdera 2014 dates this to 2011, not 2012.' });
		expect(fixed(text, claim!)).toBe('In 2011 the Valdera harbour authority decided to close the northern terminal.');
	});

	it('never answer a date with the start of a state ("has not … since")', () => {
		const claims = claimsAgainst('The Valdera shipyard has not built a ferry since March 2004, and has confined its recent work to repairs.\n');
		const [claim] = claims('The Valdera shipyard built a new ferry in 2009.');
		expect(claim!.fixes).toEqual([]);
	});

	it('date a noun phrase the date is written into ("the port’s May 4-6, 2013, sailing regatta")', () => {
		const claims = claimsAgainst(
			"After the marina opened in 2009, yachts from Ostrava took part in the port's May 4-6, 2013, sailing regatta at the Valdera marina.\n",
		);
		const text = "Yachts from Ostrava joined the port's May 2012 sailing regatta at the Valdera marina.";
		const [claim] = claims(text);
		expect(claim).toMatchObject({ verdict: 'wrong-date' });
		expect(fixed(text, claim!)).toBe("Yachts from Ostrava joined the port's May 2013 sailing regatta at the Valdera marina.");
		// A comma after a date that opens the sentence ends a phrase: what follows is not the dated thing.
		const [opening] = claims('On May 5, 2012, yachts from Ostrava took part in the sailing regatta at the Valdera marina.');
		expect(opening!.fixes.map((f) => f.newText)).not.toContain('yachts');
	});

	it('find passages for a claim whose verb no source uses', () => {
		// Ten sentences name the delegation and the council: those words are too common to find one.
		const others = ['met', 'voted', 'argued', 'agreed', 'adjourned', 'debated', 'dined', 'travelled', 'waited'].map(
			(verb) => `The Ostrava delegation ${verb} at the Valdera port council.`,
		);
		const claims = claimsAgainst(`${others.join(' ')} The Ostrava delegation withdrew from the Valdera port council in 1999.\n`);
		const [claim] = claims('The Ostrava delegation stormed off the Valdera port council in 1997.');
		expect(claim!.message).toContain('The Port of Valdera 2014');
	});

	it('date what a verb that tells little governs ("held a regatta") by the passage’s date for it', () => {
		const claims = claimsAgainst('On June 3, 2013 the Ostrava yacht club took part in a regatta off the Valdera coast.\n');
		const text = 'On June 3, 2012, the Ostrava yacht club held a regatta off the Valdera coast.';
		const [claim] = claims(text);
		expect(claim).toMatchObject({ verdict: 'wrong-date' });
		expect(fixed(text, claim!)).toBe('On June 3, 2013, the Ostrava yacht club held a regatta off the Valdera coast.');
	});

	it('never date the signing of a document by another act on it ("ratified the treaty")', () => {
		const claims = claimsAgainst('The Ostrava council ratified the harbour treaty in 2014.\n');
		const [claim] = claims('The Ostrava council signed the harbour treaty in 2012.');
		expect(claim!.fixes).toEqual([]);
	});

	it('date a subject that a verb says began ("broke out") by the passage’s date for its start, never its end', () => {
		const started = claimsAgainst('A dock strike started in the Valdera harbour on 4 May 2013.\n');
		const text = 'The dock strike in the Valdera harbour broke out on 4 April 2013.';
		const [claim] = started(text);
		expect(fixed(text, claim!)).toBe('The dock strike in the Valdera harbour broke out on 4 May 2013.');
		const ended = claimsAgainst('A dock strike in the Valdera harbour ended on 4 May 2013.\n');
		expect(ended(text)[0]!.fixes).toEqual([]);
	});

	it('never date the end of a state ("extending its presence through 2042") by the date of another act', () => {
		const claims = claimsAgainst(
			'(Oct. 30, 2013) On October 1, 2013, members of the Valdera council ratified a treaty with Ostrava on extension of the term of the Ostrava harbour base. (Council Approved Placement of the Ostrava Base for Another 30 Years, NEWS (Oct. 1, 2013).) The base was established in 2004 and initially was to be in place for ten years, with the original agreement set to expire by the end of 2013.\n',
		);
		const text = "Ostrava's harbour base was set up in 2004, and nine years later the Valdera council ratified a treaty extending its presence through 2042.";
		for (const claim of claims(text)) {
			expect(claim.fixes).toEqual([]);
			expect(claim.verdict).not.toBe('wrong-number');
		}
	});

	it('never date an act of an actor by what a thing does with the same verb ("the charter entered into force")', () => {
		const claims = claimsAgainst(
			'The Valdera harbour league was founded by Valdera and Ostrava in 2001, and the harbour league charter entered into force in 2004.\n',
		);
		const [claim] = claims('The Ostrava council entered the Valdera harbour league in 2003.');
		expect(claim!.fixes).toEqual([]);
		// What the thing does is dated by it.
		const [charter] = claims('The harbour charter entered into force in 2003.');
		expect(charter!.fixes.map((f) => f.newText)).toEqual(['2004']);
	});

	it('date the act of a clause led by a time told from another event ("A year after the league was founded, …") by the act’s own date', () => {
		const claims = claimsAgainst(
			'The harbour league was founded on 3 May 2001 with the signing of the Charter on Fishing Quotas in Valdera. On 12 June 2002, the same ports signed the Charter on Harbour Dues in Ostrava.\n',
		);
		const text = 'A year after the harbour league was founded, on 12 June 2003, the same ports signed the Charter on Harbour Dues in Ostrava.';
		const [claim] = claims(text);
		expect(claim!.fixes.map((f) => f.newText)).toEqual(['12 June 2002']);
	});

	it('tell an announcement’s date from the date of what was announced', () => {
		const [claim] = claims('On March 4, 2014, the Valdera authority announced that the southern terminal would reopen in September.');
		expect(claim!.verdict).toBe('supported');
		const [wrong] = claims('On March 4, 2014, the Valdera authority announced that the southern terminal would reopen in October.');
		expect(wrong!.verdict).not.toBe('supported');
		expect(wrong!.fixes.map((f) => f.newText)).not.toContain('March 4');
	});
});

describe('sentences of several clauses', () => {
	it('a clause no passage says alone is supported with its sentence by a passage that tells the whole of it', () => {
		const claims = claimsAgainst(
			"Analysts predicted that the port would merge with Ostrava. Mayor Lindqvist swiftly dispelled this prediction in a public statement on May 3, by stating that a merger of the two ports was not on the council's agenda.\n",
		);
		expect(claims('Mayor Lindqvist quickly rejected the forecast.')[0]!.verdict).toBe('unsupported');
		const both = claims("Mayor Lindqvist quickly rejected the forecast, stating on May 3, 2014, that a merger was not on the council's agenda.");
		expect(both.map((c) => [c.text, c.verdict])).toEqual([
			['Mayor Lindqvist quickly rejected the forecast', 'supported'],
			["stating on May 3, 2014, that a merger was not on the council's agenda.", 'supported'],
		]);
	});
});

describe('polarity', () => {
	it('a denial is contradicted only by a passage that speaks of what is denied', () => {
		const claims = claimsAgainst('After the strike the Valdera harbour authority negotiated a new lease with the Ostrava shipping line.\n');
		const [claim] = claims('The Valdera lease negotiations with the Ostrava shipping line were not quick.');
		expect(claim!.verdict).not.toBe('contradicted');
		const [denied] = claims('The Valdera harbour authority did not negotiate a new lease with the Ostrava shipping line.');
		expect(denied!.verdict).toBe('contradicted');
	});
});

describe('figures', () => {
	it('are compared with the figure of the same thing', () => {
		const text = 'In 2010 the Valdera harbour authority employed 2,600 dockworkers.';
		const [claim] = claims(text);
		// The figure is said and fixed with what it counts, where both write it right after the number.
		expect(claim).toMatchObject({ verdict: 'wrong-number', message: 'The Port of Valdera 2014 gives 2,400 dockworkers, not 2,600 dockworkers.' });
		expect(claim!.fixes.map((f) => f.newText)).toEqual(['2,400 dockworkers']);
		expect(fixed(text, claim!)).toBe('In 2010 the Valdera harbour authority employed 2,400 dockworkers.');
	});

	it('never fix a count with a number that points back ("the two cities")', () => {
		const claims = claimsAgainst('Trade between the two cities grew after the Valdera and Ostrava harbours signed the accord.\n');
		const [claim] = claims('Six cities signed the harbour accord with Valdera and Ostrava.');
		expect(claim!.fixes).toEqual([]);
	});

	it('a bound agrees with a figure it allows close to it, and is rewritten only against a bound of its kind', () => {
		const claims = claimsAgainst('More than 3,300 ships were repaired at the Valdera yard. The yard could hold up to 1,500 dockworkers.\n');
		expect(claims('Well over 3,000 ships were repaired at the Valdera yard.')[0]!.verdict).toBe('supported');
		const text = 'The Valdera yard could hold up to 1,000 dockworkers.';
		const [capped] = claims(text);
		expect(fixed(text, capped!)).toBe('The Valdera yard could hold up to 1,500 dockworkers.');
		const [exact] = claims('The Valdera yard could hold 1,000 dockworkers.');
		expect(exact).toMatchObject({ verdict: 'wrong-number', fixes: [] });
	});

	it('name the passage’s figure whose words are the claim’s, not the first one', () => {
		const claims = claimsAgainst(
			'The Valdera storm flooded the lower town in 2009. Estimates of those made homeless range from 120, the official count of the council, to several hundred, while a harbour pilot alleged that 1,800 were made homeless.\n',
		);
		const [claim] = claims('A harbour pilot put the number made homeless by the Valdera storm at 18,000.');
		expect(claim).toMatchObject({ verdict: 'wrong-number' });
		expect(claim!.message).toContain('1,800');
	});
});

describe('actors', () => {
	it('a passage’s definite description stands for the actor named before it ("the bloc")', () => {
		const claims = claimsAgainst('The CSTO was founded in 2002. Moscow hosted the founding summit. In 2009 the bloc created a rapid reaction force.\n');
		const text = 'The CSTO created a rapid reaction force in 2010.';
		const [claim] = claims(text);
		expect(claim).toMatchObject({ verdict: 'wrong-date' });
		expect(fixed(text, claim!)).toBe('The CSTO created a rapid reaction force in 2009.');
	});

	it('a passage that says it of another actor makes the claim unsupported, and says whose act it was', () => {
		const [claim] = claims('The Ostrava council opened the northern terminal in 1998.');
		expect(claim).toMatchObject({ verdict: 'unsupported', message: 'The Port of Valdera 2014 says this of Valdera, not Ostrava.' });
	});
});

describe('denials, measures and reasons', () => {
	it('a date in brackets after one thing of a list is that thing’s own: it dates no other thing of the list', () => {
		const against = claimsAgainst(
			'The Valdera council signed the Harbour Accord (1994), the Fishing Charter (1996), the River Convention, and the Canal Charter (2003).\n',
		);
		const [river] = against('The Valdera council signed the River Convention in 1996.');
		expect(river).toMatchObject({ verdict: 'unsupported', fixes: [] });
		const text = 'The Valdera council signed the Fishing Charter in 1995.';
		const [fishing] = against(text);
		expect(fishing?.verdict).toBe('wrong-date');
		expect(fixed(text, fishing!)).toBe('The Valdera council signed the Fishing Charter in 1996.');
		expect(against('The Valdera council signed the Harbour Accord in 1994.')[0]?.verdict).toBe('supported');
	});

	it('a sentence that uses an acronym its source defined ("the Harbour Safety Board (HSB)") says what the full name says', () => {
		const against = claimsAgainst(
			[
				'The Valdera Harbour Safety Board (HSB) was founded in 1990.',
				'',
				'The river silted up in the following years.',
				'',
				'In 2012 the HSB ruled that 40 ships were unsafe.',
			].join('\n'),
		);
		const text = 'In 2012 the Harbour Safety Board ruled that 60 ships were unsafe.';
		const [claim] = against(text);
		expect(claim?.verdict).toBe('wrong-number');
		expect(fixed(text, claim!)).toBe('In 2012 the Harbour Safety Board ruled that 40 ships were unsafe.');
	});

	it('a figure’s fix covers the word it is written in ("15,000-strong"), and the finding names the figure alone', () => {
		const text = 'In 2009 the Valdera council formed a 15,000-strong harbour guard.';
		const [claim] = claimsAgainst('In 2009 the Valdera council formed a 20,000-strong harbour guard.\n')(text);
		expect(claim?.message).toBe('The Port of Valdera 2014 gives 20,000, not 15,000.');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['20,000-strong']);
		expect(fixed(text, claim!)).toBe('In 2009 the Valdera council formed a 20,000-strong harbour guard.');
	});

	it('what a figure counts is read past a measure that qualifies it ("447 fifty-five gallon drums" counts drums), so the fix is the drums’ figure', () => {
		const source = 'The harbour crews loaded 447 special fifty-five gallon drums onto 12 barges for the voyage to Lisbon.\n';
		const text = 'The harbour crews packed 774 fifty-five-gallon drums for the voyage to Lisbon.';
		expect(fixedAgainst(source, text, 'wrong-number')).toBe('The harbour crews packed 447 fifty-five-gallon drums for the voyage to Lisbon.');
	});

	it('a percentage range ("10 to 20 percent") is no candidate for a count, so the count’s fix is the one other count', () => {
		const source = 'An estimated 2,000 to 15,000 people died in the Valdera floods, and 10 to 20 percent of the town was displaced.\n';
		const text = 'Estimates of the Valdera floods’ death toll run from 2,000 to 10,000.';
		expect(fixedAgainst(source, text, 'wrong-number')).toBe('Estimates of the Valdera floods’ death toll run from 2,000 to 15,000.');
	});

	it('a clause beside one that is no claim is underlined alone, not with the whole sentence', () => {
		const text = 'Leaving was not simple either, since the Valdera council required three months’ notice.';
		const [claim] = claimsAgainst('The Valdera council required a six-month notice of any port that left.\n')(text);
		expect(claim?.verdict).toBe('wrong-number');
		expect(text.slice(claim!.span.start, claim!.span.end)).toBe('since the Valdera council required three months’ notice.');
	});

	it('a part ("116 of the ships") is not corrected by the whole ("456 ships")', () => {
		const against = claimsAgainst('The Valdera yards built 456 ships between 1949 and 1989.\n');
		const [part] = against('Only 116 of the Valdera ships were built before 1960.');
		expect(part?.fixes).toEqual([]);
		expect(part?.verdict).not.toBe('wrong-number');
		const text = 'The Valdera yards built 465 ships between 1949 and 1989.';
		expect(fixedAgainst('The Valdera yards built 456 ships between 1949 and 1989.\n', text, 'wrong-number')).toBe(
			'The Valdera yards built 456 ships between 1949 and 1989.',
		);
	});

	it('a clause that borrows its verb is dated by the passage’s date that the other clause does not take', () => {
		const passage = 'The mayor of Valdera, Anna Kovac, kept her post after the merger, and was reelected in 2000 and 2007.\n';
		const text = 'Anna Kovac, who kept her post after the merger, was reelected in 2000 and again in 2005.';
		const [first, second] = claimsAgainst(passage)(text);
		expect(first!.verdict).toBe('supported');
		expect(second!.verdict).toBe('wrong-date');
		expect(fixed(text, second!)).toBe('Anna Kovac, who kept her post after the merger, was reelected in 2000 and again in 2007.');
	});

	it('a date right after a preposition dates the clause’s act, not the noun that opens its subject', () => {
		const passage =
			'On 3 May 2021, Valdera and Korvia completed the withdrawal of guards from the harbour, and on 18 May 2021, officials in both towns announced that they had agreed to joint customs controls along their disputed quay.\n';
		const text = 'On 18 June 2021 officials from both towns announced that they had agreed on joint customs controls along the disputed quay.';
		expect(fixedAgainst(passage, text, 'wrong-date')).toBe(text.replace('18 June 2021', '18 May 2021'));
	});

	it('a state an undated report tells as so was so by the year it was published', () => {
		const against = claimsAgainst('Relations between Valdera and Korvia, steadily improving in recent years, now turn on the harbour tariff.\n');
		expect(against('By 2014, relations between Valdera and Korvia had been improving steadily.')[0]!.verdict).toBe('supported');
		expect(against('By 2012, relations between Valdera and Korvia had been improving steadily.')[0]!.verdict).not.toBe('supported');
	});

	it('a verb that holds a thing happening dates it only where the passage holds the same thing', () => {
		const passage =
			'The Valdera and Korvia navies discussed joint naval exercises. On the sidelines, an informal summit was held in Lomia on September 2, 2006.\n';
		const [claim] = claimsAgainst(passage)('Valdera and Korvia held their first joint naval exercise in 2008.');
		expect(claim?.fixes).toEqual([]);
		const text = 'Valdera and Korvia held their first joint naval exercise in 2008.';
		expect(fixedAgainst('Valdera and Korvia held their first joint naval exercise in Lomia on September 2, 2006.\n', text, 'wrong-date')).toBe(
			'Valdera and Korvia held their first joint naval exercise in 2006.',
		);
	});

	it('a figure that names nothing it counts, in a passage that never speaks of what the claim counts, is no finding', () => {
		const against = claimsAgainst(
			'The Valdera Defense Ministry responded with a similarly optimistic message, by highlighting Valdera’s plans to double its number of military collaborations with Korvia to 36 in 2017.\n',
		);
		const [claim] = against('The force numbered 25,000 troops.');
		expect(claim?.fixes).toEqual([]);
		expect(claim?.verdict).not.toBe('wrong-number');
		// Where the passage speaks of the workers, its figure is theirs.
		const text = 'In 2017 the Valdera yards had 2,500 workers.';
		expect(fixedAgainst('In 2017 the workers of the Valdera yards numbered 3,600.\n', text, 'wrong-number')).toBe(
			'In 2017 the Valdera yards had 3,600 workers.',
		);
	});

	it('a related event’s date is no finding where another passage tells the claim itself much more closely', () => {
		const against = claimsAgainst(
			[
				'The Valdera militia, backed by loyal harbour units, seized control of the harbour.',
				'',
				'The river silted up in the following years.',
				'',
				'Fishing declined as the water grew shallow.',
				'',
				'With support from the council, the Valdera militia established a vetted harbour unit in June 2013.',
			].join('\n'),
		);
		const [claim] = against('In December 1992 the Valdera militia, backed by loyal harbour units, seized control of the harbour.');
		expect(claim?.verdict).not.toBe('wrong-date');
		expect(claim?.fixes).toEqual([]);
	});

	it('where a state ends ("through 2042") is not rewritten from the date an act began it', () => {
		const [claim] = claimsAgainst('In 1999 the Valdera council agreed to keep the harbour guard in the port.\n')(
			'The agreement keeps the Valdera harbour guard in the port through 2042.',
		);
		expect(claim?.fixes).toEqual([]);
	});

	it('a date after a participle that follows a noun for an act ("the election held in December 2011") dates that act', () => {
		const source =
			'Anna Berg was declared the acting mayor. A referendum on a new harbour charter is scheduled to be held on June 27, 2010, to be followed by guild elections on October 10, 2010, and a council election in December 2011.\n';
		const [claim] = claimsAgainst(source)('Anna Berg went on to win the council election held in December 2011.');
		expect(claim?.verdict).not.toBe('wrong-date');
		expect(claim?.fixes).toEqual([]);
	});

	it('a day a source gives without its year agrees with the claim’s day, and corrects only the day', () => {
		// A source of no known date: its "2 January" has no year.
		const undated = buildCorpus({
			bibliographies: [{ path: 'refs.bib', text: '@misc{strikes, title = {Dock Strikes}}' }],
			sources: [{ key: 'strikes', raw: 'The Valdera dock strikes began on 2 January after a sharp rise in fuel prices.\n' }],
			vocabulary: shippedVocabulary(),
			lexicon: loadLexicon(),
			tagModel: loadTagModel,
		});
		const against = (text: string) => checkDocument(text, 'markdown', undated).claims;
		expect(against('The Valdera dock strikes began on 2 January 2013 after a sharp rise in fuel prices.')[0]?.verdict).toBe('supported');
		const text = 'Strikes erupted at the Valdera docks on 4 January 2013 after the rise in fuel prices.';
		const [wrong] = against(text);
		expect(wrong?.verdict).toBe('wrong-date');
		expect(fixed(text, wrong!)).toBe('Strikes erupted at the Valdera docks on 2 January 2013 after the rise in fuel prices.');
	});

	it('a denial is not given a date or figure from a passage that tells the thing itself', () => {
		const [claim] = claims('The Valdera harbour authority did not open the northern terminal in 2003.');
		expect(claim?.verdict).not.toBe('wrong-date');
		expect(claim?.fixes).toEqual([]);
	});

	it('a figure joined to its measure ("a six-month notice") is compared with the same measure written apart, and fixed in the writer’s form', () => {
		const claims = claimsAgainst('The Valdera union changed its rules in 2010. Leaving it was hard, with the union requiring a six-month notice.\n');
		const text = 'The Valdera union changed its rules in 2010. Leaving was not simple, since the union required three months of notice.';
		const claim = claims(text).find((c) => c.verdict === 'wrong-number');
		expect(claim?.message).toBe('The Port of Valdera 2014 gives six-month, not three months.');
		expect(fixed(text, claim!)).toBe('The Valdera union changed its rules in 2010. Leaving was not simple, since the union required six months of notice.');
	});
});

describe('names', () => {
	it('a country named in a phrase of the subject ("the Movement of Uzbekistan") is not said to be the actor a passage replaces', () => {
		const [claim] = claimsAgainst('Kazakhstan trained the border guards in 2001.\n')('The Movement of Uzbekistan trained the border guards in 2001.');
		expect(claim?.verdict).toBe('unsupported');
		expect(claim?.message).not.toContain('not Uzbekistan');
	});

	it('a name in a phrase of the subject ("Dockworkers at Valdera") is not the actor a passage may give the act to', () => {
		const source = 'Dockworkers assigned to the Northern Terminal loaded 42,000 containers in 2010.\n';
		const text = 'Dockworkers at Valdera loaded 24,000 containers in 2010.';
		expect(fixedAgainst(source, text, 'wrong-number')).toBe('Dockworkers at Valdera loaded 42,000 containers in 2010.');
	});

	it('a body described by the words of its name is the body the passage names', () => {
		const vocabulary = shippedVocabulary();
		const board = buildCorpus({
			bibliographies: [{ path: 'refs.bib', text: BIB }],
			sources: [
				{ key: 'harbour', raw: 'Valdera has hosted the Anti-Smuggling Board (ASB) since its creation in May 2004.\n' },
				{ key: 'council', raw: 'The anti-fraud office is strict. The smuggling board of the company met in Ostrava.\n' },
			],
			vocabulary: { ...vocabulary, entities: [...vocabulary.entities, { id: 'asb', type: 'organization', names: ['Anti-Smuggling Board', 'ASB'] }] },
			lexicon: loadLexicon(),
			tagModel: loadTagModel,
		});
		const [claim] = checkDocument('In 2004, an anti-smuggling agency was created in Valdera.', 'markdown', board).claims;
		expect(claim?.verdict).toBe('supported');
	});
});

describe('what is not evidence', () => {
	it('a claim only a reader’s comment makes is unsupported, and said to be', () => {
		const [claim] = claims('The Valdera harbour authority has always been run by thieves.');
		expect(claim).toMatchObject({ verdict: 'unsupported', message: expect.stringContaining('reader’s comment') });
	});

	it('a general statement no source makes is no finding, and one a source makes is supported', () => {
		expect(claims('Cities like Valdera usually prosper from tourism.')).toEqual([]);
		// A word like "bilaterally" tells how, not how many: it makes no statement a fact.
		expect(claims('The report argues that Valdera deals with its neighbours bilaterally and on its own terms.')).toEqual([]);
		// Nor do "one of", "the two reports": ways of pointing, not figures.
		expect(claims('Taken together, the two reports suggest that Valdera has always preferred its own terms.')).toEqual([]);
		expect(claims('The Valdera harbour authority closed the northern terminal in 2011.')[0]!.verdict).toBe('supported');
	});

	it('an unsupported claim names the closest passage and the words of the claim it does not back', () => {
		const [claim] = claims('In 2011 the Valdera harbour authority built a dam on the river Orla.');
		expect(claim!.verdict).toBe('unsupported');
		expect(claim!.message).toBe('No source says this. The closest passage (The Port of Valdera 2014) says nothing of “Orla”, “built” or “dam”.');
		expect(claim!.unbacked).toEqual(['Orla', 'built', 'dam']);
	});
});

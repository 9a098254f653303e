// Which of a passage's figures answers a claim's: the one of the same act ("injured", not "evacuated"
// nearby), and "the two sides" counts what was named before, states no figure. On another subject.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimReport } from '../../server/src/domain/check/checker';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = [
	'Harbour Riots',
	'',
	'By 3 May, at least 41 people had been injured on both sides and roughly 10,000 people had been evacuated from the harbour district where the rioting went on.',
].join('\n');

/** A corpus of one report of these paragraphs, by the City Review. */
const report = (key: string, title: string, paragraphs: string[]) =>
	claimsAgainst({ [key]: paragraphs.join('\n\n') }, `@report{${key}, title = {${title}}, institution = {City Review}, year = {2019}}`);

/** The claim is a wrong figure that the source's `said` fixes, where the claim `wrote` it. */
function expectFixed(check: (text: string) => ClaimReport[], text: string, said: string, wrote: string): void {
	const [claim] = check(text);
	expect(claim).toMatchObject({ verdict: 'wrong-number', message: expect.stringContaining(`${said}, not ${wrote}`) });
	expect(claim?.fixes.map((f) => f.newText)).toEqual([said]);
}

const claims = claimsAgainst({ riots: SOURCE }, '@report{riots, title = {The Harbour Riots}, institution = {City Review}, year = {2019}}');

describe('the figure a wrong one is corrected to', () => {
	it('is the passage’s figure of the same act, and "the two sides" is no figure to check', () => {
		const [claim] = claims('By 3 May at least 14 people had been injured on the two sides.');
		expect(claim).toMatchObject({ verdict: 'wrong-number', message: expect.stringContaining('41 people') });
		expect(claim?.fixes?.[0]?.newText).toBe('41 people');
		expect(claims('By 3 May at least 41 people had been injured on the two sides.')[0]?.verdict).toBe('supported');
	});

	it('is the figure the passage writes its act beside, where neither counts a thing', () => {
		const riots = report('riots', 'The Harbour Riots', [
			'Harbour Riots',
			'The riots injured nearly 420 people, mostly dockers, and displaced another 80,000.',
			'On 2 May police entered the district, resulting in four deaths.',
		]);
		const [claim] = riots('The riots displaced another 180,000.');
		expect(claim).toMatchObject({ verdict: 'wrong-number', message: expect.stringContaining('80,000, not 180,000') });
		expect(claim?.fixes?.[0]?.newText).toBe('80,000');
	});

	it('is the share of the same whole, where a passage gives two shares', () => {
		const budget = report('budget', 'Harbour Budget', [
			'Harbour Budget',
			'Norland spends nearly 2.5% of its harbour budget on dredging (above the league’s 2% spending guideline for dredging).',
		]);
		expectFixed(budget, 'Norland spends nearly 3.5% of its harbour budget on dredging.', '2.5%', '3.5%');
	});

	it('is not a figure of a thing nothing of the claim speaks of, on a real encyclopedia article about clashes (test/corpora)', () => {
		const text = readFileSync(join(__dirname, '..', 'corpora', 'kyrgyzstan-bases-border', 'sources', 'wikipedia-clashes2021.txt'), 'utf8');
		const clashes = claimsAgainst({ clashes: text }, '@misc{clashes, title = {2021 Kyrgyzstan–Tajikistan clashes}, author = {{Wikipedia contributors}}}');
		// "started the clashes, resulting in four deaths" counts deaths; the claim's figure counts no thing.
		expect(clashes('The clashes displaced another 180,000.')[0]?.fixes.map((f) => f.newText)).not.toContain('4');
	});

	it('is the one the passage writes a word of the claim with, where it gives several of one thing, on real encyclopedia articles (test/corpora)', () => {
		const article = (folder: string, key: string, title: string) =>
			claimsAgainst(
				{ [key]: readFileSync(join(__dirname, '..', 'corpora', folder, 'sources', `${key}.txt`), 'utf8') },
				`@misc{${key}, title = {${title}}, author = {{Wikipedia contributors}}}`,
			);
		// "Nuclear tests456 (340 underground and 116 aboveground)": "underground" is 340's.
		const site = article('kazakhstan-security', 'wikipedia-semipalatinsk', 'Semipalatinsk Test Site');
		expect(site('Some 240 of the Semipalatinsk tests took place underground.')[0]?.fixes[0]?.newText).toBe('340');
		// "range from 187, the official count … A defector from the SNB alleged that 1,500 were killed."
		const andijan = article('us-uzbekistan-basing', 'wikipedia-andijan', 'Andijan massacre');
		expect(andijan('A defector from the National Security Service put the number killed in Andijan at 15,000.')[0]?.fixes[0]?.newText).toBe('1,500');
	});

	it('is the passage’s frequency for a wrong one, counted against the same span of time', () => {
		const board = report('board', 'The Harbour Board', ['Harbour Board', 'The Harbour Board, the port’s highest body, meets once a year in Valdera.']);
		expectFixed(board, 'The Harbour Board, the port’s highest body, meets twice a year in Valdera.', 'once a year', 'twice a year');
		expect(board('The Harbour Board, the port’s highest body, meets once a year in Valdera.')[0]?.verdict).toBe('supported');
		// Another span of time is no counterpart: no fix writes a yearly count into a monthly one.
		expect(board('The Harbour Board, the port’s highest body, meets twice a month in Valdera.')[0]?.fixes).toEqual([]);
	});

	it.each([
		{
			what: 'both ends of a change in words ("from four years to nine") as figures, the passage’s other end the counterpart',
			source:
				'Following a new charter extending the mayor’s term from four years to six and imposing a one-term limit, an election was held in May, two years ahead of schedule.',
			wrong: 'The new charter lengthened the mayor’s term from four years to nine.',
			right: 'The new charter lengthened the mayor’s term from four years to six.',
			said: 'six',
			wrote: 'nine',
		},
		{
			what: 'a share written as a fraction, fixed in the writer’s form',
			source: 'Since 1995 the city has given Valdera 900 million euros in aid. Of this aid, about two-fifths was budgeted for harbour works.',
			wrong: 'About three-fifths of the city’s aid to Valdera was budgeted for harbour works.',
			right: 'About 40% of the city’s aid to Valdera was budgeted for harbour works.',
			said: 'two-fifths',
			wrote: 'three-fifths',
		},
		{
			what: 'of several figures, the one written nearest the claim’s own day ("increased to €15 million on 3 March 2014"), not one of the claim’s word at another time',
			source:
				'In early 2014 the harbour budget for 2014 was about €10 million, but it was increased to €15 million on 3 March 2014. In 2016, the budget was raised to €23 million.',
			wrong: 'On 3 March 2014 Valdera raised its harbour budget for the year to €25 million.',
			right: 'On 3 March 2014 Valdera raised its harbour budget for the year to €15 million.',
			said: '€15 million',
			wrote: '€25 million',
		},
		{
			what: 'a bound ("as many as") answered by the passage’s bound of the same kind, not by a count made afterwards',
			source:
				'Before the regatta, officials said that up to 5,000 boats might be involved. Afterwards the harbour master reported that only 1,240 boats, crews and harbour officials had taken part.',
			wrong: 'Before the regatta, harbour officials warned that as many as 9,000 boats, crews and harbour officials might take part.',
			right: 'Before the regatta, harbour officials warned that as many as 5,000 boats, crews and harbour officials might take part.',
			said: '5,000 boats',
			wrote: '9,000 boats',
		},
	])('reads $what', ({ source, wrong, right, said, wrote }) => {
		const check = report('valdera', 'Valdera Review', ['Valdera Review', source]);
		expectFixed(check, wrong, said, wrote);
		expect(check(right)[0]?.verdict).toBe('supported');
	});
});

// A source titled by the thing it is about (an encyclopedia's article, "Halden Harbour Bridge")
// speaks of it as "the bridge" or "the structure": such a description names the title's thing, and
// "the official opening took place on …" dates its opening. On a corpus about another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const ARTICLE = [
	'Halden Harbour Bridge',
	'',
	'Halden Harbour Bridge is a road bridge across the harbour of Halden in Norway.',
	'',
	'Construction was financed by a toll company set up in 1996. The official opening took place on 14 June 2001, making the structure the longest bridge in the county since 1958.',
].join('\n');

const HEADLINE = ['Norway, Sweden: Bridge Treaty', '', 'The agreement was signed on 14 June 2001 in Halden.'].join('\n');

describe('a source about one thing', () => {
	const article = claimsAgainst({ bridge: ARTICLE }, '@misc{bridge, title = {Halden Harbour Bridge}, author = {{Wiki contributors}}, year = {2015}}');

	it('names the thing where it says "the structure", and an opening that took place dates its opening', () => {
		expect(article('The Halden Harbour Bridge was officially opened on 14 June 2001.')[0]?.verdict).toBe('supported');
		const [wrong] = article('The Halden Harbour Bridge was officially opened on 14 June 2002.');
		expect(wrong).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('14 June 2001') });
	});

	it('knows its thing by what its opening sentence says it is ("X was the first … race")', () => {
		const regatta = claimsAgainst(
			{
				regatta: [
					'Halden Cup 2009',
					'',
					'Halden Cup 2009 was the first ever international sailing race between Norway and Sweden.',
					'',
					'Boats came from ports along the whole coast.',
					'',
					'Crews trained for weeks in the harbour.',
					'',
					'The race started on 19 August 2009 and crossed the fjord.',
				].join('\n'),
			},
			'@misc{regatta, title = {Halden Cup 2009}, author = {{Wiki contributors}}}',
		);
		const [wrong] = regatta('Halden Cup 2009 started on 20 August 2009.');
		expect(wrong).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('19 August 2009') });
		// A day of no year is not borne out by the year in the name.
		const [, ended] = regatta('The first international sailing race, Halden Cup 2009, started on 19 August 2009, and ended on 29 August.');
		expect(ended?.verdict).not.toBe('supported');
	});

	it('a claimed day of no year is not borne out by a passage’s bare year', () => {
		const fjord = claimsAgainst(
			{ fjord: ['Fjord Crossings', '', 'In 2009 the Halden ferry crossed the fjord for the last time.'].join('\n') },
			'@misc{fjord, title = {Fjord Crossings}, author = {{Harbour Office}}, year = {2010}}',
		);
		expect(fjord('The Halden ferry crossed the fjord for the last time on 29 August.')[0]?.verdict).not.toBe('supported');
		expect(fjord('The Halden ferry crossed the fjord for the last time in 2009.')[0]?.verdict).toBe('supported');
	});

	it('but a title that is no one name (a headline, a list of parties) lends the passage none of its names', () => {
		const headline = claimsAgainst({ treaty: HEADLINE }, '@misc{treaty, title = {Norway, Sweden: Bridge Treaty}, author = {{News Desk}}, year = {2015}}');
		expect(headline('Norway and Sweden signed the bridge treaty on 14 June 2002.')[0]?.verdict).not.toBe('wrong-date');
	});

	it('is the setting of all the source says, though a sentence does not name it', () => {
		const floods = claimsAgainst(
			{
				floods: [
					'Andijan floods',
					'',
					'Heavy rain began on 2 May and the river rose for a week.',
					'',
					'Estimates of those drowned range from 40, the official count of the council, to several hundred.',
				].join('\n'),
			},
			'@misc{floods, title = {Andijan floods}, author = {{Wiki contributors}}, year = {2015}}',
		);
		const [claim] = floods('The council’s official count for Andijan was 40 swept away.');
		expect(claim?.message).toContain('The closest passage');
		expect(claim?.message).not.toContain('“Andijan”');
	});
});

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

	it('but a title that is no one name (a headline, a list of parties) lends the passage none of its names', () => {
		const headline = claimsAgainst({ treaty: HEADLINE }, '@misc{treaty, title = {Norway, Sweden: Bridge Treaty}, author = {{News Desk}}, year = {2015}}');
		expect(headline('Norway and Sweden signed the bridge treaty on 14 June 2002.')[0]?.verdict).not.toBe('wrong-date');
	});
});

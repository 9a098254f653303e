// A news report tells an event undated ("the mayor was cheered when he visited") and dates it a few
// sentences on by a description of it ("the mayor said during the May 12 visit"): the two are read
// together, so that the date dates that event. On a corpus about another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const REPORT = [
	'Harbour Visit',
	'',
	'At a sailing school north of Bergen attended by cadets from the whole coast, Mayor Lars Dahl was warmly welcomed when he visited recently, taking questions from students.',
	'',
	'After praising the school, Dahl then criticised the harbour board, dismissing its plans for the old port.',
	'',
	'"The board has built too little," Dahl said during the May 12 visit, according to a city transcript.',
].join('\n');

const claims = claimsAgainst({ visit: REPORT }, '@article{visit, title = {Harbour Visit}, author = {Berg, Anna}, journal = {Coast News}, year = {2014}}');

describe('a dated description that points back', () => {
	it('dates the event told before it', () => {
		const [wrong] = claims('Mayor Dahl was welcomed at a sailing school north of Bergen during a May 21 visit.');
		expect(wrong).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('May 12') });
		expect(wrong?.fixes[0]?.newText).toBe('May 12');
		expect(claims('Mayor Dahl was welcomed at a sailing school north of Bergen during a May 12 visit.')[0]?.verdict).toBe('supported');
	});
});

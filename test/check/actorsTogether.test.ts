// Two actors the claim lists as acting together are not read as another actor's act where the passage
// tells of one of them ("the two leaders had agreed", said by one); a claim of the other alone still is.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const SOURCE = ['Harbour Talks', '', 'Trump noted that the talks had gone well. He added that the two leaders had agreed to share the fishing quotas.'].join(
	'\n',
);
const claims = claimsAgainst({ talks: SOURCE }, '@report{talks, title = {Harbour Talks}, institution = {Naval Review}, year = {2012}}');
const message = (text: string) => claims(text)[0]?.message ?? '';

describe('actors listed together', () => {
	it('are not told that the passage says it of one of them', () => {
		expect(message('During their talks, Obama and Trump agreed to share the fishing quotas.')).not.toContain('says this of');
		expect(message('Obama and Trump agreed to share the fishing quotas.')).not.toContain('says this of');
	});

	it('leave a claim of the other alone read as another actor’s', () => {
		expect(message('Obama agreed to share the fishing quotas.')).toContain('says this of Donald Trump, not Barack Obama');
	});
});

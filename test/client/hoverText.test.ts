// VS Code shows a finding's message above the hover, in the same box: the hover's verdict line,
// which says the same, is left out then, and a hover with nothing else is not shown.
import { describe, expect, it } from 'vitest';
import { withoutShownVerdict } from '../../client/src/hoverText';

const PASSAGE = '> After years of limiting its participation, Uzbekistan suspended its membership in June 2012.\n\n— Richard Weitz, 146';

describe('the hover in the box that shows the findings too', () => {
	it('leaves out its verdict line when a finding there says it', () => {
		const message = 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.';
		expect(withoutShownVerdict(`**CiteCheck:** ${message}\n\n${PASSAGE}`, [message])).toBe(PASSAGE);
	});

	it('compares the message with the line as written, Markdown escapes undone', () => {
		const message = 'No source says this. The closest passage (Altynbayev 2021) says nothing of “agreement”.';
		const line = '**CiteCheck:** No source says this. The closest passage \\(Altynbayev 2021\\) says nothing of “agreement”.';
		expect(withoutShownVerdict(`${line}\n\n${PASSAGE}`, [message])).toBe(PASSAGE);
	});

	it('is not shown when the verdict was all it said', () => {
		expect(withoutShownVerdict('**CiteCheck:** No source says this.', ['No source says this.'])).toBeUndefined();
	});

	it('keeps its verdict line when no finding there says it: a supported claim, or a finding turned off', () => {
		const supported = `**CiteCheck:** supported by Weitz 2014, p. 146.\n\n${PASSAGE}`;
		expect(withoutShownVerdict(supported, ['Weitz 2014, p. 146 says this; nothing is cited.'])).toBe(supported);
		expect(withoutShownVerdict('**CiteCheck:** No source says this.', [])).toBe('**CiteCheck:** No source says this.');
		expect(withoutShownVerdict(`**Richard Weitz**\n\n${PASSAGE}`, ['No source says this.'])).toBe(`**Richard Weitz**\n\n${PASSAGE}`);
	});
});

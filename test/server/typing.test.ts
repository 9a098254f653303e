// The sentence being typed: found from the edit, held back until it ends or the writer pauses.
import { describe, expect, it } from 'vitest';
import { editEnd, unendedSentence, withoutTyped } from '../../server/src/features/typing';
import { TypingWatch } from '../../server/src/wiring/typingWatch';
import type { DocumentReport } from '../../server/src/domain/check/checker';

describe('the caret after an edit', () => {
	it('is where the inserted text ends, wherever the edit was', () => {
		expect(editEnd('In 2012 Uzbekistan', 'In 2012 Uzbekistan sus')).toBe(22);
		expect(editEnd('Karimov visited China.', 'Karimov visited China in 2005.')).toBe(29);
		expect(editEnd('abc', 'abc')).toBeUndefined();
		// A deletion leaves the caret where the text was taken out.
		expect(editEnd('Karimov visited China in 2005.', 'Karimov visited China.')).toBe(21);
	});
});

describe('the sentence being typed', () => {
	const text = 'Karimov visited China in 2005. In 2012 Uzbekistan sus\n\nNext paragraph.';
	it('runs from the end of the sentence before to the end of the caret’s line', () => {
		const span = unendedSentence(text, 53);
		expect(text.slice(span!.start, span!.end)).toBe('In 2012 Uzbekistan sus');
	});

	it('is none once the sentence has ended, or when the caret is inside a sentence already written', () => {
		const ended = 'Karimov visited China in 2005.';
		expect(unendedSentence(ended, ended.length)).toBeUndefined();
		expect(unendedSentence(`${ended} `, ended.length + 1)).toBeUndefined();
		// Editing the year of a finished sentence: its finding is wanted at once.
		expect(unendedSentence(ended, 28)).toBeUndefined();
	});

	it('has ended when a citation follows its full stop', () => {
		for (const cited of [
			'Karimov visited China in 2005.\\footnote{Weitz, 147.}',
			'Karimov visited China in 2005.[^1]',
			'Karimov visited China in 2005. [@weitz2014, p. 147]',
			'Karimov visited China in 2005.\\cite[147]{weitz2014}',
		]) {
			expect(unendedSentence(cited, cited.length), cited).toBeUndefined();
		}
		const uncited = 'Karimov visited China in 2005 [@weitz2014]';
		expect(unendedSentence(uncited, uncited.length)).toEqual({ start: 0, end: uncited.length });
	});

	it('starts at its paragraph', () => {
		const two = 'First paragraph ends here.\n\nUzbekistan left the CSTO in';
		const span = unendedSentence(two, two.length);
		expect(two.slice(span!.start, span!.end)).toBe('Uzbekistan left the CSTO in');
	});

	it('takes the findings and claims in it out of a report, and only those', () => {
		const finding = (start: number, end: number) => ({ span: { start, end }, code: 'unsupported' as const, message: '', evidence: [], fixes: [] });
		const report = { claims: [], findings: [finding(0, 30), finding(31, 53)], silenced: [], sentences: 2 } as DocumentReport;
		expect(withoutTyped(report, { start: 31, end: 53 }).findings.map((f) => f.span.start)).toEqual([0]);
	});
});

describe('the watch over open documents', () => {
	it('holds the unended sentence back for the pause after the last edit, then lets it go', () => {
		let now = 1000;
		const watch = new TypingWatch(() => now);
		watch.changed('u', 1, 'Karimov visited China in 2005.');
		expect(watch.typing('u', 1, 'Karimov visited China in 2005.', 1500)).toBeUndefined();
		const typed = 'Karimov visited China in 2005. In 2012 Uzbekistan sus';
		watch.changed('u', 2, typed);
		expect(watch.typing('u', 2, typed, 1500)).toMatchObject({ span: { start: 31, end: typed.length }, remaining: 1500 });
		// Another version than the one edited, a pause of 0, or the pause gone by: nothing held back.
		expect(watch.typing('u', 3, typed, 1500)).toBeUndefined();
		expect(watch.typing('u', 2, typed, 0)).toBeUndefined();
		now += 1500;
		expect(watch.typing('u', 2, typed, 1500)).toBeUndefined();
		watch.dispose();
	});
});

import { describe, expect, it } from 'vitest';
import { summaryOf } from '../../server/src/domain/check/summary';
import { reportMarkdown } from '../../client/src/reportMarkdown';

const cited = {
	verdict: 'supported' as const,
	citations: [{ kind: 'pandoc' as const, span: { start: 0, end: 1 }, keys: ['k'], anchor: 0, resolved: ['k'], unknown: [] }],
};
const uncited = { verdict: 'supported' as const, citations: [] };
const wrong = { verdict: 'wrong-date' as const, citations: [] };

const PAPER = { name: 'chapters/one.md', uri: 'file:///w/chapters/one.md', summary: summaryOf({ claims: [cited, cited, uncited, wrong, wrong, wrong] }) };
const NOTES = { name: 'notes (old)|draft.tex', uri: 'file:///w/notes%20(old)|draft.tex', summary: summaryOf({ claims: [] }) };

describe('the workspace report', () => {
	it('has a row per file with its claims and shares, and the total, in lined-up columns', () => {
		const lines = reportMarkdown([PAPER, NOTES], 2, false).markdown.split('\n');
		expect(lines[0]).toBe('# CiteCheck Report');
		expect(lines[2]).toBe('CiteCheck checked 2 files of the workspace: 6 claims, 50% supported, 50% flagged, 17% uncited.');
		expect(lines.slice(4, 9)).toEqual([
			'| file                   | claims | supported | flagged | uncited |',
			'| :--------------------- | -----: | --------: | ------: | ------: |',
			'| chapters/one.md        |      6 |       50% |     50% |     17% |',
			'| notes (old)\\|draft.tex |      0 |         – |       – |       – |',
			'| **total**              |      6 |       50% |     50% |     17% |',
		]);
	});

	it('says where each file name is, and which file it opens', () => {
		const { markdown, links } = reportMarkdown([PAPER, NOTES], 2, false);
		const lines = markdown.split('\n');
		expect(links.map((l) => [lines[l.line]!.slice(l.start, l.end), l.target])).toEqual([
			['chapters/one.md', 'file:///w/chapters/one.md'],
			['notes (old)\\|draft.tex', 'file:///w/notes%20(old)|draft.tex'],
		]);
	});

	it('says when the check was stopped, or some files could not be read', () => {
		expect(reportMarkdown([PAPER], 3, true).markdown).toContain('CiteCheck was stopped after checking 1 of the 3 files of the workspace: 6 claims,');
		expect(reportMarkdown([PAPER], 2, false).markdown).toContain(
			'CiteCheck checked 1 of the 2 files of the workspace (the others could not be read): 6 claims,',
		);
		expect(reportMarkdown([], 0, false).markdown).toContain('CiteCheck checked 0 files of the workspace: 0 claims, – supported, – flagged, – uncited.');
	});
});

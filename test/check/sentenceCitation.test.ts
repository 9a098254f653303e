// A citation at the end of a sentence of several clauses backs the clauses its source speaks of;
// where its source speaks of none of them, it does not fit the sentence, and each clause that another
// source supports is cited wrongly.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const claims = claimsAgainst(
	{
		minutes: 'Council Minutes\n\nThe Ostrava council opened the northern terminal in 1998. The council closed the northern terminal in 2011.',
		almanac: 'Harbour Almanac\n\nThe Valdera lighthouse was rebuilt in 1987 after a storm. The council closed the northern terminal in 2011.',
		ledger: 'Fishing Ledger\n\nHerring catches in the bay fell by half in the 1970s.',
	},
	[
		'@report{minutes, title = {Council Minutes}, institution = {Ostrava Council}, year = {2012}}',
		'@report{almanac, title = {Harbour Almanac}, institution = {Harbour Office}, year = {2012}}',
		'@report{ledger, title = {Fishing Ledger}, institution = {Harbour Office}, year = {1980}}',
	].join('\n'),
);

describe('a citation at the end of a sentence of several clauses', () => {
	it('does not fit where its source speaks of none of them', () => {
		const reports = claims('The Ostrava council opened the northern terminal in 1998, and it closed the terminal in 2011 [@ledger].');
		expect(reports.length).toBeGreaterThan(1);
		for (const report of reports) expect(report.verdict).toBe('citation-mismatch');
	});

	it('backs the clause its source speaks of, and the others are read as citing nothing', () => {
		const [opened, closed] = claims('The Ostrava council opened the northern terminal in 1998, and it closed the terminal in 2011 [@almanac].');
		expect(opened?.verdict).toBe('supported');
		expect(closed?.verdict).toBe('supported');
	});
});

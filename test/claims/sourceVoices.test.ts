// A clause whose subject is a source's author or publisher ("Varga describes …", "The Harbour Board
// reported …") tells what that source says: the name and the saying are no words a passage need hold,
// and the writer credits that source with the statement, as a citation does.
import { describe, expect, it } from 'vitest';
import { claimsAgainst } from '../helpers/corpus';

const check = claimsAgainst(
	{
		pier: 'Port Arden\n\nThe new pier at Port Arden is the finest on the whole coast. Its lamps are lit at dusk.\n\nThe old pier was closed after the storm of 1911.',
		tolls: 'Kelmouth tolls\n\nThe Kelmouth ferry raised its tolls twice in 1987. Fishermen paid half the toll.',
		gazette: 'Harbour news\n\nThe Harbour Board said in March that the ferry to Westmark would stop in winter.',
	},
	[
		'@article{pier, title = {The piers of Port Arden}, author = {Varga, Lena}, year = {1998}}',
		'@article{gazette, title = {Harbour news}, author = {Marr, Ivo}, journal = {Kelmouth Gazette}, year = {1991}}',
		'@report{tolls, title = {Kelmouth tolls}, author = {Holm, Anders}, institution = {Kelmouth Harbour Board, Port of Kelmouth Authority}, year = {1990}}',
	].join('\n'),
);

describe('a source’s author as the subject of a saying', () => {
	it('is where the statement is told: a passage of that author that says it supports it', () => {
		const [claim] = check('Varga describes the new pier at Port Arden as the finest on the whole coast.');
		expect(claim?.verdict).toBe('supported');
		expect(claim?.evidence[0]?.key).toBe('pier');
	});

	it('may tell it in the present of a verb that is no saying ("Varga ties …")', () => {
		const [claim] = check('Varga ties the closure of the old pier at Port Arden to the storm of 1911.');
		expect(claim?.verdict).toBe('supported');
	});

	it('credits each of two authors named together: one of them saying it is enough', () => {
		const [claim] = check('Holm and Varga describe the new pier at Port Arden as the finest on the whole coast.');
		expect(claim?.verdict).toBe('supported');
	});

	it('credits that author: a statement only another author’s source makes is credited wrongly, and the finding says whose it is', () => {
		const [claim] = check('Holm describes the new pier at Port Arden as the finest on the whole coast.');
		expect(claim?.verdict).toBe('citation-mismatch');
		expect(claim?.message).toBe('No source by Holm says this; Varga 1998 does.');
		expect(claim?.fixes).toEqual([]);
	});
});

describe('a source’s publisher as the subject of a saying', () => {
	it('is named by two or more words of its name ("the Harbour Board")', () => {
		const [claim] = check('The Harbour Board reported that the Kelmouth ferry raised its tolls twice in 1987.');
		expect(claim?.verdict).toBe('supported');
		expect(claim?.evidence[0]?.key).toBe('tolls');
	});

	it('is reported saying it by another source: that source supports the claim, which credits no one wrongly', () => {
		const [claim] = check('The Harbour Board said in March that the ferry to Westmark would stop in winter.');
		expect(claim?.verdict).toBe('supported');
		expect(claim?.evidence[0]?.key).toBe('gazette');
	});

	it('is not named by words of its name without its last, nor by one word of a longer name: "Kelmouth", "Port Kelmouth" and "Authority" are not the port’s authority, and are not credited with what another source says', () => {
		for (const port of ['Kelmouth', 'Port Kelmouth', 'Authority']) {
			const [claim] = check(`${port} described the new pier at Port Arden as the finest on the whole coast.`);
			expect(claim?.verdict).toBe('supported');
		}
	});
});

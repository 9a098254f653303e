// A date or figure is written into a sentence only from a passage that names what the sentence's
// subject names: its name, what the passage's pronoun stands for, or a place that the one is part of
// ("Helsinki" for "Finland"). A passage that tells a like act of another does not date it.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'Ostrava joined the river board in 1994. It became a full member of the harbour league in 1995 and joined the league’s pilot service in 1999.',
		'Finland raised its harbour budget to €1.5 billion in 2022, after years of decline.',
	],
	2023,
);

const fromPair = claimsAgainstPortArden(
	[
		'In August 2022 the Varna council approved the harbour plan for both towns, and the mayor signed it. Hungary and Turkey had long objected to the harbour plan.',
	],
	2023,
);

describe('a fix from a passage that names the subject', () => {
	it('is not written from a passage about another', () => {
		const [claim] = claims('Varna finally joined the pilot service on 7 March 2004, becoming the league’s twelfth member.');
		expect(claim?.fixes ?? []).toEqual([]);
	});

	it('is written where the passage names the subject’s country for its capital', () => {
		const [claim] = claims('Helsinki raised its harbour budget to €1.8 billion in 2022, after years of decline.');
		expect(claim?.verdict).toBe('wrong-number');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['€1.5 billion']);
	});

	it('is not written from a sentence that gives the date to another, though the next sentence names the subject', () => {
		const [claim] = fromPair('Budapest was the last capital to approve the harbour plan, in late February 2024.');
		expect(claim?.fixes ?? []).toEqual([]);
	});

	it('is written where the passage names the subject itself', () => {
		const [claim] = claims('Finland raised its harbour budget to €1.8 billion in 2022, after years of decline.');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['€1.5 billion']);
	});
});

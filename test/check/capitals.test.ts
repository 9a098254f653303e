// A writer names a state by its capital ("Helsinki applied …") where a source names the state, and
// the other way round; WordNet knows which city is part of which place. A region is not said by a
// larger one ("Asia" is not "Eurasia"), nor a city by another state.
import { describe, expect, it } from 'vitest';
import { claimsAgainst, claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Finland and Sweden formally applied for membership of the harbour league on May 18, 2022.'], 2023);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('a capital for its state', () => {
	it('is said by a passage that names the state', () => {
		expect(verdict('Helsinki and Stockholm formally applied for membership of the harbour league on 18 May 2022.')).toBe('supported');
	});

	it('is not said by a passage that names another state', () => {
		expect(verdict('Oslo and Copenhagen formally applied for membership of the harbour league on 18 May 2022.')).not.toBe('supported');
	});
});

describe('a capital in the possessive', () => {
	const policy = claimsAgainstPortArden(
		[
			"Norway's official policy holds that four tugs are a sufficient reserve for the harbour league.",
			'Its members meet twice a year.',
			'Their dues are paid in spring.',
			'The league keeps a small office in Oslo for its northern members.',
		],
		2023,
	);
	it('is said by a passage that names its state so', () => {
		expect(policy("Oslo's official policy holds that four tugs are a sufficient reserve for the harbour league.")[0]?.verdict).toBe('supported');
	});
});

describe('a capital for the state a source is titled by', () => {
	const article = claimsAgainst(
		{
			tolls: ['Ferry tolls in Norway', '', 'In 2010 the ferry tolls were reformed; at the same time the tolls for fishing boats were abolished.'].join('\n'),
		},
		'@misc{tolls, title = {Ferry tolls in Norway}, author = {{Wiki contributors}}, year = {2015}}',
	);

	it('is the subject the source speaks of, so its date is written in', () => {
		const text = 'Oslo abolished the tolls for fishing boats in 2012.';
		const [claim] = article(text);
		expect(claim).toMatchObject({ verdict: 'wrong-date', fixes: [expect.objectContaining({ newText: '2010' })] });
	});

	it('but not a city of another state', () => {
		const [claim] = article('Stockholm abolished the tolls for fishing boats in 2012.');
		expect(claim?.fixes).toEqual([]);
	});
});

// A ranking in the sentence beside the one that tells the claim ranks the claim's thing where it
// ranks the same noun ("Being the only bridge between the two towns, …").
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const check = claimsAgainstPortArden(
	[
		'In 1911 the Kell bridge was a stone bridge in Kelmouth that linked Port Arden and Dunmore. Being the only bridge between the two towns, it carried all their trade.',
		'In 1911 the Mill ferry was a small ferry in Kelmouth that linked Port Arden and Lisle. Being the oldest service on the river, it carried few passengers.',
	],
	2020,
);

describe('a ranking told in the sentence beside', () => {
	it('backs the claim where it ranks the same thing', () => {
		const [claim] = check('In 1911 the Kell bridge, a stone bridge in Kelmouth, was the only bridge linking Port Arden with Dunmore.');
		expect(claim?.verdict).toBe('supported');
	});

	it('does not where the passage ranks nothing of the kind', () => {
		const [claim] = check('In 1911 the Mill ferry, a small ferry in Kelmouth, was the only ferry linking Port Arden with Lisle.');
		expect(claim?.verdict).not.toBe('supported');
	});
});

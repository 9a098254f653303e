// "Kelmouth had wanted to build a second pier": a verb of feeling with an infinitive, said of an
// actor, tells what the actor sought, as sources report it, and is checked. The same verb with no
// infinitive still describes.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Port Arden has bought its coal from Kelmouth since 1911.'], 2019);

describe('a verb of feeling with an infinitive', () => {
	it('tells what an actor sought, and is checked', () => {
		expect(claims('Kelmouth had wanted to build a second pier for Port Arden.')[0]?.verdict).toBe('unsupported');
	});

	it('without the infinitive still describes', () => {
		expect(claims('Kelmouth had wanted a second pier for Port Arden.')).toEqual([]);
	});
});

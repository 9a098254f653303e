// "Mazar-i-Sharif", "Dar-es-Salaam": a word joined by hyphens inside a name is part of the name. Its
// "i" is no first-person pronoun, so the clause is checked, not set aside as the writer's own view.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['The Kelmouth ferry was closed in May 1931 when raiders attacked the town of Kal-i-Bar.'], 1990);

describe('a pronoun-like word inside a hyphenated name', () => {
	it('leaves the clause a claim, checked against the passage', () => {
		const found = claims('The Kelmouth ferry was closed in May 1932, when raiders attacked Kal-i-Bar.')[0];
		expect(found?.verdict).toBe('wrong-date');
		expect(found?.fixes.map((f) => f.newText)).toEqual(['May 1931']);
	});

	it('still reads a pronoun of its own as the writer’s voice', () => {
		expect(claims('I think the Kelmouth ferry was closed in May 1932, when raiders attacked Kal-i-Bar.')).toEqual([]);
	});
});

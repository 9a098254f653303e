// An ordinal that ranks no noun after it stands for the unit it names: "the 114th" is the passage's
// "114th Rifle Brigade", named there or around it, as a name is; another number names another unit.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The 114th Rifle Brigade was raised at Port Arden in 1931. Its first colonel was Ivo Marr.',
		'In 1940 the brigade was moved to the northern frontier in expectation of an attack from the sea.',
	],
	2015,
);
const verdict = (text: string) => claims(text)[0]?.verdict;

describe('an ordinal that names a unit', () => {
	it('is the unit the passage or the sentences around it name', () => {
		expect(verdict('In 1940 the 114th moved to the northern frontier in expectation of an attack from the sea.')).toBe('supported');
	});

	it('of another number is another unit', () => {
		expect(verdict('In 1940 the 115th moved to the northern frontier in expectation of an attack from the sea.')).not.toBe('supported');
	});
});

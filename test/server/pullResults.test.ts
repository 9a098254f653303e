import { describe, expect, it } from 'vitest';
import { sameJson } from '../../server/src/wiring/pullResults';

describe('sameJson', () => {
	const diagnostic = {
		range: { start: { line: 2, character: 0 }, end: { line: 2, character: 61 } },
		severity: 2,
		code: 'wrong-date',
		message: 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.',
		relatedInformation: [
			{ location: { uri: 'file:///weitz2014.txt', range: { start: { line: 13, character: 0 }, end: { line: 15, character: 3 } } }, message: 'p. 146' },
		],
	};
	const copy = () => structuredClone(diagnostic);

	it('holds lists of the same diagnostics the same, whatever the order of their keys', () => {
		const { code, ...rest } = copy();
		expect(sameJson([diagnostic], [copy()])).toBe(true);
		expect(sameJson([diagnostic], [{ code, ...rest }])).toBe(true);
		expect(sameJson([], [])).toBe(true);
	});

	it('tells lists apart by a value deep inside, a key more or less, their length or order', () => {
		const moved = copy();
		moved.relatedInformation[0]!.location.range.end.character = 4;
		expect(sameJson([diagnostic], [moved])).toBe(false);
		expect(sameJson([diagnostic], [{ ...copy(), source: 'citecheck' }])).toBe(false);
		const { severity: _, ...noSeverity } = copy();
		expect(sameJson([diagnostic], [noSeverity])).toBe(false);
		expect(sameJson([diagnostic], [diagnostic, diagnostic])).toBe(false);
		expect(sameJson([diagnostic, { ...copy(), code: 'x' }], [{ ...copy(), code: 'x' }, diagnostic])).toBe(false);
		expect(sameJson({ items: [] }, [])).toBe(false);
		expect(sameJson([1], ['1'])).toBe(false);
		expect(sameJson([null], [{}])).toBe(false);
	});
});

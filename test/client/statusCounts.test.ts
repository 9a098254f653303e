import { describe, expect, it } from 'vitest';
import { countsLabel, countsOf, countsText, uncitedText } from '../../client/src/statusCounts';

// Severities as VS Code numbers them: Error 0, Warning 1, Information 2, Hint 3.
const d = (code: string, severity: 0 | 1 | 2 | 3) => ({ code, severity });

describe('the status bar counts', () => {
	it('split the findings by severity as the Problems panel does, and count uncited claims apart', () => {
		const counts = countsOf(12, [
			d('wrong-date', 1),
			d('citation-mismatch', 1),
			d('unsupported', 2),
			d('unsupported', 2),
			d('unsupported', 2),
			d('missing-citation', 3),
			d('missing-citation', 3),
		]);
		expect(counts).toEqual({ supported: 12, errors: 0, warnings: 2, infos: 3, uncited: 2 });
		expect(countsText(counts)).toBe('$(check) 12 · $(warning) 2 · $(info) 3');
		expect(countsLabel(counts)).toBe('CiteCheck: 12 supported claims; 0 errors, 2 warnings, 3 infos');
		expect(uncitedText(counts)).toBe('2 uncited');
	});

	it('follow the severities the settings give: an error is an error, an uncited claim made a warning is a warning too', () => {
		const counts = countsOf(1, [d('wrong-date', 0), d('missing-citation', 1)]);
		expect(countsText(counts)).toBe('$(check) 1 · $(error) 1 · $(warning) 1');
		expect(counts.uncited).toBe(1);
		expect(countsText(countsOf(0, []))).toBe('$(check) 0');
	});
});

// The server's progress values, turned into what VS Code's notification progress takes.
import { describe, expect, it } from 'vitest';
import { ProgressSteps } from '../../client/src/progressSteps';

describe('ProgressSteps', () => {
	it('gives the message with the folders the title names, and the increments of the percentage', () => {
		const steps = new ProgressSteps();
		expect(steps.step({ kind: 'begin', title: 'CiteCheck: /home/me/library', message: 'reading sources…', percentage: 0 })).toEqual({
			message: 'reading sources… (/home/me/library)',
		});
		expect(steps.step({ kind: 'report', message: 'indexing sources: 250 of 1000', percentage: 25 })).toEqual({
			message: 'indexing sources: 250 of 1000 (/home/me/library)',
			increment: 25,
		});
		expect(steps.step({ kind: 'report', percentage: 25 })).toEqual({});
		expect(steps.step({ kind: 'report', message: 'indexing sources: 1000 of 1000', percentage: 100 })).toEqual({
			message: 'indexing sources: 1000 of 1000 (/home/me/library)',
			increment: 75,
		});
		expect(steps.step({ kind: 'end' })).toBe('end');
	});

	it('gives the message alone when the title names no folder', () => {
		expect(new ProgressSteps().step({ kind: 'begin', title: 'CiteCheck', message: 'reading sources…' })).toEqual({ message: 'reading sources…' });
	});
});

// The readers and the tokenizer tell whitespace by code unit; they must agree with `\s`, which the
// rest of the code uses on whole strings.
import { describe, expect, it } from 'vitest';
import { isSpace, isSpaceCode } from '../../server/src/domain/text/whitespace';

describe('whitespace by code unit', () => {
	it('is whitespace exactly where \\s is', () => {
		const disagree: number[] = [];
		for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
		expect(disagree).toEqual([]);
	});

	it('reads a character, and nothing as no space', () => {
		expect([isSpace(' '), isSpace('\u00a0'), isSpace('a'), isSpace(''), isSpace(undefined)]).toEqual([true, true, false, false, false]);
	});
});

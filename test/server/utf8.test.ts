// Text files are read by one rule: UTF-8, a leading byte-order mark left out, UTF-16 and binary
// files refused with a reason a writer can act on.
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../server/src/wiring/utf8';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('reading a file as UTF-8 text', () => {
	it('leaves out a byte-order mark at the start, and keeps one anywhere else', () => {
		expect(decodeUtf8(bytes(0xef, 0xbb, 0xbf, 0x41, 0xef, 0xbb, 0xbf))).toBe('A\ufeff');
		expect(decodeUtf8(new TextEncoder().encode('Émigrés, 2013'))).toBe('Émigrés, 2013');
	});

	it('says why bytes are not UTF-8 text', () => {
		expect(decodeUtf8(bytes(0xff, 0xfe, 0x41, 0x00))).toEqual({ message: 'is UTF-16 text; save it as UTF-8' });
		expect(decodeUtf8(bytes(0x41, 0x00, 0x42))).toEqual({ message: 'looks like a binary file, not text' });
		expect(decodeUtf8(bytes(0x41, 0xe9, 0x42))).toEqual({ message: 'is not valid UTF-8 text; save it as UTF-8' });
	});
});

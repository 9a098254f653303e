// The layout of the index on disk: a JSON document with its typed arrays and long texts beside it.
import { describe, expect, it } from 'vitest';
import { DamagedPackError, packSectioned as packPieces, StoredSection, unpackSectioned, unpackSectionedFrom } from '../../server/src/wiring/sectionedPack';

// The pieces one after another, those written a chunk at a time (sections read from their file, packed again) chunk by chunk.
const packSectioned = (value: unknown) => Buffer.concat(packPieces(value).flatMap((piece) => (ArrayBuffer.isView(piece) ? [piece] : [...piece.chunks()])));

const long = (text: string) => text.repeat(600);
const VALUE = {
	name: 'a library',
	texts: [long('Tashkent – Dushanbe. '), long('plain ASCII text. '), 'short'],
	columns: {
		rows: Int32Array.from([1, -2, 3]),
		counts: Uint16Array.from([7, 65535]),
		scores: Float64Array.from([0.5, Math.PI]),
		bytes: Uint8Array.from([1, 2, 3]),
	},
	odd: [undefined, NaN, Infinity, -Infinity, null, true, 0],
	missing: undefined,
	nested: [{ deep: [Int8Array.from([-1])] }],
};

describe('a document packed with its arrays and texts in sections', () => {
	it('comes back as it was: typed arrays of each kind, long and short texts, undefined and the numbers JSON cannot write', () => {
		const back = unpackSectioned(packSectioned(VALUE)) as typeof VALUE;
		expect(back).toEqual(VALUE);
		expect(back.columns.rows).toBeInstanceOf(Int32Array);
		expect(back.columns.scores).toBeInstanceOf(Float64Array);
		expect('missing' in back).toBe(true);
		expect(Object.is(back.odd[1], NaN)).toBe(true);
	});

	it('reads its arrays where they lie in the bytes given, and from a copy when they would not be aligned', () => {
		const packed = packSectioned(VALUE);
		const back = unpackSectioned(packed) as typeof VALUE;
		expect(back.columns.rows.buffer).toBe(packed.buffer);
		expect(packPieces(VALUE).some((piece) => ArrayBuffer.isView(piece) && piece.buffer === VALUE.columns.rows.buffer)).toBe(true);
		const shifted = new Uint8Array(packed.length + 1).subarray(1);
		shifted.set(packed);
		expect(unpackSectioned(shifted)).toEqual(VALUE);
	});

	it('keeps a key named __proto__ as a key, and takes no prototype from it', () => {
		const value = JSON.parse('{"__proto__": {"polluted": true}, "a": 1}') as Record<string, unknown>;
		const back = unpackSectioned(packSectioned(value)) as Record<string, unknown>;
		expect(Object.keys(back)).toEqual(['__proto__', 'a']);
		expect((back as { polluted?: boolean }).polluted).toBeUndefined();
		expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
	});

	it('refuses bytes that do not hold such a document, with a DamagedPackError', () => {
		const packed = packSectioned(VALUE);
		for (const bytes of [new Uint8Array(0), packed.subarray(0, 100), packed.subarray(0, packed.length - 1), Buffer.from('\u0004\0\0\0null')])
			expect(() => unpackSectioned(bytes)).toThrow(DamagedPackError);
	});

	it('packs no value JSON would change: a Map, a class instance, a function', () => {
		for (const value of [new Map(), new Date(0), () => 1]) expect(() => packSectioned({ value })).toThrow(TypeError);
	});

	it('read from a source too large to hold, leaves its large sections where they lie and reads a range of one when asked', () => {
		const packed = packSectioned(VALUE);
		const reads: [number, number][] = [];
		const source = {
			length: packed.length,
			read: (at: number, length: number) => (reads.push([at, length]), Uint8Array.from(packed.subarray(at, at + length))),
		};
		const back = unpackSectionedFrom(source, 8) as Record<string, unknown> & { columns: Record<string, StoredSection | Uint8Array> };
		expect(back.texts).toEqual(VALUE.texts);
		// The rows (12 bytes) stay in the source; the three bytes are read at once.
		const rows = back.columns.rows as StoredSection;
		expect(rows).toBeInstanceOf(StoredSection);
		expect(back.columns.bytes).toEqual(VALUE.columns.bytes);
		const before = reads.length;
		expect(rows.read(1, 3)).toEqual(Int32Array.from([-2, 3]));
		expect(reads.length).toBe(before + 1);
		expect((back.columns.scores as StoredSection).read(0, 2)).toEqual(VALUE.columns.scores);
		expect(() => rows.read(2, 4)).toThrow(DamagedPackError);
		// Packed again, a section left in the source is read whole.
		expect(unpackSectioned(packSectioned(back))).toEqual(VALUE);
	});
});

// A JSON document whose bulk is kept beside it rather than in it: each typed array as a raw section,
// aligned, read back as a view of the bytes given (nothing copied, nothing decoded), and the long
// strings one after another in a UTF-8 section, each decoded on its own. The index of a large
// library is mostly such arrays and texts; a MessagePack file of it copied each typed array and
// decoded each string in JavaScript, which took most of a start with the index on disk, where
// JSON.parse reads what is left (names, paths, bibliography entries) many times faster. A
// document too large to hold (the index of ten thousand sources) is read from its file instead:
// the document and the texts at once, and each large section a range at a time when asked for.
//
// The layout: the length of the document (4 bytes, little-endian), the document (UTF-8), then the
// sections, each at a multiple of 8 bytes from the start (so that the views are aligned when the
// bytes given are), and the text. The numbers in the sections are in the machine's byte order: the
// caller keeps files of another order apart. Besides plain objects, arrays, strings, booleans and
// null, the document keeps `undefined` and numbers JSON has no word for (NaN, the infinities).

const KINDS = [
	Int8Array,
	Uint8Array,
	Uint8ClampedArray,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array,
	BigInt64Array,
	BigUint64Array,
] as const;
type TypedArray = InstanceType<(typeof KINDS)[number]>;

/** A string at least this long goes to the text section. */
const LONG_STRING = 512;
/** The keys of the objects that stand for a section, a long string and a value JSON cannot say: no saved object has them. */
const SECTION = '\u0000section';
const TEXT = '\u0000text';
const VALUE = '\u0000value';

interface Document {
	value: unknown;
	/** Per section: its kind (in `KINDS`), where it starts (from the end of the document, rounded up to 8) and how many elements it has. */
	sections: number[];
	/** Where the text section starts (likewise) and how many bytes it has. */
	text: [number, number];
}

/** Bytes that can be read at any place (a file kept open): each read gives an array of its own. */
export interface ByteSource {
	readonly length: number;
	read(at: number, length: number): Uint8Array;
}

/** A section left where it lies: its elements are read a range at a time (a `StoredColumn` of the domain). */
export class StoredSection {
	constructor(
		private readonly source: ByteSource,
		private readonly type: (typeof KINDS)[number],
		/** Where it starts in the source. */
		private readonly at: number,
		readonly length: number,
	) {}

	get kind(): (typeof KINDS)[number] {
		return this.type;
	}

	/** Its elements in order, some megabytes at a time. */
	*chunks(): Generator<TypedArray> {
		const step = Math.max(1, Math.floor(REPACK_CHUNK / this.type.BYTES_PER_ELEMENT));
		for (let start = 0; start < this.length; start += step) yield this.read(start, Math.min(start + step, this.length));
	}

	read(start: number, end: number): TypedArray {
		if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= this.length))
			throw new DamagedPackError('a range lies outside its section');
		const size = this.type.BYTES_PER_ELEMENT;
		// A read gives a new array, which starts at a multiple of 8: the view of it is aligned.
		const bytes = this.source.read(this.at + start * size, (end - start) * size);
		return new this.type(bytes.buffer as ArrayBuffer, bytes.byteOffset, end - start);
	}
}

/**
 * A section too large to hold, given a chunk at a time: a `ChunkedColumn` of the domain (the
 * postings of a library read for the first time), a column the host keeps in a file, or a section
 * of a document read from its file, packed again.
 */
interface Chunked {
	readonly length: number;
	readonly kind: (typeof KINDS)[number];
	chunks(): Iterable<TypedArray>;
}

function isChunked(item: object): item is Chunked {
	const chunked = item as Partial<Chunked>;
	return typeof chunked.chunks === 'function' && Number.isInteger(chunked.length) && KINDS.includes(chunked.kind!);
}

/** A piece of the layout written a chunk at a time, its bytes known only as they are written. */
export interface ChunkedPiece {
	readonly length: number;
	chunks(): Iterable<Uint8Array>;
}

export type Piece = Uint8Array | ChunkedPiece;

/** How many bytes a chunk of a section read from its file, packed again, takes. */
const REPACK_CHUNK = 8 << 20;

/** Thrown when the bytes do not hold a document of this layout. */
export class DamagedPackError extends Error {}

/** `n` rounded up to a multiple of 8, where typed arrays of up to 8 bytes an element can be read where they lie. */
export const align = (n: number) => (n + 7) & ~7;

function isPlainObject(value: object): value is Record<string, unknown> {
	const prototype = Object.getPrototypeOf(value) as unknown;
	return prototype === Object.prototype || prototype === null;
}

/**
 * The value in this layout, as the pieces to write one after another (the arrays' own bytes among
 * them, not copied; a section too large to hold as a piece written a chunk at a time).
 */
export function packSectioned(value: unknown): Piece[] {
	const arrays: (TypedArray | Chunked)[] = [];
	const texts: Buffer[] = [];
	let textLength = 0;
	const strip = (item: unknown): unknown => {
		if (typeof item === 'string') {
			if (item.length < LONG_STRING) return item;
			const bytes = Buffer.from(item, 'utf8');
			texts.push(bytes);
			textLength += bytes.length;
			return { [TEXT]: [textLength - bytes.length, textLength, item.length] };
		}
		if (item === undefined) return { [VALUE]: 'undefined' };
		if (typeof item === 'number') return Number.isFinite(item) ? item : { [VALUE]: String(item) };
		if (item === null || typeof item === 'boolean') return item;
		if (typeof item !== 'object') throw new TypeError(`a ${typeof item} cannot be packed`);
		if (ArrayBuffer.isView(item) && !(item instanceof DataView)) return { [SECTION]: arrays.push(item as TypedArray) - 1 };
		if (isChunked(item)) return { [SECTION]: arrays.push(item) - 1 };
		if (Array.isArray(item)) return item.map(strip);
		if (!isPlainObject(item)) throw new TypeError('only plain objects can be packed');
		const copy: Record<string, unknown> = {};
		for (const key of Object.keys(item)) setOwn(copy, key, strip(item[key]));
		return copy;
	};
	const stripped = strip(value);
	// The sections' places count from the end of the document, so the document can name them before its own length is known.
	const sections: number[] = [];
	const pieces: Piece[] = [];
	let at = 0;
	for (const array of arrays) {
		const start = align(at);
		if (start > at) pieces.push(new Uint8Array(start - at));
		const chunked = ArrayBuffer.isView(array) ? undefined : array;
		const kind = chunked ? chunked.kind : KINDS.find((kind) => array instanceof kind)!;
		sections.push(KINDS.indexOf(kind), start, array.length);
		pieces.push(chunked ? bytesOf(chunked) : new Uint8Array((array as TypedArray).buffer, (array as TypedArray).byteOffset, (array as TypedArray).byteLength));
		at = start + array.length * kind.BYTES_PER_ELEMENT;
	}
	const document: Document = { value: stripped, sections, text: [at, textLength] };
	const packed = Buffer.from(JSON.stringify(document), 'utf8');
	const head = Buffer.alloc(align(4 + packed.length));
	head.writeUInt32LE(packed.length, 0);
	head.set(packed, 4);
	return [head, ...pieces, ...texts];
}

/** A chunked section as bytes, a chunk at a time; an error when its chunks do not hold as many elements as it says. */
function bytesOf(section: Chunked): ChunkedPiece {
	const length = section.length * section.kind.BYTES_PER_ELEMENT;
	return {
		length,
		*chunks() {
			let written = 0;
			for (const chunk of section.chunks()) {
				if (!(chunk instanceof section.kind)) throw new TypeError("a chunk is not of its section's kind");
				written += chunk.byteLength;
				if (written > length) break;
				yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
			}
			if (written !== length) throw new RangeError('a section does not hold as many elements as it says');
		},
	};
}

/**
 * The value packed in `bytes`. Its typed arrays are views of `bytes` (copied first only when they
 * would not be aligned), so the bytes must not change while the value is used. A
 * `DamagedPackError` when the bytes do not hold a document of this layout.
 */
export function unpackSectioned(given: Uint8Array): unknown {
	// A view must start at a multiple of its element's size; the sections are placed for bytes that start at a multiple of 8.
	const bytes = given.byteOffset % 8 === 0 ? given : Uint8Array.from(given);
	const source: ByteSource = { length: bytes.length, read: (at, length) => bytes.subarray(at, at + length) };
	return unpack(source, (Kind, at, count) => new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + at, count));
}

/**
 * The value packed in a source too large to read at once: the document and its long texts are
 * read now, and a section of `storedFrom` bytes or more becomes a `StoredSection`, read a range at
 * a time when asked for (the caller reads whole those it needs whole), and told to `onStored` as
 * the bytes it takes. The source must not change while the value is used. A `DamagedPackError`
 * when it does not hold a document of this layout.
 */
export function unpackSectionedFrom(source: ByteSource, storedFrom: number, onStored?: (at: number, end: number) => void): unknown {
	return unpack(source, (Kind, at, count) => {
		if (count * Kind.BYTES_PER_ELEMENT >= storedFrom) {
			onStored?.(at, at + count * Kind.BYTES_PER_ELEMENT);
			return new StoredSection(source, Kind, at, count);
		}
		const bytes = source.read(at, count * Kind.BYTES_PER_ELEMENT);
		return new Kind(bytes.buffer as ArrayBuffer, bytes.byteOffset, count);
	});
}

type SectionOf = (kind: (typeof KINDS)[number], at: number, count: number) => TypedArray | StoredSection;

function unpack(source: ByteSource, sectionOf: SectionOf): unknown {
	if (source.length < 4) throw new DamagedPackError('too short');
	const length = asBuffer(source.read(0, 4)).readUInt32LE(0);
	if (length > source.length - 4) throw new DamagedPackError('the document is cut short');
	let document: Partial<Document>;
	try {
		document = JSON.parse(asBuffer(source.read(4, length)).toString('utf8')) as Partial<Document>;
	} catch {
		throw new DamagedPackError('the document is not JSON');
	}
	if (typeof document !== 'object' || document === null) throw new DamagedPackError('the document is not an object');
	const { sections, text } = document;
	if (!Array.isArray(sections) || sections.length % 3 !== 0 || !Array.isArray(text) || text.length !== 2) throw new DamagedPackError('no sections');
	const base = align(4 + length);
	const [textStart, textBytes] = text as [number, number];
	if (!inRange(base + textStart, textBytes, source.length)) throw new DamagedPackError('the text lies outside');
	const views: (TypedArray | StoredSection)[] = [];
	for (let i = 0; i < sections.length; i += 3) {
		const [kind, start, count] = [sections[i], sections[i + 1], sections[i + 2]];
		const Kind = typeof kind === 'number' ? KINDS[kind] : undefined;
		if (
			!Kind ||
			typeof start !== 'number' ||
			typeof count !== 'number' ||
			start % 8 !== 0 ||
			!inRange(base + start, count * Kind.BYTES_PER_ELEMENT, source.length)
		)
			throw new DamagedPackError('a section lies outside');
		views.push(sectionOf(Kind, base + start, count));
	}
	const textOf = (start: number, end: number): Buffer => {
		if (!inRange(start, end - start, textBytes)) throw new DamagedPackError('a text is missing');
		return asBuffer(source.read(base + textStart + start, end - start));
	};
	return restoreValue(document.value, views, textOf);
}

/** The document's value with its sections and texts put back. */
function restoreValue(value: unknown, views: (TypedArray | StoredSection)[], textOf: (start: number, end: number) => Buffer): unknown {
	const restore = (given: unknown): unknown => {
		if (typeof given !== 'object' || given === null) return given;
		if (Array.isArray(given)) {
			for (let i = 0; i < given.length; i++) given[i] = restore(given[i]);
			return given;
		}
		const item = given as Record<string, unknown>;
		if (VALUE in item) {
			const name = item[VALUE] as string;
			if (!Object.hasOwn(VALUES, name)) throw new DamagedPackError('a value is not known');
			return VALUES[name];
		}
		if (SECTION in item) {
			const view = views[item[SECTION] as number];
			if (!view) throw new DamagedPackError('a section is missing');
			return view;
		}
		if (TEXT in item) {
			// Each string is decoded on its own: one with a character beyond ASCII makes the whole string wide and slow to decode.
			const [start, end, length] = item[TEXT] as [number, number, number];
			const decoded = textOf(start, end).toString('utf8');
			// A string that UTF-8 cannot carry as it is (half a surrogate pair) does not come back the same.
			if (decoded.length !== length) throw new DamagedPackError('a text is not the one saved');
			return decoded;
		}
		for (const key of Object.keys(item)) setOwn(item, key, restore(item[key]));
		return item;
	};
	return restore(value);
}

/** The same bytes as a Buffer, not copied. */
const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);

const VALUES: Record<string, unknown> = { undefined: undefined, NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** Sets a property of the object itself, even one named `__proto__` (which an assignment would take for the prototype). */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
	if (key === '__proto__') Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
	else object[key] = value;
}

function inRange(start: number, length: number, size: number): boolean {
	return Number.isInteger(start) && Number.isInteger(length) && start >= 0 && length >= 0 && start + length <= size;
}

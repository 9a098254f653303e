// A column of numbers that may be kept outside memory. The index of a library of ten thousand
// sources holds hundreds of megabytes of words, dates, figures and postings, of which a check reads
// a few thousand ranges: the host (which alone may read files) gives such a column as a reader of
// ranges, and the domain reads the ranges it needs, the same way it reads a column held in memory.

export type NumberArray = Int32Array | Uint16Array | Uint8Array | Float64Array;

/** Numbers kept elsewhere (in the index file), read a range at a time. */
export interface StoredColumn<T extends NumberArray> {
	readonly length: number;
	/** Elements [start, end), as an array of their own. */
	read(start: number, end: number): T;
}

/** A column in memory, or one read a range at a time. */
export type Column<T extends NumberArray> = T | StoredColumn<T>;

/** Elements [start, end) of a column: a view of it when it is in memory, else read. */
export function range<T extends NumberArray>(column: Column<T>, start: number, end: number): T {
	return ArrayBuffer.isView(column) ? (column.subarray(start, end) as T) : (column as StoredColumn<T>).read(start, end);
}

/** The whole column in memory (read once, when it is kept elsewhere). */
export function whole<T extends NumberArray>(column: Column<T>): T {
	return ArrayBuffer.isView(column) ? (column as T) : (column as StoredColumn<T>).read(0, column.length);
}

/** Whether a value is a column of this kind: an array of it, or a reader of ranges. */
export function isColumn(value: unknown, kind: new (length: number) => NumberArray): boolean {
	if (value instanceof kind) return true;
	const stored = value as Partial<StoredColumn<NumberArray>> | null;
	return typeof stored === 'object' && stored !== null && typeof stored.read === 'function' && Number.isInteger(stored.length);
}

/**
 * A column too large to hold at once, given as its elements in order, a chunk at a time: the host
 * writes it out chunk by chunk (the postings of a library read for the first time, merged from the
 * runs counted a batch of sources at a time).
 */
export interface ChunkedColumn<T extends NumberArray> {
	readonly length: number;
	/** The kind of its elements' arrays. */
	readonly kind: new (length: number) => T;
	chunks(): Iterable<T>;
}

/** A column that grows at its end while a library is read, kept by the host (in a file); read back a range at a time or a chunk at a time. */
export interface GrowingColumn<T extends NumberArray> extends StoredColumn<T>, ChunkedColumn<T> {
	append(values: T): void;
}

/** Where the host keeps the columns a first read grows: a new column of elements of `kind` each time it is called. */
export type ColumnSpill = <T extends NumberArray>(kind: new (length: number) => T) => GrowingColumn<T>;

// The columns a first read of a library grows (its sources' words, rows, texts, and the postings
// counted a batch at a time), kept in temporary files beside the index being written rather than in
// memory, and read back a chunk at a time as the index is written; removed once it is (or, where an
// open file can be removed, as soon as it is made). Each column has a file of its own, appended to as it grows.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import type { ColumnSpill, GrowingColumn, NumberArray } from '../domain/corpus/storedColumn';

/** How many bytes a column gathers before it writes them to its file. */
const GATHER = 1 << 20;
/** How many bytes a chunk read back takes. */
const CHUNK = 8 << 20;

/** Thrown when a column's file cannot be made, written or read: the first read is then kept in memory, as without an index. */
export class SpillError extends Error {}

type Kind<T extends NumberArray> = new (buffer: ArrayBuffer, byteOffset: number, length: number) => T;

class SpillColumn<T extends NumberArray> implements GrowingColumn<T> {
	private written = 0;
	private gathered: Uint8Array[] = [];
	private gatheredBytes = 0;
	private readonly size: number;

	constructor(
		private readonly fd: number,
		readonly kind: new (length: number) => T,
	) {
		this.size = new kind(0).BYTES_PER_ELEMENT;
	}

	get length(): number {
		return (this.written + this.gatheredBytes) / this.size;
	}

	/** Adds the values at the end; they are not copied until written, so they must not change after. */
	append(values: T): void {
		if (values.length === 0) return;
		this.gathered.push(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));
		this.gatheredBytes += values.byteLength;
		if (this.gatheredBytes >= GATHER) this.flush();
	}

	read(start: number, end: number): T {
		this.flush();
		const bytes = new Uint8Array((end - start) * this.size);
		for (let done = 0; done < bytes.length;) {
			const got = spilled(() => readSync(this.fd, bytes, done, bytes.length - done, start * this.size + done));
			if (got === 0) throw new SpillError('a column was cut short in its file');
			done += got;
		}
		return new (this.kind as unknown as Kind<T>)(bytes.buffer, 0, end - start);
	}

	*chunks(): Generator<T> {
		const step = CHUNK / this.size;
		for (let start = 0; start < this.length; start += step) yield this.read(start, Math.min(start + step, this.length));
	}

	private flush(): void {
		if (this.gatheredBytes === 0) return;
		const bytes = Buffer.concat(this.gathered, this.gatheredBytes);
		for (let done = 0; done < bytes.length;) done += spilled(() => writeSync(this.fd, bytes, done, bytes.length - done, this.written + done));
		this.written += bytes.length;
		this.gathered = [];
		this.gatheredBytes = 0;
	}
}

/** The columns of one first read, in files named after the index file being written. */
export class SpillFiles {
	private readonly files: { path: string | undefined; fd: number }[] = [];

	constructor(private readonly base: string) {}

	readonly column: ColumnSpill = <T extends NumberArray>(kind: new (length: number) => T): GrowingColumn<T> => {
		const path = `${this.base}.${process.pid}.${this.files.length}.spill`;
		const fd = spilled(() => openSync(path, 'w+'));
		// Removed from its folder at once where a file can be while open (not on Windows): its space
		// is given back when it is closed, even when the process is stopped mid-read.
		let removed = true;
		try {
			rmSync(path);
		} catch {
			removed = false;
		}
		this.files.push({ path: removed ? undefined : path, fd });
		return new SpillColumn(fd, kind);
	};

	/** Closes and removes the columns' files. */
	close(): void {
		for (const { path, fd } of this.files.splice(0)) {
			try {
				closeSync(fd);
			} finally {
				if (path !== undefined) rmSync(path, { force: true });
			}
		}
	}
}

/** The result of a file operation, its failure a `SpillError`. */
function spilled<R>(operation: () => R): R {
	try {
		return operation();
	} catch (error) {
		throw new SpillError(error instanceof Error ? error.message : String(error));
	}
}

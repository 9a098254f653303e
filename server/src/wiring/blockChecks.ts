// Checksums of an index file's blocks. The index of a library of ten thousand sources is some
// 600 MB, of which a start reads a tenth and a check a few thousand ranges: a checksum over the
// whole file at the start took most of a restart. Each block of `BLOCK` bytes has a checksum of its
// own, in a table that the header's checksum covers; a block is checked when it is first read, so
// that no byte read from the file is used unchecked, and a damaged block is found when it is read.
import { createHash } from 'node:crypto';
import * as zlib from 'node:zlib';

/** The bytes of one block: small enough that reading a sentence's words reads little more than them. */
export const BLOCK = 4096;

// CRC-32 is the check when Node.js has it (from 20.15): a change of a few bits anywhere is caught,
// and it takes a tenth of SHA-1's time. Otherwise (VS Code's Node.js) the first 32 bits of SHA-1.
const crc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** A 32-bit checksum worked out over pieces taken one after another. */
interface Running {
	update(piece: Uint8Array): void;
	digest(): number;
}

const CHECKS: Record<string, (() => Running) | undefined> = {
	crc32:
		crc32 &&
		(() => {
			let value = 0;
			return { update: (piece) => void (value = crc32(piece, value)), digest: () => value >>> 0 };
		}),
	sha1: () => {
		const hash = createHash('sha1');
		return { update: (piece) => void hash.update(piece), digest: () => hash.digest().readUInt32LE(0) };
	},
};

/** The kind of checksum this process writes. */
export const WRITTEN_KIND = CHECKS.crc32 ? 'crc32' : 'sha1';

/** A checksum of one kind over whole arrays; undefined when the kind is not known here (the file is then read afresh). */
export function checksumOf(kind: string): ((bytes: Uint8Array) => number) | undefined {
	const make = CHECKS[kind];
	return (
		make &&
		((bytes) => {
			const running = make();
			running.update(bytes);
			return running.digest();
		})
	);
}

/**
 * The checksum of each block of bytes given a piece at a time, one after another, as they are
 * written (a first read writes its index a chunk at a time), and of the table they make.
 */
export class BlockSums {
	private readonly table: Uint32Array;
	private readonly make: () => Running;
	private running: Running;
	private filled = 0;
	private block = 0;

	constructor(
		/** How many bytes will be given in all. */
		length: number,
		private readonly kind = WRITTEN_KIND,
	) {
		this.table = new Uint32Array(Math.ceil(length / BLOCK));
		this.make = CHECKS[kind]!;
		this.running = this.make();
	}

	update(piece: Uint8Array): void {
		for (let at = 0; at < piece.length;) {
			const take = Math.min(BLOCK - this.filled, piece.length - at);
			this.running.update(piece.subarray(at, at + take));
			at += take;
			this.filled += take;
			if (this.filled === BLOCK) {
				this.table[this.block++] = this.running.digest();
				this.running = this.make();
				this.filled = 0;
			}
		}
	}

	/** The table, and its checksum named by its kind; an error when other than the bytes announced were given. */
	finish(): { table: Uint32Array; check: string } {
		if (this.filled > 0) this.table[this.block++] = this.running.digest();
		if (this.block !== this.table.length) throw new RangeError('the pieces do not hold the bytes announced');
		const sum = checksumOf(this.kind)!(new Uint8Array(this.table.buffer, this.table.byteOffset, this.table.byteLength));
		return { table: this.table, check: `${this.kind}:${sum.toString(16)}` };
	}
}

/** Thrown when a block of the index file does not hold what it held when written. */
export class DamagedIndexError extends Error {}

/** Which blocks of a file have been checked, and the check of a block read. */
export class BlockChecks {
	private readonly checked: Uint8Array;
	private found = false;

	constructor(
		private readonly table: Uint32Array,
		private readonly sumOf: (bytes: Uint8Array) => number,
		/** Called once, when the first damaged block is found. */
		private readonly onDamage: () => void,
	) {
		this.checked = new Uint8Array(table.length);
	}

	/** Whether every block that holds bytes [at, end) has been checked. */
	allChecked(at: number, end: number): boolean {
		for (let block = Math.floor(at / BLOCK); block * BLOCK < end; block++) if (!this.checked[block]) return false;
		return true;
	}

	/** Checks the blocks of `bytes`, which start at block `first`; a `DamagedIndexError` when one does not hold what was written. */
	check(first: number, bytes: Uint8Array): void {
		for (let at = 0, block = first; at < bytes.length; at += BLOCK, block++) {
			if (this.checked[block]) continue;
			if (block >= this.table.length || this.sumOf(bytes.subarray(at, at + BLOCK)) !== this.table[block]) this.damaged();
			this.checked[block] = 1;
		}
	}

	/** The blocks not checked yet, as [first, end) runs of blocks. */
	unchecked(): [number, number][] {
		const runs: [number, number][] = [];
		for (let block = 0; block < this.checked.length; block++) {
			if (this.checked[block]) continue;
			const last = runs.at(-1);
			if (last && last[1] === block) last[1]++;
			else runs.push([block, block + 1]);
		}
		return runs;
	}

	private damaged(): never {
		if (!this.found) {
			this.found = true;
			this.onDamage();
		}
		throw new DamagedIndexError('a block of the index file does not hold what was written');
	}
}

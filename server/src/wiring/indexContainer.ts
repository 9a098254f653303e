// The container of an index file and of the changes kept beside it: a header line (what the file
// is, its format, the program's version and build, the byte order, the payload's length, and the
// checksum of the table that follows), a table of checksums, one per block of the payload
// (blockChecks.ts), and the payload, laid out by sectionedPack.ts. A file that is damaged, cut short,
// of another kind or format, or written by another version or build of CiteCheck is not used. It is
// written to a temporary file first and renamed, so that a reader never sees half of it. It is read
// where it lies (indexFile.ts): what a start needs at the start, checked then, and its large sections
// when a check asks for them, each block checked when first read.
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { endianness } from 'node:os';
import path from 'node:path';
import { version } from '../../../package.json';
import { buildId } from './buildId';
import { BLOCK, BlockChecks, BlockSums, checksumOf, WRITTEN_KIND } from './blockChecks';
import { openIndex, type FilePart } from './indexFile';
import { align, packSectioned, unpackSectionedFrom } from './sectionedPack';

interface Header {
	kind: string;
	format: number;
	program: string;
	/** The build that wrote it (see buildId.ts): the same version built from other code reads afresh. */
	build: string;
	/** The byte order of the numbers in it: a file written on a machine of the other order is read afresh. */
	endian: string;
	/** The length of the payload (what follows the table of block checksums). */
	length: number;
	/** The bytes of a block of the payload that has a checksum of its own (blockChecks.ts). */
	block: number;
	/** The checksum of the table of the blocks' checksums, named by their kind: `crc32:…` or `sha1:…`. */
	check: string;
}

/** What tells one file's contents from another's: the checksum of its table of checksums, and its payload's length. */
const identityOf = (header: Pick<Header, 'check' | 'length'>) => `${header.check}/${header.length}`;

/** A payload read from its file. */
export interface ReadIndex {
	value: unknown;
	/** What tells this file's contents from another's (a file of changes names its base by it). */
	identity: string;
	/** Keeps the file open while the sections left in it are in use; from then on a block found damaged calls the `onDamaged` given. */
	keep(): void;
	close(): Promise<void>;
}

/**
 * The payload of a file of this kind and format, with these `fields` in its header, written by this
 * program and build; undefined when there is none or it cannot be trusted. Its sections of
 * `storedFrom` bytes or more stay in the file and are read when asked for, their blocks checked then;
 * the rest is checked now. A block found damaged later fails the read that found it with a
 * `DamagedIndexError`, removes the file (when it is still the one opened) and, once the payload is
 * kept, calls `onDamaged`.
 */
export async function readIndexFile(
	file: string,
	expected: { kind: string; format: number; fields?: Record<string, unknown> },
	storedFrom: number,
	onDamaged?: () => void,
): Promise<ReadIndex | undefined> {
	const opened = await openIndex(file);
	if (!opened) return undefined;
	let kept = false;
	try {
		const header = JSON.parse(opened.header) as Partial<Header> & Record<string, unknown>;
		const fields = { ...expected.fields, kind: expected.kind, format: expected.format, program: version, build: buildId, endian: endianness() };
		if (Object.entries(fields).some(([key, value]) => header[key] !== value)) throw new Error('another kind of file');
		const payload = checkedPayload(opened.rest, header, () => {
			opened.forget();
			if (kept) onDamaged?.();
		});
		const stored: [number, number][] = [];
		const value = unpackSectionedFrom(payload, storedFrom, (at, end) => stored.push([at, end]));
		payload.checkAllBut(stored);
		return {
			value,
			identity: identityOf(header as Header),
			keep: () => {
				// The sections left in the file read from the payload's part: it is closed once they are all gone.
				opened.keepFor(payload);
				kept = true;
			},
			close: () => opened.close(),
		};
	} catch {
		await opened.close().catch(() => undefined);
		return undefined;
	}
}

/** What follows the table of block checksums, each block checked when first read; an error when the table is not the one written. */
function checkedPayload(rest: FilePart, header: Partial<Header>, onDamage: () => void): FilePart {
	const { length, check } = header;
	if (!Number.isInteger(length) || length! < 0 || typeof check !== 'string' || header.block !== BLOCK) throw new Error('another kind of file');
	const tableLength = Math.ceil(length! / BLOCK) * 4;
	const at = align(tableLength);
	if (rest.length !== at + length!) throw new Error('damaged');
	const [kind, value] = check.split(':');
	const sumOf = kind ? checksumOf(kind) : undefined;
	const tableBytes = rest.read(0, tableLength);
	if (!sumOf || sumOf(tableBytes).toString(16) !== value) throw new Error('damaged');
	const table = new Uint32Array(tableBytes.buffer, tableBytes.byteOffset, tableLength / 4);
	return rest.part(at, length!, new BlockChecks(table, sumOf, onDamage));
}

/**
 * Writes `value` in a file of this kind and format with these `fields` in its header: its identity,
 * or the reason it could not be written. The payload is written a piece at a time, its sections too
 * large to hold a chunk at a time, and the header and the table of checksums, which follow from all
 * of it, last, in the place kept for them at the start.
 */
export async function writeIndexFile(
	file: string,
	given: { kind: string; format: number; fields?: Record<string, unknown> },
	value: unknown,
): Promise<{ identity: string } | { failed: string }> {
	const temporary = `${file}.${process.pid}.tmp`;
	let handle: FileHandle | undefined;
	try {
		const payload = packSectioned(value);
		const length = payload.reduce((sum, piece) => sum + piece.length, 0);
		const sums = new BlockSums(length);
		const fields = { ...given.fields, kind: given.kind, format: given.format, program: version, build: buildId, endian: endianness(), length, block: BLOCK };
		// The header line is padded to a multiple of 8 bytes, and so is the table after it, so that the
		// numbers after them can be read where they lie; its place is kept for the longest checksum.
		const headerLength = align(JSON.stringify({ ...fields, check: `${WRITTEN_KIND}:ffffffff` }).length + 1);
		const tableLength = align(Math.ceil(length / BLOCK) * 4);
		await mkdir(path.dirname(file), { recursive: true });
		handle = await open(temporary, 'w');
		// Small pieces (the document, short sections, padding) are gathered and written together.
		const gathered = new Gathered(handle, headerLength + tableLength);
		for (const piece of payload) {
			for (const bytes of ArrayBuffer.isView(piece) ? [piece] : piece.chunks()) {
				sums.update(bytes);
				await gathered.add(bytes);
			}
		}
		await gathered.flush();
		const { table, check } = sums.finish();
		const header: Header = { ...fields, check };
		const headerLine = Buffer.from(`${JSON.stringify(header).padEnd(headerLength - 1)}\n`);
		const tableBytes = new Uint8Array(tableLength);
		tableBytes.set(new Uint8Array(table.buffer, table.byteOffset, table.byteLength));
		await writeAll(handle, Buffer.concat([headerLine, tableBytes]), 0);
		await handle.close();
		handle = undefined;
		await rename(temporary, file);
		return { identity: identityOf(header) };
	} catch (error) {
		await handle?.close().catch(() => undefined);
		await rm(temporary, { force: true }).catch(() => undefined);
		return { failed: error instanceof Error ? error.message : String(error) };
	}
}

/** How many bytes of small pieces are gathered before they are written. */
const GATHER = 1 << 20;

/** Pieces written one after another from a place in a file, the small ones gathered into one write. */
class Gathered {
	private pieces: Uint8Array[] = [];
	private bytes = 0;

	constructor(
		private readonly handle: FileHandle,
		private at: number,
	) {}

	/** Adds a piece, which must not change until it is written. */
	async add(piece: Uint8Array): Promise<void> {
		if (piece.length >= GATHER) {
			await this.flush();
			this.at += await writeAll(this.handle, piece, this.at);
			return;
		}
		this.pieces.push(piece);
		this.bytes += piece.length;
		if (this.bytes >= GATHER) await this.flush();
	}

	async flush(): Promise<void> {
		if (this.bytes === 0) return;
		const joined = Buffer.concat(this.pieces, this.bytes);
		this.pieces = [];
		this.bytes = 0;
		this.at += await writeAll(this.handle, joined, this.at);
	}
}

/** Writes all of `bytes` at `position`; how many were written. */
async function writeAll(handle: FileHandle, bytes: Uint8Array, position: number): Promise<number> {
	for (let done = 0; done < bytes.length;) {
		const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
		done += bytesWritten;
	}
	return bytes.length;
}

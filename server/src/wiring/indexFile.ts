// The index file of a library, kept open while the corpus read from it is in use: its large
// sections (words, dates and figures, postings, the sources' texts) are read a range at a time when
// a check asks for them, so that a library of ten thousand sources does not hold its whole index in
// memory, and each block read is checked against its checksum when first read (blockChecks.ts).
// The file is replaced by renaming a new one over it, which leaves the open one as it was to its
// reader.
import { fstatSync, readSync, statSync, unlinkSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { BLOCK, type BlockChecks } from './blockChecks';
import type { ByteSource } from './sectionedPack';

/** The header line is at most this long. */
const HEADER_LIMIT = 64 << 10;
/** How much a check of the blocks not read yet reads at a time. */
const CHUNK = 8 << 20;

/** A file's open handle is closed once nothing reads from it any more (the corpus read from it is gone). */
const closing = new FinalizationRegistry<FileHandle>((handle) => {
	handle.close().catch(() => undefined);
});

/** A part of the file, read where it lies with positional reads; with block checks, each block is checked when first read. */
export class FilePart implements ByteSource {
	constructor(
		private readonly handle: FileHandle,
		private readonly start: number,
		readonly length: number,
		private readonly checks?: BlockChecks,
	) {}

	/** Bytes [at, at + length) of this part, as a part of their own, its blocks checked by `checks` (which number its blocks from its start). */
	part(at: number, length: number, checks?: BlockChecks): FilePart {
		if (at < 0 || length < 0 || at + length > this.length) throw new Error('a part lies outside the file');
		return new FilePart(this.handle, this.start + at, length, checks);
	}

	read(at: number, length: number): Uint8Array {
		const { checks } = this;
		if (!checks || length === 0 || checks.allChecked(at, at + length)) return this.readRaw(at, length);
		// The whole blocks that hold the range are read and checked; the range is a view of them that
		// starts, as the range does, at a multiple of 8 from a block's start: the sections' views are aligned.
		const from = Math.floor(at / BLOCK) * BLOCK;
		const to = Math.min(Math.ceil((at + length) / BLOCK) * BLOCK, this.length);
		const blocks = this.readRaw(from, to - from);
		checks.check(from / BLOCK, blocks);
		return blocks.subarray(at - from, at - from + length);
	}

	/** Checks every block not read yet but those wholly within the `kept` ranges, which are checked when read. */
	checkAllBut(kept: [number, number][]): void {
		if (!this.checks) return;
		const inside = (block: number) => kept.some(([start, end]) => start <= block * BLOCK && Math.min((block + 1) * BLOCK, this.length) <= end);
		for (const [first, end] of this.checks.unchecked()) {
			for (let block = first; block < end;) {
				if (inside(block)) {
					block++;
					continue;
				}
				let last = block + 1;
				while (last < end && last - block < CHUNK / BLOCK && !inside(last)) last++;
				this.checks.check(block, this.readRaw(block * BLOCK, Math.min(last * BLOCK, this.length) - block * BLOCK));
				block = last;
			}
		}
	}

	/** A new array for each read: it starts at a multiple of 8, as the sections' views need. */
	private readRaw(at: number, length: number): Uint8Array {
		const bytes = new Uint8Array(length);
		let done = 0;
		while (done < length) {
			const got = readSync(this.handle.fd, bytes, done, length - done, this.start + at + done);
			if (got === 0) throw new Error('the index file was cut short while in use');
			done += got;
		}
		return bytes;
	}
}

export interface OpenedIndex {
	/** The header line, without its line end. */
	header: string;
	/** What follows it. */
	rest: FilePart;
	/** Keeps the file open while `user` is in use (closed once it is collected). */
	keepFor(user: object): void;
	/** Removes the file from its folder, when it is still the one opened (a newer one renamed over it is left). */
	forget(): void;
	close(): Promise<void>;
}

/** The index file opened, its header line read; undefined when it cannot be opened or has no header line. */
export async function openIndex(file: string): Promise<OpenedIndex | undefined> {
	const handle = await open(file, 'r').catch(() => undefined);
	if (!handle) return undefined;
	try {
		const size = (await handle.stat()).size;
		const head = new Uint8Array(Math.min(HEADER_LIMIT, size));
		const { bytesRead } = await handle.read(head, 0, head.length, 0);
		const end = head.subarray(0, bytesRead).indexOf(0x0a);
		if (end < 0) throw new Error('no header line');
		return {
			header: Buffer.from(head.buffer, 0, end).toString('utf8'),
			rest: new FilePart(handle, end + 1, size - end - 1),
			keepFor: (user) => closing.register(user, handle),
			forget: () => forget(file, handle),
			close: () => handle.close(),
		};
	} catch {
		await handle.close().catch(() => undefined);
		return undefined;
	}
}

function forget(file: string, handle: FileHandle): void {
	try {
		const [opened, named] = [fstatSync(handle.fd), statSync(file)];
		if (opened.dev === named.dev && opened.ino === named.ino) unlinkSync(file);
	} catch {
		// Gone already, or not ours to remove: the next start checks what it finds.
	}
}

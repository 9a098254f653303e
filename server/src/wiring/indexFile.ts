// The index file of a library, kept open while the corpus read from it is in use: its large
// sections (words, dates and figures, postings) are read a range at a time when a check asks for
// them, so that a library of ten thousand sources does not hold its whole index in memory. The file
// is replaced by renaming a new one over it, which leaves the open one as it was to its reader.
import { readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { ByteSource } from './sectionedPack';

/** How much of the file a checksum reads at a time. */
const CHUNK = 8 << 20;
/** The header line is at most this long. */
const HEADER_LIMIT = 64 << 10;

/** A file's open handle is closed once nothing reads from it any more (the corpus read from it is gone). */
const closing = new FinalizationRegistry<FileHandle>((handle) => {
	handle.close().catch(() => undefined);
});

/** What follows the header line, read where it lies with positional reads. */
class FilePart implements ByteSource {
	constructor(
		private readonly handle: FileHandle,
		private readonly start: number,
		readonly length: number,
	) {}

	read(at: number, length: number): Uint8Array {
		// A new array for each read: it starts at a multiple of 8, as the sections' views need.
		const bytes = new Uint8Array(length);
		let done = 0;
		while (done < length) {
			const got = readSync(this.handle.fd, bytes, done, length - done, this.start + at + done);
			if (got === 0) throw new Error('the index file was cut short while in use');
			done += got;
		}
		return bytes;
	}

	/** Feeds the whole part to `update`, a chunk at a time, letting other work in between. */
	async each(update: (chunk: Uint8Array) => void): Promise<void> {
		const buffer = new Uint8Array(Math.min(CHUNK, this.length));
		for (let at = 0; at < this.length;) {
			const { bytesRead } = await this.handle.read(buffer, 0, Math.min(buffer.length, this.length - at), this.start + at);
			if (bytesRead === 0) throw new Error('the index file is shorter than it was');
			update(buffer.subarray(0, bytesRead));
			at += bytesRead;
		}
	}
}

export interface OpenedIndex {
	/** The header line, without its line end. */
	header: string;
	/** What follows it. */
	payload: ByteSource & { each(update: (chunk: Uint8Array) => void): Promise<void> };
	/** Keeps the file open while `user` is in use (closed once it is collected). */
	keepFor(user: object): void;
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
		const payload = new FilePart(handle, end + 1, size - end - 1);
		return {
			header: Buffer.from(head.buffer, 0, end).toString('utf8'),
			payload,
			keepFor: (user) => closing.register(user, handle),
			close: () => handle.close(),
		};
	} catch {
		await handle.close().catch(() => undefined);
		return undefined;
	}
}

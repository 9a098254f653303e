// The reading thread's side of the threads a first read of a large library reads its sources in
// (readWorker.ts): the sources are sent a few at a time, each thread kept busy with the next few
// while it reads, and what they give is taken in the library's order, as it arrives, so that the
// index is the one a read in one thread gives. The threads are ended once the library is read.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { corpusEntries, type BuildProgress, type CorpusEntry, type CorpusInput } from '../domain/corpus/corpus';
import type { ColumnSpill } from '../domain/corpus/storedColumn';
import { LibraryWriter, type StreamedLibrary } from '../domain/corpus/streamedBuild';
import type { EncodedSource } from '../domain/corpus/streamedSources';
import type { Vocabulary } from '../domain/vocabulary';
import type { ReadReply, ReadRequest } from './readWorker';

/** How many sources a request holds, and how many requests a thread has at a time (so that it never waits for the next). */
const PER_REQUEST = 8;
const IN_FLIGHT = 2;

/**
 * Reads the sources in `threads` threads started from `script`; `onRead` is given each source as
 * read, in order. Rejects when a thread fails or stops before the library is read.
 */
export async function readInThreads(
	entries: readonly CorpusEntry[],
	vocabulary: Vocabulary,
	script: string,
	threads: number,
	onRead: (entry: CorpusEntry, encoded: EncodedSource) => void,
): Promise<void> {
	const requests = Math.ceil(entries.length / PER_REQUEST);
	const workers = Array.from({ length: Math.max(1, Math.min(threads, requests)) }, () => new Worker(script, { workerData: { vocabulary } }));
	try {
		await new Promise<void>((resolve, reject) => {
			const arrived = new Map<number, EncodedSource[]>();
			let sent = 0;
			let taken = 0;
			const send = (worker: Worker) => {
				if (sent >= requests) return;
				const id = sent++;
				worker.postMessage({ id, entries: entries.slice(id * PER_REQUEST, (id + 1) * PER_REQUEST) } satisfies ReadRequest);
			};
			const take = () => {
				for (let ready = arrived.get(taken); ready; ready = arrived.get(taken)) {
					arrived.delete(taken);
					ready.forEach((encoded, k) => onRead(entries[taken * PER_REQUEST + k]!, encoded));
					taken++;
				}
				if (taken === requests) resolve();
			};
			for (const worker of workers) {
				worker.on('message', (reply: ReadReply) => {
					if ('error' in reply) return reject(new Error(reply.error));
					arrived.set(reply.id, reply.encoded);
					try {
						take();
					} catch (error) {
						reject(error as Error);
						return;
					}
					send(worker);
				});
				worker.on('error', reject);
				worker.on('exit', (code) => reject(new Error(`a thread reading the sources stopped (${code})`)));
				for (let k = 0; k < IN_FLIGHT; k++) send(worker);
			}
			take();
		});
	} finally {
		await Promise.all(workers.map((worker) => worker.terminate()));
	}
}

/** The threads a first read reads its sources in: their script and how many. */
export interface ReadThreads {
	script: string;
	count: number;
}

/** A library read in threads into its index (see `streamedBuild`, which reads it in this thread), its large columns in `spill`; `onRead` told of each source read. */
export async function readThreaded(
	input: CorpusInput,
	spill: ColumnSpill,
	threads: ReadThreads,
	onRead: (progress: BuildProgress) => void,
	batchSentences?: number,
): Promise<StreamedLibrary> {
	const { entries } = corpusEntries(input);
	const writer = new LibraryWriter(spill, batchSentences);
	let done = 0;
	await readInThreads(entries, input.vocabulary, threads.script, threads.count, (entry, encoded) => {
		writer.add(entry, encoded);
		onRead({ done: ++done, total: entries.length, reused: 0 });
	});
	return writer.result();
}

/** How many sources a library has before its first read starts threads: fewer are read before the threads would be ready. */
export const THREADS_FROM = 200;

/**
 * The threads a first read of `sources` sources reads them in, as many as the machine has cores, up
 * to two; none on one core, for a small library, or where the script is missing (run from the
 * TypeScript sources, as the unit tests run): the sources are then read in this thread.
 */
export function readThreadsFor(sources: number, given?: Partial<ReadThreads> & { from?: number }): ReadThreads | undefined {
	const script = given?.script ?? path.join(__dirname, 'readWorker.js');
	const count = given?.count ?? Math.min(2, availableParallelism());
	if (count < 2 || sources < (given?.from ?? THREADS_FROM) || !existsSync(script)) return undefined;
	return { script, count };
}

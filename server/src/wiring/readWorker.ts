// A thread a first read of a large library reads sources in (readThreads.ts): each source cleaned,
// split into sentences, its dates, figures and words found, and put into columns on its own
// (`readAlone`), which are handed back to the reading thread without a copy. Reading is most of a
// first read's time: two threads read a library of ten thousand sources in a little more than half it.
import { parentPort, workerData } from 'node:worker_threads';
import type { CorpusEntry } from '../domain/corpus/corpus';
import { readAlone, sourceReader } from '../domain/corpus/streamedBuild';
import type { EncodedSource } from '../domain/corpus/streamedSources';
import type { Vocabulary } from '../domain/vocabulary';

export interface ReadRequest {
	id: number;
	entries: CorpusEntry[];
}

export type ReadReply = { id: number } & ({ encoded: EncodedSource[] } | { error: string });

/** The arrays' memory of a source's columns, handed over rather than copied. */
export function buffersOf(encoded: readonly EncodedSource[]): ArrayBuffer[] {
	const buffers = new Set<ArrayBuffer>();
	for (const { raw, columns } of encoded)
		for (const array of [raw, columns.rows, columns.tokens, columns.entities, columns.negations, columns.facts, columns.names])
			buffers.add(array.buffer as ArrayBuffer);
	return [...buffers];
}

const port = parentPort;
if (port) {
	const reader = sourceReader((workerData as { vocabulary: Vocabulary }).vocabulary);
	port.on('message', ({ id, entries }: ReadRequest) => {
		let reply: ReadReply;
		try {
			reply = { id, encoded: entries.map((entry) => readAlone(entry, reader)) };
		} catch (error) {
			reply = { id, error: error instanceof Error ? error.message : String(error) };
		}
		port.postMessage(reply, 'encoded' in reply ? buffersOf(reply.encoded) : []);
	});
}

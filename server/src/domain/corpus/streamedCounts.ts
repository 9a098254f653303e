// The term counts of a library read for the first time (termCounts.ts), counted a batch of
// documents at a time, each batch's postings kept by the host (in a file) as a run ordered by the
// terms' numbers in the library, and merged into each term's one list only as the saved index is
// written, a chunk at a time: the postings of ten thousand sources are some 60 million, too many to
// hold while the sources are read. The terms, postings, counts and lengths are those `countTerms`
// gives of all the documents at once, in the same order.
import type { ChunkedColumn, ColumnSpill, GrowingColumn, NumberArray } from './storedColumn';
import { countTerms } from './termCounts';

/** A batch's postings: its terms' numbers in the library (ascending), and where each term's postings start in the run. */
interface Run {
	ids: Int32Array;
	starts: Int32Array;
	/** Where the run starts in the columns of postings. */
	offset: number;
}

/** The counts as they are saved: `TermCounts` with the postings given a chunk at a time. */
export interface StreamedCounts {
	terms: string[];
	starts: Int32Array;
	docs: ChunkedColumn<Int32Array>;
	counts: ChunkedColumn<Uint16Array>;
	lengths: Int32Array;
}

/** How many elements a merged chunk holds, and how many a run's reader reads at a time. */
const CHUNK = 1 << 20;
const READ = 1 << 16;

export class CountsWriter {
	private readonly ids = new Map<string, number>();
	private readonly terms: string[] = [];
	/** Per term: how many postings it has. */
	private readonly totals: number[] = [];
	private readonly lengths: number[] = [];
	private readonly runs: Run[] = [];
	private readonly docs: GrowingColumn<Int32Array>;
	private readonly counts: GrowingColumn<Uint16Array>;

	constructor(spill: ColumnSpill) {
		this.docs = spill(Int32Array);
		this.counts = spill(Uint16Array);
	}

	/** Counts the next documents (terms separated by single spaces), numbered on from those before. */
	add(documents: readonly string[]): void {
		if (documents.length === 0) return;
		const batch = countTerms(documents);
		const first = this.lengths.length;
		for (const length of batch.lengths) this.lengths.push(length);
		// The batch's new terms are met in the batch's order, after the library's earlier ones: numbered so, as counting all at once numbers them.
		const global = Int32Array.from(batch.terms, (term) => {
			let id = this.ids.get(term);
			if (id === undefined) {
				this.ids.set(term, (id = this.terms.push(term) - 1));
				this.totals.push(0);
			}
			return id;
		});
		const order = Array.from(global.keys()).sort((a, b) => global[a]! - global[b]!);
		const ids = new Int32Array(order.length);
		const starts = new Int32Array(order.length + 1);
		const docs = new Int32Array(batch.docs.length);
		const counts = new Uint16Array(batch.counts.length);
		let at = 0;
		order.forEach((local, k) => {
			ids[k] = global[local]!;
			for (let j = batch.starts[local]!; j < batch.starts[local + 1]!; j++, at++) {
				docs[at] = batch.docs[j]! + first;
				counts[at] = batch.counts[j]!;
			}
			starts[k + 1] = at;
			this.totals[global[local]!]! += at - starts[k]!;
		});
		this.runs.push({ ids, starts, offset: this.docs.length });
		this.docs.append(docs);
		this.counts.append(counts);
	}

	/** The counts of all the documents added; their postings merged from the runs when the host reads them. */
	result(): StreamedCounts {
		const starts = new Int32Array(this.terms.length + 1);
		this.totals.forEach((total, id) => (starts[id + 1] = starts[id]! + total));
		return {
			terms: this.terms,
			starts,
			docs: merged(this.runs, this.terms.length, this.docs),
			counts: merged(this.runs, this.terms.length, this.counts),
			lengths: Int32Array.from(this.lengths),
		};
	}
}

/** The column of each term's postings, the runs' lists of it one after another, merged when read. */
function merged<T extends NumberArray>(runs: readonly Run[], terms: number, column: GrowingColumn<T>): ChunkedColumn<T> {
	return {
		length: column.length,
		kind: column.kind,
		*chunks() {
			const output = new Output(column.kind);
			const readers = runs.map((run) => new RunReader(column, run.offset));
			const next = new Int32Array(runs.length);
			for (let id = 0; id < terms; id++) {
				for (let r = 0; r < runs.length; r++) {
					const run = runs[r]!;
					const k = next[r]!;
					if (k >= run.ids.length || run.ids[k] !== id) continue;
					yield* output.push(readers[r]!.take(run.starts[k + 1]! - run.starts[k]!));
					next[r] = k + 1;
				}
			}
			yield* output.end();
		},
	};
}

/** Reads a run's postings in order, some thousands at a time. */
class RunReader<T extends NumberArray> {
	private buffer: T | undefined;
	private at = 0;

	constructor(
		private readonly column: GrowingColumn<T>,
		/** Where the next read starts in the column. */
		private next: number,
	) {}

	/** The next `n` elements, as a view (valid until the next call) or an array of their own. */
	take(n: number): T {
		if (this.buffer && this.at + n <= this.buffer.length) {
			this.at += n;
			return this.buffer.subarray(this.at - n, this.at) as T;
		}
		const left = this.buffer ? (this.buffer.subarray(this.at) as T) : undefined;
		const more = Math.max(n - (left?.length ?? 0), Math.min(READ, this.column.length - this.next));
		const read = this.column.read(this.next, this.next + more);
		this.next += more;
		const buffer = left && left.length > 0 ? joined(left, read) : read;
		this.buffer = buffer;
		this.at = n;
		return buffer.subarray(0, n) as T;
	}
}

function joined<T extends NumberArray>(a: T, b: T): T {
	const both = new (a.constructor as new (length: number) => T)(a.length + b.length);
	both.set(a);
	both.set(b, a.length);
	return both;
}

/** Chunks of `CHUNK` elements filled one after another. */
class Output<T extends NumberArray> {
	private chunk: T;
	private at = 0;

	constructor(private readonly kind: new (length: number) => T) {
		this.chunk = new kind(CHUNK);
	}

	/** Adds the values; the chunks they filled. */
	*push(values: T): Generator<T> {
		for (let from = 0; from < values.length;) {
			const take = Math.min(CHUNK - this.at, values.length - from);
			this.chunk.set(values.subarray(from, from + take), this.at);
			this.at += take;
			from += take;
			if (this.at === CHUNK) {
				yield this.chunk;
				this.chunk = new this.kind(CHUNK);
				this.at = 0;
			}
		}
	}

	/** The last chunk, as far as it is filled. */
	*end(): Generator<T> {
		if (this.at > 0) yield this.chunk.subarray(0, this.at) as T;
	}
}

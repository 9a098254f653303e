// The counts of a retrieval index after some sources changed, read as a layer over the saved ones
// rather than worked out again. A library of ten thousand sources has some sixty million postings:
// splicing them all for one changed source, and writing them all again, took most of ten seconds.
// Here the saved counts stay as they are (the base), the documents of the sources that changed or
// went are taken out of it (each base document is given its number in the corpus, or none), and the
// new sources' documents are counted on their own (the delta). A term's postings are the base's that
// are kept and the delta's, merged in the corpus's order when a query first asks for the term: the
// same documents and counts as counting the whole corpus afresh, so that the ranking is the same.

import { range, whole } from './storedColumn';
import { mergeTerms, spliceCounts, type Segment, type TermCounts } from './termCounts';

/** A term's postings: its documents, ascending, and how often it occurs in each. */
export interface Postings {
	docs: Int32Array;
	counts: Uint16Array;
}

/** Counts that do not fit together (a saved delta that is not of its base): they are not to be used. */
export class DamagedCountsError extends Error {}

export class OverlaidCounts {
	/** The base's terms, then the delta's that the base lacks. */
	readonly terms: string[];
	/** Each document's number of distinct terms, in the corpus's numbering. */
	readonly lengths: Int32Array;
	/** Per term: its number among the delta's terms, -1 when the delta lacks it. */
	private readonly deltaIds: Int32Array;

	constructor(
		readonly base: TermCounts,
		/** Per base document: its number in the corpus, -1 when it is taken out. Kept documents keep their order. */
		readonly baseMap: Int32Array,
		readonly delta: TermCounts,
		/** Per delta document: its number in the corpus, ascending. */
		readonly deltaMap: Int32Array,
	) {
		const size = checkedSize(base, baseMap, delta, deltaMap);
		this.lengths = new Int32Array(size);
		for (let doc = 0; doc < baseMap.length; doc++) if (baseMap[doc]! >= 0) this.lengths[baseMap[doc]!] = base.lengths[doc]!;
		for (let doc = 0; doc < deltaMap.length; doc++) this.lengths[deltaMap[doc]!] = delta.lengths[doc]!;
		this.terms = [...base.terms];
		const ids = new Map(base.terms.map((term, id) => [term, id]));
		const deltaIds: number[] = new Array<number>(base.terms.length).fill(-1);
		delta.terms.forEach((term, d) => {
			const id = ids.get(term);
			if (id !== undefined) deltaIds[id] = d;
			else deltaIds[this.terms.push(term) - 1] = d;
		});
		this.deltaIds = Int32Array.from(deltaIds);
	}

	/** The saved counts with nothing taken out and nothing added. */
	static over(base: TermCounts): OverlaidCounts {
		const identity = new Int32Array(base.lengths.length);
		for (let doc = 0; doc < identity.length; doc++) identity[doc] = doc;
		return new OverlaidCounts(base, identity, countsOfNothing(), new Int32Array(0));
	}

	/** How many of the base's documents are taken out. */
	get takenOut(): number {
		let n = 0;
		for (let doc = 0; doc < this.baseMap.length; doc++) if (this.baseMap[doc]! < 0) n++;
		return n;
	}

	/** Term `id`'s postings: the base's kept and the delta's, in the corpus's numbering (the base's read from its file when kept there). */
	postings(id: number): Postings {
		const { base, delta, baseMap, deltaMap } = this;
		const d = this.deltaIds[id]!;
		const [baseDocs, baseCounts] = id < base.terms.length ? slice(base, id) : [new Int32Array(0), new Uint16Array(0)];
		const [deltaDocs, deltaCounts] = d >= 0 ? slice(delta, d) : [new Int32Array(0), new Uint16Array(0)];
		const docs = new Int32Array(baseDocs.length + deltaDocs.length);
		const counts = new Uint16Array(docs.length);
		let at = 0;
		let j = 0;
		let k = 0;
		for (;;) {
			while (j < baseDocs.length && baseMap[baseDocs[j]!]! < 0) j++;
			if (j >= baseDocs.length && k >= deltaDocs.length) break;
			const a = j < baseDocs.length ? baseMap[baseDocs[j]!]! : Infinity;
			const b = k < deltaDocs.length ? deltaMap[deltaDocs[k]!]! : Infinity;
			docs[at] = a < b ? a : b;
			counts[at++] = a < b ? baseCounts[j++]! : deltaCounts[k++]!;
		}
		return { docs: docs.subarray(0, at), counts: counts.subarray(0, at) };
	}

	/** The same counts as one list of postings, as counting the corpus afresh gives them (to be saved as a new base). */
	merged(): TermCounts {
		const { base, delta } = this;
		const inMemory = (counts: TermCounts) => ({ ...counts, docs: whole(counts.docs), counts: whole(counts.counts) });
		return mergeTerms(inMemory(base), this.baseMap, inMemory(delta), this.deltaMap, this.lengths);
	}
}

/** Counts of the corpus's documents: as counted or saved, or a layer over saved ones. */
export type IndexCounts = TermCounts | OverlaidCounts;

/** Term `id`'s postings, read from the index file when they are kept there. */
export function postingsOf(counts: IndexCounts, id: number): Postings {
	if (counts instanceof OverlaidCounts) return counts.postings(id);
	const [docs, tf] = slice(counts, id);
	return { docs, counts: tf };
}

/** The counts as one list of postings (an overlay merged). */
export function mergedCounts(counts: IndexCounts): TermCounts {
	return counts instanceof OverlaidCounts ? counts.merged() : counts;
}

/**
 * The counts of the documents the segments give, in order (documents [from, to) of the earlier
 * counts, or new documents' texts), as a layer over the earlier counts' base: the kept base
 * documents are renumbered by a map, the delta is spliced (the delta's own postings passed over,
 * not the base's), and the new documents are counted into the delta. Undefined when the documents
 * kept are not in their earlier order.
 */
export function overlaid(earlier: IndexCounts, segments: readonly Segment[]): OverlaidCounts | undefined {
	const previous = earlier instanceof OverlaidCounts ? earlier : OverlaidCounts.over(earlier);
	const size = previous.lengths.length;
	// Where each earlier document goes (-1: left out), and which of them are the delta's.
	const moved = new Int32Array(size).fill(-1);
	const deltaOf = new Int32Array(size).fill(-1);
	previous.deltaMap.forEach((doc, k) => (deltaOf[doc] = k));
	const deltaSegments: Segment[] = [];
	const deltaMap: number[] = [];
	let total = 0;
	let last = 0;
	for (const segment of segments) {
		if ('documents' in segment) {
			deltaSegments.push(segment);
			for (let k = 0; k < segment.documents.length; k++) deltaMap.push(total++);
			continue;
		}
		if (segment.from < last || segment.to < segment.from || segment.to > size) return undefined;
		for (let doc = segment.from; doc < segment.to; doc++) {
			const k = deltaOf[doc]!;
			if (k >= 0) {
				const run = deltaSegments.at(-1);
				if (run && 'to' in run && run.to === k) run.to++;
				else deltaSegments.push({ from: k, to: k + 1 });
				deltaMap.push(total);
			}
			moved[doc] = total++;
		}
		last = segment.to;
	}
	const delta = spliceCounts(previous.delta, deltaSegments);
	if (!delta) return undefined;
	const baseMap = previous.baseMap.map((doc) => (doc < 0 ? -1 : moved[doc]!));
	return new OverlaidCounts(previous.base, baseMap, delta, Int32Array.from(deltaMap));
}

/**
 * The maps of a layer from the order of a corpus's sources: per source, its number among the
 * base's sources (n ≥ 0) or -1 less its number among the delta's; `baseSizes` and `deltaSizes` give
 * each source's number of documents. A `DamagedCountsError` when the order does not fit the sizes.
 */
export function mapsOfOrder(order: Int32Array, baseSizes: ArrayLike<number>, deltaSizes: ArrayLike<number>): { baseMap: Int32Array; deltaMap: Int32Array } {
	const firsts = (sizes: ArrayLike<number>) => {
		const starts = new Float64Array(sizes.length + 1);
		for (let i = 0; i < sizes.length; i++) starts[i + 1] = starts[i]! + sizes[i]!;
		return starts;
	};
	const [baseFirsts, deltaFirsts] = [firsts(baseSizes), firsts(deltaSizes)];
	const baseMap = new Int32Array(baseFirsts[baseSizes.length]!).fill(-1);
	const deltaMap = new Int32Array(deltaFirsts[deltaSizes.length]!).fill(-1);
	let at = 0;
	for (const n of order) {
		const [map, starts, i] = n >= 0 ? [baseMap, baseFirsts, n] : [deltaMap, deltaFirsts, -1 - n];
		if (!Number.isInteger(i) || i >= starts.length - 1) throw new DamagedCountsError('a source is not among those saved');
		for (let doc = starts[i]!; doc < starts[i + 1]!; doc++) {
			if (map[doc] !== -1) throw new DamagedCountsError('a source is named twice');
			map[doc] = at++;
		}
	}
	return { baseMap, deltaMap };
}

/** Term `id`'s documents and counts. */
function slice(counts: TermCounts, id: number): [Int32Array, Uint16Array] {
	const [start, end] = [counts.starts[id]!, counts.starts[id + 1]!];
	return [range(counts.docs, start, end), range(counts.counts, start, end)];
}

function countsOfNothing(): TermCounts {
	return { terms: [], starts: new Int32Array(1), docs: new Int32Array(0), counts: new Uint16Array(0), lengths: new Int32Array(0) };
}

/**
 * The corpus's number of documents, when the maps give each of them once, the kept base documents
 * and the delta's in ascending order; a `DamagedCountsError` when they do not.
 */
function checkedSize(base: TermCounts, baseMap: Int32Array, delta: TermCounts, deltaMap: Int32Array): number {
	if (baseMap.length !== base.lengths.length || deltaMap.length !== delta.lengths.length) throw new DamagedCountsError('the maps do not fit the counts');
	let size = deltaMap.length;
	for (const doc of baseMap) if (doc >= 0) size++;
	const seen = new Uint8Array(size);
	for (const map of [baseMap, deltaMap]) {
		let last = -1;
		for (const doc of map) {
			// A base document may be taken out; a delta's is there to be read.
			if (doc < 0 && map === baseMap) continue;
			if (doc < 0 || doc >= size || doc <= last || seen[doc]) throw new DamagedCountsError('the maps do not give each document once, in order');
			seen[doc] = 1;
			last = doc;
		}
	}
	return size;
}

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
		// The maps give each document once, in order: `overlaid` makes them so, and `mapsOfOrder` checks an order read from a file.
		this.lengths = lengthsOf(base, baseMap, delta, deltaMap);
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
 * each source's number of documents. The base's sources kept are in their order and the delta's are
 * all there, in theirs, so that each document is given once, in order; a `DamagedCountsError` when not.
 */
export function mapsOfOrder(order: Int32Array, baseSizes: ArrayLike<number>, deltaSizes: ArrayLike<number>): { baseMap: Int32Array; deltaMap: Int32Array } {
	const firsts = (sizes: ArrayLike<number>) => {
		const starts = new Float64Array(sizes.length + 1);
		for (let i = 0; i < sizes.length; i++) starts[i + 1] = starts[i]! + sizes[i]!;
		return starts;
	};
	const [baseFirsts, deltaFirsts] = [firsts(baseSizes), firsts(deltaSizes)];
	const baseMap = new Int32Array(baseFirsts[baseSizes.length]!).fill(-1);
	const deltaMap = new Int32Array(deltaFirsts[deltaSizes.length]!);
	let at = 0;
	let lastBase = -1;
	let nextDelta = 0;
	for (const n of order) {
		if (n >= 0 ? n <= lastBase || n >= baseSizes.length : -1 - n !== nextDelta) throw new DamagedCountsError('the sources are not those saved, in their order');
		const [map, starts, i] = n >= 0 ? [baseMap, baseFirsts, (lastBase = n)] : [deltaMap, deltaFirsts, nextDelta++];
		for (let doc = starts[i]!; doc < starts[i + 1]!; doc++) map[doc] = at++;
	}
	if (nextDelta !== deltaSizes.length) throw new DamagedCountsError('a source of the delta is left out');
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

/** Each document's length in the corpus's numbering; a `DamagedCountsError` when the maps do not fit the counts. */
function lengthsOf(base: TermCounts, baseMap: Int32Array, delta: TermCounts, deltaMap: Int32Array): Int32Array {
	if (baseMap.length !== base.lengths.length || deltaMap.length !== delta.lengths.length) throw new DamagedCountsError('the maps do not fit the counts');
	let size = deltaMap.length;
	for (let doc = 0; doc < baseMap.length; doc++) if (baseMap[doc]! >= 0) size++;
	const lengths = new Int32Array(size);
	const place = (map: Int32Array, from: Int32Array) => {
		for (let doc = 0; doc < map.length; doc++) {
			const to = map[doc]!;
			if (to >= size || (to < 0 && map !== baseMap)) throw new DamagedCountsError('the maps do not fit the counts');
			if (to >= 0) lengths[to] = from[doc]!;
		}
	};
	place(baseMap, base.lengths);
	place(deltaMap, delta.lengths);
	return lengths;
}

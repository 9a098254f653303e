// What a retrieval index is built from, as plain data: each term's documents and how often the
// term occurs in each. Counted from the documents' texts, or spliced from the counts of an earlier
// corpus when most of its sources are kept: the kept documents' postings are carried over,
// renumbered, and only the new documents are counted, so that one changed source in a large
// library costs a pass over the postings rather than every sentence's words.

import { whole, type Column } from './storedColumn';

/**
 * What an index is built from, as plain data: each term's documents (ascending) and how often the
 * term occurs in each, the lists one after another, and each document's number of distinct terms.
 */
export interface TermCounts {
	/** The terms: counted, in the order first met; spliced, the earlier ones still met, then the new. */
	terms: string[];
	/** Term i's postings are [starts[i], starts[i + 1]) of `docs` and `counts`, which may stay in the index file. */
	starts: Int32Array;
	docs: Column<Int32Array>;
	counts: Column<Uint16Array>;
	lengths: Int32Array;
}

/** Counts the terms of documents given as texts (terms separated by single spaces). */
export function countTerms(documents: readonly string[]): TermCounts & { docs: Int32Array; counts: Uint16Array } {
	const ids = new Map<string, number>();
	const terms: string[] = [];
	const frequency: number[] = [];
	// Each document's terms as term ids with their frequency, in the order first seen.
	const docTerms: number[][] = [];
	const docFreqs: number[][] = [];
	const lengths = new Int32Array(documents.length);
	for (let doc = 0; doc < documents.length; doc++) {
		const tokens = documents[doc]!.split(' ');
		lengths[doc] = new Set(tokens).size;
		const local = new Map<number, number>();
		for (const token of tokens) {
			if (!token) continue;
			let id = ids.get(token);
			if (id === undefined) {
				id = terms.length;
				ids.set(token, id);
				terms.push(token);
				frequency.push(0);
			}
			const seen = local.get(id);
			if (seen === undefined) frequency[id]!++;
			local.set(id, (seen ?? 0) + 1);
		}
		docTerms.push([...local.keys()]);
		docFreqs.push([...local.values()]);
	}
	const starts = new Int32Array(terms.length + 1);
	for (let id = 0; id < terms.length; id++) starts[id + 1] = starts[id]! + frequency[id]!;
	const docs = new Int32Array(starts[terms.length]!);
	const counts = new Uint16Array(docs.length);
	const filled = starts.slice(0, terms.length);
	for (let doc = 0; doc < documents.length; doc++) {
		const ts = docTerms[doc]!;
		const fs = docFreqs[doc]!;
		for (let j = 0; j < ts.length; j++) {
			const at = filled[ts[j]!]!++;
			docs[at] = doc;
			counts[at] = Math.min(fs[j]!, 65535);
		}
	}
	return { terms, starts, docs, counts, lengths };
}

export type InMemory = TermCounts & { docs: Int32Array; counts: Uint16Array };

/** A run of documents of a new index: documents [from, to) of the earlier counts, or new documents' texts. */
export type Segment = { from: number; to: number } | { documents: readonly string[] };

/**
 * The counts of the documents the segments give, in order, as `countTerms` would count their texts
 * (the same postings, counts and lengths; terms may be numbered otherwise, which no ranking reads).
 * Undefined when the earlier documents kept are not in their earlier order (they would have to be sorted).
 */
export function spliceCounts(saved: TermCounts, segments: readonly Segment[]): TermCounts | undefined {
	// Every posting is passed over: those of an index kept in its file are read once, here.
	const earlier = { ...saved, docs: whole(saved.docs), counts: whole(saved.counts) };
	const fresh = countTerms(segments.flatMap((segment) => ('documents' in segment ? segment.documents : [])));
	// Where each earlier document and each new one goes (-1: left out).
	const moved = new Int32Array(earlier.lengths.length).fill(-1);
	const placed = new Int32Array(fresh.lengths.length);
	let total = 0;
	let counted = 0;
	let last = 0;
	for (const segment of segments) {
		if ('documents' in segment) {
			for (let k = 0; k < segment.documents.length; k++) placed[counted++] = total++;
			continue;
		}
		if (segment.from < last || segment.to < segment.from || segment.to > earlier.lengths.length) return undefined;
		for (let doc = segment.from; doc < segment.to; doc++) moved[doc] = total++;
		last = segment.to;
	}
	const lengths = new Int32Array(total);
	for (let doc = 0; doc < moved.length; doc++) if (moved[doc]! >= 0) lengths[moved[doc]!] = earlier.lengths[doc]!;
	for (let k = 0; k < placed.length; k++) lengths[placed[k]!] = fresh.lengths[k]!;
	return mergeTerms(earlier, moved, fresh, placed, lengths);
}

/** Each term's earlier postings that are kept and its new ones, merged in document order; terms left with none are dropped. */
export function mergeTerms(earlier: InMemory, moved: Int32Array, fresh: InMemory, placed: Int32Array, lengths: Int32Array): TermCounts {
	const freshOf = new Map(fresh.terms.map((term, id) => [term, id]));
	const earlierOf = new Map(earlier.terms.map((term, id) => [term, id]));
	const kept = (id: number) => {
		let n = 0;
		for (let j = earlier.starts[id]!; j < earlier.starts[id + 1]!; j++) if (moved[earlier.docs[j]!]! >= 0) n++;
		return n;
	};
	const terms: string[] = [];
	const sizes: number[] = [];
	for (let id = 0; id < earlier.terms.length; id++) {
		const f = freshOf.get(earlier.terms[id]!);
		const size = kept(id) + (f === undefined ? 0 : fresh.starts[f + 1]! - fresh.starts[f]!);
		if (size === 0) continue;
		terms.push(earlier.terms[id]!);
		sizes.push(size);
	}
	for (let f = 0; f < fresh.terms.length; f++) {
		if (earlierOf.has(fresh.terms[f]!)) continue;
		terms.push(fresh.terms[f]!);
		sizes.push(fresh.starts[f + 1]! - fresh.starts[f]!);
	}
	const starts = new Int32Array(terms.length + 1);
	for (let t = 0; t < terms.length; t++) starts[t + 1] = starts[t]! + sizes[t]!;
	const docs = new Int32Array(starts[terms.length]!);
	const counts = new Uint16Array(docs.length);
	terms.forEach((term, t) => {
		const e = earlierOf.get(term);
		const f = freshOf.get(term);
		let at = starts[t]!;
		let j = e === undefined ? 0 : earlier.starts[e]!;
		const jEnd = e === undefined ? 0 : earlier.starts[e + 1]!;
		let k = f === undefined ? 0 : fresh.starts[f]!;
		const kEnd = f === undefined ? 0 : fresh.starts[f + 1]!;
		while (j < jEnd || k < kEnd) {
			while (j < jEnd && moved[earlier.docs[j]!]! < 0) j++;
			if (j >= jEnd && k >= kEnd) break;
			const a = j < jEnd ? moved[earlier.docs[j]!]! : Infinity;
			const b = k < kEnd ? placed[fresh.docs[k]!]! : Infinity;
			const fromEarlier = a < b;
			docs[at] = fromEarlier ? a : b;
			counts[at++] = fromEarlier ? earlier.counts[j++]! : fresh.counts[k++]!;
		}
	});
	return { terms, starts, docs, counts, lengths };
}

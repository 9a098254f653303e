// An inverted index of the corpus's sentences for retrieval, ranked by BM25 as MiniSearch ranks
// an OR query over one field (k = 1.2, b = 0.7, d = 0.5, the same arithmetic and the same order
// among equal scores), but with its postings in typed arrays and only the best `limit` kept, so a
// query costs the postings of its terms and no more.

import { postingsOf, type IndexCounts } from './overlaidCounts';
import { countTerms, type TermCounts } from './termCounts';

export type { TermCounts };

const K = 1.2;
const B = 0.7;
const D = 0.5;

interface Postings {
	/** The term's number in the index. */
	id: number;
	/** Document ids, ascending. */
	docs: Int32Array;
	/** Each posting's BM25 contribution, fixed once the index is built. */
	scores: Float64Array;
	/** The highest of `scores`. */
	max: number;
}

interface Intersection {
	docs: Int32Array;
	/** `scores[l][k]`: the score of docs[k] in the l-th list. */
	scores: Float64Array[];
}

/** A term in more documents than this is common: most of its documents have few other terms of a query. */
const COMMON = 256;
/** Below this many documents in a query's common lists, all of them are gathered. */
const LONG = 4096;
/** How many documents the kept intersections of common lists may hold together (some tens of megabytes). */
const KEPT_DOCUMENTS = 1 << 21;

type Tuning = { common?: number; long?: number; kept?: number };

export class TermIndex {
	/** The counts the index was built from, for saving it: counted, saved, or a layer over saved ones (`overlaidCounts.ts`). */
	readonly counts: IndexCounts;
	/** Each term's number; its postings are worked out when a query first asks for the term (a start need not score them all). */
	private readonly ids = new Map<string, number>();
	private readonly postings: (Postings | undefined)[] = [];
	private readonly average: number;
	readonly size: number;
	// Per query scratch space, reused: a document is touched when it has a matching term (and
	// `matched` is set back to zero for the touched ones after each query).
	private readonly score: Float64Array;
	private readonly matched: Uint16Array;
	private readonly touched: Int32Array;
	/** Per document, its row among a query's candidates (-1 between queries). */
	private readonly slot: Int32Array;
	/** The candidates' scores by query term (all 0 between queries). */
	private table = new Float64Array(4096);
	/** Documents in two or three common lists, by the lists' ids, most recently used last. */
	private readonly intersections = new Map<string, Intersection>();
	private keptDocuments = 0;

	private readonly common: number;
	private readonly long: number;
	private readonly kept: number;

	/**
	 * `documents[i]` is the text of document i: its terms separated by single spaces; or the
	 * documents' terms as counted before (`counts`), which a saved index keeps, or a layer over
	 * them for the sources changed since. `tuning`
	 * changes when a term counts as common, when a query's common lists are long, and how many
	 * documents the kept intersections hold (for tests).
	 */
	constructor(documents: readonly string[] | IndexCounts, tuning: Tuning = {}) {
		this.common = tuning.common ?? COMMON;
		this.long = tuning.long ?? LONG;
		this.kept = tuning.kept ?? KEPT_DOCUMENTS;
		this.counts = Array.isArray(documents) ? countTerms(documents as readonly string[]) : (documents as IndexCounts);
		const { terms, lengths } = this.counts;
		const total = lengths.length;
		this.size = total;
		let average = 0;
		for (let doc = 0; doc < total; doc++) average = (average * doc + lengths[doc]!) / (doc + 1);
		this.average = average;
		for (let id = 0; id < terms.length; id++) this.ids.set(terms[id]!, id);
		this.score = new Float64Array(total);
		this.matched = new Uint16Array(total);
		this.touched = new Int32Array(total);
		this.slot = new Int32Array(total).fill(-1);
	}

	/** How many documents have the term. */
	frequency(term: string): number {
		return this.list(term)?.docs.length ?? 0;
	}

	/** The term's postings with their BM25 scores, worked out once. */
	private list(term: string): Postings | undefined {
		const id = this.ids.get(term);
		if (id === undefined) return undefined;
		let postings = this.postings[id];
		if (postings) return postings;
		const { lengths } = this.counts;
		// Read from the index file when the postings are kept there.
		const { docs: list, counts: tf } = postingsOf(this.counts, id);
		const matching = list.length;
		// A term whose every document was taken out of a saved index is no term of the corpus.
		if (matching === 0) return undefined;
		const inverse = Math.log(1 + (this.size - matching + 0.5) / (matching + 0.5));
		const scores = new Float64Array(matching);
		for (let j = 0; j < matching; j++) {
			const f = tf[j]!;
			scores[j] = inverse * (D + (f * (K + 1)) / (f + K * (1 - B + (B * lengths[list[j]!]!) / this.average)));
		}
		let max = 0;
		for (let j = 0; j < matching; j++) max = Math.max(max, scores[j]!);
		postings = { id, docs: list, scores, max };
		this.postings[id] = postings;
		return postings;
	}

	/**
	 * The ids of the `limit` documents that best match any of the terms, best first: the first
	 * `limit` hits of MiniSearch's `search(terms.join(' '), { combineWith: 'OR' })`. A document's
	 * score is the sum of its terms' scores, in query order, times how many of the query's terms it
	 * has; equal scores keep the order in which the documents were first matched, term by term.
	 */
	search(terms: readonly string[], limit: number): number[] {
		if (limit <= 0) return [];
		const lists: { list: Postings; at: number }[] = [];
		const seen = new Set<string>();
		let long = 0;
		for (let at = 0; at < terms.length; at++) {
			const term = terms[at]!;
			const list = term ? this.list(term) : undefined;
			if (!list) continue;
			if (seen.has(term)) return this.searchAll(terms, limit);
			seen.add(term);
			lists.push({ list, at });
			if (list.docs.length > this.common) long += list.docs.length;
		}
		// Going through every document of the lists is quicker until they are long.
		return (long > this.long ? this.searchFew(lists, limit) : undefined) ?? this.searchAll(terms, limit);
	}

	/**
	 * With common terms (long lists), most documents have one or two of the query's terms and
	 * nothing else, and score no more than the best of those terms can make. So the documents with
	 * a rare term or with three common ones (then two) are found first, from intersections of
	 * common lists kept for later queries with the same terms, and only they are scored. When the
	 * `limit`-th best of them beats anything the others can score, they hold the answer; otherwise
	 * undefined.
	 */
	private searchFew(lists: { list: Postings; at: number }[], limit: number): number[] | undefined {
		const common = lists.filter(({ list }) => list.docs.length > this.common).map(({ list }) => list);
		common.sort((a, b) => a.id - b.id);
		const maxima = common.map((list) => list.max).sort((a, b) => b - a);
		for (let level = Math.min(3, common.length); level >= 2; level--) {
			// The most a document with fewer than `level` common terms and no rare one can score.
			let bound = 0;
			let sum = 0;
			for (let j = 1; j < level; j++) {
				sum += maxima[j - 1]!;
				bound = Math.max(bound, sum * j);
			}
			const best = this.scoreCandidates(lists, common, level, limit);
			if (best && best.score > bound) return best.docs;
		}
		return undefined;
	}

	/**
	 * The documents with `level` of the common lists or any rare one, each scored exactly (its
	 * terms' scores summed in query order): the best `limit`, and the score of the last of them;
	 * undefined when there are fewer.
	 */
	private scoreCandidates(
		lists: { list: Postings; at: number }[],
		common: Postings[],
		level: number,
		limit: number,
	): { docs: number[]; score: number } | undefined {
		const width = lists.length;
		const columnOf = new Map(lists.map(({ list }, i) => [list, i]));
		const commonColumns = common.map((list) => columnOf.get(list)!);
		const found: { columns: number[]; intersection: Intersection }[] = [];
		const chosen: number[] = [];
		const choose = (from: number): void => {
			if (chosen.length === level) {
				found.push({ columns: chosen.map((i) => commonColumns[i]!), intersection: this.intersection(chosen.map((i) => common[i]!)) });
				return;
			}
			for (let i = from; i < common.length; i++) {
				chosen.push(i);
				choose(i + 1);
				chosen.pop();
			}
		};
		choose(0);
		// Row r of the table holds candidate r's score for each query term, 0 where it lacks the term.
		let most = 0;
		for (const { intersection } of found) most += intersection.docs.length;
		for (const { list } of lists) if (list.docs.length <= this.common) most += list.docs.length;
		if (this.table.length < most * width) this.table = new Float64Array(most * width * 2);
		const table = this.table;
		const slot = this.slot;
		const docs: number[] = [];
		for (const { columns, intersection } of found) {
			for (let k = 0; k < intersection.docs.length; k++) {
				const doc = intersection.docs[k]!;
				let r = slot[doc]!;
				if (r < 0) r = slot[doc] = docs.push(doc) - 1;
				for (let c = 0; c < columns.length; c++) table[r * width + columns[c]!] = intersection.scores[c]![k]!;
			}
		}
		const fromIntersections = docs.length;
		for (let column = 0; column < width; column++) {
			const list = lists[column]!.list;
			if (list.docs.length > this.common) continue;
			for (let k = 0; k < list.docs.length; k++) {
				const doc = list.docs[k]!;
				let r = slot[doc]!;
				if (r < 0) r = slot[doc] = docs.push(doc) - 1;
				table[r * width + column] = list.scores[k]!;
			}
		}
		// A document met only in rare lists may still have some of the common terms.
		for (let r = fromIntersections; r < docs.length; r++) {
			for (let c = 0; c < common.length; c++) {
				const k = indexOf(common[c]!.docs, docs[r]!);
				if (k >= 0) table[r * width + commonColumns[c]!] = common[c]!.scores[k]!;
			}
		}
		for (const doc of docs) slot[doc] = -1;
		const n = docs.length;
		const scores = new Float64Array(n);
		const firsts = new Int32Array(n);
		for (let r = 0; r < n; r++) {
			let sum = 0;
			let count = 0;
			let first = -1;
			for (let c = 0; c < width; c++) {
				const value = table[r * width + c]!;
				if (value === 0) continue;
				table[r * width + c] = 0;
				sum += value;
				count++;
				if (first < 0) first = lists[c]!.at;
			}
			scores[r] = sum * count;
			firsts[r] = first;
		}
		if (n < limit) return undefined;
		const best = topK(
			n,
			limit,
			(a, b) => scores[a]! < scores[b]! || (scores[a] === scores[b] && (firsts[a]! > firsts[b]! || (firsts[a] === firsts[b] && docs[a]! > docs[b]!))),
		);
		return { docs: best.map((r) => docs[r]!), score: scores[best[best.length - 1]!]! };
	}

	/**
	 * The documents in all the lists, ascending, with their scores in each list; the most recently
	 * used are kept, up to a number of documents in all.
	 */
	private intersection(lists: Postings[]): Intersection {
		const key = lists.map((list) => list.id).join(',');
		let found = this.intersections.get(key);
		if (found) this.intersections.delete(key);
		else {
			const order = lists.map((_, i) => i).sort((p, q) => lists[p]!.docs.length - lists[q]!.docs.length);
			const shortest = lists[order[0]!]!.docs;
			const cursors = lists.map(() => 0);
			const docs: number[] = [];
			const scores: number[][] = lists.map(() => []);
			outer: for (let i = 0; i < shortest.length; i++) {
				const doc = shortest[i]!;
				cursors[order[0]!] = i;
				for (const o of order.slice(1)) {
					const list = lists[o]!.docs;
					const k = advance(list, cursors[o]!, doc);
					cursors[o] = k;
					if (k >= list.length) break outer;
					if (list[k] !== doc) continue outer;
				}
				docs.push(doc);
				lists.forEach((list, l) => scores[l]!.push(list.scores[cursors[l]!]!));
			}
			found = { docs: Int32Array.from(docs), scores: scores.map((values) => Float64Array.from(values)) };
			this.keptDocuments += found.docs.length;
			for (const [oldest, dropped] of this.intersections) {
				if (this.keptDocuments <= this.kept) break;
				this.intersections.delete(oldest);
				this.keptDocuments -= dropped.docs.length;
			}
		}
		this.intersections.set(key, found);
		return found;
	}

	/** Every term's documents gathered in query order, as MiniSearch gathers them (repeated terms too). */
	private searchAll(terms: readonly string[], limit: number): number[] {
		const score = this.score;
		const matched = this.matched;
		const touched = this.touched;
		let count = 0;
		const seen = new Set<string>();
		for (const term of terms) {
			const list = term ? this.list(term) : undefined;
			if (!list) continue;
			const { docs, scores } = list;
			if (seen.has(term)) {
				// A repeated term adds its score again but is not another matching term.
				for (let j = 0; j < docs.length; j++) score[docs[j]!]! += scores[j]!;
				continue;
			}
			seen.add(term);
			for (let j = 0; j < docs.length; j++) {
				const doc = docs[j]!;
				if (matched[doc] === 0) {
					score[doc] = scores[j]!;
					matched[doc] = 1;
					touched[count++] = doc;
				} else {
					score[doc]! += scores[j]!;
					matched[doc]!++;
				}
			}
		}
		const best = this.best(count, limit);
		for (let i = 0; i < count; i++) matched[touched[i]!] = 0;
		return best;
	}

	/** The best `limit` of the `count` touched documents, with a bounded heap whose root is the worst kept. */
	private best(count: number, limit: number): number[] {
		const { touched, score, matched } = this;
		// Heap entries are positions into `touched`, with their final scores; of equal scores the
		// earlier position ranks higher.
		const size = Math.min(limit, count);
		const heap = new Int32Array(size);
		const value = new Float64Array(size);
		const worse = (va: number, a: number, vb: number, b: number) => va < vb || (va === vb && a > b);
		let filled = 0;
		for (let i = 0; i < count; i++) {
			const doc = touched[i]!;
			const final = score[doc]! * matched[doc]!;
			if (filled < size) {
				let at = filled++;
				while (at > 0) {
					const parent = (at - 1) >> 1;
					if (!worse(final, i, value[parent]!, heap[parent]!)) break;
					heap[at] = heap[parent]!;
					value[at] = value[parent]!;
					at = parent;
				}
				heap[at] = i;
				value[at] = final;
			} else if (final > value[0]!) {
				// A later position never wins a tie, so only a higher score replaces the worst kept.
				let at = 0;
				for (;;) {
					const left = 2 * at + 1;
					if (left >= size) break;
					const right = left + 1;
					const child = right < size && worse(value[right]!, heap[right]!, value[left]!, heap[left]!) ? right : left;
					if (!worse(value[child]!, heap[child]!, final, i)) break;
					heap[at] = heap[child]!;
					value[at] = value[child]!;
					at = child;
				}
				heap[at] = i;
				value[at] = final;
			}
		}
		const order = Array.from({ length: size }, (_, k) => k);
		order.sort((x, y) => (worse(value[x]!, heap[x]!, value[y]!, heap[y]!) ? 1 : -1));
		return order.map((k) => touched[heap[k]!]!);
	}
}

/** The first index at or after `from` whose document is at least `doc` (galloping, then binary search). */
function advance(docs: Int32Array, from: number, doc: number): number {
	if (from >= docs.length || docs[from]! >= doc) return from;
	let step = 1;
	let low = from;
	let high = from + 1;
	while (high < docs.length && docs[high]! < doc) {
		low = high;
		step *= 2;
		high = from + step;
	}
	high = Math.min(high, docs.length);
	while (low + 1 < high) {
		const mid = (low + high) >> 1;
		if (docs[mid]! < doc) low = mid;
		else high = mid;
	}
	return high;
}

/** The index of `doc` in the ascending `docs`, or -1. */
function indexOf(docs: Int32Array, doc: number): number {
	let low = 0;
	let high = docs.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		const value = docs[mid]!;
		if (value < doc) low = mid + 1;
		else if (value > doc) high = mid - 1;
		else return mid;
	}
	return -1;
}

/** The `limit` best of items 0…n-1, best first, by `worse(a, b)`: whether a ranks below b (a bounded heap whose root is the worst kept). */
function topK(n: number, limit: number, worse: (a: number, b: number) => boolean): number[] {
	const heap: number[] = [];
	const down = (from: number): void => {
		let at = from;
		for (;;) {
			const left = 2 * at + 1;
			if (left >= heap.length) return;
			const right = left + 1;
			const child = right < heap.length && worse(heap[right]!, heap[left]!) ? right : left;
			if (!worse(heap[child]!, heap[at]!)) return;
			[heap[at], heap[child]] = [heap[child]!, heap[at]!];
			at = child;
		}
	};
	for (let i = 0; i < n; i++) {
		if (heap.length < limit) {
			heap.push(i);
			let at = heap.length - 1;
			while (at > 0) {
				const parent = (at - 1) >> 1;
				if (!worse(heap[at]!, heap[parent]!)) break;
				[heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
				at = parent;
			}
		} else if (worse(heap[0]!, i)) {
			heap[0] = i;
			down(0);
		}
	}
	return heap.sort((a, b) => (worse(a, b) ? 1 : -1));
}

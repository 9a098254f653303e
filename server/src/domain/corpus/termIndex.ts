// An inverted index of the corpus's sentences for retrieval, ranked by BM25 as MiniSearch ranks
// an OR query over one field (k = 1.2, b = 0.7, d = 0.5, the same arithmetic and the same order
// among equal scores), but with its postings in typed arrays and only the best `limit` kept, so a
// query costs the postings of its terms and no more.

const K = 1.2;
const B = 0.7;
const D = 0.5;

interface Postings {
	docs: Int32Array;
	/** Each posting's BM25 contribution, fixed once the index is built. */
	scores: Float64Array;
}

export class TermIndex {
	private readonly postings = new Map<string, Postings>();
	readonly size: number;
	// Per query scratch space, reused: a document is touched when it has a matching term (and
	// `matched` is set back to zero for the touched ones after each query).
	private readonly score: Float64Array;
	private readonly matched: Uint16Array;
	private readonly touched: Int32Array;

	/** `documents[i]` is the text of document i: its terms separated by single spaces. */
	constructor(documents: readonly string[]) {
		this.size = documents.length;
		const ids = new Map<string, number>();
		const terms: string[] = [];
		const counts: number[] = [];
		// Each document's terms as term ids with their frequency, in the order first seen.
		const docTerms: number[][] = [];
		const docFreqs: number[][] = [];
		const lengths = new Float64Array(documents.length);
		let average = 0;
		for (let doc = 0; doc < documents.length; doc++) {
			const tokens = documents[doc]!.split(' ');
			const length = new Set(tokens).size;
			lengths[doc] = length;
			average = (average * doc + length) / (doc + 1);
			const local = new Map<number, number>();
			for (const token of tokens) {
				if (!token) continue;
				let id = ids.get(token);
				if (id === undefined) {
					id = terms.length;
					ids.set(token, id);
					terms.push(token);
					counts.push(0);
				}
				const seen = local.get(id);
				if (seen === undefined) counts[id]!++;
				local.set(id, (seen ?? 0) + 1);
			}
			docTerms.push([...local.keys()]);
			docFreqs.push([...local.values()]);
		}
		const docs = counts.map((n) => new Int32Array(n));
		const frequencies = counts.map((n) => new Uint16Array(n));
		const filled = new Int32Array(terms.length);
		for (let doc = 0; doc < documents.length; doc++) {
			const ts = docTerms[doc]!;
			const fs = docFreqs[doc]!;
			for (let j = 0; j < ts.length; j++) {
				const id = ts[j]!;
				const at = filled[id]!++;
				docs[id]![at] = doc;
				frequencies[id]![at] = Math.min(fs[j]!, 65535);
			}
		}
		const total = documents.length;
		for (let id = 0; id < terms.length; id++) {
			const list = docs[id]!;
			const tf = frequencies[id]!;
			const matching = list.length;
			const inverse = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
			const scores = new Float64Array(matching);
			for (let j = 0; j < matching; j++) {
				const f = tf[j]!;
				scores[j] = inverse * (D + (f * (K + 1)) / (f + K * (1 - B + (B * lengths[list[j]!]!) / average)));
			}
			this.postings.set(terms[id]!, { docs: list, scores });
		}
		this.score = new Float64Array(total);
		this.matched = new Uint16Array(total);
		this.touched = new Int32Array(total);
	}

	/** How many documents have the term. */
	frequency(term: string): number {
		return this.postings.get(term)?.docs.length ?? 0;
	}

	/**
	 * The ids of the `limit` documents that best match any of the terms, best first. A document's
	 * score is the sum of its terms' scores times how many of the query's terms it has; equal
	 * scores keep the order in which the documents were first matched.
	 */
	search(terms: readonly string[], limit: number): number[] {
		if (limit <= 0) return [];
		const score = this.score;
		const matched = this.matched;
		const touched = this.touched;
		let count = 0;
		const seen = new Set<string>();
		for (const term of terms) {
			const list = term ? this.postings.get(term) : undefined;
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

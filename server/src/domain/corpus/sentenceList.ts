// The corpus's sentences as one list, numbered across the corpus, in which a restored source's
// sentences are made from their rows when first read. A library of ten thousand sources has over a
// million sentences, of which a check reads a few thousand: as objects made at the start they take
// a hundred megabytes or more. The list is an array to its readers (indexing, length, iteration,
// slice, map), so that nothing that reads the corpus's sentences changes.

import type { EvidenceSentence } from './corpus';

/** A run of sentences made when read: `make(k)` gives the run's k-th. */
interface Run {
	first: number;
	end: number;
	make(k: number): EvidenceSentence;
}

export class SentenceListBuilder {
	/** The sentences given made, and their numbers: the list is made whole at the end, since growing it run by run copied it each time. */
	private readonly given: EvidenceSentence[] = [];
	private readonly givenAt: number[] = [];
	private readonly runs: Run[] = [];
	private count = 0;

	get length(): number {
		return this.count;
	}

	push(sentence: EvidenceSentence): void {
		this.given.push(sentence);
		this.givenAt.push(this.count++);
	}

	/** Adds `count` sentences, the k-th of them made by `make(k)` when first read. */
	pushLater(count: number, make: (k: number) => EvidenceSentence): void {
		if (count === 0) return;
		this.runs.push({ first: this.count, end: this.count + count, make });
		this.count += count;
	}

	/** The list: a plain array when every sentence is made, else one whose sentences are made when read. */
	build(): EvidenceSentence[] {
		const { given, givenAt, runs, count } = this;
		if (runs.length === 0) return given;
		// The sentences made so far, by number: an array of a million places took a fifth of a
		// second to make, where a check reads a few thousand. The list reports its own length.
		const made = new Map<number, EvidenceSentence>();
		given.forEach((sentence, i) => made.set(givenAt[i]!, sentence));
		const at = (i: number): EvidenceSentence => {
			let sentence = made.get(i);
			if (sentence === undefined) {
				const run = runOf(runs, i);
				made.set(i, (sentence = run.make(i - run.first)));
			}
			return sentence;
		};
		return new Proxy([] as EvidenceSentence[], {
			get(target, key, receiver) {
				if (key === 'length') return count;
				const i = indexOf(key, count);
				return i === undefined ? Reflect.get(target, key, receiver) : at(i);
			},
			has(target, key) {
				return indexOf(key, count) !== undefined || Reflect.has(target, key);
			},
			getOwnPropertyDescriptor(target, key) {
				// The target's length cannot be configured: reported so, with the list's own value.
				if (key === 'length') return { value: count, writable: true, enumerable: false, configurable: false };
				const i = indexOf(key, count);
				return i === undefined ? Reflect.getOwnPropertyDescriptor(target, key) : { value: at(i), writable: true, enumerable: true, configurable: true };
			},
			ownKeys() {
				return [...Array.from({ length: count }, (_, i) => String(i)), 'length'];
			},
		});
	}
}

/** The array index a property key names, when it is one below `length`. */
function indexOf(key: string | symbol, length: number): number | undefined {
	if (typeof key !== 'string' || key.length === 0 || key.length > 10) return undefined;
	const code = key.charCodeAt(0);
	if (code < 48 || code > 57 || (code === 48 && key.length > 1)) return undefined;
	const n = Number(key);
	return Number.isInteger(n) && n < length ? n : undefined;
}

/** The run that holds sentence i (runs are in order and do not overlap). */
function runOf(runs: readonly Run[], i: number): Run {
	let low = 0;
	let high = runs.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (runs[mid]!.first <= i) low = mid;
		else high = mid - 1;
	}
	const run = runs[low]!;
	if (i < run.first || i >= run.end) throw new RangeError(`sentence ${i} is in no run`);
	return run;
}

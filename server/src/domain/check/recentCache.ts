// A cache that keeps what was used lately and lets the rest go, so that a long editing session
// (every keystroke makes a sentence never seen before) does not keep every judgement it ever made.

/** What a check needs of a cache of judgements by sentence text; a Map is one. */
export interface Cache<V> {
	get(key: string): V | undefined;
	set(key: string, value: V): void;
}

/**
 * Two generations: entries go into the young one; when it is full it becomes the old one and the
 * old one is dropped; an old entry that is used again moves back into the young one. At most
 * twice `size` entries are kept, and everything used within the last `size` insertions is.
 */
export class RecentCache<V> implements Cache<V> {
	private young = new Map<string, V>();
	private old = new Map<string, V>();

	constructor(private readonly size: number) {}

	get(key: string): V | undefined {
		const value = this.young.get(key);
		if (value !== undefined) return value;
		const aged = this.old.get(key);
		if (aged !== undefined) {
			this.old.delete(key);
			this.set(key, aged);
		}
		return aged;
	}

	set(key: string, value: V): void {
		if (this.young.size >= this.size && !this.young.has(key)) {
			this.old = this.young;
			this.young = new Map();
		}
		this.young.set(key, value);
	}

	/** How many entries are kept. */
	get count(): number {
		return this.young.size + this.old.size;
	}
}

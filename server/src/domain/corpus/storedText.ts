// A source's text read when first needed. The texts of a library of ten thousand sources are some
// 130 MB, which took a good part of a restart to decode, while a check needs the text of none of
// them (a sentence's text is read on its own), and a link, a hover or a passage shown needs that of
// one. A restored entry's `raw` is read through its `StoredText` when first asked for; copies of the
// entry share it, so that two of them are known to hold the same text without reading it.

/** A text kept elsewhere: its length known, its characters read when first asked for and kept. */
export class StoredText {
	#value: string | undefined;

	constructor(
		/** Its length in UTF-16 code units, as `String.length` counts. */
		readonly length: number,
		private readonly read: () => string,
	) {}

	get value(): string {
		return (this.#value ??= this.read());
	}

	/** Whether it has been read already. */
	get isRead(): boolean {
		return this.#value !== undefined;
	}
}

/** The stored text behind each object whose `raw` is read through one. */
const stored = new WeakMap<object, StoredText>();

/** `target` with its `raw` read from `text` when first asked for (in the place of `raw` it has, so that its keys keep their order). */
export function withStoredRaw<T extends { raw: string }>(target: T, text: StoredText): T {
	Object.defineProperty(target, 'raw', { get: () => text.value, enumerable: true, configurable: true });
	stored.set(target, text);
	return target;
}

/** `target` with the text of `from` as its `raw`: still read when first asked for when it is so in `from`. */
export function withRawOf<T extends { raw: string }>(target: T, from: { raw: string }): T {
	const text = stored.get(from);
	if (text) return withStoredRaw(target, text);
	target.raw = from.raw;
	return target;
}

/** The stored text behind an object's `raw`, if it is read through one. */
export const storedRawOf = (holder: object): StoredText | undefined => stored.get(holder);

/** Whether two objects have the same `raw`: without reading it when they share its stored text. */
export function sameRaw(a: { raw: string }, b: { raw: string }): boolean {
	const text = stored.get(a);
	return (text !== undefined && text === stored.get(b)) || a.raw === b.raw;
}

/**
 * A copy of `from` with `changes` (as a spread would make it), its `raw` still read when first
 * asked for when it is so in `from`: then `from` itself when the changes change nothing (a restart
 * takes ten thousand sources through here, and each such copy is slow to make).
 */
export function copyWithRaw<T extends { raw: string }, C extends Partial<T>>(from: T, changes: C): T & C {
	const text = stored.get(from);
	if (!text) return { ...from, ...changes };
	if (Object.entries(changes).every(([key, value]) => from[key as keyof T] === value)) return from as T & C;
	const copy: Record<string, unknown> = {};
	for (const key of Object.keys(from)) copy[key] = key === 'raw' ? '' : from[key as keyof T];
	return withStoredRaw(Object.assign(copy as T, changes), text);
}

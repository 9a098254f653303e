// What was made of a text, kept by the text: the Markdown reader keeps its pieces' parse trees and blocks so.

/** A map from text to what was made of it, most recently used last, keeping about `limit` characters of keys. */
export class TextCache<T> {
	private readonly map = new Map<string, T>();
	private characters = 0;

	constructor(private readonly limit: number) {}

	get(key: string): T | undefined {
		const value = this.map.get(key);
		if (value !== undefined) {
			this.map.delete(key);
			this.map.set(key, value);
		}
		return value;
	}

	remember(key: string, value: T): void {
		if (key.length > this.limit / 8 || this.map.has(key)) return;
		this.map.set(key, value);
		this.characters += key.length;
		for (const oldest of this.map.keys()) {
			if (this.characters <= this.limit) break;
			this.map.delete(oldest);
			this.characters -= oldest.length;
		}
	}
}

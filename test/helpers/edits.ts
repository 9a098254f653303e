// Random edits of a text, for properties that must hold edit after edit: where (as a share of the
// text's length), how much is taken away, and what is put in: one of some given strings, or a
// stretch of the text itself (a paste).
import fc from 'fast-check';

export interface RandomEdit {
	at: number;
	removed: number;
	inserted: string | { from: number; length: number };
}

/** Edits that insert one of `snippets` or a stretch of the text of up to `pasted` characters, taking away up to `removed`. */
export function randomEdit(snippets: readonly string[], removed: number, pasted: number): fc.Arbitrary<RandomEdit> {
	const share = fc.double({ min: 0, max: 1, noNaN: true });
	return fc.record({
		at: share,
		removed: fc.oneof(fc.constant(0), fc.nat({ max: removed })),
		inserted: fc.oneof(fc.constantFrom(...snippets), fc.record({ from: share, length: fc.nat({ max: pasted }) })),
	});
}

/** The text after the edit. */
export function applyEdit(text: string, { at, removed, inserted }: RandomEdit): string {
	const start = Math.floor(at * text.length);
	const from = typeof inserted === 'string' ? 0 : Math.floor(inserted.from * text.length);
	const added = typeof inserted === 'string' ? inserted : text.slice(from, from + inserted.length);
	return text.slice(0, start) + added + text.slice(start + removed);
}

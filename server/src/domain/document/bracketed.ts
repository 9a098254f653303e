// The scan both inline citation syntaxes share: each innermost bracketed stretch of a text, read by
// the syntax's own parser. Linear: each opening bracket is looked at once.

/** Each innermost `open … close` stretch of `text` that `parse` reads (given its inside and where it opens), in order. */
export function scanBracketed<T extends object>(
	text: string,
	open: string,
	close: string,
	parse: (inner: string, from: number) => T | null,
): (T & { from: number; to: number })[] {
	const found: (T & { from: number; to: number })[] = [];
	let start = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (ch === open) start = i;
		else if (ch === close && start >= 0) {
			const parsed = parse(text.slice(start + 1, i), start);
			if (parsed) found.push({ from: start, to: i + 1, ...parsed });
			start = -1;
		}
	}
	return found;
}

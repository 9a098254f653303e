/** Zero-based line and UTF-16 character, as the Language Server Protocol counts them. */
export interface Position {
	line: number;
	character: number;
}

/** Maps offsets of a text to line/character positions; line breaks are \n, \r\n or \r. */
export class LineIndex {
	private readonly lineStarts: number[] = [0];

	constructor(private readonly text: string) {
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			if (c === 13 /* \r */) {
				if (text.charCodeAt(i + 1) === 10) i++;
				this.lineStarts.push(i + 1);
			} else if (c === 10 /* \n */) this.lineStarts.push(i + 1);
		}
	}

	/** An offset inside a line break counts as the end of its line, as editors count it. */
	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid]! <= clamped) low = mid;
			else high = mid - 1;
		}
		return { line: low, character: this.beforeBreak(clamped, low) - this.lineStarts[low]! };
	}

	/**
	 * A position past the end of its line means the line's end, not a place on the next line; a line
	 * past the last means the end of the text. The protocol asks for this, and clients send such
	 * positions (a stale range, a cursor past the end).
	 */
	offsetAt(position: Position): number {
		if (position.line < 0) return 0;
		if (position.line >= this.lineStarts.length) return this.text.length;
		const start = this.lineStarts[position.line]!;
		if (position.character <= 0) return start;
		const next = this.lineStarts[position.line + 1] ?? this.text.length;
		return this.beforeBreak(Math.min(start + position.character, next), position.line);
	}

	/** The offset moved back out of the line break that ends line `line` (a line holds no other break characters). */
	private beforeBreak(offset: number, line: number): number {
		const start = this.lineStarts[line]!;
		let at = offset;
		while (at > start && (this.text.charCodeAt(at - 1) === 13 || this.text.charCodeAt(at - 1) === 10)) at--;
		return at;
	}
}

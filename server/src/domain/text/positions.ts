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

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.text.length));
		let low = 0;
		let high = this.lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.lineStarts[mid]! <= clamped) low = mid;
			else high = mid - 1;
		}
		return { line: low, character: clamped - this.lineStarts[low]! };
	}

	offsetAt(position: Position): number {
		const start = this.lineStarts[Math.max(0, Math.min(position.line, this.lineStarts.length - 1))]!;
		return Math.min(start + position.character, this.text.length);
	}
}

// Accumulates the prose of one block character by character, each with the document range it came
// from, and turns marked citation text into Citation records when the block is finished.
import { isSpaceCode } from '../text/whitespace';
import type { Citation, ProseBlock } from '../types';

export type BlockKind = ProseBlock['kind'];

/** What a citation says, before it has a place in the finished block. */
export type CitationBody = Omit<Citation, 'span' | 'anchor'>;

interface Cut {
	from: number;
	to: number;
	body: CitationBody;
}

export class BlockBuilder {
	private readonly parts: string[] = [];
	private readonly starts: number[] = [];
	private readonly ends: number[] = [];
	private readonly cuts: Cut[] = [];
	/** The last character pushed, kept so callers can avoid doubling spaces without joining parts. */
	private last = '';

	constructor(readonly kind: BlockKind) {}

	get length(): number {
		return this.starts.length;
	}

	get lastChar(): string {
		return this.last;
	}

	/** Adds `ch` (one or more UTF-16 units, all standing for document range [start, end)). */
	push(ch: string, start: number, end: number): void {
		for (let i = 0; i < ch.length; i++) {
			this.starts.push(start);
			this.ends.push(end);
		}
		this.parts.push(ch);
		if (ch.length > 0) this.last = ch[ch.length - 1] as string;
	}

	/** Copies document text [from, to) unchanged. */
	copy(doc: string, from: number, to: number): void {
		if (to <= from) return;
		for (let i = from; i < to; i++) {
			this.starts.push(i);
			this.ends.push(i + 1);
		}
		this.parts.push(doc.slice(from, to));
		this.last = doc[to - 1] as string;
	}

	/** Marks block text [from, to) as a citation: it leaves the text when the block is finished. */
	markCitation(from: number, to: number, body: CitationBody): void {
		if (to > from) this.cuts.push({ from, to, body });
	}

	/** Marked ranges so far, for callers that must not mark the same text twice. */
	isMarked(from: number, to: number): boolean {
		return this.cuts.some((cut) => cut.from < to && from < cut.to);
	}

	/** Whether block character `i` is one document character (not an escape, entity or synthetic). */
	isVerbatim(i: number): boolean {
		const start = this.starts[i];
		const end = this.ends[i];
		return start !== undefined && end === start + 1;
	}

	text(): string {
		return this.parts.join('');
	}

	/**
	 * The finished block, or null when it holds no prose. Citation text and the whitespace before it
	 * leave the text (so deleting a citation's span leaves clean prose); the rest is trimmed.
	 */
	finish(): ProseBlock | null {
		const raw = this.text();
		const cuts = [...this.cuts].sort((a, b) => a.from - b.from);
		const starts = new Int32Array(raw.length);
		const ends = new Int32Array(raw.length);
		const parts: string[] = [];
		const citations: Citation[] = [];
		let length = 0;
		let lastWasSpace = true; // also drops leading whitespace
		// Runs of whitespace (left where markup was dropped) collapse to their first character.
		const keepRange = (from: number, to: number): void => {
			let run = from;
			for (let i = from; i < to; i++) {
				const space = isSpaceCode(raw.charCodeAt(i));
				if (space && lastWasSpace) {
					if (i > run) parts.push(raw.slice(run, i));
					run = i + 1;
					continue;
				}
				starts[length] = this.starts[i] as number;
				ends[length] = this.ends[i] as number;
				length++;
				lastWasSpace = space;
			}
			if (to > run) parts.push(raw.slice(run, to));
		};
		let next = 0;
		for (const cut of cuts) {
			if (cut.from < next) continue;
			let from = cut.from;
			while (from > next && isSpaceCode(raw.charCodeAt(from - 1))) from--;
			keepRange(next, from);
			const start = this.starts[from] ?? 0;
			const end = this.ends[cut.to - 1] ?? start;
			// The body becomes the citation itself, so a reader can still fill it in (a footnote's note).
			const citation = cut.body as Citation;
			citation.span = { start, end };
			citation.anchor = length;
			citations.push(citation);
			next = cut.to;
		}
		keepRange(next, raw.length);

		let text = parts.join('');
		if (lastWasSpace && length > 0) {
			text = text.slice(0, -1);
			length--;
		}
		if (length === 0) return null;
		for (const citation of citations) citation.anchor = Math.min(citation.anchor, length);
		return { kind: this.kind, text, starts: starts.slice(0, length), ends: ends.slice(0, length), citations };
	}
}

/** Collects finished blocks, dropping empty ones. */
export class BlockList {
	readonly blocks: ProseBlock[] = [];

	add(builder: BlockBuilder | null): void {
		const block = builder?.finish();
		if (block) this.blocks.push(block);
	}
}

// Accumulates the prose of one block character by character, each with the document range it came
// from, and turns marked citation text into Citation records when the block is finished.
import type { Citation, ProseBlock } from '../types';

export type BlockKind = ProseBlock['kind'];

/** What a citation says, before it has a place in the finished block. */
export type CitationBody = Omit<Citation, 'span' | 'anchor'>;

interface Cut {
	from: number;
	to: number;
	body: CitationBody;
}

const SPACE = /\s/;

export function isSpace(ch: string | undefined): boolean {
	return ch !== undefined && SPACE.test(ch);
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
		const keep: number[] = [];
		const citations: Citation[] = [];
		// Runs of whitespace (left where markup was dropped) collapse to their first character.
		const keepRange = (from: number, to: number): void => {
			for (let i = from; i < to; i++) {
				if (isSpace(raw[i]) && keep.length > 0 && isSpace(raw[keep[keep.length - 1] as number])) continue;
				keep.push(i);
			}
		};
		let next = 0;
		for (const cut of cuts) {
			if (cut.from < next) continue;
			let from = cut.from;
			while (from > next && isSpace(raw[from - 1])) from--;
			keepRange(next, from);
			const start = this.starts[from] ?? 0;
			const end = this.ends[cut.to - 1] ?? start;
			citations.push({ ...cut.body, span: { start, end }, anchor: keep.length });
			next = cut.to;
		}
		keepRange(next, raw.length);

		let first = 0;
		while (first < keep.length && isSpace(raw[keep[first] as number])) first++;
		let last = keep.length;
		while (last > first && isSpace(raw[keep[last - 1] as number])) last--;
		if (last === first) return null;

		const length = last - first;
		const starts = new Int32Array(length);
		const ends = new Int32Array(length);
		const chars: string[] = new Array<string>(length);
		for (let i = 0; i < length; i++) {
			const source = keep[first + i] as number;
			starts[i] = this.starts[source] as number;
			ends[i] = this.ends[source] as number;
			chars[i] = raw[source] as string;
		}
		for (const citation of citations) citation.anchor = Math.min(Math.max(citation.anchor - first, 0), length);
		return { kind: this.kind, text: chars.join(''), starts, ends, citations };
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

// What the Markdown reader keeps of a document between readings: its pieces (see `piecesOf`) and the
// blocks read from each. A plain paragraph's piece begins where the scan for pieces is in a state
// that the text before it alone decides, and the pieces after it depend on nothing before it. So
// after an edit the scan starts again at the last plain paragraph before the edit, and stops at the
// first plain paragraph past the edit that the last reading also began a piece at: the pieces
// before are kept, those after are the last reading's moved by what the edit added or took away,
// and only those between are read.
import { editOf, movedSpan } from '../text/edit';
import type { ProseBlock } from '../types';
import { frontMatterEnd, LINK_DEFINITION, scanPieces, type Piece } from './markdownInput';

/** A piece of the document and the blocks read from it, where they stand in the document. */
export interface PieceRead {
	piece: Piece;
	blocks: ProseBlock[];
}

/** The pieces of a text after an edit: those kept from before it, those to read, and those moved after it. */
export interface PiecesAgain {
	kept: readonly PieceRead[];
	read: Piece[];
	moved: PieceRead[];
}

export class MarkdownMemory {
	private last: { text: string; frontMatter: number; pieces: readonly PieceRead[] } | undefined;

	/**
	 * The pieces of `text` as `piecesOf` cuts them, with what the last reading kept of each; undefined
	 * when the last reading is no help (none, or the edit is before its first plain paragraph, or it
	 * changed the front matter or added a link definition, which bear on the whole text).
	 */
	piecesAgain(text: string): PiecesAgain | undefined {
		const last = this.last;
		if (!last) return undefined;
		const old = last.pieces;
		if (text === last.text) return { kept: old, read: [], moved: [] };
		const { prefix, suffix } = editOf(last.text, text);
		const restart = lastPlainFrom(old, prefix);
		if (restart < 0 || frontMatterEnd(text) !== last.frontMatter || definesLink(text, prefix, text.length - suffix)) return undefined;
		// The piece being gathered when the scan came to the plain paragraph is cut there; it starts the scan again.
		const gathering = restart > 0 && !old[restart - 1]!.piece.plain ? restart - 1 : restart;
		const start = old[restart]!.piece.start;
		const pieceStart = old[gathering]!.piece.start;
		const delta = text.length - last.text.length;
		const changedEnd = text.length - suffix;
		let resumed = -1;
		const scan = scanPieces(text, { pos: start, pieceStart, fence: null, htmlEnd: null, previousBlank: true, runStart: -1 }, (at) => {
			if (at < changedEnd) return false;
			resumed = plainAt(old, at - delta);
			return resumed >= 0;
		});
		const moved = resumed < 0 ? [] : old.slice(resumed).map((p) => movedPiece(p, delta));
		return { kept: old.slice(0, gathering), read: scan.pieces, moved };
	}

	/** The pieces of `text` as read, for the next reading; kept only when a piece reads the same wherever it stands. */
	remember(text: string, pieces: readonly PieceRead[]): void {
		this.last = { text, frontMatter: frontMatterEnd(text), pieces };
	}

	forget(): void {
		this.last = undefined;
	}
}

/** The index of the last plain piece that starts at or before `offset`, or -1. */
function lastPlainFrom(pieces: readonly PieceRead[], offset: number): number {
	let found = -1;
	for (let i = 0; i < pieces.length && pieces[i]!.piece.start <= offset; i++) if (pieces[i]!.piece.plain) found = i;
	return found;
}

/** The index of the plain piece that starts at `offset`, or -1. */
function plainAt(pieces: readonly PieceRead[], offset: number): number {
	let low = 0;
	let high = pieces.length - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const start = pieces[middle]!.piece.start;
		if (start === offset) return pieces[middle]!.piece.plain ? middle : -1;
		if (start < offset) low = middle + 1;
		else high = middle - 1;
	}
	return -1;
}

/**
 * Whether the lines the edit touched (from the line break before `from` to the one at or after
 * `to`) hold a link definition: a definition lies on one line, so one elsewhere was there before.
 */
function definesLink(text: string, from: number, to: number): boolean {
	const lineStart = Math.max(text.lastIndexOf('\n', from - 1), text.lastIndexOf('\r', from - 1)) + 1;
	let lineEnd = to;
	while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
	return LINK_DEFINITION.test(text.slice(lineStart, lineEnd));
}

function movedPiece(read: PieceRead, delta: number): PieceRead {
	return { piece: { ...read.piece, ...movedSpan(read.piece, delta) }, blocks: read.blocks.map((b) => shiftedBlock(b, delta)) };
}

/** A block moved by `delta` characters in the document. */
export function shiftedBlock(block: ProseBlock, delta: number): ProseBlock {
	const starts = new Int32Array(block.starts.length);
	const ends = new Int32Array(block.ends.length);
	for (let i = 0; i < starts.length; i++) {
		starts[i] = block.starts[i]! + delta;
		ends[i] = block.ends[i]! + delta;
	}
	const citations = block.citations.map((c) => ({ ...c, span: movedSpan(c.span, delta) }));
	return { kind: block.kind, text: block.text, starts, ends, citations };
}

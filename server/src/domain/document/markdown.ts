// Markdown prose: parsed with mdast-util-from-markdown (GFM + front matter), then each text node's
// value is aligned back to its source so that escapes and character references keep exact offsets.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ProseBlock } from '../types';
import { markInlineCitations } from './citations';
import { defuse, piecesOf, type Piece } from './markdownInput';
import { shiftedBlock, type MarkdownMemory, type PieceRead } from './markdownMemory';
import { TextCache } from './textCache';
import { runSteps } from '../steps';
import { parsePlainText } from './plaintext';
import { BlockBuilder, BlockList, type BlockKind, type CitationBody } from './prose';

/** The parts of an mdast node this reader looks at; the tree is walked by `type`, not by class. */
interface MdNode {
	type: string;
	children?: MdNode[];
	value?: string;
	url?: string;
	identifier?: string;
	label?: string | null;
	position?: { start: { offset?: number }; end: { offset?: number } };
}

const FRONTMATTER = ['yaml', 'toml'] as const;
/** Front matter exists only at the start of the document, so only the first piece looks for it. */
const FIRST_PIECE = {
	extensions: [gfm(), frontmatter([...FRONTMATTER])],
	mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONTMATTER])],
};
const LATER_PIECE = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

// A document being edited is read again and again with most of its pieces unchanged: their parse
// trees (which take some tens of times their text's memory) and the blocks read from them are kept.
const parsedPieces = new TextCache<MdNode>(256 * 1024);
const readParagraphs = new TextCache<ProseBlock[]>(1024 * 1024);
const readPieces = new TextCache<ProseBlock[]>(256 * 1024);
const readFirstPieces = new TextCache<ProseBlock[]>(64 * 1024);

function parsePiece(text: string, first: boolean): MdNode {
	const key = `${first ? 'f' : 'l'}${text}`;
	let root = parsedPieces.get(key);
	if (!root) {
		root = fromMarkdown(text, first ? FIRST_PIECE : LATER_PIECE) as unknown as MdNode;
		parsedPieces.remember(key, root);
	}
	return root;
}

/** Block nodes whose content is not prose of the body. */
const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition', 'footnoteDefinition', 'math']);
/** Inline nodes whose content is not prose. */
const SKIPPED_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'inlineMath']);

const CHAR_REF = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;
const FOOTNOTE_MARK = /\[\^([^\]\s^]+)\]/g;

interface Match {
	text: string;
	width: number;
	end: number;
}

type InlineEntry = { node: MdNode; limit: number } | { run: MdNode[]; limit: number } | { exit: number };

interface FootnoteNote {
	note: string;
	keys: string[];
	locator?: string;
}

export interface MarkdownOptions {
	/** Read plain paragraphs without the parser (the default); off, every piece goes through it. */
	plainParagraphs?: boolean;
	/** Reuse what was read from the same piece of text before (the default); off, read every piece afresh. */
	reuse?: boolean;
}

export function parseMarkdown(text: string, options: MarkdownOptions = {}): ProseBlock[] {
	return runSteps(markdownSteps(text, options));
}

/**
 * The same reading, piece by piece, yielding before each piece: a long document takes long to
 * parse, and a caller that must answer other requests meanwhile can pause between pieces. Given
 * the memory of the document's last reading, it reads only the pieces an edit touched.
 */
export function* markdownSteps(text: string, options: MarkdownOptions = {}, memory?: MarkdownMemory): Generator<void, ProseBlock[]> {
	if (text.trim() === '') {
		memory?.forget();
		return [];
	}
	const safe = defuse(text);
	const reader = new Reader(text, safe);
	// A piece reads the same wherever it stands, unless input was defused or footnotes tie it to others.
	const reuse = safe === text && options.plainParagraphs !== false && options.reuse !== false;
	const remembering = reuse && memory !== undefined && !text.includes('[^');
	const again = remembering ? memory.piecesAgain(text) : undefined;
	const read: PieceRead[] = [...(again?.kept ?? [])];
	for (const kept of read) reader.keep(kept.blocks);
	const pieces = again?.read ?? piecesOf(safe);
	for (const piece of options.plainParagraphs === false ? mergePlain(pieces) : pieces) {
		yield;
		const from = reader.count;
		readPiece(reader, text, safe, piece, reuse);
		if (remembering) read.push({ piece, blocks: reader.blocksFrom(from) });
	}
	for (const moved of again?.moved ?? []) {
		reader.keep(moved.blocks);
		read.push(moved);
	}
	if (remembering) memory.remember(text, read);
	else memory?.forget();
	return reader.finish();
}

/** Reads one piece into the reader's blocks: as read before from the same text, or afresh. */
function readPiece(reader: Reader, text: string, safe: string, piece: Piece, reuse: boolean): void {
	// Plain paragraphs, the first piece (front matter) and the others are kept apart.
	const kept = piece.plain ? readParagraphs : piece.start === 0 ? readFirstPieces : readPieces;
	// A piece with a footnote mark or definition reads as the rest of the document defines it: never reused.
	const own = text.slice(piece.start, piece.end);
	const key = reuse && !own.includes('[^') ? own : undefined;
	const known = key === undefined ? undefined : kept.get(key);
	if (known) {
		reader.reuse(known, piece.start);
		return;
	}
	const mark = reader.mark();
	if (piece.plain) reader.readPlainParagraph(piece.start, piece.end);
	else {
		let root: MdNode;
		try {
			root = parsePiece(safe.slice(piece.start, piece.end), piece.start === 0);
		} catch {
			// Only pathological input gets here (the parser recursed too deep); its words still count.
			reader.readPlain(piece.start, piece.end);
			return;
		}
		reader.read(root, piece.start);
	}
	if (key !== undefined) {
		const blocks = reader.since(mark, piece.start);
		if (blocks) kept.remember(key, blocks);
	}
}

/** Pieces with plain paragraphs joined back into their neighbours, for reading everything with the parser. */
function mergePlain(pieces: Piece[]): Piece[] {
	const merged: Piece[] = [];
	for (const piece of pieces) {
		const last = merged[merged.length - 1];
		if (last && last.end === piece.start) last.end = piece.end;
		else merged.push({ ...piece, plain: false });
	}
	return merged;
}

/** Footnote labels match case-insensitively and with runs of whitespace collapsed, as in CommonMark. */
function labelKey(label: string): string {
	return label
		.replace(/[\t\n\r ]+/g, ' ')
		.trim()
		.toLowerCase();
}

/** Plain text of a node's text descendants, for comparing a link's text with its URL. */
function plainText(node: MdNode): string {
	let out = '';
	const stack: MdNode[] = [node];
	while (stack.length > 0) {
		const current = stack.pop() as MdNode;
		if (current.type === 'text' && current.value !== undefined) out += current.value;
		const children = current.children ?? [];
		for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as MdNode);
	}
	return out;
}

class Reader {
	private readonly notes = new Map<string, FootnoteNote>();
	/** Footnote citations waiting for their notes, which may be defined in a later piece. */
	private readonly footnotes: { key: string; citation: CitationBody }[] = [];
	private readonly list = new BlockList();
	/** Where the piece being read starts in the document: node offsets are relative to it. */
	private base = 0;

	constructor(
		private readonly doc: string,
		private readonly safe: string,
	) {}

	read(root: MdNode, base: number): void {
		this.base = base;
		const stack: MdNode[] = [root];
		while (stack.length > 0) {
			const node = stack.pop() as MdNode;
			if (node.type === 'footnoteDefinition') {
				const key = labelKey(node.label ?? node.identifier ?? '');
				if (!this.notes.has(key)) this.notes.set(key, this.noteOf(node));
				continue;
			}
			// Children go on the stack last first, so that they come off in document order: of two
			// definitions of one footnote label the first counts, as in GFM.
			const children = node.children ?? [];
			for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
		}
		this.blocksOf(root, 'paragraph', this.list, true);
	}

	/** Where the reader is, to take what a piece adds with `since`. */
	mark(): { blocks: number; footnotes: number; notes: number } {
		return { blocks: this.list.blocks.length, footnotes: this.footnotes.length, notes: this.notes.size };
	}

	/** The blocks read since `mark`, placed as if their piece started at 0; none when footnotes are involved. */
	since(mark: { blocks: number; footnotes: number; notes: number }, start: number): ProseBlock[] | undefined {
		if (this.footnotes.length !== mark.footnotes || this.notes.size !== mark.notes) return undefined;
		return this.list.blocks.slice(mark.blocks).map((block) => shiftedBlock(block, -start));
	}

	/** Blocks read before from the same piece text, now starting at `start`. */
	reuse(blocks: ProseBlock[], start: number): void {
		for (const block of blocks) this.list.blocks.push(shiftedBlock(block, start));
	}

	/** Blocks kept from the last reading of the document, where they now stand. */
	keep(blocks: readonly ProseBlock[]): void {
		this.list.blocks.push(...blocks);
	}

	/** How many blocks are read so far. */
	get count(): number {
		return this.list.blocks.length;
	}

	/** The blocks read since there were `count`. */
	blocksFrom(count: number): ProseBlock[] {
		return this.list.blocks.slice(count);
	}

	/** A paragraph found plain (no markup): its lines, trimmed, joined by spaces standing for the breaks. */
	readPlainParagraph(start: number, end: number): void {
		const { doc } = this;
		const builder = new BlockBuilder('paragraph');
		let pos = start;
		while (pos < end) {
			const newline = doc.indexOf('\n', pos);
			const last = newline < 0 || newline >= end;
			const breakStart = last ? end : doc[newline - 1] === '\r' ? newline - 1 : newline;
			let from = pos;
			let to = breakStart;
			while (from < to && (doc[from] === ' ' || doc[from] === '\t')) from++;
			while (to > from && (doc[to - 1] === ' ' || doc[to - 1] === '\t')) to--;
			builder.copy(doc, from, to);
			if (last) break;
			builder.push(' ', breakStart, newline + 1);
			pos = newline + 1;
		}
		markInlineCitations(builder);
		this.markUndefinedFootnotes(builder);
		this.list.add(builder);
	}

	/** A piece the parser could not read, taken as plain text. */
	readPlain(start: number, end: number): void {
		for (const block of parsePlainText(this.doc.slice(start, end))) {
			for (let i = 0; i < block.starts.length; i++) {
				(block.starts as Int32Array)[i] = (block.starts[i] as number) + start;
				(block.ends as Int32Array)[i] = (block.ends[i] as number) + start;
			}
			for (const citation of block.citations) citation.span = { start: citation.span.start + start, end: citation.span.end + start };
			this.list.blocks.push(block);
		}
	}

	/** The blocks, with every footnote citation given its note now that all definitions are known. */
	finish(): ProseBlock[] {
		for (const { key, citation } of this.footnotes) {
			const note = this.notes.get(key);
			if (!note) continue;
			citation.note = note.note;
			citation.keys = [...note.keys];
			if (note.locator !== undefined) citation.locator = note.locator;
		}
		return this.list.blocks;
	}

	private startOf(node: MdNode): number | undefined {
		const offset = node.position?.start.offset;
		return offset === undefined ? undefined : offset + this.base;
	}

	private endOf(node: MdNode): number | undefined {
		const offset = node.position?.end.offset;
		return offset === undefined ? undefined : offset + this.base;
	}

	private noteOf(definition: MdNode): FootnoteNote {
		const list = new BlockList();
		this.blocksOf(definition, 'paragraph', list, false);
		const keys: string[] = [];
		let locator: string | undefined;
		for (const block of list.blocks) {
			for (const citation of block.citations) {
				keys.push(...citation.keys);
				locator ??= citation.locator;
			}
		}
		const note: FootnoteNote = { note: list.blocks.map((block) => block.text).join(' '), keys };
		if (locator !== undefined) note.locator = locator;
		return note;
	}

	/** Walks block content below `container` without recursion, adding a block per paragraph, heading or cell. */
	private blocksOf(container: MdNode, kind: BlockKind, list: BlockList, body: boolean): void {
		const stack: { node: MdNode; kind: BlockKind }[] = [];
		const pushChildren = (node: MdNode, childKind: BlockKind): void => {
			const children = node.children ?? [];
			for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] as MdNode, kind: childKind });
		};
		pushChildren(container, kind);
		while (stack.length > 0) {
			const { node, kind: context } = stack.pop() as { node: MdNode; kind: BlockKind };
			switch (node.type) {
				case 'paragraph':
					list.add(this.inlineBlock(node, context, body));
					break;
				case 'heading':
					list.add(this.inlineBlock(node, 'heading', body));
					break;
				case 'tableCell':
					list.add(this.inlineBlock(node, 'cell', body));
					break;
				case 'blockquote':
					pushChildren(node, 'quote');
					break;
				case 'listItem':
					pushChildren(node, 'item');
					break;
				default:
					if (!SKIPPED_BLOCKS.has(node.type)) pushChildren(node, context);
			}
		}
	}

	/**
	 * One block from a node holding inline content. Footnote references count only in the body.
	 * GFM's autolink transform splits text nodes into pieces without positions; a run of such pieces
	 * is aligned as one text against the source between its positioned neighbours.
	 */
	private inlineBlock(node: MdNode, kind: BlockKind, body: boolean): BlockBuilder {
		const builder = new BlockBuilder(kind);
		let cursor = this.startOf(node) ?? 0;
		const stack: InlineEntry[] = [];
		const pushChildren = (parent: MdNode, limit: number): void => {
			const children = parent.children ?? [];
			const entries: InlineEntry[] = [];
			let k = 0;
			while (k < children.length) {
				const child = children[k] as MdNode;
				if (this.startOf(child) !== undefined || (child.type !== 'text' && child.type !== 'link')) {
					entries.push({ node: child, limit });
					k++;
					continue;
				}
				const run: MdNode[] = [];
				while (k < children.length && this.startOf(children[k] as MdNode) === undefined && ['text', 'link'].includes((children[k] as MdNode).type)) {
					run.push(children[k] as MdNode);
					k++;
				}
				const next = children[k];
				entries.push({ run, limit: (next && this.startOf(next)) ?? limit });
			}
			for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i] as InlineEntry);
		};
		pushChildren(node, this.endOf(node) ?? this.doc.length);
		while (stack.length > 0) {
			const entry = stack.pop() as InlineEntry;
			if ('exit' in entry) {
				cursor = Math.max(cursor, entry.exit);
				continue;
			}
			if ('run' in entry) {
				cursor = this.alignRun(builder, entry.run, cursor, Math.max(cursor, entry.limit));
				continue;
			}
			const current = entry.node;
			const start = this.startOf(current);
			const end = this.endOf(current);
			if (start !== undefined) cursor = Math.max(cursor, start);
			const skipped = SKIPPED_INLINE.has(current.type) || (current.type === 'link' && this.isBareUrl(current, start));
			if (skipped || (current.type === 'footnoteReference' && !body)) {
				cursor = Math.max(cursor, end ?? cursor);
				continue;
			}
			if (current.type === 'text') {
				if (start !== undefined && end !== undefined) cursor = this.align(builder, current.value ?? '', start, end);
				continue;
			}
			if (current.type === 'break') {
				if (start !== undefined && end !== undefined && end > start) builder.push(' ', start, end);
				cursor = Math.max(cursor, end ?? cursor);
				continue;
			}
			if (current.type === 'footnoteReference') {
				if (start !== undefined && end !== undefined) this.footnoteReference(builder, current, start, end);
				cursor = Math.max(cursor, end ?? cursor);
				continue;
			}
			// The parent's closing markup is behind the cursor once its children are read.
			if (end !== undefined) stack.push({ exit: end });
			pushChildren(current, end ?? entry.limit);
		}
		markInlineCitations(builder);
		if (body) this.markUndefinedFootnotes(builder);
		return builder;
	}

	/** Aligns pieces without positions as one text over [from, to), leaving out bare links. */
	private alignRun(builder: BlockBuilder, run: MdNode[], from: number, to: number): number {
		let value = '';
		const dropped: [number, number][] = [];
		for (const piece of run) {
			const text = piece.type === 'text' ? (piece.value ?? '') : plainText(piece);
			if (piece.type === 'link' && this.isBareUrl(piece, undefined)) dropped.push([value.length, value.length + text.length]);
			value += text;
		}
		let d = 0;
		const keep = (i: number): boolean => {
			while (d < dropped.length && (dropped[d] as [number, number])[1] <= i) d++;
			const range = dropped[d];
			return !range || i < range[0];
		};
		return this.align(builder, value, from, to, keep);
	}

	/** Autolinks (`<https://…>`, `www.…`) and links whose text is their address are not prose. */
	private isBareUrl(link: MdNode, start: number | undefined): boolean {
		if (start !== undefined && this.safe[start] !== '[') return true;
		const text = plainText(link).trim();
		const url = link.url ?? '';
		return text !== '' && (text === url || `mailto:${text}` === url || `http://${text}` === url || `https://${text}` === url);
	}

	private footnoteReference(builder: BlockBuilder, node: MdNode, start: number, end: number): void {
		const from = builder.length;
		builder.copy(this.doc, start, end);
		this.markFootnote(builder, from, builder.length, node.label ?? node.identifier ?? '');
	}

	private markFootnote(builder: BlockBuilder, from: number, to: number, label: string): void {
		const citation: CitationBody = { kind: 'footnote', keys: [], label };
		this.footnotes.push({ key: labelKey(label), citation });
		builder.markCitation(from, to, citation);
	}

	/** `[^label]` left as text (no definition in its piece, or none at all) is still a footnote marker. */
	private markUndefinedFootnotes(builder: BlockBuilder): void {
		const text = builder.text();
		if (!text.includes('[^')) return;
		for (const match of text.matchAll(FOOTNOTE_MARK)) {
			const from = match.index;
			const to = from + match[0].length;
			if (!builder.isVerbatim(from) || !builder.isVerbatim(to - 1) || builder.isMarked(from, to)) continue;
			this.markFootnote(builder, from, to, match[1] ?? '');
		}
	}

	/**
	 * How value[i…] matches the source at p: the same character, a backslash escape of it, or a
	 * character reference decoding to it (one or two code units). Null when none does.
	 */
	private matchAt(value: string, i: number, p: number, to: number): Match | null {
		const { safe } = this;
		if (p >= to) return null;
		const c = value[i] as string;
		if (safe[p] === '&') {
			const reference = CHAR_REF.exec(safe.slice(p, p + 40));
			// An unknown name stays as written; a known one was decoded.
			if (reference && !value.startsWith(reference[0], i)) {
				const end = Math.min(p + reference[0].length, to);
				const numeric = /^&#([xX]?)([0-9a-fA-F]+);$/.exec(reference[0]);
				if (numeric) {
					const code = Number.parseInt(numeric[2] as string, numeric[1] ? 16 : 10);
					const decoded = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
					return value.startsWith(decoded, i) ? { text: decoded, width: decoded.length, end } : null;
				}
				// Most named references decode to one code unit; take two only when one leaves the rest unmatched.
				const next = value[i + 1];
				const resumes =
					next === undefined ||
					next === safe[end] ||
					(/[\r\n]/.test(next) && /[\r\n \t]/.test(safe[end] ?? '')) ||
					(safe[end] === '\\' && safe[end + 1] === next) ||
					(safe[end] === '&' && CHAR_REF.test(safe.slice(end, end + 40)));
				const width = resumes ? 1 : 2;
				return { text: value.slice(i, i + width), width, end };
			}
		}
		// `\\` is an escaped backslash, not a backslash followed by an escape.
		if (c === '\\' && safe[p] === '\\' && safe[p + 1] === '\\' && p + 1 < to) return { text: c, width: 1, end: p + 2 };
		// Defused characters differ between `safe` and the document; the document's are the text.
		if (safe[p] === c) return { text: this.doc[p] as string, width: 1, end: p + 1 };
		if (safe[p] === '\\' && safe[p + 1] === c && p + 1 < to) return { text: c, width: 1, end: p + 2 };
		if (c === '\uFFFD' && safe[p] === '\0') return { text: c, width: 1, end: p + 1 };
		return null;
	}

	/**
	 * Appends a text node's value, matching it character by character against its source [from, to):
	 * escapes and character references map to their whole source, line endings (with the container
	 * prefixes of the next line skipped) become one space. Returns where the match ended. With
	 * `keep`, only the value characters it accepts are appended (the rest are still matched).
	 */
	private align(builder: BlockBuilder, value: string, from: number, to: number, keep?: (i: number) => boolean): number {
		const { safe } = this;
		let i = 0;
		const emit = (ch: string, start: number, end: number): void => {
			if (!keep || keep(i)) builder.push(ch, start, end);
		};
		// A character with no source of its own is mapped to the nearest character of the node.
		const synthetic = (ch: string, at: number): void => {
			const clamped = Math.max(from, Math.min(at, to - 1));
			if (clamped < to) emit(ch, clamped, clamped + 1);
		};
		let p = from;
		while (i < value.length) {
			const c = value[i] as string;
			if (c === '\n' || c === '\r') {
				let q = p;
				while (q < to && (safe[q] === ' ' || safe[q] === '\t')) q++;
				if (safe[q] === '\r' || safe[q] === '\n') {
					const breakEnd = q + (safe[q] === '\r' && safe[q + 1] === '\n' ? 2 : 1);
					emit(' ', q, breakEnd);
					p = breakEnd;
				} else {
					synthetic(' ', p);
				}
				i += c === '\r' && value[i + 1] === '\n' ? 2 : 1;
				const next = value[i];
				while (p < to && safe[p] !== next && (safe[p] === ' ' || safe[p] === '\t' || safe[p] === '>')) p++;
				continue;
			}
			if (!keep) {
				// Most text is its source verbatim: copy such runs in one step.
				let k = 0;
				while (i + k < value.length && p + k < to) {
					const code = value.charCodeAt(i + k);
					if (code !== safe.charCodeAt(p + k) || code === 0x0a || code === 0x0d || code === 0x26 || code === 0x5c) break;
					k++;
				}
				if (k > 0) {
					builder.copy(this.doc, p, p + k);
					p += k;
					i += k;
					continue;
				}
			}
			const match = this.matchAt(value, i, p, to);
			if (match) {
				emit(match.text, p, match.end);
				p = match.end;
				i += match.width;
				continue;
			}
			// Not where expected (a construct this aligner does not know): look a little ahead.
			let q = p + 1;
			let ahead: Match | null = null;
			for (; q < to && q - p <= 8 && !ahead; q++) ahead = this.matchAt(value, i, q, to);
			if (ahead) {
				q--;
				emit(ahead.text, q, ahead.end);
				p = ahead.end;
				i += ahead.width;
				continue;
			}
			synthetic(c, p);
			if (p < to) p++;
			i++;
		}
		return p;
	}
}

// Markdown prose: parsed with mdast-util-from-markdown (GFM + front matter), then each text node's
// value is aligned back to its source so that escapes and character references keep exact offsets.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { ProseBlock } from '../types';
import { markPandocCitations } from './citations';
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
const OPTIONS = {
	extensions: [gfm(), frontmatter([...FRONTMATTER])],
	mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown([...FRONTMATTER])],
};

/** Block nodes whose content is not prose of the body. */
const SKIPPED_BLOCKS = new Set(['code', 'html', 'yaml', 'toml', 'thematicBreak', 'definition', 'footnoteDefinition', 'math']);
/** Inline nodes whose content is not prose. */
const SKIPPED_INLINE = new Set(['inlineCode', 'html', 'image', 'imageReference', 'inlineMath']);

// micromark's cost grows with the square of container and bracket nesting (and it overflows the
// stack near 4,000 nested list items), so deeper nesting is flattened before parsing.
const MAX_CONTAINER_DEPTH = 40;
const MAX_BRACKET_DEPTH = 32;

const CHAR_REF = /^&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/;
const FOOTNOTE_MARK = /\[\^([^\]\s^]+)\]/g;

interface Match {
	text: string;
	width: number;
	end: number;
}

type InlineEntry = { node: MdNode; limit: number } | { run: MdNode[]; limit: number } | { exit: number };

interface FootnoteNote {
	label: string;
	note: string;
	keys: string[];
	locator?: string;
}

export function parseMarkdown(text: string): ProseBlock[] {
	if (text.trim() === '') return [];
	const safe = defuse(text);
	let root: MdNode;
	try {
		root = fromMarkdown(safe, OPTIONS) as unknown as MdNode;
	} catch {
		// Only pathological input gets here (the parser recursed too deep); its words still count.
		return parsePlainText(text);
	}
	const reader = new Reader(text, safe);
	reader.collectFootnotes(root);
	return reader.read(root);
}

/**
 * A copy of `text` of the same length in which container markers beyond MAX_CONTAINER_DEPTH on a
 * line and `[` beyond MAX_BRACKET_DEPTH in a paragraph are blanked. Offsets are unchanged, and the
 * reader copies characters from the original, so only the structure of such input is lost.
 */
function defuse(text: string): string {
	const blanked: number[] = [];
	const blank = (i: number): void => {
		blanked.push(i);
	};
	let lineStart = true;
	let blankLine = true;
	let bracketDepth = 0;
	for (let i = 0; i < text.length; i++) {
		if (lineStart) {
			i = defuseContainers(text, i, blank);
			lineStart = false;
			if (i >= text.length) break;
		}
		const c = text.charCodeAt(i);
		if (c === 0x0a || c === 0x0d) {
			if (blankLine) bracketDepth = 0;
			blankLine = true;
			lineStart = true;
			if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
			continue;
		}
		if (c !== 0x20 && c !== 0x09) blankLine = false;
		if (c === 0x5c /* \ */) {
			i++;
		} else if (c === 0x5b /* [ */) {
			if (bracketDepth >= MAX_BRACKET_DEPTH) blank(i);
			else bracketDepth++;
		} else if (c === 0x5d /* ] */ && bracketDepth > 0) {
			bracketDepth--;
		}
	}
	if (blanked.length === 0) return text;
	const chars = text.split('');
	for (const i of blanked) chars[i] = ' ';
	return chars.join('');
}

/** Blanks container markers past the allowed depth at the start of a line; returns where the line's content starts. */
function defuseContainers(text: string, start: number, blank: (i: number) => void): number {
	let depth = 0;
	let i = start;
	while (i < text.length) {
		const c = text[i];
		if (c === ' ' || c === '\t') {
			i++;
			continue;
		}
		let markerEnd = -1;
		if (c === '>') markerEnd = i + 1;
		else if ((c === '-' || c === '*' || c === '+') && /[ \t\r\n]/.test(text[i + 1] ?? '\n')) markerEnd = i + 1;
		else if (c !== undefined && c >= '0' && c <= '9') {
			let j = i;
			while (j < text.length && j - i < 9 && (text[j] as string) >= '0' && (text[j] as string) <= '9') j++;
			if ((text[j] === '.' || text[j] === ')') && /[ \t\r\n]/.test(text[j + 1] ?? '\n')) markerEnd = j + 1;
		}
		if (markerEnd < 0) break;
		depth++;
		if (depth > MAX_CONTAINER_DEPTH) for (let j = i; j < markerEnd; j++) blank(j);
		i = markerEnd;
	}
	return i;
}

function startOf(node: MdNode): number | undefined {
	return node.position?.start.offset;
}

function endOf(node: MdNode): number | undefined {
	return node.position?.end.offset;
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

	constructor(
		private readonly doc: string,
		private readonly safe: string,
	) {}

	/** Footnote definitions, turned into notes before the body so references anywhere can use them. */
	collectFootnotes(root: MdNode): void {
		const stack: MdNode[] = [root];
		while (stack.length > 0) {
			const node = stack.pop() as MdNode;
			if (node.type === 'footnoteDefinition') {
				const id = node.identifier ?? '';
				if (!this.notes.has(id)) this.notes.set(id, this.noteOf(node));
				continue;
			}
			for (const child of node.children ?? []) stack.push(child);
		}
	}

	read(root: MdNode): ProseBlock[] {
		const list = new BlockList();
		this.blocksOf(root, 'paragraph', list, true);
		return list.blocks;
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
		const note: FootnoteNote = {
			label: definition.label ?? definition.identifier ?? '',
			note: list.blocks.map((block) => block.text).join(' '),
			keys,
		};
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
					if (SKIPPED_BLOCKS.has(node.type) && !(node.type === 'footnoteDefinition' && node === container)) break;
					pushChildren(node, context);
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
		let cursor = startOf(node) ?? 0;
		const stack: InlineEntry[] = [];
		const pushChildren = (parent: MdNode, limit: number): void => {
			const children = parent.children ?? [];
			const entries: InlineEntry[] = [];
			let k = 0;
			while (k < children.length) {
				const child = children[k] as MdNode;
				if (startOf(child) !== undefined || (child.type !== 'text' && child.type !== 'link')) {
					entries.push({ node: child, limit });
					k++;
					continue;
				}
				const run: MdNode[] = [];
				while (k < children.length && startOf(children[k] as MdNode) === undefined && ['text', 'link'].includes((children[k] as MdNode).type)) {
					run.push(children[k] as MdNode);
					k++;
				}
				const next = children[k];
				entries.push({ run, limit: (next && startOf(next)) ?? limit });
			}
			for (let i = entries.length - 1; i >= 0; i--) stack.push(entries[i] as InlineEntry);
		};
		pushChildren(node, endOf(node) ?? this.doc.length);
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
			const start = startOf(current);
			const end = endOf(current);
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
		markPandocCitations(builder);
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
		const note = this.notes.get(node.identifier ?? '');
		const body: CitationBody = { kind: 'footnote', keys: note ? [...note.keys] : [], label: node.label ?? node.identifier ?? '' };
		if (note) {
			body.note = note.note;
			if (note.locator !== undefined) body.locator = note.locator;
		}
		builder.markCitation(from, builder.length, body);
	}

	/** `[^label]` left as text because no definition exists is still a footnote marker. */
	private markUndefinedFootnotes(builder: BlockBuilder): void {
		const text = builder.text();
		if (!text.includes('[^')) return;
		for (const match of text.matchAll(FOOTNOTE_MARK)) {
			const from = match.index;
			const to = from + match[0].length;
			if (!builder.isVerbatim(from) || !builder.isVerbatim(to - 1) || builder.isMarked(from, to)) continue;
			builder.markCitation(from, to, { kind: 'footnote', keys: [], label: match[1] ?? '' });
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

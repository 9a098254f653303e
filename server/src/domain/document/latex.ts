// LaTeX prose: one linear pass over the body with explicit stacks (no recursion), so nesting depth
// and unbalanced braces cost nothing but memory. Math, comments, command names and non-text
// arguments are dropped; the arguments of text commands stay.
import type { ProseBlock } from '../types';
import {
	ACCENTS,
	BLOCK_ENVS,
	BREAKS,
	CAPTIONS,
	CITE,
	ESCAPED,
	HEADINGS,
	LIST_ENVS,
	MATH_ENVS,
	NOT_CITATIONS,
	QUOTE_ENVS,
	SKIPPED,
	SKIPPED_ENVS,
	SPACES,
	SYMBOLS,
	TABLE_ENVS,
} from './latexCommands';
import { bodyOf, isLetter, LatexScanner } from './latexScanner';
import { BlockBuilder, BlockList, type BlockKind, type CitationBody } from './prose';
import { isSpace } from '../text/whitespace';
import { runSteps, STEP_CHARACTERS } from '../steps';

/** Characters that need a look; everything else is copied in runs. */
const SPECIAL = /[\\{}%$~\-`'&#^_ \t\r\n]/g;

type Frame = { type: 'group' } | { type: 'kind'; saved: BlockKind | null } | { type: 'footnote'; start: number; main: Flow };

interface Env {
	name: string;
	kind: BlockKind | null;
	/** Whether the environment stands apart from the paragraph around it. */
	separate: boolean;
}

/** Where text goes: the document's blocks, or the text of a footnote being read. */
class Flow {
	builder: BlockBuilder | null = null;
	pending: { start: number; end: number } | null = null;
	override: BlockKind | null = null;
	nextItem = false;

	constructor(readonly blocks: BlockList | null) {}
}

export function parseLatex(text: string): ProseBlock[] {
	return runSteps(latexSteps(text));
}

/** The same reading, yielding every few thousand characters, so that a long document can be paused. */
export function latexSteps(text: string): Generator<void, ProseBlock[]> {
	const { start, end } = bodyOf(text);
	return new LatexReader(text, start, end).read();
}

class LatexReader {
	private pos: number;
	private readonly list = new BlockList();
	private flow: Flow;
	private readonly frames: Frame[] = [];
	private readonly envs: Env[] = [];
	/** No character but whitespace since the last line break: a line break now ends a paragraph. */
	private lineBlank = true;
	private readonly scan: LatexScanner;

	constructor(
		private readonly doc: string,
		start: number,
		private readonly end: number,
	) {
		this.pos = start;
		this.flow = new Flow(this.list);
		this.scan = new LatexScanner(doc, end);
	}

	*read(): Generator<void, ProseBlock[]> {
		const { doc } = this;
		let yielded = this.pos;
		while (this.pos < this.end) {
			if (this.pos - yielded >= STEP_CHARACTERS) {
				yield;
				yielded = this.pos;
			}
			const i = this.pos;
			const c = doc[i] as string;
			switch (c) {
				case '\\':
					this.command(i);
					break;
				case '{':
					this.frames.push({ type: 'group' });
					this.lineBlank = false;
					this.pos = i + 1;
					break;
				case '}':
					this.lineBlank = false;
					this.pos = i + 1;
					this.closeFrame(this.frames.pop(), i + 1);
					break;
				case '%':
					this.comment(i);
					break;
				case '$':
					this.lineBlank = false;
					this.pos = doc[i + 1] === '$' ? this.scan.skipMath(i + 2, '$$') : this.scan.skipMath(i + 1, '$');
					break;
				case ' ':
				case '\t':
				case '~':
					if (c === '~') this.lineBlank = false;
					this.space(i, i + 1);
					this.pos = i + 1;
					break;
				case '\r':
				case '\n':
					this.lineBreak(i);
					break;
				case '-':
					this.dash(i);
					break;
				case '`':
					if (doc[i + 1] === '`') this.emit('“', i, i + 2);
					else this.emit('‘', i, i + 1);
					break;
				case "'":
					if (doc[i + 1] === "'") this.emit('”', i, i + 2);
					else this.emit("'", i, i + 1);
					break;
				case '&':
					this.lineBlank = false;
					if (this.inCells()) this.endBlock();
					this.pos = i + 1;
					break;
				case '#':
				case '^':
				case '_':
					this.lineBlank = false;
					this.pos = i + 1;
					break;
				default:
					this.run(i);
			}
		}
		while (this.frames.length > 0) this.closeFrame(this.frames.pop(), this.end);
		this.endBlock();
		return this.list.blocks;
	}

	// ---- output -------------------------------------------------------------------------------

	private builder(): BlockBuilder {
		const flow = this.flow;
		if (!flow.builder) {
			const kind = flow.override ?? (flow.nextItem ? 'item' : this.envKind());
			flow.nextItem = false;
			flow.builder = new BlockBuilder(flow.blocks ? kind : 'paragraph');
			flow.pending = null;
		}
		return flow.builder;
	}

	/** Writes the space owed since the last character, unless the block has no text yet. */
	private flushSpace(): void {
		const flow = this.flow;
		const pending = flow.pending;
		flow.pending = null;
		if (pending && flow.builder && flow.builder.length > 0 && !isSpace(flow.builder.lastChar)) {
			flow.builder.push(' ', pending.start, pending.end);
		}
	}

	private emit(ch: string, start: number, end: number): void {
		this.flushSpace();
		this.builder().push(ch, start, end);
		this.lineBlank = false;
		this.pos = end;
	}

	/** Whitespace collapses to one space, mapped to the first run of it. */
	private space(start: number, end: number): void {
		const flow = this.flow;
		if (!flow.pending) flow.pending = { start, end };
		else if (flow.pending.end === start) flow.pending.end = end;
	}

	private endBlock(): void {
		const flow = this.flow;
		// A footnote is one note: its paragraph breaks are the spaces already owed for the line ends.
		if (!flow.blocks) return;
		flow.blocks.add(flow.builder);
		flow.builder = null;
		flow.pending = null;
	}

	private envKind(): BlockKind {
		for (let i = this.envs.length - 1; i >= 0; i--) {
			const kind = (this.envs[i] as Env).kind;
			if (kind) return kind;
		}
		return 'paragraph';
	}

	private inCells(): boolean {
		return this.flow.override === null && this.envKind() === 'cell';
	}

	// ---- characters ---------------------------------------------------------------------------

	/** Copies ordinary characters up to the next one that needs a look. */
	private run(i: number): void {
		SPECIAL.lastIndex = i + 1;
		const next = SPECIAL.exec(this.doc);
		const stop = Math.min(next ? next.index : this.end, this.end);
		this.flushSpace();
		this.builder().copy(this.doc, i, stop);
		this.lineBlank = false;
		this.pos = stop;
	}

	private dash(i: number): void {
		const doc = this.doc;
		if (doc[i + 1] === '-' && doc[i + 2] === '-') this.emit('—', i, i + 3);
		else if (doc[i + 1] === '-') this.emit('–', i, i + 2);
		else this.emit('-', i, i + 1);
	}

	private lineBreak(i: number): void {
		const end = this.doc[i] === '\r' && this.doc[i + 1] === '\n' ? i + 2 : i + 1;
		if (this.lineBlank) {
			this.endOpenHeading(i);
			this.endBlock();
		} else this.space(i, end);
		this.lineBlank = true;
		this.pos = end;
	}

	/**
	 * A heading's argument cannot hold a paragraph end (TeX stops: "Paragraph ended before \@sect was
	 * complete"), so a blank line ends a heading left open, with the groups opened in it, and what
	 * follows is read as the prose it is rather than as more heading.
	 */
	private endOpenHeading(at: number): void {
		while (this.flow.override === 'heading') {
			const top = this.frames[this.frames.length - 1];
			if (!top || top.type === 'footnote') return;
			this.closeFrame(this.frames.pop(), at);
		}
	}

	/** A comment runs to the end of its line and takes the line break and the next line's indent with it. */
	private comment(i: number): void {
		const doc = this.doc;
		let j = i;
		while (j < this.end && doc[j] !== '\n' && doc[j] !== '\r') j++;
		if (doc[j] === '\r' && doc[j + 1] === '\n') j += 2;
		else if (j < this.end) j++;
		while (j < this.end && (doc[j] === ' ' || doc[j] === '\t')) j++;
		this.lineBlank = true;
		this.pos = j;
	}

	// ---- groups ------------------------------------------------------------------------------

	private closeFrame(frame: Frame | undefined, at: number): void {
		if (!frame || frame.type === 'group') return;
		if (frame.type === 'kind') {
			this.endBlock();
			this.flow.override = frame.saved;
			return;
		}
		this.closeFootnote(frame, at);
	}

	// ---- commands -----------------------------------------------------------------------------

	private command(i: number): void {
		const doc = this.doc;
		this.lineBlank = false;
		const first = doc[i + 1];
		if (first === undefined || i + 1 >= this.end) {
			this.pos = i + 1;
			return;
		}
		if (!isLetter(first)) {
			this.controlSymbol(i, first);
			return;
		}
		let j = i + 1;
		while (j < this.end && isLetter(doc[j])) j++;
		const name = doc.slice(i + 1, j);
		// A star (`\section*`, `\cite*`) changes nothing this reader keeps.
		if (doc[j] === '*') j++;
		this.controlWord(i, name, j);
	}

	private controlSymbol(i: number, symbol: string): void {
		const doc = this.doc;
		if (ESCAPED.has(symbol)) {
			this.emit(symbol, i, i + 2);
			return;
		}
		const accent = ACCENTS.get(symbol);
		if (accent) {
			this.accent(i, i + 2, accent);
			return;
		}
		switch (symbol) {
			case '\\': {
				let j = i + 2;
				if (doc[j] === '*') j++;
				const k = this.scan.skipSpaces(j);
				if (doc[k] === '[') {
					const after = this.scan.skipOptional(k);
					if (after > 0) j = after;
				}
				if (this.inCells()) this.endBlock();
				else this.space(i, i + 2);
				this.pos = j;
				return;
			}
			case '(':
				this.pos = this.scan.skipMath(i + 2, '\\)');
				return;
			case '[':
				this.pos = this.scan.skipMath(i + 2, '\\]');
				return;
			case ' ':
			case '\t':
			case ',':
			case ';':
			case ':':
			case '>':
				this.space(i, i + 2);
				this.pos = i + 2;
				return;
			case '\n':
			case '\r':
				this.space(i, i + 2);
				this.pos = i + 2;
				this.lineBlank = true;
				return;
			default:
				// `\-`, `\/`, `\@`, `\!` and unknown symbols print nothing worth keeping.
				this.pos = i + 2;
		}
	}

	private controlWord(i: number, name: string, j: number): void {
		const doc = this.doc;
		if (name === 'begin' || name === 'end') {
			this.environment(name === 'begin', j);
			return;
		}
		if (HEADINGS.has(name) || CAPTIONS.has(name)) {
			this.titled(name === 'captionof' ? this.scan.skipMandatory(j) : j, HEADINGS.has(name) ? 'heading' : 'caption');
			return;
		}
		if (name === 'footnote') {
			this.footnote(i, j);
			return;
		}
		if (CITE.test(name) && !NOT_CITATIONS.has(name)) {
			this.cite(i, name, j);
			return;
		}
		if (name === 'item') {
			this.endBlock();
			if (this.envKind() !== 'item') this.flow.nextItem = true;
			this.pos = this.scan.skipArguments(this.scan.skipArgumentSpace(j), 'o');
			return;
		}
		if (BREAKS.has(name)) {
			this.endBlock();
			this.pos = name === 'printbibliography' ? this.scan.skipArguments(j, 'o') : j;
			return;
		}
		const unprinted = this.scan.skipUnprinted(name, j);
		if (unprinted !== undefined) {
			this.pos = unprinted;
			return;
		}
		const spec = SKIPPED.get(name);
		if (spec !== undefined) {
			this.pos = this.scan.skipArguments(j, spec);
			return;
		}
		const accent = name.length === 1 ? ACCENTS.get(name) : undefined;
		if (accent) {
			this.accent(i, this.scan.skipArgumentSpace(j), accent);
			return;
		}
		const symbol = SYMBOLS.get(name);
		if (symbol !== undefined) {
			// Unlike TeX, keep the space after `\ldots and`: writers rarely mean "…and".
			this.emit(symbol, i, j);
			return;
		}
		if (SPACES.has(name)) {
			this.space(i, j);
			this.pos = this.afterWord(j);
			return;
		}
		// Unknown commands print nothing themselves; a braced argument that follows is read as text.
		let k = j;
		if (doc[k] === '[') {
			const after = this.scan.skipOptional(k);
			if (after > 0) k = after;
		}
		this.pos = this.afterWord(k);
	}

	/** Where reading resumes after a command word: TeX drops the spaces (and one line break) after it. */
	private afterWord(j: number): number {
		const k = this.scan.skipArgumentSpace(j);
		if (/[\r\n]/.test(this.doc.slice(j, k))) this.lineBlank = true;
		return k;
	}

	private accent(i: number, j: number, mark: string): void {
		const doc = this.doc;
		let base: string | undefined;
		let end = j;
		if (doc[j] === '{') {
			const close = doc.slice(j, j + 8).indexOf('}');
			const inner = close > 0 ? doc.slice(j + 1, j + close).trim() : '';
			base = inner === '\\i' ? 'i' : inner === '\\j' ? 'j' : [...inner].length === 1 ? inner : undefined;
			end = j + close + 1;
		} else if (doc[j] === '\\' && (doc[j + 1] === 'i' || doc[j + 1] === 'j') && !isLetter(doc[j + 2])) {
			base = doc[j + 1];
			end = j + 2;
		} else if (doc[j] !== undefined && j < this.end && !/[\s\\{}%$]/.test(doc[j] as string)) {
			base = String.fromCodePoint(doc.codePointAt(j) as number);
			end = j + base.length;
		}
		if (base === undefined) {
			this.pos = j;
			return;
		}
		this.emit((base + mark).normalize('NFC'), i, Math.min(end, this.end));
	}

	private environment(begin: boolean, j: number): void {
		const doc = this.doc;
		const open = this.scan.skipSpaces(j);
		const brace = doc[open] === '{' ? doc.slice(open, open + 66).indexOf('}') : -1;
		const close = brace < 0 ? -1 : open + brace;
		if (close < 0 || close >= this.end) {
			this.pos = j;
			return;
		}
		const name = doc.slice(open + 1, close).trim();
		const after = close + 1;
		if (!begin) {
			this.endEnvironment(name);
			this.pos = after;
			return;
		}
		const bare = name.endsWith('*') ? name.slice(0, -1) : name;
		if (MATH_ENVS.has(bare) || SKIPPED_ENVS.has(name)) {
			const closer = doc.indexOf(`\\end{${name}}`, after);
			this.pos = closer < 0 || closer >= this.end ? this.end : closer + `\\end{${name}}`.length;
			return;
		}
		const table = TABLE_ENVS.get(name);
		if (table !== undefined) {
			this.endBlock();
			this.envs.push({ name, kind: 'cell', separate: true });
			this.pos = this.scan.skipArguments(after, table);
			return;
		}
		const list = LIST_ENVS.get(name);
		if (list !== undefined || QUOTE_ENVS.has(name)) {
			this.endBlock();
			this.envs.push({ name, kind: list === undefined ? 'quote' : 'item', separate: true });
			this.pos = this.scan.skipArguments(after, list ?? 'o');
			return;
		}
		const block = BLOCK_ENVS.get(name);
		if (block !== undefined) {
			this.endBlock();
			this.envs.push({ name, kind: 'paragraph', separate: true });
			this.pos = this.scan.skipArguments(after, block);
			return;
		}
		this.envs.push({ name, kind: null, separate: false });
		this.pos = after;
	}

	private endEnvironment(name: string): void {
		for (let k = this.envs.length - 1; k >= 0; k--) {
			if ((this.envs[k] as Env).name !== name) continue;
			const separate = this.envs.slice(k).some((env) => env.separate);
			if (separate) this.endBlock();
			this.envs.length = k;
			return;
		}
	}

	/** `\section{…}` and `\caption{…}`: the argument is a block of its own. */
	private titled(j: number, kind: BlockKind): void {
		this.endBlock();
		let k = this.scan.skipArguments(j, 'o');
		k = this.scan.skipArgumentSpace(k);
		if (this.doc[k] !== '{') {
			this.pos = k;
			return;
		}
		this.frames.push({ type: 'kind', saved: this.flow.override });
		this.flow.override = kind;
		this.pos = k + 1;
	}

	private cite(i: number, name: string, j: number): void {
		const citation = this.scan.citation(name, j);
		if (!citation) {
			this.pos = j;
			return;
		}
		const { keys, locator, end } = citation;
		const body: CitationBody = locator === undefined ? { kind: 'latex', keys } : { kind: 'latex', keys, locator };
		this.placeCitation(i, end, body);
		this.pos = end;
	}

	/** Stands a citation's source [start, end) in the text as one character, cut out when the block ends. */
	private placeCitation(start: number, end: number, body: CitationBody): void {
		this.flushSpace();
		const builder = this.builder();
		const at = builder.length;
		builder.push('\uFFFC', start, end);
		builder.markCitation(at, at + 1, body);
		this.lineBlank = false;
	}

	private footnote(i: number, j: number): void {
		let k = this.scan.skipArguments(j, 'o');
		k = this.scan.skipArgumentSpace(k);
		if (this.doc[k] !== '{') {
			this.pos = k;
			return;
		}
		this.frames.push({ type: 'footnote', start: i, main: this.flow });
		this.flow = new Flow(null);
		this.pos = k + 1;
	}

	private closeFootnote(frame: { start: number; main: Flow }, end: number): void {
		const note = this.flow.builder?.finish() ?? null;
		this.flow = frame.main;
		const keys: string[] = [];
		let locator: string | undefined;
		for (const citation of note?.citations ?? []) {
			keys.push(...citation.keys);
			locator ??= citation.locator;
		}
		const body: CitationBody = { kind: 'footnote', keys, note: note?.text ?? '' };
		if (locator !== undefined) body.locator = locator;
		this.placeCitation(frame.start, end, body);
	}
}

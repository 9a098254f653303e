// Sentence boundaries in prose, and sentences of prose blocks with the citations that belong to them.
//
// A boundary is a word ending in `.`, `!` or `?` (optionally followed by closing quotes or brackets),
// then whitespace, then a word that starts with a capital, a digit, or an opening quote or bracket.
// Abbreviations, initials, ellipses and list numbers are not boundaries. One pass over the
// whitespace-separated words, so the cost is linear in the text.
import type { Citation, ProseBlock, Sentence, Span } from '../types';
import { isSpaceCode as isSpace } from '../text/whitespace';

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '}', '»', '›']);
const OPENERS = new Set(['"', "'", '“', '‘', '(', '[', '{', '«', '‹', '¿', '¡']);
const TERMINALS = new Set(['.', '!', '?']);
const INITIALS = /^(?:\p{L}\.)+$/u;
const STARTER = /[\p{Lu}\p{Lt}\p{N}]/u;
const NUMBER = /^\d+\.$/;
/** Reference marks after a sentence's full stop, as an encyclopedia writes them ("nationwide.[14][15]", "[a]"). */
export const REFERENCE_MARKS = /(?:\[(?:\d{1,3}|[a-z])\])+$/;

/** Whether the word [start, end) of `text` ends a sentence, given the word that follows it at `next`. */
function endsSentence(text: string, start: number, end: number, next: number, isFirst: boolean, abbreviations: ReadonlySet<string>): boolean {
	// Reference marks after the full stop ("nationwide.[14][15]", as an encyclopedia writes them) belong
	// to the sentence they close: the full stop before them is what ends it.
	const marks = REFERENCE_MARKS.exec(text.slice(start, end));
	const wordEnd = marks && marks.index > 0 ? start + marks.index : end;
	let core = wordEnd;
	while (core > start && CLOSERS.has(text[core - 1] as string)) core--;
	if (core === start) return false;
	const last = text[core - 1] as string;
	if (last === '…') return false;
	if (!TERMINALS.has(last)) return false;
	if (last === '.') {
		if (text[core - 2] === '.') return false;
		const closed = core < wordEnd;
		let wordStart = start;
		while (wordStart < core && OPENERS.has(text[wordStart] as string)) wordStart++;
		const word = text.slice(wordStart, core);
		if (word === '.') return false;
		if (!closed) {
			// The plural of a title's abbreviation is one too: "Sens." of "Sen.", "Gens." of "Gen.".
			if (abbreviations.has(word) || INITIALS.test(word) || (word.endsWith('s.') && abbreviations.has(`${word.slice(0, -2)}.`))) return false;
			// "2. Background" at the start of a heading or item is a number, not a sentence.
			if (isFirst && NUMBER.test(word)) return false;
		}
	}
	return startsSentence(text, next);
}

function startsSentence(text: string, at: number): boolean {
	let i = at;
	while (i < text.length && OPENERS.has(text[i] as string)) i++;
	const code = text.codePointAt(i);
	if (code === undefined) return i > at;
	return STARTER.test(String.fromCodePoint(code));
}

/** Sentences of `text` as trimmed [start, end) spans. */
export function splitSentences(text: string, abbreviations: ReadonlySet<string>): Span[] {
	const spans: Span[] = [];
	let sentenceStart = -1;
	let i = 0;
	const n = text.length;
	while (i < n) {
		while (i < n && isSpace(text.charCodeAt(i))) i++;
		if (i >= n) break;
		const wordStart = i;
		while (i < n && !isSpace(text.charCodeAt(i))) i++;
		const wordEnd = i;
		const isFirst = sentenceStart < 0;
		if (isFirst) sentenceStart = wordStart;
		let next = i;
		while (next < n && isSpace(text.charCodeAt(next))) next++;
		if (next >= n) break;
		if (endsSentence(text, wordStart, wordEnd, next, isFirst, abbreviations)) {
			spans.push({ start: sentenceStart, end: wordEnd });
			sentenceStart = -1;
		}
	}
	if (sentenceStart >= 0) {
		let end = n;
		while (end > sentenceStart && isSpace(text.charCodeAt(end - 1))) end--;
		spans.push({ start: sentenceStart, end });
	}
	return spans;
}

/**
 * The sentences of each block. A citation belongs to the sentence its anchor is in; one anchored
 * between two sentences (a footnote mark after a full stop) belongs to the sentence before it.
 */
export function sentencesOf(blocks: ProseBlock[], abbreviations: ReadonlySet<string>): Sentence[] {
	return blocks.flatMap((block, index) => blockSentences(block, index, abbreviations));
}

const splits = new WeakMap<ReadonlySet<string>, Map<string, Span[]>>();

/** The sentences of one block, the `index`th of its document: they depend on nothing outside it. */
export function blockSentences(block: ProseBlock, index: number, abbreviations: ReadonlySet<string>): Sentence[] {
	let split = splits.get(abbreviations);
	if (!split) splits.set(abbreviations, (split = new Map()));
	// A paragraph read before splits as it did: an edit re-splits only the paragraph it touched.
	let spans = split.get(block.text);
	if (!spans) {
		spans = splitSentences(block.text, abbreviations);
		if (split.size > 5_000) split.clear();
		split.set(block.text, spans);
	}
	if (spans.length === 0) return [];
	const owned: Citation[][] = spans.map(() => []);
	let s = 0;
	const citations = [...block.citations].sort((a, b) => a.anchor - b.anchor);
	for (const citation of citations) {
		while (s + 1 < spans.length && (spans[s + 1] as Span).start < citation.anchor) s++;
		(owned[s] as Citation[]).push(citation);
	}
	return spans.map((span, k) => {
		let start = block.starts[span.start] as number;
		let end = block.ends[span.end - 1] as number;
		const mine = owned[k] as Citation[];
		for (const citation of mine) {
			start = Math.min(start, citation.span.start);
			end = Math.max(end, citation.span.end);
		}
		return {
			block: index,
			textStart: span.start,
			textEnd: span.end,
			text: block.text.slice(span.start, span.end),
			span: { start, end },
			citations: mine,
			heading: block.kind === 'heading',
		};
	});
}

// Paragraphs with their pages: one that runs over a page break is cut at the sentences around it.

import type { CleaningVocabulary, SourceParagraph } from './clean';
import type { Piece } from './cleanContext';

export function toParagraph(piece: Piece, page: string | undefined, from = 0, to = piece.chars.length): SourceParagraph {
	while (from < to && piece.chars[from] === ' ') from++;
	while (to > from && piece.chars[to - 1] === ' ') to--;
	const paragraph: SourceParagraph = {
		text: piece.chars.slice(from, to).join(''),
		starts: Int32Array.from(piece.starts.slice(from, to)),
		ends: Int32Array.from(piece.ends.slice(from, to)),
		kind: piece.kind,
	};
	if (page !== undefined) paragraph.page = page;
	return paragraph;
}

/**
 * A paragraph that runs over a page break is cut at the sentence ends around the break: the
 * sentences on one page keep that page and the sentence that runs over gets both ("146-147"),
 * so a pinpoint citation can be checked against the page a sentence is actually on.
 */
export function splitAtPages(piece: Piece, pages: (string | undefined)[], vocab: CleaningVocabulary): SourceParagraph[] {
	const text = piece.chars.join('');
	const sentenceStarts = sentenceStartsOf(text, vocab);
	const label = (from: number, to: number) => {
		let lo = Infinity;
		let hi = -Infinity;
		for (let k = from; k < to; k++) {
			if (piece.chars[k] === ' ') continue;
			lo = Math.min(lo, piece.segments[k]!);
			hi = Math.max(hi, piece.segments[k]!);
		}
		if (lo === Infinity) return undefined;
		const first = pages[lo];
		const lastPage = pages[hi];
		if (first === undefined || lastPage === undefined) return first ?? lastPage;
		return lo === hi || first === lastPage ? first : `${first}-${lastPage}`;
	};

	const out: SourceParagraph[] = [];
	let from = 0;
	while (from < text.length) {
		const start = piece.segments[from]!;
		let change = from;
		while (change < text.length && (piece.segments[change] === start || piece.chars[change] === ' ')) change++;
		if (change >= text.length) {
			out.push(toParagraph(piece, label(from, text.length), from, text.length));
			break;
		}
		let s0 = from;
		for (const s of sentenceStarts) if (s <= change && s > s0) s0 = s;
		if (s0 === change || s0 > from) {
			out.push(toParagraph(piece, label(from, s0), from, s0));
			if (s0 === change) {
				from = s0;
				continue;
			}
		}
		const s1 = sentenceStarts.find((s) => s > change) ?? text.length;
		out.push(toParagraph(piece, label(s0, s1), s0, s1));
		from = s1;
	}
	return out.filter((p) => p.text.length > 0);
}

/** Where sentences start: after . ! ? and a space, before a capital, unless the period closes an initial or an abbreviation. */
function sentenceStartsOf(text: string, vocab: CleaningVocabulary): number[] {
	const abbreviations = new Set(vocab.nonTerminalAbbreviations.map((a) => a.toLowerCase()));
	const starts: number[] = [];
	for (let i = 2; i < text.length; i++) {
		if (text[i - 1] !== ' ' || !/[\p{Lu}\p{N}"“‘'([]/u.test(text[i]!)) continue;
		let j = i - 2;
		while (j >= 0 && /["”’')\]]/.test(text[j]!)) j--;
		if (j < 0 || !/[.!?…]/.test(text[j]!)) continue;
		if (text[j] === '.') {
			const word = text.slice(text.lastIndexOf(' ', j) + 1, j + 1);
			if (/^(?:\p{L}\.)+$/u.test(word) || abbreviations.has(word.toLowerCase())) continue;
		}
		starts.push(i);
	}
	return starts;
}

// Headings: short unpunctuated blocks of their own, and in hard-wrapped text runs of title-case
// lines at a paragraph break.

import type { CleaningVocabulary } from './clean';
import { drop, DROP_REASONS, isContent, type Context } from './cleanContext';
import { endsSentence, hasTrailingPunctuation, HYPHENS, wordsOf } from './cleanText';
import { captionCredit } from './debris';

// "Total assistance: $16.5 million", "Reserve: 870,000": a label and its figure or date after a colon
// state a fact, as a table's cell does; a heading names what follows.
const LABELLED_VALUE = /:\s+[$€£¥]?\d/u;

function isHeadingLike(text: string, vocab: CleaningVocabulary): boolean {
	if (text.length > 100 || wordsOf(text).length > 14 || LABELLED_VALUE.test(text)) return false;
	if (!/^[\p{Lu}\p{N}"“‘']/u.test(text)) return false;
	return !hasTrailingPunctuation(text) && captionCredit(text, vocab) === undefined;
}

/** A block of at most three short unpunctuated lines between blank lines is a heading (or a site's section name). */
export function findStandaloneHeadings(ctx: Context): void {
	let i = 0;
	while (i < ctx.lines.length) {
		if (ctx.roles[i]!.kind === 'blank') {
			i++;
			continue;
		}
		let j = i;
		while (j < ctx.lines.length && ctx.roles[j]!.kind !== 'blank') j++;
		const content: number[] = [];
		for (let k = i; k < j; k++) if (isContent(ctx, k)) content.push(k);
		if (content.length > 0 && content.length <= 3 && content.every((k) => isHeadingLike(ctx.lines[k]!.text, ctx.vocab))) {
			for (const k of content) drop(ctx, k, DROP_REASONS.heading);
		}
		i = j;
	}
}

/** In wrapped text a heading is a run of title-case lines at a paragraph break, followed by a capitalised line. */
export function findWrappedHeadings(ctx: Context): void {
	const small = new Set(ctx.vocab.titleSmallWords.map((w) => w.toLowerCase()));
	const bare = (word: string) => word.replace(/^["“‘'([]+|["”’')\],]+$/g, '');
	const isTitleCase = (text: string) => {
		const words = wordsOf(text).map(bare).filter(Boolean);
		return words.length > 0 && words.some((w) => !small.has(w.toLowerCase())) && words.every((w) => small.has(w.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(w));
	};
	const candidate = (i: number) => {
		const text = ctx.lines[i]!.text;
		return isContent(ctx, i) && !hasTrailingPunctuation(text) && !HYPHENS.includes(text.slice(-1)) && text.length <= 100 && isTitleCase(text);
	};

	let previous: number | undefined; // the last line that was content or a paragraph-ending drop
	for (let i = 0; i < ctx.lines.length; i++) {
		const role = ctx.roles[i]!;
		if (role.kind === 'blank' || (role.kind === 'drop' && !role.transparent)) {
			previous = undefined;
			continue;
		}
		if (role.kind !== 'content') continue;
		const atBreak = previous === undefined || endsSentence(ctx.lines[previous]!.text);
		if (atBreak) {
			let end = i;
			while (end < ctx.lines.length && end - i < 3 && candidate(end)) {
				const last = wordsOf(ctx.lines[end]!.text).at(-1)?.toLowerCase() ?? '';
				const after = ctx.lines[end + 1];
				const followedByCapital = !after || !isContent(ctx, end + 1) || /^[\p{Lu}"“]/u.test(after.text);
				// A run cannot stop on "and" or "of": the heading goes on over the next line.
				if (
					!small.has(bare(last)) &&
					followedByCapital &&
					wordsOf(
						ctx.lines
							.slice(i, end + 1)
							.map((l) => l.text)
							.join(' '),
					).length <= 14
				) {
					for (let k = i; k <= end; k++) drop(ctx, k, DROP_REASONS.heading);
					i = end;
					break;
				}
				end++;
			}
		}
		previous = isContent(ctx, i) ? i : undefined;
	}
}

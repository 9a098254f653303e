// Checks shared by the document tests: every character of a block maps back into the document.
import { expect } from 'vitest';
import abbreviationData from '../../corpus/vocabulary/abbreviations.json';
import type { ProseBlock } from '../../server/src/domain/types';

export const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviationData.abbreviations);

/** Characters a reader may stand for a one-character source that is not itself. */
function isSyntheticSingle(ch: string, source: string): boolean {
	if (ch === ' ' && /^[\s~]$/.test(source)) return true;
	if (ch === '‘' && source === '`') return true;
	return ch === '\uFFFD' && source === '\0';
}

/** Problems with a block's mapping, as readable strings (empty when it is sound). */
export function mappingProblems(doc: string, block: ProseBlock): string[] {
	const problems: string[] = [];
	const { text, starts, ends } = block;
	if (starts.length !== text.length || ends.length !== text.length) problems.push(`arrays ${starts.length}/${ends.length} for ${text.length} chars`);
	for (let i = 0; i < text.length; i++) {
		const start = starts[i] as number;
		const end = ends[i] as number;
		if (!(start >= 0 && start < end && end <= doc.length)) {
			problems.push(`char ${i} ${JSON.stringify(text[i])} maps to [${start}, ${end}) outside the document`);
			continue;
		}
		if (i > 0 && start < (starts[i - 1] as number)) problems.push(`starts decrease at ${i}`);
		const source = doc.slice(start, end);
		if (source.length === 1 && source !== text[i] && !isSyntheticSingle(text[i] as string, source)) {
			problems.push(`char ${i} ${JSON.stringify(text[i])} maps to ${JSON.stringify(source)}`);
		}
		if (problems.length > 5) break;
	}
	for (const citation of block.citations) {
		if (!(citation.span.start >= 0 && citation.span.start < citation.span.end && citation.span.end <= doc.length))
			problems.push(`citation span ${JSON.stringify(citation.span)} outside`);
		if (!(citation.anchor >= 0 && citation.anchor <= text.length)) problems.push(`citation anchor ${citation.anchor} outside`);
	}
	if (text !== text.trim()) problems.push('text is not trimmed');
	return problems;
}

export function expectSoundMapping(doc: string, blocks: ProseBlock[]): void {
	for (const block of blocks) expect(mappingProblems(doc, block), JSON.stringify(block.text.slice(0, 80))).toEqual([]);
}

/** The document text behind block characters [from, to). */
export function sourceOf(doc: string, block: ProseBlock, from: number, to: number): string {
	return doc.slice(block.starts[from] as number, block.ends[to - 1] as number);
}

/** The document text behind the first occurrence of `needle` in the block's text. */
export function sourceOfText(doc: string, block: ProseBlock, needle: string): string {
	const at = block.text.indexOf(needle);
	expect(at, `${JSON.stringify(needle)} in ${JSON.stringify(block.text)}`).toBeGreaterThanOrEqual(0);
	return sourceOf(doc, block, at, at + needle.length);
}

export function texts(blocks: ProseBlock[]): string[] {
	return blocks.map((block) => block.text);
}

// What a check keeps of a document for its next check: the blocks (paragraphs, headings, items) it
// read and what each gave. An edit changes one stretch of the text; a block outside that stretch
// that reads the same and begins in the same discourse context (the section's heading and the
// title: all a block's sentences may point back to beyond it) gives the same reports, moved by
// the characters the edit added or took away. Only the blocks the edit touched are read and judged
// again, and the result is the one a check of the whole text gives.
import type { DiscourseContext } from '../claims/discourse';
import type { Corpus } from '../corpus/corpus';
import type { Citation, DocumentLanguage, Finding, ProseBlock, Span } from '../types';
import type { ClaimReport } from './checker';
import { ReadingMemory } from '../document/readers';
import { editOf, movedSpan } from '../text/edit';
import type { VerifyOptions } from './verify';

/** What one block gave a check, with what it was read from: all a later check needs to keep it. */
export interface BlockOutcome {
	block: ProseBlock;
	/** Where the block's text and its citations are in the document; undefined for a block with neither. */
	range: Span | undefined;
	/** The discourse context the block began in, and the one it left to the next block. */
	before: DiscourseContext;
	after: DiscourseContext;
	/** Its claims' reports and its findings, in the order a check makes them (findings not yet sorted, none silenced). */
	claims: ClaimReport[];
	findings: Finding[];
	/** How many sentences it has. */
	sentences: number;
}

/** What the reports were made with: another corpus, way of judging or language makes them anew. */
export interface CheckedWith {
	corpus: Corpus;
	verify: VerifyOptions;
	language: DocumentLanguage;
}

/** A block of the last check that a new reading has again, and how far it moved. */
export interface KeptBlock {
	outcome: BlockOutcome;
	delta: number;
}

/**
 * One document's memory across checks, given by its host (the language server keeps one per open
 * document). A check that is given it reads again only what changed since the check before, and
 * leaves in it what it read; a cancelled check leaves it as it was.
 */
export class DocumentMemory {
	/** What the document's reader kept of its last reading. */
	readonly reading = new ReadingMemory();
	private last: { text: string; with: CheckedWith; outcomes: readonly BlockOutcome[] } | undefined;

	/**
	 * For each block of `blocks` (the reading of `text`), the last check's outcome of the same block
	 * when it may be kept: the block reads the same, moved by the edit's delta, and the text it was
	 * read from lies outside the stretch the edit changed. Whether its context is the same is the
	 * caller's to ask, block by block, as the context is known.
	 */
	keptFor(text: string, blocks: readonly ProseBlock[], checkedWith: CheckedWith): (KeptBlock | undefined)[] {
		const kept: (KeptBlock | undefined)[] = new Array(blocks.length);
		const last = this.last;
		if (!last || !sameWith(last.with, checkedWith)) return kept;
		const { prefix, suffix } = editOf(last.text, text);
		const delta = text.length - last.text.length;
		const old = last.outcomes;
		let first = 0;
		for (; first < blocks.length && first < old.length; first++) {
			const block = blocks[first]!;
			const range = rangeOf(block);
			if ((range && range.end > prefix) || !sameBlock(old[first]!.block, block, 0)) break;
			kept[first] = { outcome: old[first]!, delta: 0 };
		}
		const unchangedFrom = text.length - suffix;
		for (let n = blocks.length - 1, o = old.length - 1; n >= first && o >= first; n--, o--) {
			const block = blocks[n]!;
			const range = rangeOf(block);
			if ((range && range.start < unchangedFrom) || !sameBlock(old[o]!.block, block, delta)) break;
			kept[n] = { outcome: old[o]!, delta };
		}
		return kept;
	}

	/** What a check of `text` gave, block by block, for the next check to keep what it can. */
	remember(text: string, outcomes: readonly BlockOutcome[], checkedWith: CheckedWith): void {
		this.last = { text, with: checkedWith, outcomes };
	}

	/** Forgets what was kept: the next check reads the whole document. */
	clear(): void {
		this.last = undefined;
		this.reading.markdown.forget();
	}
}

const sameWith = (a: CheckedWith, b: CheckedWith) => a.corpus === b.corpus && a.verify === b.verify && a.language === b.language;

/** Where a block's text and citations come from in the document: the least start and the greatest end. */
export function rangeOf(block: ProseBlock): Span | undefined {
	let start = Infinity;
	let end = -Infinity;
	for (let i = 0; i < block.starts.length; i++) {
		start = Math.min(start, block.starts[i]!);
		end = Math.max(end, block.ends[i]!);
	}
	for (const citation of block.citations) {
		start = Math.min(start, citation.span.start);
		end = Math.max(end, citation.span.end);
	}
	return start <= end ? { start, end } : undefined;
}

/** Whether block `b` is block `a` moved by `delta` characters: the same kind, text, offsets and citations. */
export function sameBlock(a: ProseBlock, b: ProseBlock, delta: number): boolean {
	if (a === b && delta === 0) return true;
	if (a.kind !== b.kind || a.text !== b.text || a.starts.length !== b.starts.length || a.citations.length !== b.citations.length) return false;
	for (let i = 0; i < a.starts.length; i++) if (a.starts[i]! + delta !== b.starts[i] || a.ends[i]! + delta !== b.ends[i]) return false;
	return a.citations.every((c, i) => sameCitation(c, b.citations[i]!, delta));
}

function sameCitation(a: Citation, b: Citation, delta: number): boolean {
	const keys = Object.keys(a) as (keyof Citation)[];
	if (keys.length !== Object.keys(b).length) return false;
	return keys.every((key) => {
		if (key === 'span') return a.span.start + delta === b.span.start && a.span.end + delta === b.span.end;
		const x = a[key];
		const y = b[key];
		if (Array.isArray(x)) return Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]);
		return x === y;
	});
}

/** A kept block's outcome where its block now stands: every offset into the document moved by `delta`. */
export function movedOutcome(kept: KeptBlock, block: ProseBlock): BlockOutcome {
	const { outcome, delta } = kept;
	if (delta === 0) return outcome.block === block ? outcome : { ...outcome, block };
	return {
		...outcome,
		block,
		range: outcome.range && movedSpan(outcome.range, delta),
		claims: outcome.claims.map((claim) => movedClaim(claim, delta)),
		findings: outcome.findings.map((finding) => movedFinding(finding, delta)),
	};
}

function movedClaim(claim: ClaimReport, delta: number): ClaimReport {
	return {
		...claim,
		span: movedSpan(claim.span, delta),
		fixes: claim.fixes.map((fix) => ({ ...fix, span: movedSpan(fix.span, delta) })),
		citations: claim.citations.map((citation) => ({ ...citation, span: movedSpan(citation.span, delta) })),
	};
}

function movedFinding(finding: Finding, delta: number): Finding {
	return {
		...finding,
		span: movedSpan(finding.span, delta),
		fixes: finding.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, span: movedSpan(edit.span, delta) })) })),
	};
}

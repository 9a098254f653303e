import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { languageOfPath } from '../../server/src/domain/document/index';

/** A labelled stretch of a whole paper, in the format of the evaluation's papers. */
export interface PaperItem {
	id: string;
	quote: string;
	label: 'supported' | 'wrong-date' | 'wrong-number' | 'unsupported' | 'citation-mismatch' | 'none';
	sources?: string[];
	expect?: string[];
}

export interface PaperScores {
	items: number;
	balancedAccuracy: number;
	dateFix: number;
	numberFix: number;
	/** Fixes that would rewrite a stretch that is not a wrong date or figure. */
	harmful: number;
	misses: string[];
}

const PROBLEMS = new Set(['citation-mismatch', 'wrong-date', 'wrong-number', 'contradicted', 'unsupported']);
const FIXING = new Set(['wrong-date', 'wrong-number', 'contradicted']);

/** The papers of a folder (NAME.md, .tex or .txt beside NAME.jsonl). */
export function papersIn(dir: string): { path: string; items: PaperItem[] }[] {
	return readdirSync(dir)
		.filter((f) => /\.(md|tex|txt)$/.test(f) && readdirSync(dir).includes(f.replace(/\.(md|tex|txt)$/, '.jsonl')))
		.sort()
		.map((f) => ({
			path: join(dir, f),
			items: readFileSync(join(dir, f.replace(/\.(md|tex|txt)$/, '.jsonl')), 'utf8')
				.split('\n')
				.filter((l) => l.trim())
				.map((l) => JSON.parse(l) as PaperItem),
		}));
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Scores whole papers as the evaluation's score-papers.mjs does: each labelled stretch takes the
 * verdict of the claim that overlaps it most (none when no claim does).
 */
export function scorePapers(papers: { path: string; items: PaperItem[] }[], corpus: Corpus): PaperScores {
	let problems = 0,
		flagged = 0,
		oks = 0,
		kept = 0,
		dates = 0,
		datesFixed = 0,
		numbers = 0,
		numbersFixed = 0,
		harmful = 0,
		items = 0;
	const misses: string[] = [];
	for (const paper of papers) {
		const text = readFileSync(paper.path, 'utf8');
		const report = checkDocument(text, languageOfPath(paper.path), corpus);
		const spans = paper.items.map((item) => {
			const at = text.indexOf(item.quote);
			if (at < 0) throw new Error(`${paper.path}: ${item.id}: the quote is not in the paper`);
			return { item, start: at, end: at + item.quote.length };
		});
		for (const span of spans) {
			items++;
			let best: { claim: (typeof report.claims)[number]; o: number } | undefined;
			for (const claim of report.claims) {
				const o = overlap(span, claim.span);
				if (o > 0 && (!best || o > best.o)) best = { claim, o };
			}
			const verdict = best?.claim.verdict ?? 'none';
			const isProblem = span.item.label !== 'supported' && span.item.label !== 'none';
			if (isProblem) {
				problems++;
				if (PROBLEMS.has(verdict)) flagged++;
			} else {
				oks++;
				if (!PROBLEMS.has(verdict)) kept++;
			}
			const right =
				span.item.label === 'none'
					? !PROBLEMS.has(verdict)
					: span.item.label === 'unsupported'
						? verdict === 'unsupported' || verdict === 'contradicted'
						: verdict === span.item.label;
			if (span.item.label === 'wrong-date' || span.item.label === 'wrong-number') {
				const fixed = right && (best?.claim.fixes ?? []).some((f) => overlap(f.span, span) > 0 && (span.item.expect ?? []).every((e) => f.newText.includes(e)));
				if (span.item.label === 'wrong-date') {
					dates++;
					if (fixed) datesFixed++;
				} else {
					numbers++;
					if (fixed) numbersFixed++;
				}
			}
			if (!right) misses.push(`${span.item.id} ${span.item.label} -> ${verdict}: ${span.item.quote.slice(0, 90)}`);
		}
		for (const claim of report.claims) {
			if (!FIXING.has(claim.verdict)) continue;
			for (const fix of claim.fixes) {
				const hit = spans.find((s) => overlap(fix.span, s) > 0);
				if (hit && hit.item.label !== 'wrong-date' && hit.item.label !== 'wrong-number') {
					harmful++;
					misses.push(`${hit.item.id} harmful fix "${text.slice(fix.span.start, fix.span.end)}" -> "${fix.newText}"`);
				}
			}
		}
	}
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	return {
		items,
		balancedAccuracy: (ratio(flagged, problems) + ratio(kept, oks)) / 2,
		dateFix: ratio(datesFixed, dates),
		numberFix: ratio(numbersFixed, numbers),
		harmful,
		misses,
	};
}

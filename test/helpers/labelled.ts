import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type ClaimReport } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { LineIndex } from '../../server/src/domain/text/positions';

/** A labelled claim, in the format of the evaluation sets. */
export interface LabelledClaim {
	id: string;
	label: 'supported' | 'wrong-date' | 'wrong-number' | 'unsupported' | 'citation-mismatch' | 'none';
	text: string;
	sources?: string[];
	expect?: string[];
}

export interface Scores {
	balancedAccuracy: number;
	verdictAccuracy: number;
	dateFix: number;
	numberFix: number;
	attribution: number;
	misses: string[];
}

const PROBLEMS = ['citation-mismatch', 'wrong-date', 'wrong-number', 'contradicted', 'unsupported'];

export function readLabelled(path: string): LabelledClaim[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => JSON.parse(line) as LabelledClaim);
}

/**
 * The project's own single claims (`test/claims/*.jsonl`), every set in the order of
 * its file name: laid out as one document, as the accuracy bars and the README's figures read them.
 */
export function readClaimSets(): LabelledClaim[] {
	const dir = join(__dirname, '..', 'claims');
	return readdirSync(dir)
		.filter((name) => name.endsWith('.jsonl'))
		.sort()
		.flatMap((name) => readLabelled(join(dir, name)));
}

function toLatex(text: string): string {
	const heading = /^(#+)\s+(.*)$/.exec(text);
	if (heading) return `\\${heading[1]!.length > 1 ? 'subsection' : 'section'}{${heading[2]}}`;
	return text
		.replace(/\s*\[@([\w-]+)\]/g, '~\\cite{$1}')
		.replace(/\$/g, '\\$')
		.replace(/%/g, '\\%');
}

/** Lays the claims out one per paragraph, checks the document in-process and scores the verdicts. */
export function scoreLabelled(items: LabelledClaim[], corpus: Corpus, doc: 'md' | 'tex'): Scores {
	const lines: string[] = doc === 'tex' ? ['\\documentclass{article}', '\\begin{document}', ''] : [];
	const lineOf = new Map<string, number>();
	for (const item of items) {
		lineOf.set(item.id, lines.length);
		lines.push(doc === 'tex' ? toLatex(item.text) : item.text, '');
	}
	if (doc === 'tex') lines.push('\\end{document}');
	const text = lines.join('\n') + '\n';
	const report = checkDocument(text, doc === 'tex' ? 'latex' : 'markdown', corpus);
	const index = new LineIndex(text);
	const byLine = new Map<number, ClaimReport[]>();
	for (const claim of report.claims) {
		const line = index.positionAt(claim.span.start).line;
		byLine.set(line, [...(byLine.get(line) ?? []), claim]);
	}
	let recallHits = 0,
		problems = 0,
		okHits = 0,
		oks = 0,
		correct = 0;
	let dates = 0,
		datesFixed = 0,
		numbers = 0,
		numbersFixed = 0,
		supported = 0,
		attributed = 0;
	const misses: string[] = [];
	for (const item of items) {
		const claims = byLine.get(lineOf.get(item.id)!) ?? [];
		const verdict = PROBLEMS.find((p) => claims.some((c) => c.verdict === p)) ?? (claims.some((c) => c.verdict === 'supported') ? 'supported' : 'none');
		const flagged = PROBLEMS.includes(verdict);
		const fixText = claims.flatMap((c) => c.fixes.map((f) => f.newText)).join(' | ');
		const isProblem = !['supported', 'none'].includes(item.label);
		if (isProblem) {
			problems++;
			if (flagged) recallHits++;
		} else {
			oks++;
			if (!flagged) okHits++;
		}
		let ok: boolean;
		if (item.label === 'unsupported') ok = verdict === 'unsupported' || verdict === 'contradicted';
		else if (item.label === 'none') ok = !flagged;
		else ok = verdict === item.label;
		if (ok) correct++;
		if (item.label === 'supported') {
			supported++;
			const first = claims.filter((c) => c.verdict === 'supported').map((c) => c.evidence[0]?.key);
			if (ok && first.some((k) => k && item.sources?.includes(k))) attributed++;
			else if (ok) misses.push(`${item.id} attribution ${first.join(',')}: ${item.text}`);
		}
		const fixed = (item.expect ?? []).every((token) =>
			new RegExp(`(^|[^0-9A-Za-z])${token.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^0-9A-Za-z])`, 'i').test(fixText),
		);
		if (item.label === 'wrong-date') {
			dates++;
			if (ok && fixed) datesFixed++;
		}
		if (item.label === 'wrong-number') {
			numbers++;
			if (ok && fixed) numbersFixed++;
		}
		if (!ok) misses.push(`${item.id} ${item.label} -> ${verdict}: ${item.text}`);
		else if ((item.label === 'wrong-date' || item.label === 'wrong-number') && !fixed) misses.push(`${item.id} fix "${fixText}": ${item.text}`);
	}
	const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
	return {
		balancedAccuracy: (ratio(recallHits, problems) + ratio(okHits, oks)) / 2,
		verdictAccuracy: ratio(correct, items.length),
		dateFix: ratio(datesFixed, dates),
		numberFix: ratio(numbersFixed, numbers),
		attribution: ratio(attributed, supported),
		misses,
	};
}

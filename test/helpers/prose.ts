import { readFileSync } from 'node:fs';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { LineIndex } from '../../server/src/domain/text/positions';

/** A published sentence, labelled against the shipped corpus, with the other verdicts a careful reader would also accept. */
export interface ProseItem {
	id: string;
	label: 'supported' | 'wrong-date' | 'wrong-number' | 'unsupported' | 'citation-mismatch' | 'none';
	text: string;
	acceptable?: string[];
}

export interface ProseScores {
	n: number;
	/** Share of sentences given their label or an acceptable verdict (`contradicted` counts as `unsupported`). */
	acceptable: number;
	/** Share of the sentences the sources support that were found supported. */
	supportedFound: number;
	/** Wrong-date or wrong-number findings where neither is acceptable. */
	falseFixes: number;
	misses: string[];
}

const PROBLEMS = ['citation-mismatch', 'wrong-date', 'wrong-number', 'contradicted', 'unsupported'];

export function readProse(path: string): ProseItem[] {
	return readFileSync(path, 'utf8')
		.split('\n')
		.filter((l) => l.trim())
		.map((l) => JSON.parse(l) as ProseItem);
}

/** Lays the sentences out one per paragraph, checks them in-process and scores the verdicts. */
export function scoreProse(items: ProseItem[], corpus: Corpus): ProseScores {
	const lines: string[] = [];
	const lineOf = new Map<string, number>();
	for (const item of items) {
		lineOf.set(item.id, lines.length);
		lines.push(item.text, '');
	}
	const text = `${lines.join('\n')}\n`;
	const report = checkDocument(text, 'markdown', corpus);
	const index = new LineIndex(text);
	let ok = 0,
		supported = 0,
		found = 0,
		falseFixes = 0;
	const misses: string[] = [];
	for (const item of items) {
		const claims = report.claims.filter((c) => index.positionAt(c.span.start).line === lineOf.get(item.id));
		const verdict = PROBLEMS.find((p) => claims.some((c) => c.verdict === p)) ?? (claims.some((c) => c.verdict === 'supported') ? 'supported' : 'none');
		const norm = (v: string) => (v === 'contradicted' ? 'unsupported' : v);
		const accepted = [item.label, ...(item.acceptable ?? [])].map(norm);
		const good = item.label === 'none' ? !PROBLEMS.includes(verdict) : accepted.includes(norm(verdict));
		if (good) ok++;
		else misses.push(`${item.id} ${accepted.join('|')} -> ${verdict}: ${item.text.slice(0, 100)}`);
		if (item.label === 'supported') {
			supported++;
			if (verdict === 'supported') found++;
		}
		if ((verdict === 'wrong-date' || verdict === 'wrong-number') && !accepted.includes(verdict)) falseFixes++;
	}
	return { n: items.length, acceptable: ok / items.length, supportedFound: supported ? found / supported : 1, falseFixes, misses };
}

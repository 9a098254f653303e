// Findings the writer has accepted as checked ("Mark as checked"): each is kept as the text it is
// about and its code, in a file the co-authors of a paper share (`.citecheck/accepted.json`). A
// finding whose text and code are kept is left out of the findings, like a silenced one; once the
// text changes, the finding is back. This module is the file's format and the matching, as plain
// data: who reads and writes the file is the host's business.
import type { Finding } from '../types';
import type { DocumentReport } from './checker';

/** One accepted finding: its code and the text it is about, normalised. */
export interface AcceptedEntry {
	code: string;
	text: string;
}

/** A report whose accepted findings are set apart from the others. */
export interface AcceptedReport extends DocumentReport {
	/** Findings left out of `findings` because the writer accepted them as checked. */
	accepted: Finding[];
}

/** Where the file is kept, relative to a workspace folder (or to the folder the command line finds it in). */
export const ACCEPTED_FILE = '.citecheck/accepted.json';

/**
 * The text an entry keeps: whitespace runs collapsed to a space and the ends trimmed, so that a
 * paragraph wrapped anew or indented differently keeps its accepted findings; letters keep their
 * case, since a changed word is a changed sentence.
 */
export function normalisedText(text: string): string {
	return text.normalize('NFC').replace(/\s+/gu, ' ').trim();
}

/** The entry that accepts this finding of this text: the finding's own span (its sentence or clause, or the citation it is about). */
export function entryOf(text: string, finding: Pick<Finding, 'span' | 'code'>): AcceptedEntry {
	return { code: finding.code, text: normalisedText(text.slice(finding.span.start, finding.span.end)) };
}

const keyOf = (entry: AcceptedEntry) => `${entry.code}\u0000${entry.text}`;

/** The report with the findings the entries accept moved to `accepted`, and their claims marked. */
export function withAccepted(report: DocumentReport, text: string, entries: readonly AcceptedEntry[]): AcceptedReport {
	if (entries.length === 0) return { ...report, accepted: [] };
	const keys = new Set(entries.map(keyOf));
	const accepted = report.findings.filter((f) => keys.has(keyOf(entryOf(text, f))));
	if (accepted.length === 0) return { ...report, accepted: [] };
	// A claim's finding has the claim's span; an unknown source's is its citation's, which no claim has.
	const claimFinding = new Set(accepted.filter((f) => f.code !== 'unknown-source').map((f) => `${f.span.start}:${f.span.end}`));
	return {
		...report,
		claims: report.claims.map((claim) => (claimFinding.has(`${claim.span.start}:${claim.span.end}`) ? { ...claim, accepted: true as const } : claim)),
		findings: report.findings.filter((f) => !accepted.includes(f)),
		accepted,
	};
}

/** The entries in the file's order: by text, then code; each once. */
export function sortedEntries(entries: readonly AcceptedEntry[]): AcceptedEntry[] {
	const unique = new Map(entries.map((e) => [keyOf(e), { code: e.code, text: e.text }]));
	const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
	return [...unique.values()].sort((a, b) => order(a.text, b.text) || order(a.code, b.code));
}

export function withEntry(entries: readonly AcceptedEntry[], entry: AcceptedEntry): AcceptedEntry[] {
	return sortedEntries([...entries, entry]);
}

export function withoutEntry(entries: readonly AcceptedEntry[], entry: AcceptedEntry): AcceptedEntry[] {
	return entries.filter((e) => keyOf(e) !== keyOf(entry));
}

/** The file's text: pretty JSON in a stable order, so that two co-authors' changes merge line by line. */
export function formatAccepted(entries: readonly AcceptedEntry[]): string {
	return `${JSON.stringify({ accepted: sortedEntries(entries) }, null, 2)}\n`;
}

/** The entries of the file's text, or what is wrong with it, in words. */
export function parseAccepted(json: string): { entries: AcceptedEntry[] } | { error: string } {
	// A file just created, with nothing in it yet, accepts nothing.
	if (json.trim() === '') return { entries: [] };
	let data: unknown;
	try {
		data = JSON.parse(json.replace(/^\uFEFF/, ''));
	} catch (error) {
		return { error: `it is not valid JSON (${(error as Error).message})` };
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return { error: 'it is not a JSON object with an "accepted" list' };
	const list = (data as Record<string, unknown>).accepted;
	if (list === undefined) return { entries: [] };
	if (!Array.isArray(list)) return { error: '"accepted" is not a list' };
	const entries: AcceptedEntry[] = [];
	for (const [i, item] of list.entries()) {
		const { code, text } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
		if (typeof code !== 'string' || code === '' || typeof text !== 'string')
			return { error: `entry ${i + 1} of "accepted" needs a "code" and a "text" (strings)` };
		entries.push({ code, text: normalisedText(text) });
	}
	return { entries };
}

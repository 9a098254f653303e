// The workspace report as Markdown: a table of the files checked, with the share of each one's
// claims that are supported, flagged and uncited, and the total. Its columns are lined up, since
// it is read as text in the editor as much as drawn in the preview. The file names are plain text,
// linked by the editor (the preview draws no link to a file: URI). Kept apart from VS Code so
// that it can be tested on its own.

import { totalOf, type ClaimSummary } from '../../server/src/protocol';

export interface ReportedFile {
	/** The file's path as the workspace shows it. */
	name: string;
	/** Where the file's name leads. */
	uri: string;
	summary: ClaimSummary;
}

/** Where a file's name is in the report, and the file it leads to. */
export interface FileLink {
	line: number;
	start: number;
	end: number;
	target: string;
}

export const REPORT_TITLE = 'CiteCheck Report';

const HEADINGS = ['file', 'claims', 'supported', 'flagged', 'uncited'];

/** A share as a whole percentage; a file without claims has none. */
function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** Text that Markdown (and a table cell) shows as written. */
function escaped(text: string): string {
	return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function cells(first: string, s: ClaimSummary): string[] {
	return [first, String(s.claims), percent(s.supportedShare), percent(s.flaggedShare), percent(s.uncitedShare)];
}

/** What was checked, in words: all `found` files, or some of them because the check was stopped or some could not be read. */
function checkedWhat(checked: number, found: number, stopped: boolean): string {
	if (stopped) return `CiteCheck was stopped after checking ${checked} of the ${plural(found, 'file')} of the workspace`;
	if (checked < found) return `CiteCheck checked ${checked} of the ${plural(found, 'file')} of the workspace (the others could not be read)`;
	return `CiteCheck checked ${plural(checked, 'file')} of the workspace`;
}

/** The report of the files checked, out of `found` files to check, with where its file names are. */
export function reportMarkdown(files: readonly ReportedFile[], found: number, stopped: boolean): { markdown: string; links: FileLink[] } {
	const total = totalOf(files.map((f) => f.summary));
	const rows = [...files.map((f) => cells(escaped(f.name), f.summary)), cells('**total**', total)];
	const widths = HEADINGS.map((heading, i) => Math.max(heading.length, ...rows.map((r) => r[i]!.length)));
	// Names to the left, figures to the right, as in the preview.
	const line = (row: string[]) => `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join(' | ')} |`;
	const rule = `| ${widths.map((w, i) => (i === 0 ? `:${'-'.repeat(w - 1)}` : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
	const lines = [
		`# ${REPORT_TITLE}`,
		'',
		`${checkedWhat(files.length, found, stopped)}: ${plural(total.claims, 'claim')}, ${percent(total.supportedShare)} supported, ${percent(total.flaggedShare)} flagged, ${percent(total.uncitedShare)} uncited.`,
		'',
		line(HEADINGS),
		rule,
	];
	const links = files.map((file, i): FileLink => ({ line: lines.length + i, start: '| '.length, end: '| '.length + rows[i]![0]!.length, target: file.uri }));
	lines.push(
		...rows.map(line),
		'',
		"Shares are of each file's claims. **Supported**: a source says it. **Flagged**: a source gives another date or figure or says the opposite, no source says it, or the source cited does not. **Uncited**: supported, but nothing is cited (counted among the supported too). Ctrl+click (or Cmd+click) a file's name to open it; the findings themselves are in the Problems panel.",
		'',
	);
	return { markdown: lines.join('\n'), links };
}

// The workspace report as Markdown: a table of the files checked, with the share of each one's
// claims that are supported, flagged and uncited, and the total. Kept apart from VS Code so that
// it can be tested on its own.

import { totalOf, type ClaimSummary } from '../../server/src/domain/check/summary';

export interface ReportedFile {
	/** The file's path as the workspace shows it. */
	name: string;
	/** Where the file's link leads. */
	uri: string;
	summary: ClaimSummary;
}

export const REPORT_TITLE = 'CiteCheck Report';

/** A share as a whole percentage; a file without claims has none. */
function percent(share: number | null): string {
	return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** Text that Markdown (and a table cell) shows as written. */
function escaped(text: string): string {
	return text.replace(/[\\`*_[\]<>|#]/g, '\\$&');
}

/** A link destination without the characters that would end it, or the table cell, early. */
function destination(uri: string): string {
	return uri.replace(/[\s()<>|]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function row(first: string, s: ClaimSummary): string {
	return `| ${first} | ${s.claims} | ${percent(s.supportedShare)} | ${percent(s.flaggedShare)} | ${percent(s.uncitedShare)} |`;
}

/** What was checked, in words: all `found` files, or some of them because the check was stopped or some could not be read. */
function checkedWhat(checked: number, found: number, stopped: boolean): string {
	if (stopped) return `CiteCheck was stopped after checking ${checked} of the ${plural(found, 'file')} of the workspace`;
	if (checked < found) return `CiteCheck checked ${checked} of the ${plural(found, 'file')} of the workspace (the others could not be read)`;
	return `CiteCheck checked ${plural(checked, 'file')} of the workspace`;
}

/** A file's name in the report and where it leads: the editor links a Markdown link's destination, not its text, so the name is linked on its own. */
export interface FileLink {
	line: number;
	start: number;
	end: number;
	target: string;
}

/** The report of the files checked, out of `found` files to check, with the links of its file names. */
export function reportMarkdown(files: readonly ReportedFile[], found: number, stopped: boolean): { markdown: string; links: FileLink[] } {
	const total = totalOf(files.map((f) => f.summary));
	const lines = [
		`# ${REPORT_TITLE}`,
		'',
		`${checkedWhat(files.length, found, stopped)}: ${plural(total.claims, 'claim')}, ${percent(total.supportedShare)} supported, ${percent(total.flaggedShare)} flagged, ${percent(total.uncitedShare)} uncited.`,
		'',
		'| file | claims | supported | flagged | uncited |',
		'| :--- | ---: | ---: | ---: | ---: |',
	];
	const links: FileLink[] = [];
	for (const file of files) {
		const name = escaped(file.name);
		const target = destination(file.uri);
		links.push({ line: lines.length, start: '| ['.length, end: '| ['.length + name.length, target });
		lines.push(row(`[${name}](${target})`, file.summary));
	}
	lines.push(
		row('**total**', total),
		'',
		"Shares are of each file's claims. **Supported**: a source says it. **Flagged**: a source gives another date or figure or says the opposite, no source says it, or the source cited does not. **Uncited**: supported, but nothing is cited (counted among the supported too). The findings themselves are in the Problems panel.",
		'',
	);
	return { markdown: lines.join('\n'), links };
}

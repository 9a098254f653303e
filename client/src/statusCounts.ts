// What the status bar says, worked out from plain numbers: the claims a source supports (the
// server's count) and CiteCheck's diagnostics of the document split by severity, with VS Code's own
// icons for them, so that each figure is the one the Problems panel and VS Code's counter show.
// Supported claims that cite nothing are `missing-citation` findings, hints by default, which the
// Problems panel leaves out: they get an item of their own that lists them.

/** `vscode.DiagnosticSeverity`'s values: Error, Warning, Information, Hint. */
export type Severity = 0 | 1 | 2 | 3;

export interface StatusCounts {
	supported: number;
	errors: number;
	warnings: number;
	infos: number;
	/** `missing-citation` findings, whatever their severity. */
	uncited: number;
}

const ICONS = [
	['errors', '$(error)', 'error'],
	['warnings', '$(warning)', 'warning'],
	['infos', '$(info)', 'info'],
] as const;

/** The counts of a document's CiteCheck diagnostics (their code and severity) beside the supported claims. */
export function countsOf(supported: number, diagnostics: readonly { code: string | undefined; severity: Severity }[]): StatusCounts {
	const counts: StatusCounts = { supported, errors: 0, warnings: 0, infos: 0, uncited: 0 };
	for (const d of diagnostics) {
		if (d.code === 'missing-citation') counts.uncited++;
		if (d.severity === 0) counts.errors++;
		else if (d.severity === 1) counts.warnings++;
		else if (d.severity === 2) counts.infos++;
	}
	return counts;
}

/** "$(check) 12 · $(warning) 4 · $(info) 9": a severity with no finding is left out, as VS Code's counter does with none. */
export function countsText(counts: StatusCounts): string {
	return [`$(check) ${counts.supported}`, ...ICONS.filter(([key]) => counts[key] > 0).map(([key, icon]) => `${icon} ${counts[key]}`)].join(' · ');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The same in words, for screen readers and the tooltip. */
export function countsLabel(counts: StatusCounts): string {
	const problems = ICONS.map(([key, , word]) => plural(counts[key], word)).join(', ');
	return `CiteCheck: ${plural(counts.supported, 'supported claim')}; ${problems}`;
}

export function uncitedText(counts: StatusCounts): string {
	return `${counts.uncited} uncited`;
}

import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import type { DocumentReport } from '../domain/check/checker';
import type { LineIndex } from '../domain/text/positions';
import type { FeatureOptions, SeveritySetting } from './options';
import type { SourceLocations } from './sources';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/**
 * What a finding's related information says: where the passage is, not what it says. Editors show
 * it in the hover too, which quotes the passage already, and the message names its source; the
 * file's name names the source again, so a line says only which page.
 */
function relatedMessage(page: string | undefined): string {
	const first = page?.split(/[-–]/)[0];
	return first ? `the passage, p. ${first}` : 'the passage';
}

/** The report's findings as diagnostics, each pointing at the passage it rests on. */
export function toDiagnostics(report: DocumentReport, lines: LineIndex, sources: SourceLocations, options: FeatureOptions, docsUri?: string): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const finding of report.findings) {
		const setting = options.severity[finding.code];
		if (setting === 'off') continue;
		const relatedInformation: DiagnosticRelatedInformation[] = [];
		for (const evidence of finding.evidence.slice(0, 3)) {
			const uri = sources.uri(evidence.key);
			const range = sources.range(evidence.key, evidence.location);
			if (uri && range) relatedInformation.push({ location: { uri, range }, message: relatedMessage(evidence.page) });
		}
		diagnostics.push({
			range: { start: lines.positionAt(finding.span.start), end: lines.positionAt(finding.span.end) },
			severity: SEVERITY[setting],
			code: finding.code,
			...(docsUri ? { codeDescription: { href: `${docsUri}#${finding.code}` } } : {}),
			source: 'citecheck',
			message: finding.message,
			...(relatedInformation.length > 0 ? { relatedInformation } : {}),
		});
	}
	return diagnostics;
}

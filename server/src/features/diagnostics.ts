import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { label } from '../domain/check/verify';
import type { DocumentReport } from '../domain/check/checker';
import type { Corpus } from '../domain/corpus/corpus';
import type { LineIndex } from '../domain/text/positions';
import type { FeatureOptions, SeveritySetting } from './options';
import type { SourceLocations } from './sources';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
	error: DiagnosticSeverity.Error,
	warning: DiagnosticSeverity.Warning,
	information: DiagnosticSeverity.Information,
	hint: DiagnosticSeverity.Hint,
};

/** The report's findings as diagnostics, each pointing at the passage it rests on. */
export function toDiagnostics(
	report: DocumentReport,
	lines: LineIndex,
	corpus: Corpus,
	sources: SourceLocations,
	options: FeatureOptions,
	docsUri?: string,
): Diagnostic[] {
	const diagnostics: Diagnostic[] = [];
	for (const finding of report.findings) {
		const setting = options.severity[finding.code];
		if (setting === 'off') continue;
		const relatedInformation: DiagnosticRelatedInformation[] = [];
		for (const evidence of finding.evidence.slice(0, 3)) {
			const uri = sources.uri(evidence.key);
			const range = sources.range(evidence.key, evidence.location);
			if (uri && range) relatedInformation.push({ location: { uri, range }, message: `${label(corpus, evidence)}: “${evidence.quote}”` });
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

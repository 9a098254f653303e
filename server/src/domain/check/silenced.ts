// Findings the writer has silenced in the text are left out of the findings; the claims they are
// about stay in the report, marked, so that a report can say what was silenced.
import { isSilenced, type SilencedRange } from '../document/silence';
import type { FindingCode } from '../types';
import type { ClaimReport, DocumentReport } from './checker';

/** The code of the finding a claim gives, if it gives one. */
function codeOf(claim: ClaimReport): FindingCode | undefined {
	if (claim.verdict !== 'supported') return claim.verdict;
	return claim.citations.length === 0 ? 'missing-citation' : undefined;
}

export function withSilenced(report: DocumentReport, ranges: readonly SilencedRange[]): DocumentReport {
	if (ranges.length === 0) return report;
	const claims = report.claims.map((claim) => {
		const code = codeOf(claim);
		return code && isSilenced(ranges, claim.span.start, code) ? { ...claim, silenced: true as const } : claim;
	});
	const silenced = report.findings.filter((f) => isSilenced(ranges, f.span.start, f.code));
	return { ...report, claims, findings: report.findings.filter((f) => !silenced.includes(f)), silenced: [...report.silenced, ...silenced] };
}

// How documents' claims fared, as the status bar shows it for the open document and as the
// workspace report lists it for each file checked.
import type { DocumentReport } from '../domain/check/checker';
import { summaryOf, type ClaimSummary } from '../domain/check/summary';
import type { CheckFilesResult, StatusResult } from '../protocol';

/** The counts of a document's claims; all nought when it is not checked. */
export function statusOf(report: DocumentReport | undefined): StatusResult {
	const { claims, supported, flagged, uncited } = summaryOf(report ?? { claims: [] });
	return { claims, supported, flagged, uncited };
}

/** Each file's summary, in order, of those `check` could check; the files after a cancellation are left out. */
export async function checkFiles(
	uris: string[],
	check: (uri: string) => Promise<DocumentReport | undefined>,
	cancelled: () => boolean,
): Promise<CheckFilesResult> {
	const files: { uri: string; summary: ClaimSummary }[] = [];
	for (const uri of uris) {
		if (cancelled()) break;
		const report = await check(uri);
		if (report) files.push({ uri, summary: summaryOf(report) });
	}
	return { checked: files.length, files };
}

// How a document's claims fared, as counts and shares, for the status bar and the workspace
// report; and the same over many documents, where each claim weighs the same whatever its file.

import type { Verdict } from '../types';
import type { ClaimReport } from './checker';

/** Counts of claims, and each count's share of the claims (null when there are none: no share to give). */
export interface ClaimSummary {
	claims: number;
	/** A source says it. */
	supported: number;
	/** A source says otherwise, or none says it, or the one cited does not: every verdict but `supported`. */
	flagged: number;
	/** Supported claims that cite nothing: they are counted among `supported` too. */
	uncited: number;
	/** Shares of `claims`, from 0 to 1, rounded to four places. */
	supportedShare: number | null;
	flaggedShare: number | null;
	uncitedShare: number | null;
}

/** The summary of several documents, with how many there were. */
export interface TotalSummary extends ClaimSummary {
	files: number;
}

/**
 * Which verdicts are a problem. Written out for every verdict so that a new one cannot be left
 * out of the report without the compiler saying so.
 */
const FLAGGED: Record<Verdict, boolean> = {
	supported: false,
	'wrong-date': true,
	'wrong-number': true,
	unsupported: true,
	contradicted: true,
	'citation-mismatch': true,
};

function share(count: number, claims: number): number | null {
	return claims === 0 ? null : Math.round((count / claims) * 10_000) / 10_000;
}

function withShares(counts: { claims: number; supported: number; flagged: number; uncited: number }): ClaimSummary {
	const { claims, supported, flagged, uncited } = counts;
	return {
		claims,
		supported,
		flagged,
		uncited,
		supportedShare: share(supported, claims),
		flaggedShare: share(flagged, claims),
		uncitedShare: share(uncited, claims),
	};
}

/** The summary of one document's claims. */
export function summaryOf(report: { claims: readonly Pick<ClaimReport, 'verdict' | 'citations'>[] }): ClaimSummary {
	let supported = 0;
	let flagged = 0;
	let uncited = 0;
	for (const claim of report.claims) {
		if (FLAGGED[claim.verdict]) flagged++;
		else {
			supported++;
			if (claim.citations.length === 0) uncited++;
		}
	}
	return withShares({ claims: report.claims.length, supported, flagged, uncited });
}

/** The summary of several documents: their counts added, the shares worked out again from those. */
export function totalOf(summaries: readonly ClaimSummary[]): TotalSummary {
	const sum = (field: 'claims' | 'supported' | 'flagged' | 'uncited') => summaries.reduce((total, s) => total + s[field], 0);
	return { files: summaries.length, ...withShares({ claims: sum('claims'), supported: sum('supported'), flagged: sum('flagged'), uncited: sum('uncited') }) };
}

// How much each kind of finding matters unless the writer says otherwise: a wrong date or figure,
// a contradiction or a citation that does not fit is a warning; a claim no source makes is worth
// knowing; a supported claim that cites nothing is a hint. The editor's settings start from this
// table, and the command line and SARIF report by it.
import type { FindingCode } from './types';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export const DEFAULT_SEVERITY: Readonly<Record<FindingCode, Severity>> = {
	'wrong-date': 'warning',
	'wrong-number': 'warning',
	contradicted: 'warning',
	'citation-mismatch': 'warning',
	'unknown-source': 'warning',
	unsupported: 'information',
	'missing-citation': 'hint',
};

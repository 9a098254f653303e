import type { CitationStyleSetting } from '../domain/cite/insert';
import type { FindingCode } from '../domain/types';

export type SeveritySetting = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** What the editor features need from the user's settings, already typed and checked. */
export interface FeatureOptions {
	severity: Record<FindingCode, SeveritySetting>;
	citationStyle: CitationStyleSetting;
}

export const DEFAULT_SEVERITY: Record<FindingCode, SeveritySetting> = {
	'wrong-date': 'warning',
	'wrong-number': 'warning',
	contradicted: 'warning',
	'citation-mismatch': 'warning',
	'unknown-source': 'warning',
	unsupported: 'information',
	'missing-citation': 'hint',
};

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { severity: DEFAULT_SEVERITY, citationStyle: 'auto' };

import type { CitationStyleSetting } from '../domain/cite/insert';
import { DEFAULT_SEVERITY, type Severity } from '../domain/severity';
import type { FindingCode } from '../domain/types';

export { DEFAULT_SEVERITY };

export type SeveritySetting = Severity | 'off';

/** What the editor features need from the user's settings, already typed and checked. */
export interface FeatureOptions {
	severity: Record<FindingCode, SeveritySetting>;
	citationStyle: CitationStyleSetting;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { severity: DEFAULT_SEVERITY, citationStyle: 'auto' };

import type { CitationStyleSetting } from '../domain/cite/insert';
import type { FindingCode } from '../domain/types';
import { DEFAULT_SEVERITY, type FeatureOptions, type SeveritySetting } from '../features/options';
import { DEFAULT_EDITOR_LANGUAGES } from '../languages';

/** The `citecheck.*` settings of one resource, checked and typed. */
export interface Settings extends FeatureOptions {
	corpusPath: string;
	/** More corpus folders, merged after `corpusPath` (or the shipped corpus). */
	corpusPaths: string[];
	/** Whether the shipped corpus is part of the corpus when `corpusPath` is empty. */
	includeDefaultCorpus: boolean;
	languages: string[];
	run: 'onType' | 'onSave';
	/** Milliseconds after the last keystroke before the unended sentence at the caret is judged (0: at once). */
	typingPause: number;
}

export const DEFAULT_SETTINGS: Settings = {
	corpusPath: '',
	corpusPaths: [],
	includeDefaultCorpus: true,
	citationStyle: 'auto',
	severity: DEFAULT_SEVERITY,
	languages: [...DEFAULT_EDITOR_LANGUAGES],
	run: 'onType',
	typingPause: 1500,
};

const STYLES: CitationStyleSetting[] = ['auto', 'pandoc', 'markdown-footnote', 'latex-cite', 'latex-footnote', 'plain', 'author-date'];
const SEVERITIES: SeveritySetting[] = ['error', 'warning', 'information', 'hint', 'off'];
const SEVERITY_KEYS: Record<string, FindingCode> = {
	wrongDate: 'wrong-date',
	wrongNumber: 'wrong-number',
	contradicted: 'contradicted',
	citationMismatch: 'citation-mismatch',
	unknownSource: 'unknown-source',
	unsupported: 'unsupported',
	missingCitation: 'missing-citation',
};

/** Turns what the client sent for the `citecheck` section into settings; anything malformed keeps its default. */
export function readSettings(raw: unknown): Settings {
	const section = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
	const corpus = (section.corpus ?? {}) as Record<string, unknown>;
	const severityRaw = (section.severity ?? {}) as Record<string, unknown>;
	const severity: Record<FindingCode, SeveritySetting> = { ...DEFAULT_SEVERITY };
	for (const [name, code] of Object.entries(SEVERITY_KEYS)) {
		const value = severityRaw[name];
		if (SEVERITIES.includes(value as SeveritySetting)) severity[code] = value as SeveritySetting;
	}
	const style = section.citationStyle;
	const languages = section.languages;
	return {
		corpusPath: typeof corpus.path === 'string' ? corpus.path : DEFAULT_SETTINGS.corpusPath,
		corpusPaths: Array.isArray(corpus.paths) ? corpus.paths.filter((p): p is string => typeof p === 'string' && p.trim() !== '') : DEFAULT_SETTINGS.corpusPaths,
		includeDefaultCorpus: typeof corpus.includeDefault === 'boolean' ? corpus.includeDefault : DEFAULT_SETTINGS.includeDefaultCorpus,
		citationStyle: STYLES.includes(style as CitationStyleSetting) ? (style as CitationStyleSetting) : 'auto',
		severity,
		languages: Array.isArray(languages) && languages.every((l) => typeof l === 'string') ? languages : DEFAULT_SETTINGS.languages,
		run: section.run === 'onSave' ? 'onSave' : 'onType',
		typingPause:
			typeof section.typingPause === 'number' && Number.isFinite(section.typingPause) && section.typingPause >= 0
				? Math.min(section.typingPause, 60_000)
				: DEFAULT_SETTINGS.typingPause,
	};
}

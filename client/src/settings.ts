// Reading CiteCheck's settings on the client side: which languages it checks (for the status bar
// and the commands), when it checks (for pulling diagnostics), and the corpus folder, which the
// client resolves against the workspace folder before the server sees it.

import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DEFAULT_EDITOR_LANGUAGES, EDITOR_LANGUAGE_IDS, editorLanguageChecked } from '../../server/src/languages';
import { isWritersDocument } from './scope';
import { allowedCorpusPath } from './trust';

export const SECTION = 'citecheck';

/** The languages the server can check; `citecheck.languages` picks among them. */
export const SUPPORTED_LANGUAGES = EDITOR_LANGUAGE_IDS;
export const DEFAULT_LANGUAGES: string[] = [...DEFAULT_EDITOR_LANGUAGES];

export function enabledLanguages(scope?: vscode.ConfigurationScope): string[] {
	const value = vscode.workspace.getConfiguration(SECTION, scope).get<unknown>('languages');
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : DEFAULT_LANGUAGES;
}

/** Whether CiteCheck checks this document: the writer's (see scope.ts), in one of the enabled languages. */
export function isChecked(document: vscode.TextDocument): boolean {
	if (!isWritersDocument(document.uri)) return false;
	const languages = enabledLanguages(document.uri);
	// A `tex` document (plain TeX) is checked as LaTeX, as the server does.
	return editorLanguageChecked(languages, document.languageId);
}

export type RunMode = 'onType' | 'onSave';

export function runMode(scope?: vscode.ConfigurationScope): RunMode {
	return vscode.workspace.getConfiguration(SECTION, scope).get<string>('run') === 'onSave' ? 'onSave' : 'onType';
}

/**
 * `citecheck.corpus.path` made absolute: `~` is the home folder, a relative path is resolved
 * against the workspace folder of `scopeUri` (else the first workspace folder). An empty path
 * (the corpus shipped with the extension) stays empty, as does a relative one with no folder open.
 */
export function resolveCorpusPath(value: string, scopeUri?: vscode.Uri): string {
	const trimmed = value.trim();
	if (trimmed === '') return '';
	if (trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return path.join(os.homedir(), trimmed.slice(1));
	if (path.isAbsolute(trimmed)) return trimmed;
	const folder = (scopeUri && vscode.workspace.getWorkspaceFolder(scopeUri)) ?? vscode.workspace.workspaceFolders?.[0];
	if (!folder || folder.uri.scheme !== 'file') return trimmed;
	return path.resolve(folder.uri.fsPath, trimmed);
}

/**
 * Rewrites the answer to one `workspace/configuration` item so that the corpus paths in it
 * (`corpus.path` and each of `corpus.paths`) are absolute, and in Restricted Mode the user's own,
 * whichever section the server asked for: `citecheck`, `citecheck.corpus`, `citecheck.corpus.path`
 * or `citecheck.corpus.paths`.
 */
export function withResolvedCorpusPath(section: string | undefined, scopeUri: string | undefined, value: unknown): unknown {
	const uri = scopeUri ? vscode.Uri.parse(scopeUri) : undefined;
	const inspect = <T>(key: string) => vscode.workspace.getConfiguration(SECTION, uri).inspect<T>(key)?.globalValue;
	const trusted = vscode.workspace.isTrusted;
	const resolve = (p: unknown) => (typeof p === 'string' ? resolveCorpusPath(allowedCorpusPath(p, trusted, inspect<string>('corpus.path')), uri) : p);
	// In Restricted Mode the folders are the user's own too, never the workspace's.
	const resolveAll = (p: unknown) => {
		const paths = trusted ? p : (inspect<unknown[]>('corpus.paths') ?? []);
		return Array.isArray(paths) ? paths.map((x) => (typeof x === 'string' ? resolveCorpusPath(x, uri) : x)) : paths;
	};
	const corpus = (c: Record<string, unknown>) => ({ ...c, path: resolve(c.path), ...('paths' in c ? { paths: resolveAll(c.paths) } : {}) });
	if (section === `${SECTION}.corpus.path`) return resolve(value);
	if (section === `${SECTION}.corpus.paths`) return resolveAll(value);
	if (!isRecord(value)) return value;
	if (section === `${SECTION}.corpus`) return corpus(value);
	if (section === SECTION) {
		const copy: Record<string, unknown> = { ...value };
		if (isRecord(copy.corpus)) copy.corpus = corpus(copy.corpus);
		if (typeof copy['corpus.path'] === 'string') copy['corpus.path'] = resolve(copy['corpus.path']);
		if (Array.isArray(copy['corpus.paths'])) copy['corpus.paths'] = resolveAll(copy['corpus.paths']);
		return copy;
	}
	return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

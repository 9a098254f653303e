// The default severity of each finding is written once in the domain; the extension's manifest,
// which VS Code reads without running any code, must give the same defaults for its settings.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEVERITY } from '../server/src/domain/severity';

describe('default severities', () => {
	it('are the ones the manifest gives the citecheck.severity settings', () => {
		const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
		const properties = manifest.contributes.configuration.properties ?? Object.assign({}, ...manifest.contributes.configuration.map((c: any) => c.properties));
		const setting = (code: string) => `citecheck.severity.${code.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase())}`;
		const fromManifest = Object.fromEntries(Object.keys(DEFAULT_SEVERITY).map((code) => [code, properties[setting(code)]?.default]));
		expect(fromManifest).toEqual(DEFAULT_SEVERITY);
	});
});

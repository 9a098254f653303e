import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extensionsOf, DEFAULT_EDITOR_LANGUAGES, DOCUMENT_LANGUAGES, EDITOR_LANGUAGE_IDS, isDocumentPath, languageOfPath } from '../server/src/languages';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the language table', () => {
	it('is what package.json activates on and offers the commands for', () => {
		const activation = (manifest.activationEvents as string[]).filter((e) => e.startsWith('onLanguage:'));
		expect(activation).toEqual(EDITOR_LANGUAGE_IDS.map((id) => `onLanguage:${id}`));
		const menus = Object.values(manifest.contributes.menus as Record<string, { when?: string }[]>).flat();
		const conditions = menus.map((m) => /editorLangId =~ \/\^\(([^)]*)\)\$\//.exec(m.when ?? '')?.[1]).filter((c) => c !== undefined);
		expect(conditions.length).toBeGreaterThan(0);
		for (const condition of conditions) expect(condition.split('|')).toEqual(EDITOR_LANGUAGE_IDS);
	});

	it('is what the setting citecheck.languages lists, with each language’s file extensions', () => {
		const setting = manifest.contributes.configuration.properties['citecheck.languages'];
		expect(setting.items.enum).toEqual(EDITOR_LANGUAGE_IDS);
		expect(setting.default).toEqual(DEFAULT_EDITOR_LANGUAGES);
		for (const row of DOCUMENT_LANGUAGES) {
			const description: string = setting.items.enumDescriptions[EDITOR_LANGUAGE_IDS.indexOf(row.editorIds[0])];
			expect(description).toBe(`${row.name} (${row.extensions.map((e) => `.${e}`).join(', ')}).`);
		}
	});

	it('reads a file by its extension as the language whose row lists it, and lists the file among the documents', () => {
		for (const row of DOCUMENT_LANGUAGES) {
			for (const extension of row.extensions) {
				expect(languageOfPath(`paper.${extension.toUpperCase()}`)).toBe(row.id);
				expect(isDocumentPath(`paper.${extension}`)).toBe(true);
			}
			expect(extensionsOf([row.editorIds[0]])).toEqual(row.extensions);
		}
		expect(isDocumentPath('figure.png')).toBe(false);
		expect(extensionsOf(['tex'])).toEqual(extensionsOf(['latex']));
	});
});

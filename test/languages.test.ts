import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStyle } from '../server/src/domain/cite/insert';
import { commentHolding } from '../server/src/domain/document/directives';
import { silenceComment, silencedRanges, type SilencingLanguage } from '../server/src/domain/document/silence';
import {
	extensionsOf,
	DEFAULT_EDITOR_LANGUAGES,
	DOCUMENT_LANGUAGES,
	EDITOR_LANGUAGE_IDS,
	isDocumentPath,
	languageOfPath,
	type DocumentLanguageRow,
} from '../server/src/languages';

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

/** The text each silenced range covers, with its codes. */
const silenced = (text: string, language: SilencingLanguage) => silencedRanges(text, language).map((r) => [text.slice(r.span.start, r.span.end), r.codes]);

/** Rows of languages the table does not list, as a new language would be added: their comments are all that is theirs. */
const NEW_ROWS: DocumentLanguageRow[] = [
	{ id: 'rst', name: 'reStructuredText', editorIds: ['restructuredtext'], extensions: ['rst'], citations: ['plain'], comment: { open: '..' } },
	{ id: 'typst', name: 'Typst', editorIds: ['typst'], extensions: ['typ'], citations: ['plain', 'pandoc'], comment: { open: '/*', close: '*/' } },
];

describe('the comment syntax of each row', () => {
	for (const row of [...(DOCUMENT_LANGUAGES as readonly DocumentLanguageRow[]), ...NEW_ROWS]) {
		const language: SilencingLanguage = DOCUMENT_LANGUAGES.some((r) => r.id === row.id) ? (row.id as SilencingLanguage) : row;
		const comment = (directive: string) => commentHolding(directive, row.comment);

		it(`is the one silence comments are read in, in ${row.name}`, () => {
			const text = ['A.', silenceComment(language, 'wrong-date'), 'B.', comment('citecheck-disable'), 'C.', comment('citecheck-enable'), 'D.'].join('\n');
			expect(silenced(text, language)).toEqual([
				['B.', ['wrong-date']],
				['\nC.\n', 'all'],
			]);
		});

		if (row.comment) {
			it(`takes no directive that is not in a comment of ${row.name}`, () => {
				expect(silenced('A.\ncitecheck-disable-next-line\nB.\n', language)).toEqual([]);
			});
		}
	}
});

describe('a row of a language still to be listed', () => {
	it('has its citation syntaxes read for the style a document uses: the first whose sign it shows, else the first', () => {
		const typst = NEW_ROWS[1]!;
		expect(detectStyle('A claim [@doe2020].', typst)).toBe('pandoc');
		expect(detectStyle('A claim.', typst)).toBe('plain');
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationEdits, detectStyle } from '../server/src/domain/cite/insert';
import { commentHolding } from '../server/src/domain/document/directives';
import { parseDocument } from '../server/src/domain/document/index';
import { BlockBuilder, BlockList } from '../server/src/domain/document/prose';
import { READERS, type Reader } from '../server/src/domain/document/readers';
import { silenceComment, silencedRanges, type SilencingLanguage } from '../server/src/domain/document/silence';
import type { TextEdit } from '../server/src/domain/types';
import { keyContextAt } from '../server/src/features/completion';
import {
	extensionsOf,
	DEFAULT_EDITOR_LANGUAGES,
	DOCUMENT_LANGUAGES,
	EDITOR_LANGUAGE_IDS,
	FALLBACK_LANGUAGE,
	isDocumentPath,
	languageOfPath,
	languageTable,
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
const silenced = (text: string, language: SilencingLanguage, readers = READERS) =>
	silencedRanges(text, language, readers).map((r) => [text.slice(r.span.start, r.span.end), r.codes]);

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

/** A reader as a new language would bring one: each line that is not a comment or in a raw block is a paragraph of its own. */
const lineReader: Reader = {
	// eslint-disable-next-line require-yield -- short texts need no pause
	steps: function* (text) {
		const list = new BlockList();
		let at = 0;
		for (const line of text.split('\n')) {
			if (!line.startsWith('//') && !line.startsWith('```')) {
				const builder = new BlockBuilder('paragraph');
				builder.copy(text, at, at + line.length);
				list.add(builder);
			}
			at += line.length + 1;
		}
		return list.blocks;
	},
	silence: (lines) => {
		let raw = false;
		const code = lines.map((line) => (line.text.startsWith('```') ? ((raw = !raw), true) : raw));
		return { code, off: lines.some((line) => line.comment?.trim() === 'citecheck: false') };
	},
};

describe('a language added as one reader and one row', () => {
	const row: DocumentLanguageRow = {
		id: 'lines',
		name: 'Lines',
		editorIds: ['lines'],
		extensions: ['lns'],
		citations: ['plain', 'pandoc'],
		comment: { open: '//' },
	};
	const table = languageTable([...DOCUMENT_LANGUAGES, row], FALLBACK_LANGUAGE);
	const readers = { ...READERS, lines: lineReader };
	const apply = (text: string, edits: TextEdit[]) =>
		[...edits].sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);

	it('has its files found by their extension, and its editor language checked, in a table of its rows', () => {
		expect(table.ofPath('notes/paper.LNS')).toBe('lines');
		expect(table.isDocumentPath('paper.lns')).toBe(true);
		expect(table.extensionsOf(['lines'])).toEqual(['lns']);
		expect(table.ofEditorId('lines')).toBe('lines');
		expect(table.defaultEditorIds).toContain('lines');
		expect(table.ofPath('paper.md')).toBe('markdown');
		// The product's table does not list it.
		expect(languageOfPath('paper.lns')).toBe('plaintext');
		expect(isDocumentPath('paper.lns')).toBe(false);
	});

	it('is read by its reader', () => {
		const blocks = parseDocument('One claim.\n// a remark\nAnother claim.', 'lines', readers);
		expect(blocks.map((b) => b.text)).toEqual(['One claim.', 'Another claim.']);
	});

	it('has silence comments read in its comment syntax, outside what its reader says is code', () => {
		const text = ['A.', silenceComment(row, 'wrong-date'), 'B.', '```', '// citecheck-disable', '```', 'C.'].join('\n');
		expect(silenceComment(row, 'wrong-date')).toBe('// citecheck-disable-next-line wrong-date');
		expect(silenced(text, row, readers)).toEqual([['B.', ['wrong-date']]]);
		expect(silencedRanges('// citecheck: false\nA.', row, readers)).toEqual([{ span: { start: 0, end: 22 }, codes: 'all' }]);
	});

	it('has citations written and completed in its syntaxes', () => {
		const meta = { key: 'doe2020', type: 'book', authors: [{ family: 'Doe', given: 'Jane' }], title: 'Security in Central Asia', year: 2020 };
		const cited = 'An earlier claim [@roe2019].\nA claim.';
		expect(apply(cited, citationEdits(cited, cited.length, { meta, page: '5' }, detectStyle(cited, row)))).toBe(
			'An earlier claim [@roe2019].\nA claim [@doe2020, p. 5].',
		);
		const uncited = 'A claim.';
		expect(apply(uncited, citationEdits(uncited, uncited.length, { meta }, detectStyle(uncited, row)))).toBe(
			'A claim [1].\n\nReferences\n\n[1] Jane Doe, "Security in Central Asia," 2020.\n',
		);
		expect(keyContextAt('A claim [see @do', 16, row)).toEqual({ start: 14, partial: 'do', opener: 8 });
	});
});

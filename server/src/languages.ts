// The document languages CiteCheck checks, one row each: the server, the command line, the readers'
// registry and the client read them from here, and a test holds package.json's lists to them. A row
// is plain data, so the client can share this module as it shares the protocol; the reader of each
// row is listed by its id in `domain/document/readers.ts`, where the compiler asks for one per row;
// silence comments are read in the row's comment syntax, and the citation style and the citation
// being typed from its syntaxes. `languageTable` makes the same lookups over other rows.

/** How the writer's citations are written, and how CiteCheck writes one. */
export type CitationSyntax = 'pandoc' | 'markdown-footnote' | 'latex-cite' | 'latex-footnote' | 'plain' | 'author-date';

export interface DocumentLanguageRow {
	/** The language as the checker knows it. */
	readonly id: string;
	/** Its name for a reader of settings and messages. */
	readonly name: string;
	/** The editor's language identifiers of documents read in this language; the first is the language's own, and covers the others in settings. */
	readonly editorIds: readonly string[];
	/** The file extensions of its documents, in lower case and without the dot. */
	readonly extensions: readonly string[];
	/** How the citations of its documents are written, the one CiteCheck writes when a document has none first. */
	readonly citations: readonly CitationSyntax[];
	/** How a line is made a comment (`citecheck-disable-next-line` is written in one): an opener, and a closer if the comment has one; none for a language without comments. */
	readonly comment?: { readonly open: string; readonly close?: string };
}

export const DOCUMENT_LANGUAGES = [
	{
		id: 'markdown',
		name: 'Markdown',
		editorIds: ['markdown'],
		extensions: ['md', 'markdown', 'mdx', 'qmd', 'rmd', 'mkd', 'mdown'],
		citations: ['markdown-footnote', 'pandoc', 'author-date'],
		comment: { open: '<!--', close: '-->' },
	},
	{
		id: 'latex',
		name: 'LaTeX',
		editorIds: ['latex', 'tex'],
		extensions: ['tex', 'latex', 'ltx'],
		citations: ['latex-cite', 'latex-footnote'],
		comment: { open: '%' },
	},
	{ id: 'plaintext', name: 'Plain text', editorIds: ['plaintext'], extensions: ['txt'], citations: ['plain', 'author-date'] },
] as const satisfies readonly DocumentLanguageRow[];

export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]['id'];

/** What a document of no known language is read as. */
export const FALLBACK_LANGUAGE: DocumentLanguage = 'plaintext';

/**
 * What every other place asks of a table of languages. The product's is `DOCUMENT_LANGUAGES`'s, read
 * through the functions below; a table of other rows (one more language, in a test) answers alike.
 */
export interface LanguageTable<Id extends string = string> {
	/** The row of a language. */
	row(id: Id): DocumentLanguageRow;
	/** Every editor language identifier its languages read. */
	readonly editorIds: readonly string[];
	/** The editor languages checked when the settings say nothing: each language's own. */
	readonly defaultEditorIds: readonly string[];
	/** How a document of an editor's language is read (one of another language, as the fallback). */
	ofEditorId(editorId: string): Id;
	/** Whether the editor languages a setting lists have this one checked: named itself, or by its language's own identifier. */
	editorLanguageChecked(listed: readonly string[], editorId: string): boolean;
	/** The language of a file from its extension (case-insensitive); anything unknown is the fallback. */
	ofPath(path: string): Id;
	/** Whether a file is a document its languages read, by its extension. */
	isDocumentPath(path: string): boolean;
	/** The extensions of the documents of these editor languages (a language's own identifier brings its others' too, as in settings). */
	extensionsOf(editorIds: readonly string[]): string[];
}

/** The lookups over these rows; a document of none of them is read as `fallback`'s. */
export function languageTable<Id extends string>(rows: readonly (DocumentLanguageRow & { readonly id: Id })[], fallback: Id): LanguageTable<Id> {
	const editorLanguageChecked = (listed: readonly string[], editorId: string) => {
		if (listed.includes(editorId)) return true;
		const row = rows.find((r) => r.editorIds.includes(editorId));
		return row !== undefined && listed.includes(row.editorIds[0]!);
	};
	return {
		row: (id) => rows.find((row) => row.id === id)!,
		editorIds: rows.flatMap((row) => row.editorIds),
		defaultEditorIds: rows.map((row) => row.editorIds[0]!),
		ofEditorId: (editorId) => rows.find((row) => row.editorIds.includes(editorId))?.id ?? fallback,
		editorLanguageChecked,
		ofPath: (path) => {
			const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
			const dot = name.lastIndexOf('.');
			const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
			return rows.find((row) => row.extensions.includes(extension))?.id ?? fallback;
		},
		isDocumentPath: (path) => {
			const dot = path.lastIndexOf('.');
			const extension = dot >= 0 ? path.slice(dot + 1).toLowerCase() : '';
			return rows.some((row) => row.extensions.includes(extension));
		},
		extensionsOf: (editorIds) => [
			...new Set(rows.filter((row) => row.editorIds.some((id) => editorLanguageChecked(editorIds, id))).flatMap((row) => row.extensions)),
		],
	};
}

const TABLE: LanguageTable<DocumentLanguage> = languageTable(DOCUMENT_LANGUAGES, FALLBACK_LANGUAGE);

/** The row of a language. */
export const languageRow = TABLE.row;

/** Every editor language identifier CiteCheck reads. */
export const EDITOR_LANGUAGE_IDS: readonly string[] = TABLE.editorIds;

/** The editor languages checked when the settings say nothing: each language's own. */
export const DEFAULT_EDITOR_LANGUAGES: readonly string[] = TABLE.defaultEditorIds;

/** How a document of an editor's language is read (one of another language, as plain text). */
export const languageOfEditorId = TABLE.ofEditorId;

/** Whether the editor languages a setting lists have this one checked: named itself, or by its language's own identifier. */
export const editorLanguageChecked = TABLE.editorLanguageChecked;

/** The language of a file from its extension (case-insensitive); anything unknown is plain text. */
export const languageOfPath = TABLE.ofPath;

/** Whether a file is a document CiteCheck reads, by its extension. */
export const isDocumentPath = TABLE.isDocumentPath;

/** The extensions of the documents of these editor languages (a language's own identifier brings its others' too, as in settings). */
export const extensionsOf = TABLE.extensionsOf;

/** A language as a feature that reads only part of its row takes it: by its id, or by a row (of a language this table does not list yet). */
export type LanguageOrRow<K extends keyof DocumentLanguageRow> = DocumentLanguage | Pick<DocumentLanguageRow, K>;

/** The row of a language given by its id, or the row itself. */
export function rowOf<K extends keyof DocumentLanguageRow>(language: LanguageOrRow<K>): Pick<DocumentLanguageRow, K> {
	return typeof language === 'string' ? languageRow(language) : language;
}

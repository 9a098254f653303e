// The document languages CiteCheck checks, one row each: the server, the command line, the readers'
// registry and the client read them from here, and a test holds package.json's lists to them. A row
// is plain data, so the client can share this module as it shares the protocol; the reader of each
// row is listed by its id in `domain/document/readers.ts`, where the compiler asks for one per row;
// silence comments are read in the row's comment syntax, and the citation style from its syntaxes.

/** How the writer's citations are written, and how CiteCheck writes one. */
export type CitationSyntax = 'pandoc' | 'markdown-footnote' | 'latex-cite' | 'latex-footnote' | 'plain';

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
		citations: ['markdown-footnote', 'pandoc'],
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
	{ id: 'plaintext', name: 'Plain text', editorIds: ['plaintext'], extensions: ['txt'], citations: ['plain'] },
] as const satisfies readonly DocumentLanguageRow[];

export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number]['id'];

/** What a document of no known language is read as. */
export const FALLBACK_LANGUAGE: DocumentLanguage = 'plaintext';

const rows: readonly DocumentLanguageRow[] = DOCUMENT_LANGUAGES;

/** The row of a language. */
export function languageRow(id: DocumentLanguage): DocumentLanguageRow {
	return rows.find((row) => row.id === id)!;
}

/** Every editor language identifier CiteCheck reads. */
export const EDITOR_LANGUAGE_IDS: readonly string[] = rows.flatMap((row) => row.editorIds);

/** The editor languages checked when the settings say nothing: each language's own. */
export const DEFAULT_EDITOR_LANGUAGES: readonly string[] = rows.map((row) => row.editorIds[0]!);

/** How a document of an editor's language is read (one of another language, as plain text). */
export function languageOfEditorId(editorId: string): DocumentLanguage {
	return (DOCUMENT_LANGUAGES.find((row) => (row.editorIds as readonly string[]).includes(editorId))?.id ?? FALLBACK_LANGUAGE) as DocumentLanguage;
}

/** Whether the editor languages a setting lists have this one checked: named itself, or by its language's own identifier. */
export function editorLanguageChecked(listed: readonly string[], editorId: string): boolean {
	if (listed.includes(editorId)) return true;
	const row = rows.find((r) => r.editorIds.includes(editorId));
	return row !== undefined && listed.includes(row.editorIds[0]!);
}

/** The language of a file from its extension (case-insensitive); anything unknown is plain text. */
export function languageOfPath(path: string): DocumentLanguage {
	const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
	const dot = name.lastIndexOf('.');
	const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
	return (DOCUMENT_LANGUAGES.find((row) => (row.extensions as readonly string[]).includes(extension))?.id ?? FALLBACK_LANGUAGE) as DocumentLanguage;
}

/** Whether a file is a document CiteCheck reads, by its extension. */
export function isDocumentPath(path: string): boolean {
	const dot = path.lastIndexOf('.');
	const extension = dot >= 0 ? path.slice(dot + 1).toLowerCase() : '';
	return rows.some((row) => row.extensions.includes(extension));
}

/** The extensions of the documents of these editor languages (a language's own identifier brings its others' too, as in settings). */
export function extensionsOf(editorIds: readonly string[]): string[] {
	return [...new Set(rows.filter((row) => row.editorIds.some((id) => editorLanguageChecked(editorIds, id))).flatMap((row) => row.extensions))];
}

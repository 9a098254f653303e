import type { Range } from 'vscode-languageserver-types';
import { fullReference } from '../domain/corpus/bibliography';
import type { Corpus } from '../domain/corpus/corpus';
import { LineIndex } from '../domain/text/positions';
import type { Span } from '../domain/types';

/** The scheme of the read-only documents the client shows a source's cleaned text in. */
export const SOURCE_SCHEME = 'citecheck-source';

/** The read-only document of a source's cleaned text, as the client names it. */
export function sourceDocumentUri(key: string): string {
	return `${SOURCE_SCHEME}:/${encodeURIComponent(key)}.md`;
}

/** A source's cleaned text as a document: its reference, then its paragraphs with the page each starts on. */
export interface SourceDocument {
	reference: string;
	text: string;
	/** Where each of the source's sentences is in `text`, in corpus order. */
	sentences: Span[];
}

export function sourceDocument(corpus: Corpus, key: string): SourceDocument | undefined {
	const source = corpus.source(key);
	if (!source) return undefined;
	const reference = fullReference(source.meta);
	let text = `# ${reference}\n\n`;
	const sentences: Span[] = [];
	let paragraph = -1;
	let page: string | undefined;
	for (const sentence of corpus.sentences.slice(source.first, source.end)) {
		if (sentence.paragraph !== paragraph) {
			if (paragraph >= 0) text += '\n\n';
			paragraph = sentence.paragraph;
			if (sentence.page !== undefined && sentence.page !== page) text += `*p. ${sentence.page}*\n\n`;
			page = sentence.page;
		} else text += ' ';
		sentences.push({ start: text.length, end: text.length + sentence.text.length });
		text += sentence.text;
	}
	return { reference, text: `${text.replace(/\n+$/, '')}\n`, sentences };
}

/**
 * Where a source's passages are, as editor locations: the corpus file's URI and line ranges, or,
 * for a text read out of a PDF, the source's read-only document and the sentences in it.
 */
export class SourceLocations {
	private readonly indexes = new Map<string, LineIndex>();
	private readonly uris = new Map<string, string | undefined>();
	private readonly documents = new Map<string, { document: SourceDocument; lines: LineIndex }>();

	constructor(
		private readonly corpus: Corpus,
		/** The file URI of a corpus path (the wiring knows how paths become URIs). */
		private readonly uriOfPath: (path: string) => string,
	) {}

	uri(key: string): string | undefined {
		if (this.uris.has(key)) return this.uris.get(key);
		const source = this.corpus.source(key);
		const uri = source?.extracted ? sourceDocumentUri(key) : source?.path ? this.uriOfPath(source.path) : undefined;
		this.uris.set(key, uri);
		return uri;
	}

	range(key: string, span: Span): Range | undefined {
		const source = this.corpus.source(key);
		if (!source) return undefined;
		if (source.extracted) return this.documentRange(key, span);
		let index = this.indexes.get(key);
		if (!index) this.indexes.set(key, (index = new LineIndex(source.raw)));
		return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
	}

	/** The sentences of the source document that `span` of the extracted text covers (its first, if none). */
	private documentRange(key: string, span: Span): Range | undefined {
		let known = this.documents.get(key);
		if (!known) {
			const document = sourceDocument(this.corpus, key);
			if (!document) return undefined;
			this.documents.set(key, (known = { document, lines: new LineIndex(document.text) }));
		}
		const source = this.corpus.source(key)!;
		const { document, lines } = known;
		let from: Span | undefined;
		let to: Span | undefined;
		for (let i = source.first; i < source.end; i++) {
			const location = this.corpus.sentences[i]!.location;
			if (location.end <= span.start || location.start >= span.end) continue;
			from ??= document.sentences[i - source.first];
			to = document.sentences[i - source.first];
		}
		from ??= document.sentences[0] ?? { start: 0, end: 0 };
		to ??= from;
		return { start: lines.positionAt(from.start), end: lines.positionAt(to.end) };
	}
}

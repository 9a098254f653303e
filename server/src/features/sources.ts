import type { Range } from 'vscode-languageserver-types';
import type { Corpus } from '../domain/corpus/corpus';
import { LineIndex } from '../domain/text/positions';
import type { Span } from '../domain/types';

/** Where a source's passages are, as editor locations: the corpus file's URI and line ranges. */
export class SourceLocations {
	private readonly indexes = new Map<string, LineIndex>();
	private readonly uris = new Map<string, string | undefined>();

	constructor(
		private readonly corpus: Corpus,
		/** The file URI of a corpus path (the wiring knows how paths become URIs). */
		private readonly uriOfPath: (path: string) => string,
	) {}

	uri(key: string): string | undefined {
		if (this.uris.has(key)) return this.uris.get(key);
		const path = this.corpus.source(key)?.path;
		const uri = path ? this.uriOfPath(path) : undefined;
		this.uris.set(key, uri);
		return uri;
	}

	range(key: string, span: Span): Range | undefined {
		const source = this.corpus.source(key);
		if (!source) return undefined;
		let index = this.indexes.get(key);
		if (!index) this.indexes.set(key, (index = new LineIndex(source.raw)));
		return { start: index.positionAt(span.start), end: index.positionAt(span.end) };
	}
}

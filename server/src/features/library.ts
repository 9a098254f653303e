// What the custom requests about the corpus answer: the sources with how often the workspace cites
// them (the Sources view), a search of the sources (the citation picker), and a source's text (the
// read-only document a link opens). Plain data in, protocol-ready data out; the wiring only fetches
// the corpus and the workspace's texts.
import { label } from '../domain/check/verify';
import { fullReference } from '../domain/corpus/bibliography';
import type { Corpus } from '../domain/corpus/corpus';
import type { Checker } from '../domain/index';
import type { SourcePassage, SourceTextResult, SourceUsage } from '../protocol';
import type { DocumentText } from './navigation';
import { sourceDocument, type SourceLocations } from './sources';

/** The corpus's sources with how many sentences of `texts` cite each, and in how many documents. */
export async function sourceUsage(checker: Checker, texts: AsyncIterable<DocumentText>, sources: SourceLocations): Promise<SourceUsage[]> {
	const corpus = checker.corpus;
	const usage = new Map<string, { citations: number; documents: Set<string> }>(
		[...corpus.sources.keys()].map((key) => [key, { citations: 0, documents: new Set<string>() }]),
	);
	for await (const d of texts) {
		// A sentence citing a source twice cites it once.
		const seen = new Set<string>();
		for (const { sentence, keys } of checker.citingSentences(d.text, d.language)) {
			for (const key of keys) {
				const entry = usage.get(key);
				if (!entry || seen.has(`${sentence.span.start}:${key}`)) continue;
				seen.add(`${sentence.span.start}:${key}`);
				entry.citations++;
				entry.documents.add(d.uri);
			}
		}
	}
	return [...corpus.sources.values()].map((s) => {
		const uri = sources.uri(s.meta.key);
		return {
			key: s.meta.key,
			label: corpus.sourceLabel(s.meta.key),
			title: s.meta.title,
			reference: fullReference(s.meta),
			...(uri ? { uri } : {}),
			citations: usage.get(s.meta.key)!.citations,
			documents: usage.get(s.meta.key)!.documents.size,
		};
	});
}

/** Every source, for an empty query; else the passages that share the most telling words with it (at most 200). */
export function searchSources(checker: Checker, query: string, limit = 30): SourcePassage[] {
	const corpus = checker.corpus;
	if (!query.trim()) return [...corpus.sources.values()].map((s) => ({ key: s.meta.key, label: corpus.sourceLabel(s.meta.key), quote: fullReference(s.meta) }));
	return checker.search(query, Math.min(limit, 200)).map((s) => ({
		key: s.key,
		label: label(corpus, s),
		...(s.page !== undefined ? { page: s.page } : {}),
		quote: s.text,
	}));
}

/** A source's text as the read-only document shows it, with its reference; undefined for an unknown key. */
export function sourceText(corpus: Corpus, key: string): SourceTextResult | undefined {
	const document = sourceDocument(corpus, key);
	return document ? { key, reference: document.reference, text: document.text } : undefined;
}

import type { Location } from 'vscode-languageserver-types';
import type { DocumentReport } from '../domain/check/checker';
import type { Checker, CitingSentence } from '../domain/index';
import { LineIndex } from '../domain/text/positions';
import type { DocumentLanguage, Sentence, Span } from '../domain/types';
import type { SourceLocations } from './sources';

/** A document's text: an open one as the editor has it, another as saved. */
export interface DocumentText {
	uri: string;
	text: string;
	language: DocumentLanguage;
}

const within = (span: Span, offset: number) => span.start <= offset && offset <= span.end;

/** The key of the citation at `offset`: the one written under the cursor, else the citation's first. */
function citedKeyAt(text: string, offset: number, citing: CitingSentence[]): { key: string; sentence: Sentence } | undefined {
	const found = citing.find((c) => within(c.citation.span, offset) && c.keys.length > 0);
	if (!found) return undefined;
	const written = text.slice(found.citation.span.start, found.citation.span.end);
	const under = found.keys.find((key) => {
		for (let at = written.indexOf(key); at >= 0; at = written.indexOf(key, at + 1)) {
			if (within({ start: found.citation.span.start + at, end: found.citation.span.start + at + key.length }, offset)) return true;
		}
		return false;
	});
	return { key: under ?? found.keys[0]!, sentence: found.sentence };
}

/**
 * Where a cited source says what the citing sentence says: the checker's passage from that source,
 * else the source's passage retrieval ranks best for the sentence, else the source's beginning.
 */
export function definitionAt(
	text: string,
	offset: number,
	language: DocumentLanguage,
	report: DocumentReport,
	checker: Checker,
	sources: SourceLocations,
): Location | null {
	const cited = citedKeyAt(text, offset, checker.citingSentences(text, language));
	if (!cited) return null;
	const uri = sources.uri(cited.key);
	if (!uri) return null;
	const claim = report.claims.find((c) => within(c.span, cited.sentence.span.start));
	const evidence = claim?.evidence.find((e) => e.key === cited.key);
	const passage = evidence?.location ?? checker.passagesOf(cited.key, claim?.text ?? cited.sentence.text, 1, 200)[0]?.location ?? { start: 0, end: 0 };
	return { uri, range: sources.range(cited.key, passage)! };
}

/**
 * The sentences that cite the source cited at `offset`, in the documents `citing` gives for its key
 * (those that may cite it: the others need not be read).
 */
export async function referencesAt(
	text: string,
	offset: number,
	language: DocumentLanguage,
	checker: Checker,
	citing: (key: string) => AsyncIterable<DocumentText>,
): Promise<Location[]> {
	const cited = citedKeyAt(text, offset, checker.citingSentences(text, language));
	if (!cited) return [];
	const locations: Location[] = [];
	for await (const d of citing(cited.key)) locations.push(...referencesIn(d.uri, d.text, d.language, cited.key, checker, new LineIndex(d.text)));
	return locations;
}

/** The sentences of a document that cite `key`, as locations. */
function referencesIn(uri: string, text: string, language: DocumentLanguage, key: string, checker: Checker, lines: LineIndex): Location[] {
	const seen = new Set<Sentence>();
	const out: Location[] = [];
	for (const { sentence, keys } of checker.citingSentences(text, language)) {
		if (!keys.includes(key) || seen.has(sentence)) continue;
		seen.add(sentence);
		out.push({ uri, range: { start: lines.positionAt(sentence.span.start), end: lines.positionAt(sentence.span.end) } });
	}
	return out;
}

import { shortLabel, type SourceMeta } from '../corpus/bibliography';
import type { Corpus } from '../corpus/corpus';
import { parseDocument } from '../document/index';
import { sentencesOf } from '../document/sentences';
import type { Citation, DocumentLanguage, Sentence } from '../types';
import type { ResolvedCitation } from './checker';

const WORDS = /[\p{L}\p{N}]{4,}/gu;

function wordsOf(text: string): Set<string> {
	return new Set([...text.toLowerCase().matchAll(WORDS)].map((m) => m[0]));
}

/**
 * How well a footnote's text names a source: its author's family name and the words of its title.
 * A footnote in notes-bibliography style ("Varga, “Kelmouth’s Harbour Dues Reform,” 212.")
 * names both; a bare "Ibid." names neither.
 */
function noteScore(note: Set<string>, meta: SourceMeta): number {
	const title = wordsOf(meta.title);
	let shared = 0;
	for (const word of title) if (note.has(word)) shared++;
	const titleShare = title.size > 0 ? shared / title.size : 0;
	const author = meta.authors.some((a) => note.has(a.family.toLowerCase()));
	return titleShare + (author ? 0.5 : 0);
}

/** Finds the corpus sources a citation points at: its keys, or for a footnote the source its text names. */
export function resolveCitation(citation: Citation, corpus: Corpus): ResolvedCitation {
	const resolved: string[] = [];
	const unknown: string[] = [];
	for (const key of citation.keys) (corpus.source(key) ? resolved : unknown).push(key);
	for (const name of citation.names ?? []) {
		const keys = sourcesLabelled(corpus).get(labelKey(name));
		if (keys) resolved.push(...keys);
		else unknown.push(name);
	}
	if (citation.kind === 'footnote' && citation.keys.length === 0 && citation.note) {
		let byNote = notesRead.get(corpus);
		if (!byNote) notesRead.set(corpus, (byNote = new Map()));
		let found = byNote.get(citation.note);
		if (found === undefined) {
			found = sourceNamed(citation.note, corpus) ?? null;
			if (byNote.size > 10_000) byNote.clear();
			byNote.set(citation.note, found);
		}
		if (found) resolved.push(found);
	}
	return { ...citation, resolved, unknown };
}

/** A label as compared: case, "&" and spacing aside ("Smith & Jones 2019" is "Smith and Jones 2019"). */
function labelKey(label: string): string {
	return label.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}

// Each corpus's sources by the names and years an author–date citation may give them, made once.
const labelled = new WeakMap<Corpus, Map<string, string[]>>();

/**
 * The sources by the labels an author–date citation names them with: the label findings give
 * ("Wikipedia contributors n.d.-b", "Nichol 2012a"), and the same without the letter that tells
 * apart sources of one name and year (such a citation may mean any of them).
 */
function sourcesLabelled(corpus: Corpus): Map<string, string[]> {
	let byLabel = labelled.get(corpus);
	if (byLabel) return byLabel;
	byLabel = new Map();
	for (const [key, source] of corpus.sources) {
		for (const label of new Set([labelKey(corpus.sourceLabel(key)), labelKey(shortLabel(source.meta))])) {
			const keys = byLabel.get(label);
			if (keys) keys.push(key);
			else byLabel.set(label, [key]);
		}
	}
	labelled.set(corpus, byLabel);
	return byLabel;
}

// A footnote's text is compared with every source's author and title: once per text and corpus.
const notesRead = new WeakMap<Corpus, Map<string, string | null>>();

/** The source a footnote's text names: by its key, else by its author and the words of its title. */
function sourceNamed(text: string, corpus: Corpus): string | undefined {
	const note = wordsOf(text);
	const direct = [...corpus.sources.keys()].find((key) => note.has(key.toLowerCase()));
	if (direct) return direct;
	let best: string | undefined;
	let bestScore = 0.5;
	for (const [key, source] of corpus.sources) {
		const score = noteScore(note, source.meta);
		if (score > bestScore) {
			best = key;
			bestScore = score;
		}
	}
	return best;
}

/** A sentence of a document that cites some keys of the corpus. */
export interface CitingSentence {
	sentence: Sentence;
	citation: Citation;
	keys: string[];
}

/** Every citation of a document with the corpus keys it points at (footnotes resolved as the checker does). */
export function citingSentences(text: string, language: DocumentLanguage, corpus: Corpus): CitingSentence[] {
	const sentences = sentencesOf(parseDocument(text, language), new Set(corpus.vocabulary.abbreviations));
	return sentences.flatMap((sentence) => sentence.citations.map((citation) => ({ sentence, citation, keys: resolveCitation(citation, corpus).resolved })));
}

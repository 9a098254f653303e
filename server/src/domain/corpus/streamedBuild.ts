// The first read of a library that is to be kept on disk: each source is read into evidence
// sentences as a build reads it, put into the saved columns at once (streamedSources.ts), and its
// sentences are counted for the retrieval index with the others of their batch (streamedCounts.ts);
// then its objects are dropped. What is left is the index as a save of the built corpus would give
// it, its large columns in the host's keeping: the host writes it, and opens the file as a restart
// does. A library of ten thousand sources read into one corpus before it was saved held every
// sentence's words, some 3 GB; read so, the memory it takes is that of a batch of sources.
import type { CorpusEntry, CorpusIndexes, CorpusInput, BuildProgress } from './corpus';
import { corpusEntries, indexSource } from './corpus';
import { documentOf } from './corpusIndexes';
import type { CleaningVocabulary } from './clean';
import type { SavedSources } from './savedColumns';
import type { ColumnSpill } from './storedColumn';
import { CountsWriter, type StreamedCounts } from './streamedCounts';
import { encodeAlone, SourcesWriter, type EncodedSource } from './streamedSources';
import { Analyzer } from '../text/analyzer';
import type { Vocabulary } from '../vocabulary';

/** The index of a library read for the first time, as saving the built corpus would give it. */
export interface StreamedLibrary {
	/** The sources' entries, in the library's order (the saved files name the sources they gave by them). */
	entries: CorpusEntry[];
	sources: SavedSources;
	indexes: Omit<CorpusIndexes, 'sentences' | 'asides'> & { sentences: StreamedCounts; asides: StreamedCounts };
}

/** How many sentences a batch holds before its terms are counted: some tens of megabytes of objects. */
export const BATCH_SENTENCES = 20_000;

/** What reads a source into evidence sentences under a vocabulary: made once per thread that reads sources. */
export interface SourceReader {
	analyzer: Analyzer;
	cleaning: CleaningVocabulary;
	abbreviations: Set<string>;
}

export function sourceReader(vocabulary: Vocabulary): SourceReader {
	return { analyzer: new Analyzer(vocabulary), cleaning: vocabulary.cleaning, abbreviations: new Set(vocabulary.abbreviations) };
}

/** A source read into evidence sentences as a build reads it, and put into columns on its own. */
export function readAlone(entry: CorpusEntry, reader: SourceReader): EncodedSource {
	return encodeAlone(indexSource(entry, reader.analyzer, reader.cleaning, reader.abbreviations), documentOf);
}

/**
 * The index of a library read for the first time, grown a source at a time in the library's order
 * (the sources read in this thread or another), its large columns in `spill`.
 */
export class LibraryWriter {
	private readonly sources: SourcesWriter;
	private readonly sentences: CountsWriter;
	private readonly asides: CountsWriter;
	private readonly entries: CorpusEntry[] = [];
	private readonly frequencies = new Map<string, number>();
	private readonly names = new Set<string>();
	/** The documents of the sentences and asides read since their terms were last counted. */
	private documents: string[] = [];
	private asideDocuments: string[] = [];

	constructor(
		spill: ColumnSpill,
		private readonly batchSentences = BATCH_SENTENCES,
	) {
		this.sources = new SourcesWriter(spill);
		this.sentences = new CountsWriter(spill);
		this.asides = new CountsWriter(spill);
	}

	add(entry: CorpusEntry, encoded: EncodedSource): void {
		this.entries.push(entry);
		this.sources.add(entry, encoded);
		// Each key once per sentence, as the corpus counts its sentences' keys (a sentence without words has none).
		for (const document of encoded.documents) {
			if (document === '') continue;
			for (const key of new Set(document.split(' '))) this.frequencies.set(key, (this.frequencies.get(key) ?? 0) + 1);
		}
		const { columns, strings } = encoded;
		for (const n of columns.names) this.names.add(strings[n]!);
		for (const document of encoded.documents) this.documents.push(document);
		for (const document of encoded.asideDocuments) this.asideDocuments.push(document);
		if (this.documents.length + this.asideDocuments.length >= this.batchSentences) this.count();
	}

	/** The batch's documents counted, after the batches before. */
	private count(): void {
		this.sentences.add(this.documents);
		this.asides.add(this.asideDocuments);
		this.documents = [];
		this.asideDocuments = [];
	}

	result(): StreamedLibrary {
		this.count();
		return {
			entries: this.entries,
			sources: this.sources.saved(),
			indexes: {
				frequencies: { keys: [...this.frequencies.keys()], counts: Int32Array.from(this.frequencies.values()) },
				names: [...this.names],
				sentences: this.sentences.result(),
				asides: this.asides.result(),
			},
		};
	}
}

/**
 * Reads the library's sources in this thread, one per step (the caller may pause between steps),
 * as `corpusBuild` reads them with no earlier build, into the index a save of that corpus would
 * write, its large columns grown in `spill`. The problems are not kept: the corpus opened from the
 * saved index finds them again.
 */
export function* streamedBuild(input: CorpusInput, spill: ColumnSpill, batchSentences = BATCH_SENTENCES): Generator<BuildProgress, StreamedLibrary> {
	const { entries } = corpusEntries(input);
	const reader = sourceReader(input.vocabulary);
	const writer = new LibraryWriter(spill, batchSentences);
	for (let i = 0; i < entries.length; i++) {
		writer.add(entries[i]!, readAlone(entries[i]!, reader));
		yield { done: i + 1, total: entries.length, reused: 0 };
	}
	return writer.result();
}

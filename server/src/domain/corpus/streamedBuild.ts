// The first read of a library that is to be kept on disk: each source is read into evidence
// sentences as a build reads it, put into the saved columns at once (streamedSources.ts), and its
// sentences are counted for the retrieval index with the others of their batch (streamedCounts.ts);
// then its objects are dropped. What is left is the index as a save of the built corpus would give
// it, its large columns in the host's keeping: the host writes it, and opens the file as a restart
// does. A library of ten thousand sources read into one corpus before it was saved held every
// sentence's words, some 3 GB; read so, the memory it takes is that of a batch of sources.
import type { CorpusEntry, CorpusIndexes, CorpusInput, IndexedSource, BuildProgress } from './corpus';
import { corpusEntries, indexSource } from './corpus';
import { countKeys, documentOf } from './corpusIndexes';
import type { SavedSources } from './savedColumns';
import type { ColumnSpill } from './storedColumn';
import { CountsWriter, type StreamedCounts } from './streamedCounts';
import { SourcesWriter } from './streamedSources';
import { Analyzer } from '../text/analyzer';

/** The index of a library read for the first time, as saving the built corpus would give it. */
export interface StreamedLibrary {
	/** The sources' entries, in the library's order (the saved files name the sources they gave by them). */
	entries: CorpusEntry[];
	sources: SavedSources;
	indexes: Omit<CorpusIndexes, 'sentences' | 'asides'> & { sentences: StreamedCounts; asides: StreamedCounts };
}

/** How many sentences a batch holds before its terms are counted: some tens of megabytes of objects. */
export const BATCH_SENTENCES = 20_000;

/**
 * Reads the library's sources one per step (the caller may pause between steps), as `corpusBuild`
 * reads them with no earlier build, into the index a save of that corpus would write, its large
 * columns grown in `spill`. The problems are not kept: the corpus opened from the saved index finds them again.
 */
export function* streamedBuild(input: CorpusInput, spill: ColumnSpill, batchSentences = BATCH_SENTENCES): Generator<BuildProgress, StreamedLibrary> {
	const { entries } = corpusEntries(input);
	const analyzer = new Analyzer(input.vocabulary);
	const abbreviations = new Set(input.vocabulary.abbreviations);
	const sources = new SourcesWriter(spill);
	const sentences = new CountsWriter(spill);
	const asides = new CountsWriter(spill);
	const frequencies = new Map<string, number>();
	const names = new Set<string>();
	let batch: IndexedSource[] = [];
	let held = 0;
	// The batch's sentences counted as the corpus counts all of its own: in order, after the batches before.
	const count = () => {
		const read = batch.flatMap((source) => source.sentences);
		countKeys(frequencies, read, 1);
		for (const sentence of read) for (const token of sentence.analysis.tokens) if (token.kind === 'name') names.add(token.key);
		sentences.add(read.map(documentOf));
		asides.add(batch.flatMap((source) => source.asides).map(documentOf));
		batch = [];
		held = 0;
	};
	for (let i = 0; i < entries.length; i++) {
		const source = indexSource(entries[i]!, analyzer, input.vocabulary.cleaning, abbreviations);
		sources.add(source);
		batch.push(source);
		held += source.sentences.length + source.asides.length;
		if (held >= batchSentences) count();
		yield { done: i + 1, total: entries.length, reused: 0 };
	}
	count();
	return {
		entries,
		sources: sources.saved(),
		indexes: {
			frequencies: { keys: [...frequencies.keys()], counts: Int32Array.from(frequencies.values()) },
			names: [...names],
			sentences: sentences.result(),
			asides: asides.result(),
		},
	};
}

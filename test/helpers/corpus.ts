import { checkDocument, type ClaimReport } from '../../server/src/domain/check/checker';
import { buildCorpus, type Corpus } from '../../server/src/domain/corpus/corpus';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';
import { shippedVocabulary } from './vocabulary';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';

let shipped: Promise<Corpus> | undefined;

/** The shipped corpus, loaded once per test file. */
export function shippedCorpus(): Promise<Corpus> {
	shipped ??= loadCorpus();
	return shipped;
}

/**
 * A corpus of sources written for a test, about another subject than the shipped corpus's, with no
 * vocabulary of its own (the shipped one's general words only, as for any folder of the writer's own).
 */
export function writtenCorpus(sources: Record<string, string>, bib: string): Corpus {
	return buildCorpus({
		bibliographies: [{ path: 'refs.bib', text: bib }],
		sources: Object.entries(sources).map(([key, raw]) => ({ key, raw })),
		vocabulary: shippedVocabulary(),
		lexicon: loadLexicon(),
		tagModel: loadTagModel,
	});
}

/** The claims a Markdown text makes, judged against a written corpus that is built when first asked. */
export function claimsAgainst(sources: Record<string, string>, bib: string): (text: string) => ClaimReport[] {
	let corpus: Corpus | undefined;
	return (text) => checkDocument(`${text}\n`, 'markdown', (corpus ??= writtenCorpus(sources, bib))).claims;
}

/** The claims a Markdown text makes, judged against one report on Port Arden made of these paragraphs. */
export function claimsAgainstPortArden(paragraphs: string[], year: number): (text: string) => ClaimReport[] {
	return claimsAgainst(
		{ port: ['Port Arden', ...paragraphs].join('\n\n') },
		`@report{port, title = {Port Arden}, institution = {Harbour Review}, year = {${year}}}`,
	);
}

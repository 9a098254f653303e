import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus, EvidenceSentence } from '../../server/src/domain/corpus/corpus';
import { createChecker, type Retriever } from '../../server/src/domain/index';
import type { Analysis } from '../../server/src/domain/text/analyzer';
import { shippedCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

const PAPER = [
	'In June 2012 Tashkent froze its membership of the Collective Security Treaty Organization [@weitz2014, p. 146].',
	'Uzbekistan left the CSTO in 2011, and Karimov visited China the next year.',
].join('\n\n');

const verdicts = (report: { claims: { text: string; verdict: string }[] }) => report.claims.map((c) => `${c.verdict}: ${c.text}`);

/** A retriever that answers as the corpus's own index and counts what it is asked. */
function counting(inner: Retriever): Retriever & { asked: Record<string, number> } {
	const asked: Record<string, number> = { candidates: 0, asideCandidates: 0, passagesOf: 0, sentence: 0 };
	return {
		asked,
		candidates: (analysis, limit) => (asked.candidates!++, inner.candidates(analysis, limit)),
		asideCandidates: (analysis, limit) => (asked.asideCandidates!++, inner.asideCandidates(analysis, limit)),
		passagesOf: (key, analysis, limit, depth) => (asked.passagesOf!++, inner.passagesOf(key, analysis, limit, depth)),
		sentence: (id) => (asked.sentence!++, inner.sentence(id)),
	};
}

describe('the checker made by createChecker', () => {
	it('over the corpus alone, checks as the checker does, through the corpus’s own index', () => {
		const checker = createChecker({ corpus });
		expect(checker.corpus).toBe(corpus);
		expect(verdicts(checker.check(PAPER, 'markdown'))).toEqual(verdicts(checkDocument(PAPER, 'markdown', corpus)));
	});

	it('finds every passage through the retriever it is given, claims and the features’ searches alike', () => {
		const retriever = counting(corpus.retriever);
		const checker = createChecker({ corpus, retriever });
		expect(verdicts(checker.check(PAPER, 'markdown', { cache: new Map() }))).toEqual(verdicts(checkDocument(PAPER, 'markdown', corpus)));
		expect(retriever.asked.candidates).toBeGreaterThan(0);
		expect(retriever.asked.sentence).toBeGreaterThan(0);
		expect(checker.search('Karimov visit China', 5).length).toBeGreaterThan(0);
		expect(checker.passagesOf('weitz2014', 'Tashkent froze its membership of the CSTO.', 2, 60).every((s) => s.key === 'weitz2014')).toBe(true);
		expect(retriever.asked.passagesOf).toBe(1);
	});

	it('judges claims by what its retriever finds: one that finds nothing supports nothing', () => {
		const nothing: Retriever = { candidates: () => [], asideCandidates: () => [], passagesOf: () => [], sentence: (id) => corpus.retriever.sentence(id) };
		const report = createChecker({ corpus, retriever: nothing }).check(PAPER, 'markdown', { cache: new Map() });
		expect(report.claims.length).toBeGreaterThan(0);
		expect(report.claims.every((c) => c.verdict === 'unsupported')).toBe(true);
	});

	it('asks a retriever that answers over the network for all the document’s claims in one round, then judges from its answers', async () => {
		// Answers are kept by the query's words, as a search server's would be.
		const words = (analysis: Analysis) => analysis.tokens.map((t) => t.key).join(' ');
		const fetched = new Map<string, { candidates: EvidenceSentence[]; asides: EvidenceSentence[] }>();
		let rounds = 0;
		const remote: Retriever = {
			prepare: async (claims) => {
				rounds++;
				await Promise.resolve();
				for (const analysis of claims)
					fetched.set(words(analysis), { candidates: corpus.retriever.candidates(analysis, 24), asides: corpus.retriever.asideCandidates(analysis, 8) });
			},
			candidates: (analysis, limit) => (fetched.get(words(analysis))?.candidates ?? []).slice(0, limit),
			asideCandidates: (analysis, limit) => (fetched.get(words(analysis))?.asides ?? []).slice(0, limit),
			passagesOf: () => [],
			sentence: (id) => corpus.retriever.sentence(id),
		};
		const checker = createChecker({ corpus, retriever: remote });
		const report = await checker.checkAsync(PAPER, 'markdown', { cache: new Map(), readings: new Map(), pause: () => Promise.resolve() });
		expect(rounds).toBe(1);
		expect(verdicts(report)).toEqual(verdicts(checkDocument(PAPER, 'markdown', corpus)));
	});
});

// The counts a retrieval index is built from, spliced from an earlier corpus's: the same postings
// as counting every document again.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTerms, spliceCounts, type Segment } from '../../server/src/domain/corpus/termCounts';
import { byTerm } from '../helpers/indexes';

const words = fc.constantFrom('tashk', 'dusha', '@csto', 'water', 'sokh', 'encla', 'ferga', '~2013', 'agree');
const documents = fc.array(
	fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
	{ maxLength: 12 },
);

describe('counts spliced from an earlier corpus', () => {
	it('are those of counting the new corpus afresh, whatever documents are kept, changed, added or dropped', () => {
		fc.assert(
			fc.property(fc.array(fc.record({ documents, keep: fc.boolean(), replacement: documents, drop: fc.boolean() }), { maxLength: 6 }), (sources) => {
				// The earlier corpus: each source's documents one after another.
				const earlier = countTerms(sources.flatMap((s) => s.documents));
				const segments: Segment[] = [];
				const now: string[] = [];
				let at = 0;
				for (const source of sources) {
					if (source.keep) {
						segments.push({ from: at, to: at + source.documents.length });
						now.push(...source.documents);
					} else if (!source.drop) {
						segments.push({ documents: source.replacement });
						now.push(...source.replacement);
					}
					at += source.documents.length;
				}
				expect(byTerm(spliceCounts(earlier, segments)!)).toEqual(byTerm(countTerms(now)));
			}),
			{ numRuns: 300 },
		);
	});

	it('are not spliced when the kept documents would change their order', () => {
		const earlier = countTerms(['water agree', 'sokh', 'tashk water']);
		expect(
			spliceCounts(earlier, [
				{ from: 2, to: 3 },
				{ from: 0, to: 1 },
			]),
		).toBeUndefined();
	});
});

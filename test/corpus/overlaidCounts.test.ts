// The counts of a retrieval index read as a layer over saved ones, after sources changed, came and
// went, one round after another: the same postings as counting the new corpus afresh, and the same
// ranking.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapsOfOrder, overlaid, OverlaidCounts, DamagedCountsError, type IndexCounts } from '../../server/src/domain/corpus/overlaidCounts';
import { countTerms, type Segment } from '../../server/src/domain/corpus/termCounts';
import { TermIndex } from '../../server/src/domain/corpus/termIndex';
import { byTerm } from '../helpers/indexes';

const WORDS = ['tashk', 'dusha', '@csto', 'water', 'sokh', 'encla', 'ferga', '~2013', 'agree'];
const words = fc.constantFrom(...WORDS);
const documents = fc.array(
	fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
	{ maxLength: 10 },
);
/** What happens to a source in a round: kept, replaced by other documents, or dropped; and a new source after it, or none. */
const change = fc.record({ keep: fc.boolean(), drop: fc.boolean(), replacement: documents, added: fc.option(documents, { nil: undefined }) });

/** The rankings of some queries, as the retrieval index gives them: going through every document, and by intersections of common terms. */
function rankings(counts: IndexCounts | readonly string[]) {
	const queries = [['water'], ['tashk', 'water'], ['sokh', 'encla', 'ferga'], WORDS, ['agree', '~2013', 'nothing']];
	return [{}, { common: 1, long: 2 }].map((tuning) => {
		const index = new TermIndex(counts as IndexCounts, tuning);
		return queries.map((query) => index.search(query, 3));
	});
}

describe('counts read as a layer over saved ones', () => {
	it('are those of counting the new corpus afresh, round after round, and rank as they do', () => {
		fc.assert(
			fc.property(fc.array(documents, { maxLength: 6 }), fc.array(fc.array(change, { maxLength: 8 }), { minLength: 1, maxLength: 4 }), (first, rounds) => {
				let sources = first;
				let counts: IndexCounts = countTerms(sources.flat());
				for (const round of rounds) {
					const segments: Segment[] = [];
					const now: string[][] = [];
					let at = 0;
					sources.forEach((docs, i) => {
						const what = round[i] ?? { keep: true, drop: false, replacement: [], added: undefined };
						if (what.keep) segments.push({ from: at, to: at + docs.length });
						else if (!what.drop) segments.push({ documents: what.replacement });
						if (what.keep) now.push(docs);
						else if (!what.drop) now.push(what.replacement);
						if (what.added) {
							segments.push({ documents: what.added });
							now.push(what.added);
						}
						at += docs.length;
					});
					counts = overlaid(counts, segments)!;
					sources = now;
					const fresh = countTerms(sources.flat());
					expect(byTerm(counts)).toEqual(byTerm(fresh));
					expect(byTerm((counts as OverlaidCounts).merged())).toEqual(byTerm(fresh));
					expect(rankings(counts)).toEqual(rankings(sources.flat()));
				}
			}),
			{ numRuns: 300 },
		);
	});

	it('keep the saved counts as they are: only the new documents are counted', () => {
		const base = countTerms(['water agree', 'sokh', 'tashk water', 'encla']);
		const layer = overlaid(base, [{ from: 0, to: 1 }, { documents: ['water water sokh'] }, { from: 2, to: 4 }])!;
		expect(layer.base).toBe(base);
		expect([...layer.baseMap]).toEqual([0, -1, 2, 3]);
		expect(layer.delta.lengths.length).toBe(1);
		expect([...layer.deltaMap]).toEqual([1]);
		expect(layer.takenOut).toBe(1);
		// A second change keeps the same base and splices the delta alone.
		const again = overlaid(layer, [{ documents: ['dusha'] }, { from: 1, to: 4 }])!;
		expect(again.base).toBe(base);
		expect([...again.baseMap]).toEqual([-1, -1, 2, 3]);
		expect([...again.deltaMap]).toEqual([0, 1]);
	});

	it('are made from the order of the sources, and not from an order that does not fit the sizes', () => {
		// Base sources of 2, 1 and 2 documents; a delta source of 1; the second base source taken out.
		const { baseMap, deltaMap } = mapsOfOrder(Int32Array.from([0, -1, 2]), [2, 1, 2], [1]);
		expect([...baseMap]).toEqual([0, 1, -1, 3, 4]);
		expect([...deltaMap]).toEqual([2]);
		expect(() => mapsOfOrder(Int32Array.from([0, 0]), [2], [])).toThrow(DamagedCountsError);
		expect(() => mapsOfOrder(Int32Array.from([3]), [2], [])).toThrow(DamagedCountsError);
		expect(() => mapsOfOrder(Int32Array.from([-2]), [2], [1])).toThrow(DamagedCountsError);
		const base = countTerms(['a', 'b']);
		expect(() => mapsOfOrder(Int32Array.from([1, 0]), [1, 1], [])).toThrow(DamagedCountsError);
		expect(() => mapsOfOrder(Int32Array.from([0]), [1], [1])).toThrow(DamagedCountsError);
		expect(() => new OverlaidCounts(base, Int32Array.from([0, 2]), countTerms([]), new Int32Array(0))).toThrow(DamagedCountsError);
	});
});

import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { bucket, type Corpus } from '../../server/src/domain/corpus/corpus';
import { TermIndex } from '../../server/src/domain/corpus/termIndex';
import { readClaimSets } from '../helpers/labelled';
import { shippedCorpus } from '../helpers/corpus';

/** The reference: MiniSearch over one field, an OR query, every hit sorted, the first `limit` kept. */
function reference(documents: string[]): (terms: string[], limit: number) => number[] {
	const index = new MiniSearch<{ id: number; terms: string }>({ fields: ['terms'], tokenize: (text) => text.split(' '), processTerm: (term) => term });
	index.addAll(documents.map((terms, id) => ({ id, terms })));
	return (terms, limit) =>
		index
			.search(terms.join(' '), { combineWith: 'OR' })
			.slice(0, limit)
			.map((hit) => hit.id as number);
}

/** A small seeded generator, so the random documents are the same on every run. */
function random(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

describe('the term index', () => {
	let corpus: Corpus;
	let documents: string[];
	beforeAll(async () => {
		corpus = await shippedCorpus();
		documents = corpus.sentences.map((s) => s.analysis.tokens.map((t) => bucket(t.key)).join(' '));
	});

	it('ranks the shipped corpus as MiniSearch does, for every sentence and labelled claim as a query', () => {
		const index = new TermIndex(documents);
		const expected = reference(documents);
		const claims = readClaimSets();
		const queries = [...documents, ...claims.map((c) => [...new Set(corpus.analyzer.analyze(c.text).tokens.map((t) => bucket(t.key)))].join(' '))];
		for (const query of queries) {
			for (const limit of [1, 24, 60]) expect(index.search(query.split(' '), limit)).toEqual(expected(query.split(' '), limit));
		}
	});

	it('breaks ties as MiniSearch does, with empty documents, repeated terms and repeated query terms', () => {
		const next = random(42);
		const vocabulary = Array.from({ length: 12 }, (_, i) => `t${i}`);
		const pick = () => vocabulary[Math.floor(next() * vocabulary.length)]!;
		const docs = Array.from({ length: 400 }, () => Array.from({ length: Math.floor(next() * 6) }, pick).join(' '));
		const index = new TermIndex(docs);
		const expected = reference(docs);
		for (let q = 0; q < 300; q++) {
			const terms = Array.from({ length: 1 + Math.floor(next() * 4) }, pick);
			for (const limit of [1, 3, 24, 500]) expect(index.search(terms, limit)).toEqual(expected(terms, limit));
		}
		expect(index.search(['absent'], 5)).toEqual([]);
		expect(index.search(['t1'], 0)).toEqual([]);
	});

	it.each([
		['as it comes', {}],
		['counting terms in more than 40 documents as common and going by intersections from 100 documents on', { common: 40, long: 100 }],
		['going by intersections whenever a term is common', { common: 8, long: 0 }],
		['keeping few intersections', { common: 8, long: 0, kept: 50 }],
	])('finds the same best documents in a large index, %s', (_, tuning) => {
		const next = random(7);
		// Word frequencies as in prose: a few common terms, many rare ones.
		const pick = () => `w${Math.floor(Math.exp(next() * Math.log(2000)))}`;
		const docs = Array.from({ length: 6000 }, () => Array.from({ length: 3 + Math.floor(next() * 12) }, pick).join(' '));
		const index = new TermIndex(docs, tuning);
		const expected = reference(docs);
		for (let q = 0; q < 200; q++) {
			const terms = [...new Set(Array.from({ length: 1 + Math.floor(next() * 10) }, pick))];
			for (const limit of [1, 5, 24, 60]) expect(index.search(terms, limit)).toEqual(expected(terms, limit));
		}
		// Repeated terms, and terms no document has.
		for (const terms of [
			['w1', 'w2', 'w1'],
			['w3', 'nowhere', 'w1', 'w2', 'w5'],
		])
			expect(index.search(terms, 24)).toEqual(expected(terms, 24));
	});

	it('counts the documents that have a term', () => {
		const index = new TermIndex(['a b a', 'b', '', 'c a']);
		expect([index.frequency('a'), index.frequency('b'), index.frequency('c'), index.frequency('d')]).toEqual([2, 2, 1, 0]);
	});
});

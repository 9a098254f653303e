// The corpus's sentences as one list, a restored source's made from their rows when first read:
// to its readers it is the array the sentences would make.
import { describe, expect, it } from 'vitest';
import type { EvidenceSentence } from '../../server/src/domain/corpus/corpus';
import { SentenceListBuilder } from '../../server/src/domain/corpus/sentenceList';

const sentence = (id: number): EvidenceSentence => ({
	id,
	key: `k${id}`,
	text: `Sentence ${id}.`,
	location: { start: id, end: id + 1 },
	paragraph: id,
	paragraphSentences: 1,
	caption: false,
	analysis: { tokens: [], entities: [], negations: [], pronoun: false },
	dates: [],
	numbers: [],
});

describe('a list of sentences made when read', () => {
	it('makes each sentence of a run once, when it is first read, and reads as the array of them', () => {
		const made: number[] = [];
		const builder = new SentenceListBuilder();
		builder.push(sentence(0));
		builder.pushLater(3, (k) => (made.push(1 + k), sentence(1 + k)));
		builder.pushLater(0, () => sentence(-1));
		builder.push(sentence(4));
		builder.pushLater(2, (k) => (made.push(5 + k), sentence(5 + k)));
		const list = builder.build();
		expect(list.length).toBe(7);
		expect(made).toEqual([]);
		expect(list[2]!.id).toBe(2);
		expect(list[2]).toBe(list[2]);
		expect(list[6]!.id).toBe(6);
		expect(list[7]).toBeUndefined();
		expect(made).toEqual([2, 6]);
		const plain = Array.from({ length: 7 }, (_, i) => sentence(i));
		expect(list.map((s) => s.id)).toEqual([0, 1, 2, 3, 4, 5, 6]);
		expect([...list]).toEqual(plain);
		expect(list.slice(1, 4)).toEqual(plain.slice(1, 4));
		expect(list).toEqual(plain);
		expect(JSON.stringify(list)).toBe(JSON.stringify(plain));
		expect(Array.isArray(list)).toBe(true);
		expect(made.sort((a, b) => a - b)).toEqual([1, 2, 3, 5, 6]);
	});

	it('is a plain array when every sentence is made', () => {
		const builder = new SentenceListBuilder();
		builder.push(sentence(0));
		expect(builder.build()).toEqual([sentence(0)]);
	});
});

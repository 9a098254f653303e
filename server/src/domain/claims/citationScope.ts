// Which citations back which claims. Writers cite at the end of a sentence, inside it after the
// clause a source backs, or once at the end of a paragraph for the sentences before it. A citation
// inside a clause backs that clause; one at the end of a sentence backs the sentence's clauses that
// have none of their own; one at the end of a paragraph backs the sentences before it that have
// none, back to the previous citation.
import type { Citation, Sentence, Span } from '../types';

export interface Backing {
	citations: Citation[];
	/**
	 * Where they come from: the clause's own (anchored in it, or at the end of the sentence for its last
	 * clause), the end of its sentence (for an earlier clause), or a later sentence of the paragraph.
	 * Only a clause's own citation is held to saying what the clause says; the others back it where
	 * they do, and where they do not, the claim is read as citing nothing.
	 */
	from: 'clause' | 'sentence' | 'paragraph' | 'none';
}

/** For each sentence, the citations of the next sentence of its paragraph that has any, when it has none itself. */
export function paragraphBacking(sentences: Sentence[]): Citation[][] {
	const backing: Citation[][] = sentences.map(() => []);
	let next: Citation[] = [];
	let block = -1;
	for (let i = sentences.length - 1; i >= 0; i--) {
		const sentence = sentences[i]!;
		if (sentence.block !== block) {
			block = sentence.block;
			next = [];
		}
		if (sentence.heading) {
			next = [];
			continue;
		}
		if (sentence.citations.length > 0) next = sentence.citations;
		else backing[i] = next;
	}
	return backing;
}

/**
 * The citations backing each clause of a sentence: those anchored in it; else those at the sentence's
 * end (after its last word); else the paragraph's.
 */
export function clauseBacking(sentence: Sentence, clauses: Span[], lastWordEnd: number, paragraph: Citation[]): Backing[] {
	const atEnd: Citation[] = [];
	const inside: Citation[][] = clauses.map(() => []);
	for (const citation of sentence.citations) {
		const at = citation.anchor - sentence.textStart;
		if (at >= lastWordEnd) {
			atEnd.push(citation);
			continue;
		}
		let k = clauses.findIndex((c, i) => at > c.start && (i === clauses.length - 1 || at <= clauses[i + 1]!.start));
		if (k < 0) k = 0;
		inside[k]!.push(citation);
	}
	return clauses.map((_, k) => {
		if (inside[k]!.length > 0) return { citations: inside[k]!, from: 'clause' };
		if (atEnd.length > 0) return { citations: atEnd, from: k === clauses.length - 1 ? 'clause' : 'sentence' };
		if (sentence.citations.length === 0 && paragraph.length > 0) return { citations: paragraph, from: 'paragraph' };
		return { citations: [], from: 'none' };
	});
}

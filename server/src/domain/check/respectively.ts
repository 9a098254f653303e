// "based in Kelmouth, Port Arden and Dunmore, and led by Eastland, Westmark and Southmoor
// respectively": two lists of names that a passage pairs by their order. A claim that pairs a name of
// one list with a name of the other at another place ("Westmark leads the patrol in Dunmore") is not
// what the passage says, however many of its words the passage shares.
import type { Claim } from '../claims/claim';
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import type { TaggedWord } from '../language/tagger';
import { passageWords } from './events';
import type { Unit } from './passages';

interface Name {
	text: string;
	first: number;
	last: number;
}

/** The names of a run of words: each run of proper nouns one name ("United Kingdom"). */
function namesOf(words: TaggedWord[]): Name[] {
	const names: Name[] = [];
	words.forEach((w, i) => {
		if (w.pos !== 'PROPN') return;
		const last = names.at(-1);
		if (last && last.last === i - 1) {
			last.text += ` ${w.lower}`;
			last.last = i;
		} else names.push({ text: w.lower, first: i, last: i });
	});
	return names;
}

// What may stand between two names of one list: ", ", " and ", ", and the ".
const LIST_WORDS = new Set([',', 'and', 'or', 'the']);

/** The lists of two or more names, in order: names with nothing but commas, "and" and "the" between. */
function listsOf(words: TaggedWord[], names: Name[]): Name[][] {
	const lists: Name[][] = [];
	let run: Name[] = [];
	for (const name of names) {
		const prev = run.at(-1);
		const joined = prev !== undefined && words.slice(prev.last + 1, name.first).every((w) => LIST_WORDS.has(w.lower));
		if (joined) run.push(name);
		else {
			if (run.length > 1) lists.push(run);
			run = [name];
		}
	}
	if (run.length > 1) lists.push(run);
	return lists;
}

/** The two lists a sentence pairs with "respectively", if it does: the list right before it, and the one before of as many names. */
function pairedLists(sentence: EvidenceSentence, corpus: Corpus): [Name[], Name[]] | undefined {
	if (!/\brespectively\b/i.test(sentence.text)) return undefined;
	const words = passageWords(sentence, corpus.tagger);
	const at = words.findIndex((w) => w.lower === 'respectively');
	const lists = listsOf(words, namesOf(words));
	const second = lists.filter((list) => list.at(-1)!.last < at && words.slice(list.at(-1)!.last + 1, at).every((w) => w.pos === 'PUNCT')).at(-1);
	if (!second) return undefined;
	const first = lists.filter((list) => list !== second && list.at(-1)!.last < second[0]!.first && list.length === second.length).at(-1);
	return first ? [first, second] : undefined;
}

/** Whether the claim pairs a name of one list with a name of the other that "respectively" pairs otherwise. */
export function pairsOtherwise(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const own = claim.words.filter((w) => w.start >= claim.span.start && w.end <= claim.span.end);
	const claimed = new Set(namesOf(own).map((n) => n.text));
	for (const sentence of unit.sentences) {
		const lists = pairedLists(sentence, corpus);
		if (!lists) continue;
		const [first, second] = lists;
		// The claim pairs one name of each list (a name in both lists, or several of one, pairs nothing).
		const only = (list: Name[], other: Name[]) =>
			list.map((n, i) => ({ n, i })).filter(({ n }) => claimed.has(n.text) && !other.some((o) => o.text === n.text));
		const a = only(first, second);
		const b = only(second, first);
		if (a.length === 1 && b.length === 1 && a[0]!.i !== b[0]!.i) return true;
	}
	return false;
}

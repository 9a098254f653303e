// A source names a body in full once, with its acronym in brackets ("pilots from the Westmark Coastal
// Pilots' Union (KLB) boarded …"), and by the acronym after that ("A spokesman for the KLB denied
// …"). A writer may use either. Each sentence that uses an acronym its source has defined is given the
// words of the full name as well, so that it is found, and read, as saying them. The acronym need not
// be the English initials (KLB is the Westmark name's): the brackets right after a name define it.
import type { Token } from '../text/analyzer';
import type { EvidenceSentence } from './corpus';

// An acronym in brackets: two to seven capitals, perhaps with a lower-case letter inside ("CoE").
const DEFINED = /\(([A-Z][A-Za-z]?[A-Z]{1,5})\)/g;
// Short words that may stand inside a name ("Islamic Movement of Uzbekistan", "Ministry for Emergency Situations").
const INSIDE = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'du', 'des', 'la', 'le']);
// At least this many capitalised words make a name worth an acronym ("Tashkent (AP)" is a dateline).
const NAME_WORDS = 2;

/** The full names a source gives its acronyms, each as the words of the name (its entities left aside). */
export function definedAcronyms(sentences: readonly EvidenceSentence[]): Map<string, Token[]> {
	const defined = new Map<string, Token[]>();
	for (const sentence of sentences) {
		for (const match of sentence.text.matchAll(DEFINED)) {
			const acronym = match[1]!;
			if (defined.has(acronym)) continue;
			const name = nameBefore(sentence.text, match.index);
			if (!name) continue;
			const words = sentence.analysis.tokens.filter((t) => t.kind !== 'entity' && t.start >= name.start && t.end <= name.end);
			if (words.length > 0) defined.set(acronym, words);
		}
	}
	return defined;
}

/** The capitalised words right before `at` (a bracket), with the short words between them: a name. */
function nameBefore(text: string, at: number): { start: number; end: number } | undefined {
	const words = [...text.slice(0, at).matchAll(/[\p{L}][\p{L}'’-]*/gu)];
	let k = words.length;
	let capitals = 0;
	let start = -1;
	// Only spaces between the name and its bracket.
	if (k === 0 || text.slice(words[k - 1]!.index + words[k - 1]![0].length, at).trim() !== '') return undefined;
	while (k > 0) {
		const word = words[k - 1]![0];
		const capital = /^\p{Lu}/u.test(word);
		if (!capital && !INSIDE.has(word)) break;
		// Only spaces between the words of a name.
		const next = words[k];
		if (next && text.slice(words[k - 1]!.index + word.length, next.index).trim() !== '') break;
		if (capital) {
			capitals++;
			start = words[k - 1]!.index;
		}
		k--;
	}
	if (capitals < NAME_WORDS || start < 0) return undefined;
	const last = words.at(-1)!;
	return { start, end: last.index + last[0].length };
}

/**
 * Gives each sentence that uses one of its source's acronyms, and does not spell the name out, the
 * words of the full name, where the acronym stands (not written there: read as what it stands for).
 */
export function spellOutAcronyms(sentences: readonly EvidenceSentence[]): void {
	const defined = definedAcronyms(sentences);
	if (defined.size === 0) return;
	for (const sentence of sentences) {
		const added: Token[] = [];
		for (const token of sentence.analysis.tokens) {
			if (token.kind === 'entity' || token.referent) continue;
			const words = defined.get(sentence.text.slice(token.start, token.end));
			if (!words) continue;
			for (const word of words)
				if (!sentence.analysis.tokens.some((t) => t.key === word.key) && !added.some((t) => t.key === word.key))
					added.push({ key: word.key, kind: word.kind, start: token.start, end: token.end, referent: true });
		}
		if (added.length > 0) sentence.analysis.tokens = [...sentence.analysis.tokens, ...added].sort((a, b) => a.start - b.start || a.end - b.end);
	}
}

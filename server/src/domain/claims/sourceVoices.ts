// "Weitz dates the growth of their ties from Karimov's visit", "The State Department described the
// port as a conduit for traffickers": a clause whose subject is the author or the publishing body of a
// source in the corpus, and whose verb says or reasons, tells what that source says. The author and
// the saying are where the statement is told, as a citation is; a source's text does not name its own
// author, so they are no words a passage need hold.

import type { TaggedWord } from '../language/tagger';

/** Who speaks for one source: the family names of its authors and the names of the bodies that publish it. */
export interface SourceSpeakers {
	key: string;
	people: readonly string[];
	bodies: readonly string[];
}

/** Who the subject of a clause is as a speaker for sources: a person (an author) or a body (a publisher). */
export interface Voice {
	keys: string[];
	person: boolean;
}

// A word of a name, and the words that only join a name's words: a writer may leave them out or reorder
// the rest ("U.S. Department of State" is "the State Department").
const NAME_WORD = /^[\p{L}][\p{L}.'’-]*$/u;
const JOINING = new Set(['of', 'the', 'and', 'for', 'on', 'in']);

/** The words of a name that tell it apart, lower case. */
function nameWords(text: string): string[] {
	return text
		.toLowerCase()
		.split(/[\s,]+/)
		.filter((w) => NAME_WORD.test(w) && !JOINING.has(w));
}

/**
 * The word a writer keeps when naming a body short: the last of its name ("State" of "U.S.
 * Department of State", written "the State Department"; "Authority" of "Port of Kelmouth Authority").
 */
function headOf(text: string): string | undefined {
	return nameWords(text).at(-1);
}

/** The names the sources of a corpus are spoken for by, to tell a clause whose subject is one of them. */
export class SourceVoices {
	private readonly people = new Map<string, string[]>();
	// A publisher's name in its parts: "U.S. Department of State, Bureau for International Narcotics …".
	private readonly bodies: { words: Set<string>; head: string; key: string }[] = [];
	private static made = 0;
	/** Tells these voices from another corpus's, for what is remembered of a sentence. */
	readonly id = ++SourceVoices.made;

	constructor(speakers: readonly SourceSpeakers[]) {
		for (const s of speakers) {
			for (const family of s.people) {
				const name = family.toLowerCase();
				if (name.length < 2) continue;
				this.people.set(name, [...(this.people.get(name) ?? []), s.key]);
			}
			for (const body of s.bodies)
				for (const part of body.split(/[,;()]/)) {
					const words = new Set(nameWords(part));
					const head = headOf(part);
					if (head) this.bodies.push({ words, head, key: s.key });
				}
		}
	}

	/**
	 * The sources a clause's subject speaks for: an author by name ("Weitz", "Richard Weitz"), or a
	 * publishing body by words of its name, its last among them, in any order ("the State Department"
	 * of "U.S. Department of State"). The name is the
	 * subject's head and the names before it ("In 1996 the State Department": not "the head of the
	 * Department"). Undefined where it names none.
	 */
	voiceOf(subject: readonly TaggedWord[], head: TaggedWord): Voice | undefined {
		const isName = (w: TaggedWord) => w.pos === 'PROPN' || (w.pos === 'NOUN' && /^\p{Lu}/u.test(w.text));
		let from = subject.indexOf(head);
		if (from < 0 || !isName(head)) return undefined;
		while (from > 0 && isName(subject[from - 1]!)) from--;
		const named = subject.slice(from, subject.indexOf(head) + 1);
		const authors = named.every((w) => w.pos === 'PROPN') ? this.people.get(head.lower) : undefined;
		if (authors) {
			// "Weitz and Ramani argue": each author of a subject of names joined by "and" is credited.
			const joined = subject.every((w) => w.pos === 'PROPN' || w.pos === 'CCONJ' || w.pos === 'PUNCT' || w.pos === 'DET');
			const keys = joined ? subject.flatMap((w) => this.people.get(w.lower) ?? []) : authors;
			return { keys: [...new Set(keys)], person: true };
		}
		const words = named.map((w) => w.lower);
		// A name without its last word names something else: "U.S. Embassy" of "U.S. Embassy in Estonia",
		// "Central Asia" of "Central Asia Program", "George Washington" of "George Washington University".
		// So does one word of a longer name: "Estonia".
		const names = (b: { words: Set<string>; head: string }) =>
			words.every((w) => b.words.has(w)) && words.includes(b.head) && (words.length > 1 || b.words.size === 1);
		const keys = [...new Set(this.bodies.filter(names).map((b) => b.key))];
		return keys.length > 0 ? { keys, person: false } : undefined;
	}
}

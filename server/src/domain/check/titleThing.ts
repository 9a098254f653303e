// A source titled by the one thing it is about, as an encyclopedia's article is ("Kant Air Base"),
// speaks of it as "the base" or "the facility": such a description names the title's names.
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import type { Lexicon } from '../language/lexicon';
import { sameMeaning } from '../language/meaning';
import type { Token } from '../text/analyzer';
import { passageWords } from './events';

interface TitleThing {
	/**
	 * The title's head noun ("pier" of "Kell Pier", "office" of "Pilot Office at Dunmore"), and the
	 * noun the source's opening sentence says it is ("Storm Watch 1987 was the first joint coastal drill").
	 */
	heads: string[];
	/** The title's names, for the passages that speak of its thing. */
	tokens: Token[];
}

// The words of a title that is a noun phrase.
const TITLE_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'ADP', 'CCONJ']);

// Per corpus, as its other caches are: a source's title is read once.
const titleThings = new WeakMap<Corpus, Map<string, TitleThing | null>>();

/**
 * What a source is about, when its title names one thing (as an encyclopedia's article does): the
 * title's names and its head noun. A title that names nothing ("Uzbekistan's security policy") has none.
 */
function titleThing(key: string, corpus: Corpus): TitleThing | undefined {
	let known = titleThings.get(corpus);
	if (!known) titleThings.set(corpus, (known = new Map()));
	let thing = known.get(key);
	if (thing === undefined) {
		const title = corpus.source(key)?.meta.title ?? '';
		const words = corpus.tagger.tag(title);
		// The head comes before a phrase that qualifies it ("Transit Center at Manas").
		const qualifier = words.findIndex((w) => w.pos === 'ADP');
		const lead = qualifier < 0 ? words : words.slice(0, qualifier);
		const head = lead.filter((w) => w.pos === 'NOUN' || w.pos === 'PROPN').at(-1);
		// A title names a thing when a word of it is a name or a number ("Storm Watch 1987") and it is one
		// noun phrase: not a headline ("Westmark: Fishing Rights Treaty Ratified").
		const named = words.some((w) => w !== head && (w.pos === 'PROPN' || w.pos === 'NUM')) && words.every((w) => TITLE_PHRASE.has(w.pos) || w.lower === '-');
		const tokens = corpus.analyzer.analyze(title).tokens.filter((t) => head && t.start !== head.start);
		const heads = [head?.lemma, definedAs(key, title, corpus)].filter((h): h is string => h !== undefined && corpus.lexicon.senses(h, 'n').length > 0);
		thing = head && named && tokens.length > 0 && heads.length > 0 ? { heads, tokens } : null;
		known.set(key, thing);
	}
	return thing ?? undefined;
}

/**
 * Whether a name is of a city within a place the source's title names, or the other way round
 * ("Stockholm" in "Conscription in Sweden"): a writer names a state by its capital.
 */
export function titlePlaceMeets(name: string, source: string, corpus: Corpus): boolean {
	const title = corpus.source(source)?.meta.title ?? '';
	return (titleThing(source, corpus)?.tokens ?? []).some((t) => corpus.lexicon.placeWithin(name, title.slice(t.start, t.end)));
}

/**
 * Whether a key is a name of the one thing a source's title names ("Andijan" of "Andijan massacre"):
 * the setting of all the source says, whether a sentence names it or not.
 */
export function namesTitleThing(key: string, source: string, corpus: Corpus): boolean {
	return titleThing(source, corpus)?.tokens.some((t) => t.key === key) ?? false;
}

// How far into a source its opening definition is looked for (past a heading, an infobox's lines).
const OPENING = 5;

/**
 * What the source's opening sentence says its thing is, as an encyclopedia's article opens: the title,
 * "is" or "was", and a noun phrase whose head is the kind ("the first ever joint coastal drill").
 */
function definedAs(key: string, title: string, corpus: Corpus): string | undefined {
	const source = corpus.source(key);
	if (!source) return undefined;
	for (let id = source.first; id < Math.min(source.end, source.first + OPENING); id++) {
		const sentence = corpus.retriever.sentence(id);
		if (!sentence?.text.startsWith(title)) continue;
		const words = passageWords(sentence, corpus.tagger).filter((w) => w.start >= title.length);
		if (words[0]?.lemma !== 'be') continue;
		let k = 1;
		while (words[k] && DEFINITION_LEAD.has(words[k]!.pos)) k++;
		while (words[k]?.pos === 'NOUN' && words[k + 1]?.pos === 'NOUN') k++;
		if (words[k]?.pos === 'NOUN') return words[k]!.lemma;
	}
	return undefined;
}

// What may come before the head of a definition's noun phrase: "the first ever joint coastal".
const DEFINITION_LEAD = new Set(['DET', 'ADJ', 'ADV', 'NUM']);

const titleMentions = new WeakMap<EvidenceSentence, Token[]>();

/**
 * The title's names, where a passage sentence speaks of its thing by a description of its own: "the"
 * before the title's head noun or a word that says the same ("the base", "the facility"), with no
 * name of its own after it ("the base at Manas" is another).
 */
export function titleThingOf(sentence: EvidenceSentence, corpus: Corpus): Token[] {
	let found = titleMentions.get(sentence);
	if (found) return found;
	found = [];
	const thing = titleThing(sentence.key, corpus);
	if (thing) {
		const words = passageWords(sentence, corpus.tagger);
		for (let i = 0; i < words.length && found.length === 0; i++) {
			if (words[i]!.lower !== 'the') continue;
			let k = i + 1;
			while (words[k]?.pos === 'ADJ') k++;
			const noun = words[k];
			const after = words[k + 1];
			if (noun?.pos !== 'NOUN' || after?.lower === 'of' || after?.pos === 'PROPN' || after?.pos === 'NOUN') continue;
			if (thing.heads.some((head) => noun.lemma === head || describes(noun.lemma, head, corpus.lexicon))) found = thing.tokens;
		}
	}
	titleMentions.set(sentence, found);
	return found;
}

// How far up its kinds a thing may be described: "the facility" for a base (a military installation, an installation).
const KIND_STEPS = 3;

/** Whether a noun says what the head says or names a kind of it, a few steps up (by its usual sense). */
function describes(noun: string, head: string, lexicon: Lexicon): boolean {
	if (sameMeaning(lexicon, { lemma: head, pos: 'n' }, { lemma: noun, pos: 'n' }, true)) return true;
	const [first] = lexicon.senses(head, 'n');
	return (
		first !== undefined &&
		lexicon
			.senses(noun, 'n')
			.slice(0, 3)
			.some((sense) => lexicon.isA(first, sense, KIND_STEPS))
	);
}

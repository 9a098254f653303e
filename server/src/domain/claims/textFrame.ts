// "A 1998 report on the harbour called the pier "the finest on the coast"": a clause whose subject is
// a text (a report, a study, an article) and whose verb says what the text says only tells where the
// writer read it. What the text says is the claim; the text itself is where it is said, as a
// citation is.
import type { Lexicon } from '../language/lexicon';
import { LEXFILE } from '../language/lexicon';
import { USUAL_SENSES } from '../language/meaning';
import type { TaggedWord } from '../language/tagger';
import type { Span } from '../types';
import { isSayingVerb, mainVerb, subjectHead } from './checkable';
import type { SourceVoices } from './sourceVoices';

/** The sense of "writing" that is a written work ("a piece of writing"), not the act of writing. */
function writtenWork(lexicon: Lexicon): number | undefined {
	return lexicon.senses('writing', 'n').find((s) => lexicon.lexfile(s) === LEXFILE.nounCommunication);
}

/** Whether a noun, in one of its usual senses, is a written work in WordNet ("report", "study", "paper"). */
function namesText(word: TaggedWord, lexicon: Lexicon): boolean {
	if (word.pos !== 'NOUN') return false;
	const work = writtenWork(lexicon);
	if (work === undefined) return false;
	return lexicon
		.senses(word.lemma, 'n')
		.slice(0, USUAL_SENSES)
		.some((s) => lexicon.isA(s, work));
}

/** Where a clause's statement is told: its subject and verb, and the sources an author or publisher subject speaks for. */
export interface TextFrame {
	spans: Span[];
	speaksFor?: string[];
}

/**
 * The subject and verb of a clause that tells what a text says ("The 1998 report called …", "A
 * harbour board report described …"), or what a source's author or publisher says ("The Harbour
 * Review described …", "Varga dates …"): the frame in which the clause's statement is told. An author
 * is told in the present of what a source says as well as with a verb of saying ("Varga ties the
 * strike to the tariff"). Undefined where the subject is none of these or the verb does not say.
 */
export function textFrame(words: TaggedWord[], subject: TaggedWord[] | undefined, lexicon: Lexicon, voices?: SourceVoices): TextFrame | undefined {
	if (!subject || subject.length === 0) return undefined;
	const head = subjectHead(subject);
	const verb = mainVerb(words);
	if (!head || !verb) return undefined;
	const saying = isSayingVerb(verb.word.lemma, lexicon);
	const text = namesText(head, lexicon);
	const voice = text ? undefined : voices?.voiceOf(subject, head);
	if (!(text && saying) && !(voice && (saying || (voice.person && verb.tense === 'present')))) return undefined;
	const spans = [
		{ start: subject[0]!.start, end: subject.at(-1)!.end },
		{ start: verb.word.start, end: verb.word.end },
	];
	return voice ? { spans, speaksFor: voice.keys } : { spans };
}

// Who does an act: an actor (a person, a country, an organization, a name of the vocabulary) or a
// thing. A verb told of an actor ("Uzbekistan joined") is not the same act as the same verb told of a
// thing ("the Charter entered into force").
import type { Claim } from '../claims/claim';
import { subjectHead } from '../claims/checkable';
import type { EvidenceSentence } from '../corpus/corpus';
import { nameKind, nounKind } from '../language/kinds';
import { LEXFILE, type Lexicon } from '../language/lexicon';
import { USUAL_SENSES } from '../language/meaning';
import { BE, type TaggedWord } from '../language/tagger';
import type { Span } from '../types';

/**
 * Whether the claim's verb is done by an actor: a name of the vocabulary or a noun for a person, a
 * country or an organization, as the subject of an active verb or after "by" of a passive one.
 */
export function doneByActor(claim: Claim, words: TaggedWord[], verb: TaggedWord, lexicon: Lexicon): boolean {
	const passive = isPassive(words, verb);
	const by = passive ? words.findIndex((w, k) => k > words.indexOf(verb) && w.lower === 'by') : -1;
	const span = passive ? (by < 0 ? undefined : { start: words[by]!.end, end: words.at(-1)!.end }) : claim.subject;
	if (!span) return false;
	const inSpan = words.filter((w) => w.start >= span.start && w.end <= span.end);
	const head = passive ? inSpan.find((w) => w.pos === 'NOUN' || w.pos === 'PROPN') : subjectHead(claim.subjectWords ?? inSpan);
	if (!head) return false;
	const named = claim.analysis.tokens.some((t) => t.kind === 'entity' && t.start <= head.start && t.end >= head.end);
	return named || isActorWord(head, lexicon);
}

/** A noun or name for one who acts: a person, a country, an organization ("leaders", "the council"). */
function isActorWord(w: TaggedWord, lexicon: Lexicon): boolean {
	return nounKind(lexicon, w.lemma.toLowerCase()) !== undefined || (w.pos === 'PROPN' && nameKind(lexicon, w.text) !== undefined);
}

/** "was signed", "had been joined": a verb written after a form of "be". */
export function isPassive(words: TaggedWord[], verb: TaggedWord): boolean {
	const at = words.indexOf(verb);
	return BE.has(words[at - 1]?.lower ?? '') || BE.has(words[at - 2]?.lower ?? '');
}

/**
 * Whether a passage's subject is a thing, not an actor: its head a noun WordNet knows as no person,
 * country or organization ("the Charter"), in none of its usual senses a person or a body of people
 * ("the administration" is first the act of administering), and no name of the vocabulary in it.
 */
export function doneByThing(sentence: EvidenceSentence, subject: Span, words: TaggedWord[], lexicon: Lexicon): boolean {
	if (sentence.analysis.tokens.some((t) => t.kind === 'entity' && t.start >= subject.start && t.end <= subject.end)) return false;
	const head = words.filter((w) => (w.pos === 'NOUN' || w.pos === 'PROPN') && w.start >= subject.start && w.end <= subject.end).at(-1);
	const senses = head ? lexicon.senses(head.lower, 'n') : [];
	if (!head || senses.length === 0) return false;
	const people = senses.slice(0, USUAL_SENSES).some((s) => lexicon.lexfile(s) === LEXFILE.nounPerson || lexicon.lexfile(s) === LEXFILE.nounGroup);
	return !people && !isActorWord(head, lexicon);
}

// Whether a clause states something a source could have said: an event (someone did something, at
// some time), a date or a figure. A writer's framing, evaluation and generalisation ("Kelmouth
// trades where it sets the terms", "both tolls were hard to defend", "it will outlast both
// mayors") are not: no source is expected to say them, so their having none is no finding.
// Such a clause is still checked, and reported when a source supports it.
import { LEXFILE, type Lexicon } from '../language/lexicon';
import type { TaggedWord } from '../language/tagger';
import { RELATIVES } from './clauseWords';
import { USUAL_SENSES } from '../language/meaning';

export type Tense = 'past' | 'perfect' | 'present' | 'modal' | 'none';

/** The verb a clause's statement rests on, and how it is said. */
export interface MainVerb {
	word: TaggedWord;
	tense: Tense;
	/** An infinitive after the clause's own start ("only to suspend"): its time is the sentence's. */
	infinitive: boolean;
}

const MODALS = new Set(['would', 'could', 'might', 'may', 'should', 'must', 'can', 'shall', 'will', "'ll", 'ought']);
/** The auxiliaries of the perfect ("has", "'ve"); "'d" may also be "would", so it is the perfect only beside a participle. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had', "'ve"]);
const PERFECT = new Set([...PERFECT_AUXILIARIES, "'d"]);
const PAST_AUX = new Set(['did', 'was', 'were']);
const PRESENT_AUX = new Set(['do', 'does', 'is', 'are', 'am', "'s", "'re", "'m"]);
// Words that open a clause inside the clause: the verb after them is not the clause's own.
const SUBORDINATORS = new Set([
	'that',
	'whether',
	'if',
	'because',
	'since',
	'although',
	'though',
	'while',
	'whereas',
	'when',
	'where',
	'which',
	'who',
	'whom',
	'whose',
	'as',
]);

/** The clause's main verb: its first verb outside a clause it embeds, with the auxiliaries before it. */
export function mainVerb(words: TaggedWord[]): MainVerb | undefined {
	let auxiliaries: TaggedWord[] = [];
	// "After suspending its membership, Uzbekistan allowed …": a leading phrase up to its comma is not the clause's own.
	// So is a leading participle's phrase: "Speaking in Moscow, Karimov said …", "Following years of refusing, …".
	let from = 0;
	if (words[0] && (words[0].pos === 'ADP' || words[0].pos === 'SCONJ' || words[0].pos === 'VERB')) {
		const comma = words.findIndex((w) => w.lower === ',');
		if (comma > 0 && words.slice(comma + 1).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) from = comma + 1;
	}
	let bracketed = 0;
	for (let i = from; i < words.length; i++) {
		const w = words[i]!;
		// An aside in brackets ("(see Figure 1)") is no part of the clause.
		if (w.text === '(') bracketed++;
		else if (w.text === ')' && bracketed > 0) bracketed--;
		if (bracketed > 0 || w.text === ')') continue;
		// A relative clause's own verb follows its pronoun: "which allowed …", "a step that was confirmed …".
		const relative =
			(w.lower === 'that' || w.lower === 'which' || w.lower === 'who') &&
			i <= from + 4 &&
			!words.slice(from, i).some((x) => x.pos === 'VERB' || x.pos === 'AUX');
		// "Varga, who is on a short visit, said …": a relative clause set off by commas describes the subject.
		const aside = (w.lower === 'who' || w.lower === 'which') && words[i - 1]?.lower === ',' && i - 1 > from;
		if (SUBORDINATORS.has(w.lower) && (w.pos === 'SCONJ' || w.pos === 'PRON' || w.pos === 'ADP') && i > 0 && (!relative || aside)) {
			// "When they met in 1987, X endorsed …": a leading subordinate clause ends at its comma.
			const comma = words.findIndex((x, k) => k > i && x.lower === ',');
			if (comma < 0) break;
			i = comma;
			auxiliaries = [];
			continue;
		}
		if (w.pos === 'AUX' || (w.pos === 'VERB' && (MODALS.has(w.lower) || PERFECT.has(w.lower) || PAST_AUX.has(w.lower)) && isVerbNext(words, i))) {
			auxiliaries.push(w);
			continue;
		}
		if (w.pos !== 'VERB') {
			if (w.pos !== 'ADV' && w.pos !== 'PART') auxiliaries = auxiliaries.length > 0 && w.lower !== 'not' ? auxiliaries : [];
			continue;
		}
		if (isContactRelative(words, i, from)) {
			auxiliaries = [];
			continue;
		}
		const infinitive = words[i - 1]?.lower === 'to' && auxiliaries.length === 0;
		return { word: w, tense: tenseOf(w, auxiliaries), infinitive };
	}
	// A copula alone is the verb: "Leaving was not simple".
	const copula = auxiliaries.at(-1);
	return copula ? { word: copula, tense: tenseOf(copula, auxiliaries.slice(0, -1)), infinitive: false } : undefined;
}

/**
 * "the coal they bought could not warm …": a relative clause with no pronoun to open it, its own
 * subject a pronoun right after the noun it describes, in the clause's subject; the clause's verb
 * comes after it (with no comma or subordinator between).
 */
function isContactRelative(words: TaggedWord[], at: number, from: number): boolean {
	if (words[at - 1]?.pos !== 'PRON' || words[at - 2]?.pos !== 'NOUN' || words[from]?.pos === 'ADP') return false;
	if (SUBORDINATORS.has(words[at - 1]!.lower) || words.slice(from, at).some((w) => w.pos === 'VERB' || w.pos === 'AUX')) return false;
	for (let k = at + 1; k < words.length; k++) {
		const w = words[k]!;
		if (w.pos === 'VERB' || w.pos === 'AUX') return true;
		if (w.lower === ',' || SUBORDINATORS.has(w.lower)) return false;
	}
	return false;
}

function isVerbNext(words: TaggedWord[], i: number): boolean {
	for (let k = i + 1; k < words.length && k <= i + 3; k++) {
		if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') return true;
		if (words[k]!.pos !== 'ADV' && words[k]!.pos !== 'PART') return false;
	}
	return false;
}

function tenseOf(verb: TaggedWord, auxiliaries: TaggedWord[]): Tense {
	if (auxiliaries.some((a) => MODALS.has(a.lower))) return 'modal';
	const perfect = auxiliaries.find((a) => PERFECT.has(a.lower));
	// "have their own tariff quarrels": a perfect is made with a participle; before a word in the
	// present's "-s" form, "have" is the verb itself, its object a noun the tagger read as a verb.
	if (perfect && isPresentForm(verb) && verb.lower !== verb.lemma) return perfect.lower === 'had' || perfect.lower === "'d" ? 'past' : 'present';
	if (perfect) return 'perfect';
	if (auxiliaries.some((a) => PAST_AUX.has(a.lower))) return 'past';
	if (auxiliaries.some((a) => PRESENT_AUX.has(a.lower))) return 'present';
	const word = verb.lower;
	if (PAST_AUX.has(word)) return 'past';
	if (PRESENT_AUX.has(word) || word === 'has' || word === 'have') return 'present';
	if (MODALS.has(word)) return 'modal';
	if (word.endsWith('ing')) return 'present';
	if (word === verb.lemma || isPresentForm(verb)) return 'present';
	return 'past';
}

/** "quarrels", "passes", "carries": the present's form of the third person. */
function isPresentForm(verb: TaggedWord): boolean {
	const [word, lemma] = [verb.lower, verb.lemma];
	return word === `${lemma}s` || word === `${lemma}es` || (lemma.endsWith('y') && word === `${lemma.slice(0, -1)}ies`);
}

/** Verbs of being, feeling and perceiving: said in the past of no particular moment, they describe rather than tell. */
const DESCRIPTIVE = new Set<number>([LEXFILE.verbStative, LEXFILE.verbEmotion, LEXFILE.verbPerception]);

export interface ClauseFacts {
	/** The clause gives a date or a figure. */
	dated: boolean;
	/** All its dates and figures are in its subject ("The arguments heard in 2021 point the other way"). */
	datedInSubjectOnly?: boolean;
	/** Where its first date or figure starts, when it gives one. */
	firstFactAt?: number;
	/** All its dates say which thing is meant ("the rapprochement of 2006"); it gives no figure. */
	datesNameThings?: boolean;
	/** The words of the clause's subject (its own or the one it borrows). */
	subject?: TaggedWord[];
	/** The subject names an actor (an entity or a name, or a pronoun that stands for one). */
	subjectActor?: boolean;
	/** The subject's head noun phrase names an actor (not a phrase after it: "the arguments heard in Tashkent"). */
	headActor?: boolean;
	/** An actor is named after the subject ("led Kazakhstan to withdraw"). */
	predicateActor?: boolean;
	/** The sentence's first clause is told in the past: an infinitive clause after it is too. */
	sentencePast: boolean;
	/** The writer speaks in the first person. */
	firstPerson: boolean;
}

/**
 * Why a clause states nothing a source could be expected to say (a generalisation, a prediction,
 * an evaluation, the writer's own view), or undefined when it tells an event or gives a fact.
 */
export function generalReason(words: TaggedWord[], facts: ClauseFacts, lexicon: Lexicon): string | undefined {
	if (facts.firstPerson) return 'the writer’s own view';
	const verb = mainVerb(words);
	if (verb && seemsTo(words, verb, lexicon)) return 'an impression';
	// "is likely to stay the figure Varga gave in March", "are hard to reconcile": an adjective the copula
	// says in the present, completed by an infinitive, is the writer's weighing; a date in what it
	// speaks of dates no event of the clause's own.
	if (verb && verb.tense === 'present' && isAdjectiveCompleted(words, verb)) return 'a description';
	// "The complaints heard in 1994 point the other way", "Kelmouth's caution has deep roots": an idea,
	// a quality or a state as subject is the writer's reading of events, not an event.
	// (An act or idea that moves an actor, "Varga's remarks led Westmark to withdraw", tells what the actor did;
	// a time as subject, "The second season turned on whether to dredge the channel", orders the account.)
	const head = facts.subject && subjectHead(facts.subject);
	const abstractSubject = !facts.subjectActor && (!facts.predicateActor || isTime(head, lexicon)) && isAbstract(head, lexicon);
	// A date that only says which idea is meant ("the 2021 debate", "the record since 2006"), the idea's
	// bearing told in the present, dates no event: the clause is the writer's reading all the same.
	if (facts.dated) {
		// "Few harbours silted up as quickly as the one at the river mouth after 1911": dates only in what
		// the subject is measured against say which thing that is; the clause still weighs by degree.
		const standard = comparisonStandard(words);
		if (standard !== undefined && facts.firstFactAt !== undefined && facts.firstFactAt >= standard) return 'an assessment';
		const abstractHead = !facts.headActor && facts.subject !== undefined && isAbstract(subjectHead(facts.subject), lexicon);
		// So is a copula's after a time the date names ("The year 1987 was a watershed"): it weighs
		// the time. ("The founding in 1948 of the fleet was a concern" still dates the founding.)
		const after = abstractHead && facts.datedInSubjectOnly ? verbAfter(words, facts.subject!) : undefined;
		if (after && (after.tense === 'present' || (after.word.lemma === 'be' && isTime(subjectHead(facts.subject!), lexicon)))) return 'an interpretation';
		// "The optimism of 1987 did not achieve much": an idea named by its date, and nothing else dated,
		// is the writer's reading of what came of it, in whatever tense.
		// (Not a thing a name qualifies, "the Kelmouth regatta of 1911": that names one meeting, an event.)
		if (abstractSubject && facts.datedInSubjectOnly && facts.datesNameThings && !isNamed(head, facts.subject!)) return 'an interpretation';
		// "It traces the harbour quarrel of 1987 …": things named by their dates, told of in the present.
		// (A bare participle, "setting a sailing date of May 1962", has the tense of the clause it goes with.)
		const participle = verb !== undefined && verb.word.lower.endsWith('ing') && words[words.indexOf(verb.word) - 1]?.pos !== 'AUX';
		return facts.datesNameThings && verb?.tense === 'present' && !participle ? 'a general statement' : undefined;
	}
	if (abstractSubject) return 'an interpretation';
	if (comparesDegree(words)) return 'an assessment';
	if (!verb) return 'no verb';
	if (verb.infinitive) return facts.sentencePast ? undefined : 'no time';
	if (denies(words, verb)) return 'a denial';
	if (verb.tense === 'modal' || isObligation(words, verb)) return 'a possibility or prediction';
	const lemma = verb.word.lemma;
	if (lemma === 'be' || isAdjectiveCompleted(words, verb)) return 'a description';
	if (tellsRelation(words, verb, facts, lexicon)) return undefined;
	if (verb.tense === 'present' || (verb.tense === 'perfect' && isUnbounded(words, verb))) return 'a general statement';
	if (isPassiveAct(words, verb, lexicon)) return undefined;
	const first = lexicon.senses(lemma, 'v')[0];
	const kind = first === undefined ? undefined : lexicon.lexfile(first);
	if (kind !== undefined && DESCRIPTIVE.has(kind) && !(kind === LEXFILE.verbEmotion && aims(words, verb, facts))) return 'a description';
	return undefined;
}

/**
 * "was built on the border", "were held in Dushanbe": a passive in the past tells what was done to
 * its subject unless every usual sense of its verb is a state. Its particle is the place phrase's
 * preposition, not part of the verb ("build on" is a state; "built … on the border" is an act).
 */
function isPassiveAct(words: TaggedWord[], verb: MainVerb, lexicon: Lexicon): boolean {
	const at = words.indexOf(verb.word);
	const be = words.slice(Math.max(0, at - 2), at).some((w) => w.lemma === 'be' && w.pos === 'AUX');
	// A relative clause's passive ("…, which was held in Kaliningrad") describes the thing it follows.
	const opening = words.find((w) => w.pos !== 'PUNCT' && w.pos !== 'CCONJ');
	if (!be || verb.word.pos !== 'VERB' || verb.tense !== 'past' || (opening && RELATIVES.has(opening.lower))) return false;
	const lemma = verb.word.lemma.split('_')[0]!;
	const senses = lexicon.senses(lemma, 'v').slice(0, USUAL_SENSES);
	return senses.some((s) => !DESCRIPTIVE.has(lexicon.lexfile(s)));
}

/**
 * "the tide seemed to turn again", "Westmark appeared to accept it": a verb of seeming (its usual
 * sense one of perception) before an infinitive tells how things looked, dated or not; what is said
 * to have seemed so is not asserted.
 */
function seemsTo(words: TaggedWord[], verb: MainVerb, lexicon: Lexicon): boolean {
	if (verb.word.pos !== 'VERB') return false;
	const at = words.indexOf(verb.word);
	if (words[at + 1]?.lower !== 'to' || words[at + 2]?.pos !== 'VERB') return false;
	const first = lexicon.senses(verb.word.lemma, 'v')[0];
	return first !== undefined && lexicon.lexfile(first) === LEXFILE.verbPerception;
}

// Comparatives of time order events ("later that year", "earlier"); they weigh nothing.
const TIME_DEGREES = new Set(['late', 'early', 'soon']);
const DEGREE_WORDS = new Set(['more', 'most', 'less', 'least']);

/**
 * "remained the heavier weight", "gained most visibly", "swung as sharply as", "pushed too hard": a
 * clause that weighs by degree, with no date or figure to pin it, weighs things as the writer sees
 * them. A source may say it too (it is then supported), but where none does it is the writer's
 * assessment.
 */
function comparesDegree(words: TaggedWord[]): boolean {
	return words.some((w, i) => {
		// "swung as sharply as", "shaped so thoroughly … as", "as many interests as": an equal degree.
		if (isEqualDegree(words, i)) return words.slice(i + 2).some((v) => v.lower === 'as' || v.lower === 'that');
		// "pushed too hard", "paid too little": a degree past a measure the writer sets.
		if (w.lower === 'too' && graded(words[i + 1])) return true;
		return isDegree(words, i) && !sought(words, i);
	});
}

/** An adjective or adverb that can be graded: not a comparative of time, which orders events. */
const graded = (w: TaggedWord | undefined) => (w?.pos === 'ADJ' || w?.pos === 'ADV') && !TIME_DEGREES.has(w.lemma);

/** "as quickly", "so thoroughly": the start of an equal degree (not "as well as", which joins). */
function isEqualDegree(words: TaggedWord[], at: number): boolean {
	const w = words[at]!;
	return (w.lower === 'as' || w.lower === 'so') && graded(words[at + 1]) && words[at + 1]!.lower !== 'well';
}

/** "more visibly", "the heavier", "widest": a comparative or superlative. */
function isDegree(words: TaggedWord[], at: number): boolean {
	const w = words[at]!;
	return DEGREE_WORDS.has(w.lower) ? graded(words[at + 1]) : graded(w) && w.lemma !== w.lower && /[a-z](?:er|est)$/.test(w.lower);
}

/**
 * Where the standard of a comparison by degree starts: after the second "as" of "as quickly as", or
 * the "than" after "more", "greater". Not where a figure follows ("as many as 300", "fewer than
 * forty"): that bounds the figure.
 */
function comparisonStandard(words: TaggedWord[]): number | undefined {
	for (let i = 0; i < words.length; i++) {
		const equal = isEqualDegree(words, i);
		if (!equal && !isDegree(words, i)) continue;
		const closing = words.findIndex((v, k) => k > i + 1 && (equal ? v.lower === 'as' : v.lower === 'than'));
		if (closing >= 0 && words[closing + 1]?.pos !== 'NUM' && words[closing + 1]?.pos !== 'SYM') return words[closing]!.end;
	}
	return undefined;
}

/**
 * "pressed for a stronger HL", "endorsed greater coordination", "more effective cooperation": a
 * degree before a noun, not ranked by "the", is what an actor sought, not the writer's weighing.
 */
function sought(words: TaggedWord[], at: number): boolean {
	let k = at + 1;
	while (words[k]?.pos === 'ADJ' || words[k]?.pos === 'ADV') k++;
	return (words[k]?.pos === 'NOUN' || words[k]?.pos === 'PROPN') && words[at - 1]?.lower !== 'the';
}

const NEGATIONS = new Set(['not', "n't", 'never']);

/**
 * "Westmark was never dropped", "he did not hand back the concession": that something did not happen, with
 * no date to pin it, is what the writer concludes from what sources tell; a source that tells the
 * opposite still contradicts it.
 */
function denies(words: TaggedWord[], verb: MainVerb): boolean {
	for (let k = words.indexOf(verb.word) - 1; k >= 0 && (words[k]!.pos === 'AUX' || words[k]!.pos === 'ADV' || words[k]!.pos === 'PART'); k--) {
		if (NEGATIONS.has(words[k]!.lower)) return true;
	}
	return false;
}

/**
 * "The harbour board answers to the town council", "Port Arden hosts the coast's only dry dock": an
 * actor's standing relation to another actor, told in the simple present, is a fact a source states
 * as it stands. Not so a passive or a progressive ("are kept busy", "is drifting"), which describes
 * a state or a process as the writer sees it; a verb of saying or thinking, which weighs; a clause
 * opened by "where", "when" or "if", which generalises over occasions; an "-ing" form with no
 * auxiliary (a gerund: "Owning a boat makes no one a pilot"); or a capitalised word read as a verb,
 * a title's.
 */
function tellsRelation(words: TaggedWord[], verb: MainVerb, facts: ClauseFacts, lexicon: Lexicon): boolean {
	if (verb.tense !== 'present' || !facts.headActor || !facts.predicateActor || verb.word.pos !== 'VERB') return false;
	const at = words.indexOf(verb.word);
	if (words[at - 1]?.pos === 'AUX' || words[at - 2]?.pos === 'AUX' || verb.word.lower.endsWith('ing') || /^\p{Lu}/u.test(verb.word.text)) return false;
	if (SUBORDINATORS.has(words[0]?.lower ?? '')) return false;
	return !isSayingVerb(verb.word.lemma, lexicon);
}

// Adverbs of a time with no bounds: "has long closed", "have always refused".
const UNBOUNDED = new Set(['long', 'always']);

/**
 * "Fog has long closed the harbour", "the pilots have always refused": a perfect over a time with no
 * bounds, and no date, tells a lasting state of things, not an event: the writer's generalisation.
 */
function isUnbounded(words: TaggedWord[], verb: MainVerb): boolean {
	for (let k = words.indexOf(verb.word) - 1; k >= 0 && (words[k]!.pos === 'ADV' || words[k]!.pos === 'PART'); k--) {
		if (UNBOUNDED.has(words[k]!.lower)) return true;
	}
	return false;
}

/**
 * "Kelmouth had wanted to build the pier", "the council hoped to sell": a verb of feeling (of
 * wanting) with an infinitive, said of an actor, tells what the actor sought, as sources report it.
 */
function aims(words: TaggedWord[], verb: MainVerb, facts: ClauseFacts): boolean {
	const at = words.indexOf(verb.word);
	return facts.headActor === true && words[at + 1]?.lower === 'to' && words[at + 2]?.pos === 'VERB';
}

/** "has to reckon with": an obligation, said as a modal says it. */
function isObligation(words: TaggedWord[], verb: MainVerb): boolean {
	const at = words.indexOf(verb.word);
	return words[at - 1]?.lower === 'to' && words[at - 2]?.lemma === 'have';
}

/** "both were hard to accept": the adjective after the copula is what is said; the infinitive only completes it. */
function isAdjectiveCompleted(words: TaggedWord[], verb: MainVerb): boolean {
	const at = words.indexOf(verb.word);
	return words[at - 1]?.lower === 'to' && words[at - 2]?.pos === 'ADJ' && words[at - 3]?.lemma === 'be';
}

/** The main verb after the subject's words: "point" of "The arguments heard in 2021 point …", not "heard". */
function verbAfter(words: TaggedWord[], subject: TaggedWord[]): MainVerb | undefined {
	const end = subject.at(-1)?.end ?? 0;
	return mainVerb(words.filter((w) => w.start >= end));
}

/** The head of a subject: the last noun of its first run of nouns ("Tashkent's wariness", "the arguments heard …"). */
export function subjectHead(words: TaggedWord[]): TaggedWord | undefined {
	const after = leadingPhraseEnd(words);
	return (after > 0 ? headOf(words.slice(after)) : undefined) ?? headOf(words);
}

/**
 * "At the spring regatta the pilots", "During the strike the dockers", "In the winter of 1911 the
 * two ports": a leading phrase not closed by a comma, its noun phrase (and an "of" after it) ended
 * where a determiner opens another. That is where the subject starts, or 0 where no such phrase leads.
 */
function leadingPhraseEnd(words: TaggedWord[]): number {
	if (words[0]?.pos !== 'ADP' || words[0].lower === 'of') return 0;
	let headed = false;
	for (let k = 1; k < words.length; k++) {
		const w = words[k]!;
		if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM') headed = true;
		else if (w.pos === 'DET' && headed) return k;
		else if (w.lower === 'of' && headed) headed = false;
		else if (w.pos !== 'DET' && w.pos !== 'ADJ' && w.pos !== 'PART' && w.pos !== 'PRON') return 0;
	}
	return 0;
}

function headOf(words: TaggedWord[]): TaggedWord | undefined {
	let head: TaggedWord | undefined;
	for (const w of words) {
		if (w.pos === 'NOUN' || w.pos === 'PROPN') head = w;
		else if (w.pos === 'PART' || w.pos === 'ADJ' || w.pos === 'DET' || w.pos === 'NUM' || (w.pos === 'PUNCT' && w.lower === '-')) {
			if (head && w.pos !== 'PART') break;
		} else if (head) break;
	}
	// "This", "that" as a subject point at what the writer said before.
	if (!head) {
		const first = words.find((w) => w.pos !== 'ADV' && w.pos !== 'CCONJ');
		if (first && (first.lower === 'this' || first.lower === 'that' || first.lower === 'these' || first.lower === 'those')) return first;
	}
	return head;
}

// Kinds of sense that name no actor: acts, ideas, words, qualities, feelings, relations, states, processes, times.
const ABSTRACT = new Set<number>([
	LEXFILE.nounAct,
	7,
	LEXFILE.nounCognition,
	LEXFILE.nounCommunication,
	LEXFILE.nounEvent,
	12,
	16,
	19,
	22,
	24,
	26,
	LEXFILE.nounTime,
]);

/** "the Kelmouth regatta": a head a name qualifies, right before it. */
function isNamed(head: TaggedWord | undefined, subject: TaggedWord[]): boolean {
	const at = head ? subject.indexOf(head) : -1;
	return at > 0 && subject[at - 1]!.pos === 'PROPN';
}

/** A noun whose usual sense is a time ("year", "decade", "moment"). */
function isTime(head: TaggedWord | undefined, lexicon: Lexicon): boolean {
	const first = head?.pos === 'NOUN' ? lexicon.senses(head.lemma, 'n')[0] : undefined;
	return first !== undefined && lexicon.lexfile(first) === LEXFILE.nounTime;
}

function isAbstract(head: TaggedWord | undefined, lexicon: Lexicon): boolean {
	if (!head) return false;
	if (head.pos === 'DET' || head.pos === 'PRON') return true;
	if (head.pos !== 'NOUN') return false;
	const first = lexicon.senses(head.lemma, 'n')[0];
	return first !== undefined && ABSTRACT.has(lexicon.lexfile(first));
}

/** A verb of saying or of thinking ("write", "conclude", "argue"), by WordNet's kind of its usual sense. */
export function isSayingVerb(lemma: string, lexicon: Lexicon): boolean {
	const first = lexicon.senses(lemma, 'v')[0];
	const kind = first === undefined ? -1 : lexicon.lexfile(first);
	return kind === LEXFILE.verbCommunication || kind === LEXFILE.verbCognition;
}

/**
 * The verb that says what the clause reports: its main verb, or where that is a verb of saying or
 * thinking with a "that" clause after it ("readers may forget that Karimov visited China", "Putin said
 * their positions coincided"), that clause's verb: what was said carries the claim, not the saying.
 */
export function reportedVerb(words: TaggedWord[], lexicon: Lexicon): MainVerb | undefined {
	const verb = mainVerb(words);
	if (!verb) return undefined;
	if (!isSayingVerb(verb.word.lemma, lexicon)) return verb;
	const after = words.findIndex((w) => w.start >= verb.word.end);
	if (after < 0) return verb;
	const from = whatWasSaidFrom(words, after, lexicon);
	const rest = words[from]?.lower === 'that' ? words.slice(from + 1) : words.slice(from);
	const inner = mainVerb(rest);
	// Said of a subject of its own: not "agreed to interpret", "planned to double" (the saying's own object).
	return inner &&
		!inner.infinitive &&
		rest.indexOf(inner.word) > 0 &&
		rest.slice(0, rest.indexOf(inner.word)).some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON')
		? inner
		: verb;
}

/**
 * Where what was said starts after a verb of saying: past the phrases that tell how and when it was
 * said ("said in a statement on Tuesday that …", "said last week that …", "said on Thursday the ferry was
 * …"), not phrases that open what was said; right at the verb where none follows.
 */
function whatWasSaidFrom(words: TaggedWord[], after: number, lexicon: Lexicon): number {
	// "said in a statement on Tuesday that …": phrases before the "that" that opens what was said tell how and when it was said.
	let that = after;
	while (that < words.length && (words[that]!.pos === 'ADP' || NOUN_PHRASE.has(words[that]!.pos))) that++;
	if (that > after && words[that]?.lower === 'that' && words[that]!.pos === 'SCONJ') return that;
	let end = after;
	let headed = false;
	for (let k = words[after]?.pos === 'ADP' ? after + 1 : after; k < words.length && NOUN_PHRASE.has(words[k]!.pos); k++) {
		// A determiner after a noun opens another phrase: "said on Tuesday the pier …".
		if (words[k]!.pos === 'DET' && headed) break;
		headed ||= words[k]!.pos !== 'DET' && words[k]!.pos !== 'ADJ';
		if (namesTime(words[k]!, lexicon)) end = k + 1;
	}
	// "on 4 May 2014": the year goes with its month.
	while (end > after && words[end]?.pos === 'NUM') end++;
	// "said Tuesday's storm …": a time that qualifies a noun is of what was said.
	return words[end]?.pos === 'PART' ? after : end;
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/** A noun or a name whose usual sense is a time ("week", "Tuesday", "May"). */
function namesTime(word: TaggedWord, lexicon: Lexicon): boolean {
	const lemma = word.pos === 'NOUN' ? word.lemma : word.pos === 'PROPN' ? word.lower : undefined;
	const first = lemma === undefined ? undefined : lexicon.senses(lemma, 'n')[0];
	return first !== undefined && lexicon.lexfile(first) === LEXFILE.nounTime;
}

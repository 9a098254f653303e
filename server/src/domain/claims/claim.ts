// A claim: one clause of a sentence, read with what it shares with the rest of the sentence (a
// borrowed subject or verb) and with what its pronouns point back to. It is what the checker judges,
// underlines and fixes; a sentence of one fact is one claim.
import { endOfChange, isFigure } from '../facts/numbers';
import type { Lexicon } from '../language/lexicon';
import type { TaggedWord } from '../language/tagger';
import { isActor, type Analysis, type Token } from '../text/analyzer';
import type { DateMention, NumberMention, Sentence, Span } from '../types';
import { generalReason, mainVerb, subjectHead } from './checkable';
import type { Clause } from './clauses';
import type { Referent } from './discourse';
import type { SentenceReading } from './reading';
import type { SourceVoices } from './sourceVoices';
import { textFrame } from './textFrame';

export interface Claim {
	sentence: Sentence;
	/** [start, end) into the sentence text: the clause. */
	span: Span;
	/** Whether the clause is the whole sentence: such a claim is told from others by its sentence alone, and underlined as the sentence. */
	wholeSentence: boolean;
	/** The clause's words and actors, with those it borrows and those its pronouns stand for. */
	analysis: Analysis;
	/** The clause's own dates and figures. */
	dates: DateMention[];
	/** The dates of the sentence's other clauses. */
	siblingDates: DateMention[];
	/** The words the clause borrows from another (a subject, a verb: "and again in 2005" of "was reelected in 2000"). */
	borrowedWords: TaggedWord[];
	numbers: NumberMention[];
	/** The clause's own words, tagged. */
	words: TaggedWord[];
	/** The clause's subject in the sentence text, where one is found, and its words (its own or those it borrows). */
	subject?: Span;
	subjectWords?: TaggedWord[];
	/** The text the clause says something of, and its verb of saying ("A 1998 report called …"), where it tells what a text says. */
	frame?: Span[];
	/** The sources whose author or publisher the clause says this of ("Weitz argues …"): whom the writer credits with it, as a citation does. */
	speaksFor?: string[];
	/**
	 * Why the clause states nothing a source could be expected to say (a generalisation, a prediction,
	 * an evaluation), when so: it is reported only when a source supports it.
	 */
	general?: string;
	/** Tells this claim's reading from any other: its text, its clause and what its pronouns stand for. */
	key: string;
}

const within = (span: Span, spans: Span[]) => spans.some((s) => span.start >= s.start && span.end <= s.end);
const holds = (spans: Span[], offset: number) => spans.some((s) => offset >= s.start && offset < s.end);

/** The tokens a pronoun's actors add: each actor's words, where the pronoun stands. */
function referentTokens(referents: Referent[], spans: Span[], own: Token[]): Token[] {
	const added: Token[] = [];
	const named = new Set(own.map((t) => t.key));
	for (const referent of referents) {
		if (!within(referent, spans)) continue;
		for (const mention of referent.mentions) {
			for (const key of mention.keys) {
				if (named.has(key)) continue;
				named.add(key);
				added.push({ key, kind: mention.token, start: referent.start, end: referent.end, referent: true });
			}
		}
	}
	return added;
}

// A sentence read before, with the same actors behind its pronouns, makes the same claims wherever
// it now stands: they are made once and given the sentence as it stands now.
const made = new WeakMap<SentenceReading, Map<string, Claim[]>>();

/** The claims of a sentence: one per clause that says something, each with its context. */
export function claimsOf(sentence: Sentence, reading: SentenceReading, referents: Referent[], lexicon: Lexicon, voices?: SourceVoices): Claim[] {
	if (reading.notClaim) return [];
	const id = `${voices?.id ?? 0}:` + referents.map((r) => `${r.start}-${r.end}:${r.mentions.map((m) => `${m.token}${m.keys.join('+')}`).join('|')}`).join(';');
	let byReferents = made.get(reading);
	if (!byReferents) made.set(reading, (byReferents = new Map()));
	let claims = byReferents.get(id);
	if (!claims) {
		claims = makeClaims(sentence, reading, referents, lexicon, voices);
		if (byReferents.size > 8) byReferents.clear();
		byReferents.set(id, claims);
	}
	return claims.map((c) => (c.sentence === sentence ? c : { ...c, sentence }));
}

function makeClaims(sentence: Sentence, reading: SentenceReading, referents: Referent[], lexicon: Lexicon, voices?: SourceVoices): Claim[] {
	const claims: Claim[] = [];
	const sentencePast = isPast(reading, reading.clauses[0]);
	for (const clause of reading.clauses) claims.push(clauseClaim(sentence, reading, clause, referents, lexicon, sentencePast, voices));
	// A checkable statement names someone or something, or gives a date or a figure.
	return claims.filter((c) => c.analysis.tokens.some(isActor) || c.dates.length > 0 || c.numbers.some((n) => telling(sentence.text, n, c.words, lexicon)));
}

/**
 * The sentence read as one claim, its clauses together: what a passage that tells the whole of it
 * in other words is compared with, where a clause read alone finds no support.
 */
export function sentenceClaim(sentence: Sentence, reading: SentenceReading, referents: Referent[], lexicon: Lexicon, voices?: SourceVoices): Claim {
	const subject = reading.clauses[0]?.subject;
	const whole: Clause = { span: { start: 0, end: sentence.text.length }, shared: [], ...(subject ? { subject } : {}) };
	return clauseClaim(sentence, reading, whole, referents, lexicon, isPast(reading, reading.clauses[0]), voices);
}

/**
 * A clause read together with the one it borrows its subject from ("Kelmouth turned toward the League
 * and was again a member from 1921 to 1934"): two verbs of one actor that a passage may tell as one
 * ("rejoined the HL from 1921-1934"). Undefined where the clause borrows from none. (The clause lent
 * to is not judged so: what it says beyond the acts both tell would go unchecked.)
 */
export function joinedClaim(
	sentence: Sentence,
	reading: SentenceReading,
	span: Span,
	referents: Referent[],
	lexicon: Lexicon,
	voices?: SourceVoices,
): Claim | undefined {
	const at = reading.clauses.findIndex((c) => c.span.start === span.start && c.span.end === span.end);
	if (at < 0) return undefined;
	const borrows = (k: number) => {
		const clause = reading.clauses[k];
		const before = reading.clauses[k - 1];
		return clause !== undefined && before !== undefined && clause.shared.some((s) => s.start >= before.span.start && s.end <= before.span.end);
	};
	if (!borrows(at)) return undefined;
	const first = at - 1;
	const [a, b] = [reading.clauses[first]!, reading.clauses[first + 1]!];
	// From the actor on where a clause of its own leads the first ("after the massacre strained ties, …"):
	// that is not one of the actor's acts. (A leading phrase, "In June 2013", dates them.)
	const leading = a.subject && a.subject.start > a.span.start && a.subject.end <= a.span.end ? a.subject : undefined;
	const from = leading && reading.words.some((w) => w.start >= a.span.start && w.end <= leading.start && w.pos === 'VERB') ? leading.start : a.span.start;
	const joined: Clause = {
		span: { start: from, end: b.span.end },
		shared: a.shared,
		...(a.context ? { context: a.context } : {}),
		...(a.subject ? { subject: a.subject } : {}),
	};
	return clauseClaim(sentence, reading, joined, referents, lexicon, isPast(reading, reading.clauses[0]), voices);
}

/** The sentence's first clause tells of the past ("X rejoined in 2006, only to suspend …"). */
function isPast(reading: SentenceReading, first: Clause | undefined): boolean {
	if (!first) return false;
	const verb = mainVerb(reading.words.filter((w) => w.start >= first.span.start && w.end <= first.span.end));
	return verb !== undefined && (verb.tense === 'past' || verb.tense === 'perfect');
}

function clauseClaim(
	sentence: Sentence,
	reading: SentenceReading,
	clause: Clause,
	referents: Referent[],
	lexicon: Lexicon,
	sentencePast: boolean,
	voices?: SourceVoices,
): Claim {
	const spans = [clause.span, ...clause.shared];
	const inClause = (s: Span) => s.start >= clause.span.start && s.end <= clause.span.end;
	const words = reading.words.filter((w) => inClause(w));
	const subjectSpan = clause.subject;
	const subject = subjectSpan ? reading.words.filter((w) => w.start >= subjectSpan.start && w.end <= subjectSpan.end) : undefined;
	// "A 1998 report called …", "Weitz dates …": the text or the author that says it, and its saying, only tell where it is said.
	const told = textFrame(words, subject, lexicon, voices);
	const frame = told?.spans;
	const scene = [...(clause.context ?? []), ...(frame ?? [])];
	// The words of a description whose actor is known ("the Eurasian military bloc") describe it: they set the scene.
	const described = referents.filter((r) => within(r, spans));
	const own = reading.analysis.tokens
		.filter((t) => within(t, spans) && !namesWeekday(sentence.text, t, lexicon))
		.map((t) => (within(t, scene) || (t.kind !== 'entity' && within(t, described)) ? { ...t, context: true } : t));
	const extra = referentTokens(referents, spans, own);
	const tokens = [...own, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
	const entities: string[] = [];
	for (const t of tokens) if (t.kind === 'entity' && !entities.includes(t.key)) entities.push(t.key);
	const analysis: Analysis = {
		tokens,
		entities,
		// What only sets the scene is not what the claim affirms or denies.
		negations: reading.analysis.negations.filter((n) => holds(spans, n.at) && !holds(scene, n.at)),
		pronoun: reading.analysis.pronoun,
	};
	const dates = reading.dates.filter((d) => inClause(d.span));
	// "the two sides", "all three": a number word that counts what was named before states no figure to check.
	const numbers = reading.numbers.filter((n) => inClause(n.span) && !countsNamed(sentence.text, n));
	const { subjectActor, headActor, predicateActor } = actorsOf(sentence.text, tokens, reading.words, subjectSpan, subject);
	// "Bilaterally", "two-way" tell how, not how many: such words make no statement a fact.
	const dated =
		dates.length > 0 || numbers.some((n) => (n.unit !== 'parties' || telling(sentence.text, n, words, lexicon)) && !wayOfSpeaking(sentence.text, n));
	const inSubject = (s: Span) => subjectSpan !== undefined && s.start >= subjectSpan.start && s.end <= subjectSpan.end;
	const datedInSubjectOnly = dated && dates.every((d) => inSubject(d.span)) && numbers.every((n) => inSubject(n.span));
	const datesNameThings =
		dated && numbers.every((n) => !isFigure(n) || wayOfSpeaking(sentence.text, n)) && dates.every((d, k) => namesThing(sentence.text, d, dates[k - 1]));
	const firstFactAt = Math.min(...dates.map((d) => d.span.start), ...numbers.map((n) => n.span.start));
	const facts = {
		dated,
		...(Number.isFinite(firstFactAt) ? { firstFactAt } : {}),
		datedInSubjectOnly,
		datesNameThings,
		sentencePast,
		firstPerson: reading.firstPerson,
		...(subject ? { subject } : {}),
		subjectActor,
		headActor,
		predicateActor,
	};
	const general = generalReason(words, facts, lexicon);
	const wholeSentence = clause.span.start === 0 && clause.span.end >= sentence.text.length;
	// What the sentences before add to the clause, and where: the same words may point back to other
	// actors in another document ("It" to a bloc there, "the bloc" here), and a judgement is kept by this key.
	const added = extra.map((t) => `${t.kind}:${t.key}@${t.start}-${t.end}`).join(',');
	const describing = tokens
		.filter((t) => t.context)
		.map((t) => `${t.start}`)
		.join(',');
	const key = [sentence.text, wholeSentence ? '' : `${clause.span.start}-${clause.span.end}`, added, describing].join('\u0001');
	return {
		sentence,
		span: clause.span,
		wholeSentence,
		analysis,
		dates,
		siblingDates: reading.dates.filter((d) => !inClause(d.span)),
		borrowedWords: reading.words.filter((w) => clause.shared.some((s) => w.start >= s.start && w.end <= s.end)),
		numbers,
		words,
		...(clause.subject ? { subject: clause.subject } : {}),
		...(subject ? { subjectWords: subject } : {}),
		...(frame ? { frame } : {}),
		...(told?.speaksFor ? { speaksFor: told.speaksFor } : {}),
		...(general ? { general } : {}),
		key,
	};
}

/**
 * "said on Tuesday", "met Monday": a day of the week (a kind of what WordNet says a weekday is) names a
 * day only from the week its report was written in. A source written at another time gives that day
 * as a date, or not at all: it is no word a passage need say, and it dates nothing a source could check.
 */
function namesWeekday(text: string, token: Token, lexicon: Lexicon): boolean {
	const written = text.slice(token.start, token.end);
	if (token.kind === 'entity' || !/^\p{Lu}/u.test(written)) return false;
	const weekday = lexicon.senses('weekday', 'n')[0];
	const day = weekday === undefined ? undefined : lexicon.hypernyms(weekday)[0];
	const first = lexicon.senses(written.toLowerCase(), 'n')[0];
	return first !== undefined && day !== undefined && lexicon.isA(first, day, 2);
}

/** Where a clause names actors: in its subject, at its subject's head, after its subject. */
function actorsOf(
	text: string,
	tokens: Token[],
	words: TaggedWord[],
	subjectSpan: Span | undefined,
	subject: TaggedWord[] | undefined,
): { subjectActor: boolean; headActor: boolean; predicateActor: boolean } {
	const actorIn = (end: number) =>
		subjectSpan !== undefined &&
		tokens.some((t) => isActor(t) && t.start >= subjectSpan.start && t.end <= end && !isPossessive(text, t) && !qualifies(t, words, subjectSpan));
	return {
		subjectActor: actorIn(subjectSpan?.end ?? 0),
		// An actor named in a phrase after the subject's head ("The complaints heard in Kelmouth") is not the head.
		headActor: actorIn((subject && subjectHead(subject)?.end) ?? subjectSpan?.end ?? 0),
		// An actor the predicate names, not one that only qualifies a word of it ("Kazakhstan's security problems").
		predicateActor:
			subjectSpan !== undefined &&
			tokens.some(
				(t) => isActor(t) && !t.context && t.start >= subjectSpan.end && !isPossessive(text, t) && !qualifies(t, words, { start: t.start, end: text.length }),
			),
	};
}

/**
 * A figure that makes a statement checkable: written in digits, or a large or exact quantity ("four
 * steps" is a way of speaking), or an end of a change the clause states ("from three months to eight"),
 * or a measure ("a term of eleven months", "a range of six kilometres").
 */
function telling(text: string, figure: NumberMention, words: TaggedWord[], lexicon: Lexicon): boolean {
	// "bilateral" tells of most dealings between two states; "trilateral" counts who take part.
	if (figure.unit === 'parties') return figure.value > 2;
	return (
		isFigure(figure) &&
		(/\d/.test(figure.text) || figure.unit !== 'count' || figure.value > 10 || endOfChange(text, figure) || measures(figure, words, lexicon))
	);
}

/**
 * "eleven months", "three kilometres": a number word that counts units of time or of measure gives a
 * length or a size, as exact as one in digits; "four steps" counts things, a way of speaking.
 */
function measures(figure: NumberMention, words: TaggedWord[], lexicon: Lexicon): boolean {
	const next = words.find((w) => w.start >= figure.span.end);
	return next?.pos === 'NOUN' && lexicon.isUnit(next.lemma);
}

/**
 * A date that says which thing is meant ("the toll dispute of 1987", "the regattas of 1931 and
 * 1932"), written after "of" or in a list after such a date: it dates the thing, not the clause's act.
 */
function namesThing(text: string, date: DateMention, before: DateMention | undefined): boolean {
	const lead = text.slice(Math.max(0, date.span.start - 12), date.span.start);
	if (/\bof\s+(?:the\s+)?$/i.test(lead)) return true;
	return before !== undefined && /^\s*(?:,|and|or|,\s*and)\s*$/i.test(text.slice(before.span.end, date.span.start)) && namesThing(text, before, undefined);
}

/**
 * A number word that states no figure: "one of", "the two episodes"; "the least sheltered of the three",
 * "all five", counting what was named before; "The third danger", "the second moment", ordering the
 * writer's account.
 */
function wayOfSpeaking(text: string, figure: NumberMention): boolean {
	if (/\d/.test(figure.text)) return false;
	if (figure.unit === 'ordinal') return true;
	return figure.unit === 'count' && (figure.value <= 2 || countsNamed(text, figure));
}

/** "the two sides", "all five", "these three": a number word after an article counts what was named before. */
function countsNamed(text: string, figure: NumberMention): boolean {
	return (
		figure.unit === 'count' &&
		!/\d/.test(figure.text) &&
		/\b(?:the|these|those|all)\s+$/i.test(text.slice(Math.max(0, figure.span.start - 8), figure.span.start))
	);
}

/** "Uzbek voices", "the Moscow talks": a name before a noun of the subject qualifies it; it is not the actor. */
function qualifies(token: Token, words: TaggedWord[], subject: Span): boolean {
	// The rest of a name of several words ("post-Cold War investments") is part of the qualifier.
	const next = words.find((w) => w.start >= token.end && w.pos !== 'PROPN');
	return next !== undefined && next.end <= subject.end && next.pos === 'NOUN';
}

/** "Tashkent's wariness": a possessive name qualifies the subject; it is not the actor. */
function isPossessive(text: string, token: Token): boolean {
	const written = text.slice(token.start, token.end);
	return /['’]s$/.test(written) || /^(?:its|their|his|her)$/i.test(written) || /^['’]s\b/.test(text.slice(token.end, token.end + 3));
}

// A sentence's clauses: the parts of it that each state a fact of their own. Writers put two or
// three facts in a sentence ("X returned in 1987, only to quit again in 1994"; "X signed A, and
// the two leaders discussed B"; "X objected to A and to B"); each is checked, underlined and fixed
// on its own. A clause that has no subject of its own borrows the words it shares with the one
// before (its subject, and for a parallel complement its verb too), so that it can be read alone.
import type { Span } from '../types';
import type { TaggedWord } from '../language/tagger';
import { firstVerb, glossEnd, hasFact, isBareParticiple, isNominal, isPastParticiple, isVerb, RELATIVES, wordCount } from './clauseWords';
import { antecedent, asides, nameBetweenCommas, describedBetweenCommas, subjectOf, type Aside } from './clauseSubjects';
import { PERFECT_AUXILIARIES } from './checkable';

export interface Clause {
	/** [start, end) into the sentence text: what the clause itself says, underlined on its own. */
	span: Span;
	/** Parts of the sentence the clause is read with (a borrowed subject, verb or antecedent). */
	shared: Span[];
	/**
	 * What only sets the scene (of `shared`, the thing a relative clause speaks of, the event an
	 * apposition names; of the clause, a phrase that leads it, "Following months of declining to dredge
	 * the channel, …"): a passage need not repeat it to support the clause.
	 */
	context?: Span[];
	/** The clause's subject, its own or the one it borrows, where one is found. */
	subject?: Span;
}

const COORDINATORS = new Set(['and', 'but', 'yet']);
const CONTRASTS = new Set(['while', 'whereas', 'although', 'though']);
// A reason given after a clause ("…, since the league required ten weeks' notice"): a fact of its own, read
// with the clause it explains.
const REASONS = new Set(['since', 'because']);
// A time told after a clause with a subject of its own (", before the drill ended on August 27"): an
// event of its own, dated apart.
const TIMES = new Set(['before', 'after', 'until', 'till', 'once']);
// Adverbs that may stand between a conjunction and its verb: "and then announced", "but later left".
const LINKING_ADVERBS = new Set([
	'then',
	'later',
	'also',
	'subsequently',
	'soon',
	'eventually',
	'again',
	'thereafter',
	'afterwards',
	'finally',
	'still',
	'even',
	'quickly',
	'promptly',
	'formally',
	'officially',
]);
const DEICTIC = new Set(['this', 'that', 'these', 'those', 'which']);
const MAX_WORDS = 160;
// A clause split off must say enough to be a fact of its own.
const MIN_WORDS = 5;

interface Boundary {
	/** Index of the word the new clause starts with. */
	at: number;
	/** Index of the first word after the boundary's punctuation, for finding what follows. */
	kind: 'own-subject' | 'borrow-subject' | 'borrow-verb' | 'relative' | 'apposition' | 'adjunct' | 'reason' | 'about-before';
	/** For a parallel complement: the word before which the borrowed part ends. */
	until?: number;
	/** A semicolon or colon ends the clause before, however short it is ("Trade followed the politics: …"). */
	stop?: true;
}

/** Whether a finite verb follows a noun phrase that starts at `from`, before any punctuation but a name's commas. */
function subjectThenVerb(words: TaggedWord[], from: number): boolean {
	let i = from;
	let nominal = false;
	// "in March 1931, he endorsed …": a leading time or place phrase comes before the subject.
	if (words[from]?.pos === 'ADP') {
		let k = from + 1;
		while (k < words.length && k < from + 8 && ['PROPN', 'NUM', 'DET', 'NOUN', 'ADJ', 'ADP', 'PART'].includes(words[k]!.pos)) k++;
		if (words[k]?.lower === ',') i = k + 1;
		// "and on the matter of the tolls her answer was …": without a comma, a pronoun opens the subject.
		else if (k > from + 1 && words[k]?.pos === 'PRON') i = k;
	}
	const first = i;
	let limit = first + 14;
	for (; i < words.length && i < limit; i++) {
		const w = words[i]!;
		// "her deputy, Ivo Marr, has shown …": a name set beside the subject is of it.
		// So is a relative clause or a participle that describes it ("the new mayor, elected in May 1931, has …").
		const named = w.lower === ',' && nominal ? Math.max(nameBetweenCommas(words, i), describedBetweenCommas(words, i)) : -1;
		if (named > 0) {
			limit += named - i;
			i = named;
			continue;
		}
		// A hyphen inside a number in words ("two-fifths", "twenty-one") is no mark between phrases.
		if (w.lower === '-' && words[i - 1]?.pos === 'NUM' && w.start === words[i - 1]!.end && words[i + 1]?.start === w.end) continue;
		// "the Joint Storm-Warning Service (JSWS) was": a gloss in brackets after the subject's noun.
		const gloss = nominal ? glossEnd(words, i) : -1;
		if (gloss > 0) {
			limit += gloss - i + 1;
			i = gloss;
			continue;
		}
		if (w.pos === 'PUNCT') return false;
		// "Westmark (the Lower Shore) that formally began …": a relative after the noun describes it.
		if (nominal && w.pos === 'PRON' && (w.lower === 'that' || RELATIVES.has(w.lower))) return false;
		// "Lena Varga following lengthy talks": a participle without an auxiliary is no clause's verb.
		// A verb right after a conjunction is joined to the clause before ("efforts in Kelmouth and has supported").
		// Nor is an infinitive ("time for Eastland and Westmark to leave"): a noun before "to" and a
		// verb is what the infinitive is for, no clause's subject.
		if (isVerb(w)) return nominal && words[i - 1]?.pos !== 'CCONJ' && words[i - 1]?.lower !== 'to' && !isBareParticiple(words, i);
		if (isNominal(w)) nominal = true;
		// A currency's sign is part of its figure: "its 2031 budget of €4.6 billion is …".
		else if (!['DET', 'ADJ', 'PART', 'ADV', 'ADP', 'CCONJ', 'SYM'].includes(w.pos)) return false;
	}
	return false;
}

/**
 * Whether the coordinator at `at` joins two nouns or modifiers that lead a clause ("warned that
 * storms and silting could become …", "declared that naval and commercial traffic was …"):
 * only a bare noun phrase stands between it and the clause's opening or a "that".
 */
function nounsJoined(words: TaggedWord[], clauseStart: number, at: number): boolean {
	let k = at - 1;
	while (k > clauseStart && ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP'].includes(words[k]!.pos)) k--;
	if (k === at - 1) return false;
	const before = words[k]!;
	return k === clauseStart ? isNominal(before) || before.pos === 'ADJ' || before.pos === 'DET' : before.pos === 'SCONJ' || before.lower === 'that';
}

/**
 * Whether the word before the coordinator at `at` is an adjective that stands where a modifier does,
 * after an article, a preposition or another modifier ("into post-Soviet economic and security
 * groupings"): it awaits its noun, which follows the coordinator, so the two words share one noun
 * and no clause starts there. An adjective after a verb ("talks were cordial and officials signed")
 * ends its clause.
 */
function modifierAwaitsNoun(words: TaggedWord[], at: number): boolean {
	const [before, adjective] = [words[at - 2], words[at - 1]];
	return adjective?.pos === 'ADJ' && before !== undefined && ['DET', 'ADP', 'ADJ', 'PROPN'].includes(before.pos);
}

/** What follows a coordinator at `next`: a verb (the same subject), a clause of its own, a parallel complement, or nothing of these. */
function afterCoordinator(words: TaggedWord[], next: number, clauseStart: number, at: number): Boundary | undefined {
	let k = next;
	while (k < words.length && words[k]!.pos === 'ADV' && LINKING_ADVERBS.has(words[k]!.lower)) k++;
	const w = words[k];
	if (!w) return undefined;
	if (isVerb(w) && !w.lower.endsWith('ing')) return { at, kind: 'borrow-subject' };
	if (subjectThenVerb(words, k)) return nounsJoined(words, clauseStart, at) || modifierAwaitsNoun(words, at) ? undefined : { at, kind: 'own-subject' };
	// "…, yet after the massacre strained its ties, Uzbekistan pivoted …": a clause of its own behind a leading phrase.
	if (w.pos === 'ADP' || w.pos === 'SCONJ') {
		// The phrase may hold commas of its own ("on March 4, 1921, Kelmouth ratified …").
		for (let comma = k + 1; comma < words.length && comma < k + 24 && words[comma]!.lower !== ';'; comma++) {
			if (words[comma]!.lower === ',' && subjectThenVerb(words, comma + 1)) return { at, kind: 'own-subject' };
		}
		// Or none: "…, and in May 1911 the same ports met in Kelmouth …".
		if (w.pos === 'ADP' && subjectAfterPhrase(words, k) !== undefined) return { at, kind: 'own-subject' };
	}
	// "objected to A and to B": the same preposition again after the clause's verb.
	if (w.pos === 'ADP') {
		const verb = firstVerb(words, clauseStart, at);
		if (verb < 0) return undefined;
		// "ended on 14 March, in Eastland, in Port Arden and in the harbours of Westmark": places named
		// after a dated act, with no date or figure of their own, are that act's, told once ("objected
		// to the 400-strong fleet and to night dredging" names two things objected to).
		const rest = words.slice(at + 1);
		if (hasFact(words, verb, at) && !hasFact(words, at, words.length) && rest.some((r) => r.pos === 'PROPN')) return undefined;
		for (let i = verb + 1; i < at; i++) {
			if (words[i]!.pos === 'ADP' && words[i]!.lower === w.lower) return { at, kind: 'borrow-verb', until: i };
		}
	}
	return undefined;
}

/**
 * Where a subject and its verb follow what the preposition at `at` governs, with no comma between:
 * "in May 1911 the same ports met", "From 3 June the two fleets practised" (an article after
 * what the preposition governs opens the subject).
 */
function subjectAfterPhrase(words: TaggedWord[], at: number): number | undefined {
	for (let k = at + 2; k < words.length && k < at + 8; k++) {
		const w = words[k]!;
		if (w.pos === 'PUNCT' || isVerb(w)) return undefined;
		if (w.pos === 'DET' && ['NOUN', 'PROPN', 'NUM'].includes(words[k - 1]!.pos) && subjectThenVerb(words, k)) return k;
	}
	return undefined;
}

/** Where a clause's own words start: after a leading subordinate or prepositional phrase and its comma. */
function ownStart(words: TaggedWord[], start: number, before: number): number {
	const first = words[start];
	// A leading participle's phrase ("Following Uzbekistan's lead, …", "Having joined in 1992, …") too;
	// one after a clause (", creating what became …, and in 1998 …") is a clause of its own.
	const participle = start === 0 && first?.pos === 'VERB' && first.lower.endsWith('ing');
	if (!first || (first.pos !== 'SCONJ' && first.pos !== 'ADP' && !participle && !(first.pos === 'ADV' && /^wh/.test(first.lower)))) return start;
	// The comma right before the boundary is the boundary's own, not the phrase's. A time or place
	// phrase runs into the clause where a subject and its verb follow what it governs before its first
	// comma ("From 3 June the two fleets practised …, before …"; not "Under a protocol signed …,").
	const subject = first.pos === 'ADP' ? subjectAfterPhrase(words, start) : undefined;
	for (let k = start + 1; k < before - 1; k++) {
		if (k === subject) return start;
		if (words[k]!.lower === ',') return k + 1;
	}
	if (first.pos !== 'ADP') return before;
	// A time or place phrase without a comma runs into the clause ("In February 2009 the parliament
	// voted …, but …"): a verb in it, other than a gerund ("After suspending its membership …"), is
	// the clause's own.
	for (let k = start; k < before; k++) if (isVerb(words[k]) && !isBareParticiple(words, k)) return start;
	return before;
}

/**
 * Whether each word stands inside a quotation: what a speaker is quoted as saying is one statement of
 * theirs, compared with a passage as a whole, not split into the clauses it is made of.
 */
export function quoted(words: TaggedWord[]): boolean[] {
	const inside: boolean[] = [];
	let open = false;
	for (const w of words) {
		if (w.lower === '“') open = true;
		else if (w.lower === '”') open = false;
		else if (w.lower === '"') open = !open;
		inside.push(open);
	}
	return open ? words.map(() => false) : inside;
}

/**
 * Whether a "that" clause opened after the clause's verb still lacks its own verb at `at`: in "argued
 * that Eastland's outreach to Westmark since the election was laying …", "since" is a preposition
 * inside the reported subject, and the verb after it is that clause's, so no new clause starts there.
 */
function awaitsVerb(words: TaggedWord[], clauseStart: number, at: number): boolean {
	const verb = firstVerb(words, ownStart(words, clauseStart, at), at);
	if (verb < 0) return false;
	for (let k = at - 1; k > verb; k--) {
		if (isVerb(words[k])) return false;
		if (words[k]!.lower === 'that' && words[k]!.pos === 'SCONJ') return true;
	}
	return false;
}

/** Where new clauses begin in a tagged sentence. */
function boundaries(words: TaggedWord[], aside: Aside[]): Boundary[] {
	const found: Boundary[] = [];
	let clauseStart = 0;
	const push = (b: Boundary) => {
		found.push(b);
		clauseStart = b.at;
	};
	const inQuote = quoted(words);
	const lead = leadingClauseEnd(words);
	if (lead !== undefined) push({ at: lead, kind: 'own-subject' });
	for (let i = lead ?? 1; i < words.length - 1; i++) {
		// "Its Compact, signed in October 1924, entered into force …": a participle set beside the subject with a
		// date or figure of its own is a fact of its own; the verb after it tells the next, of the same subject.
		// So is a relative clause with one ("The dispute, which had begun in March 1936, was ended …").
		const ownFact = (from: number, to: number) => (isPastParticiple(words[from]!) || RELATIVES.has(words[from]!.lower)) && hasFact(words, from, to);
		if (!inQuote[i] && aside.some(([from, to, kind]) => to === i - 1 && kind === 'relative' && ownFact(from, to))) {
			push({ at: i, kind: 'borrow-subject' });
			continue;
		}
		// The verb right after an aside goes on with the clause the aside interrupted.
		if (inQuote[i] || aside.some(([from, to]) => i >= from && i <= to + 1)) continue;
		// A semicolon or colon ends whatever clause it follows, one that opens with "while" included
		// (but not a title's phrase: "Keeping Afloat: What the 1998 Toll Debate … Reveals").
		const stop =
			(words[i]!.lower === ';' || words[i]!.lower === ':') &&
			words.slice(clauseStart, i).some((v, k) => isVerb(v) && !isBareParticiple(words, clauseStart + k));
		// The clause's own verb, not one of a phrase that leads it ("When they met in 1987, Marr and …").
		if (!stop && firstVerb(words, ownStart(words, clauseStart, i), i) < 0) continue;
		const joints = jointsAt(words, i, clauseStart, stop);
		for (const b of joints) push(b);
		// A second joint opens the clause after a time clause that leads a joined one: read on from there.
		if (joints.length > 1) i = joints[joints.length - 1]!.at - 1;
	}
	return found;
}

/**
 * The joints the word at `i` makes, in a clause begun at `clauseStart` with a verb before `i` (`stop`: the
 * word is a semicolon or colon that ends it): the first rule below that holds.
 */
function jointsAt(words: TaggedWord[], i: number, clauseStart: number, stop: boolean): Boundary[] {
	const w = words[i]!;
	if (stop && firstVerb(words, i + 1, words.length) >= 0) {
		return [{ at: i + 1, kind: subjectThenVerb(words, i + 1) ? 'own-subject' : 'borrow-subject', stop: true }];
	}
	if (w.lower === 'only' && words[i + 1]?.lower === 'to' && words[i - 1]!.lower === ',') return [{ at: i, kind: 'borrow-subject' }];
	if (COORDINATORS.has(w.lower) && (w.pos === 'CCONJ' || w.pos === 'ADV' || w.pos === 'SCONJ')) return joinedClause(words, i, clauseStart);
	const b = subordinateClause(words, i, clauseStart) ?? relativeClause(words, i, clauseStart) ?? commaContinuation(words, i, clauseStart);
	return b ? [b] : [];
}

/** The clause a coordinator at `i` joins ("and", "but", "yet"), and the one after a time clause that leads it. */
function joinedClause(words: TaggedWord[], i: number, clauseStart: number): Boundary[] {
	const b = afterCoordinator(words, i + 1, clauseStart, i);
	if (!b) return [];
	// "…, but this was never done": a clause about the one before is read with it. One that dates or
	// counts it ("…, and this was formalised in May 1987") states a fact of its own, read with the one before as its scene.
	if (b.kind === 'own-subject' && DEICTIC.has(words[i + 1]?.lower ?? '')) return hasFact(words, i + 1, words.length) ? [{ at: i, kind: 'about-before' }] : [];
	// "…, and after Marr spoke to Varga in May 1987, the council announced …": a dated
	// time clause that leads the joined clause is a fact of its own, as one leading the sentence is.
	const lead = leadingClauseEnd(words.slice(i + 1));
	return lead === undefined ? [b] : [b, { at: i + 1 + lead, kind: 'own-subject' }];
}

/**
 * "trade has grown steadily since Marr visited Westmark in 1979": "since" after a clause in the
 * perfect, no comma between, tells from when that clause's state holds, not a reason: its event
 * dates the clause, which is one fact with it.
 */
function sincePerfect(words: TaggedWord[], clauseStart: number, at: number): boolean {
	if (words[at]!.lower !== 'since' || words[at - 1]?.lower === ',') return false;
	for (let k = clauseStart; k < at - 1; k++)
		if (PERFECT_AUXILIARIES.has(words[k]!.lower) && words[k]!.pos === 'AUX' && words.slice(k + 1, at).some(isVerb)) return true;
	return false;
}

/** A clause with a subject of its own opened by a contrast ("while"), a reason ("since"), ", before …" or ", after which …". */
function subordinateClause(words: TaggedWord[], i: number, clauseStart: number): Boundary | undefined {
	const w = words[i]!;
	const prev = words[i - 1]!;
	if (
		(CONTRASTS.has(w.lower) || (REASONS.has(w.lower) && !sincePerfect(words, clauseStart, i)) || (prev.lower === ',' && TIMES.has(w.lower))) &&
		subjectThenVerb(words, i + 1) &&
		!awaitsVerb(words, clauseStart, i)
	) {
		return { at: i, kind: REASONS.has(w.lower) ? 'reason' : 'own-subject' };
	}
	// ", after which the parties agreed to a ceasefire": a clause with a subject of its own, told of the time
	// or place of the clause before.
	if (prev.lower === ',' && w.pos === 'ADP' && (words[i + 1]?.lower === 'which' || words[i + 1]?.lower === 'whom') && subjectThenVerb(words, i + 2)) {
		return { at: i, kind: 'own-subject' };
	}
	return undefined;
}

/** A relative clause, or a phrase that names the clause before, that says something of its own. */
function relativeClause(words: TaggedWord[], i: number, clauseStart: number): Boundary | undefined {
	const w = words[i]!;
	const prev = words[i - 1]!;
	if (prev.lower === ',' && RELATIVES.has(w.lower) && isVerb(words[i + 1] ?? words[i + 2])) return { at: i, kind: 'relative' };
	// "…, whose tugboats still help to berth …": what the thing before has, with a verb of its own, is a fact of its own.
	if (prev.lower === ',' && w.lower === 'whose' && subjectThenVerb(words, i + 1)) return { at: i, kind: 'own-subject' };
	// "… at a March 3 briefing, ahead of a regatta that brought skippers to Kelmouth on March 9":
	// a relative clause with a date or figure of its own, after a clause with one of its own, is a
	// fact of its own.
	if (
		prev.pos === 'NOUN' &&
		(w.lower === 'that' || w.lower === 'which') &&
		isVerb(words[i + 1]) &&
		hasFact(words, clauseStart, i) &&
		(hasFact(words, i, words.length) || wordCount(words, i, words.length) > MIN_WORDS)
	) {
		return { at: i, kind: 'relative' };
	}
	// ", a step that was confirmed in October": a phrase that names the clause before as an event and says more of it.
	if (prev.lower === ',' && (w.lower === 'a' || w.lower === 'an')) {
		let k = i + 1;
		while (words[k]?.pos === 'ADJ') k++;
		const noun = words[k];
		const that = words[k + 1];
		if (noun?.pos === 'NOUN' && that && (that.lower === 'that' || that.lower === 'which') && (isVerb(words[k + 2]) || isVerb(words[k + 3]))) {
			return { at: i, kind: 'apposition' };
		}
	}
	return undefined;
}

/**
 * What goes on after a comma: a participle with an agent of its own, another verb in a list of what
 * the subject did, or a phrase with a fact of its own (`commaPhrase`).
 */
function commaContinuation(words: TaggedWord[], i: number, clauseStart: number): Boundary | undefined {
	const w = words[i]!;
	const prev = words[i - 1]!;
	// ", left in 1999, rejoined in 2006": a list of what the subject did. After a noun the verb may
	// describe it ("the treaty, signed in 2002"), but not after a year ("joined in the 1990s, withdrew in 1997").
	const past = w.pos === 'VERB' && !/(?:ing|s)$/.test(w.lower) && w.lemma !== w.lower;
	const before = words[i - 2];
	const afterNoun = (before?.pos === 'NOUN' || before?.pos === 'PROPN') && !/^\d{4}s?$/.test(before.lower);
	// ", followed by Eastland and Westmark in 1931": a participle with its own agent tells what the agent did.
	if (prev.lower === ',' && past && words[i + 1]?.lower === 'by') return { at: i, kind: 'own-subject' };
	if (prev.lower === ',' && past && !afterNoun) return { at: i, kind: 'borrow-subject' };
	const phrase = prev.lower === ',' && clauseStart < i ? commaPhrase(words, i) : undefined;
	return phrase ? { at: i, kind: phrase } : undefined;
}

/** A participle in "-ing" ("passing"), which makes no clause finite. */
function isParticipleIng(w: TaggedWord): boolean {
	return w.pos === 'VERB' && w.lower.endsWith('ing');
}

/**
 * A phrase after a comma that states a fact of its own, read with the clause before, or undefined:
 * "…, won the mayoralty in May, with 58% of the vote" and "…, along with some 1,300 others"
 * add a figure to the clause before; ", preferring bilateral agreements" is split off only when it
 * states a date or figure of its own.
 */
function commaPhrase(words: TaggedWord[], i: number): Boundary['kind'] | undefined {
	const w = words[i]!;
	let end = i + 1;
	while (end < words.length && words[end]!.lower !== ',' && words[end]!.lower !== ';') end++;
	const withAt = w.lower === 'with' ? i : (w.lower === 'along' || w.lower === 'together') && words[i + 1]?.lower === 'with' ? i + 1 : -1;
	// "…, with 85 percent of it passing through Kelmouth": a noun and a participle after "with" state a fact of their own too.
	const verb = firstVerb(words, i, end);
	if (withAt >= 0) return hasFact(words, i, end) && (verb < 0 || isParticipleIng(words[verb]!)) ? 'adjunct' : undefined;
	// "…, in June, the first such regatta since August 1962.", "… near Kelmouth, some 45 km north
	// of Port Arden.": a phrase closing the sentence that ranks the clause's event or measures it, with a
	// date or figure of its own, is a fact of its own. ("…, a Victorian-era pier" only describes a noun.)
	const ranks = w.lower === 'the' && (words[i + 1]?.lower === 'first' || words[i + 1]?.lower === 'last' || /est$/.test(words[i + 1]?.lower ?? ''));
	const measures = w.pos === 'DET' && words[i + 1]?.pos === 'NUM';
	if ((ranks || measures) && end >= words.length - 1 && hasFact(words, i, end) && firstVerb(words, i, end) < 0) return 'adjunct';
	if (w.pos !== 'VERB' || !w.lower.endsWith('ing')) return undefined;
	// "…, stating that dredging was not on the schedule": what the participle reports is a statement of its own.
	const reports = words[i + 1]?.lower === 'that' && firstVerb(words, i + 2, end) >= 0 && wordCount(words, i, end) > MIN_WORDS;
	return hasFact(words, i, end) || reports ? 'borrow-subject' : undefined;
}

/** Splits a tagged sentence into clauses; a sentence of one fact is one clause spanning it. */
export function clausesOf(text: string, words: TaggedWord[]): Clause[] {
	const aside = asides(words);
	const clauses = splitClauses(text, words, aside);
	const withContext = (c: Clause, span: Span): Clause => ({ ...c, context: [...(c.context ?? []), span] });
	const scene = leadingScene(words);
	if (scene) clauses[0] = withContext(clauses[0]!, scene);
	const closing = closingScene(words);
	const last = clauses.length - 1;
	if (closing && clauses[last]!.span.start <= closing.start) clauses[last] = withContext(clauses[last]!, closing);
	// An aside about the subject sets the scene of the clause it stands in.
	for (const [from, to, kind] of aside) {
		if (kind !== 'relative') continue;
		const span = { start: words[from]!.start, end: words[to - 1]!.end };
		// So it does of a clause that borrows the subject with it ("…, was reelected in 1983 and again in 1987").
		const within = (s: Span) => s.start <= span.start && span.end <= s.end;
		clauses.forEach((c, k) => {
			if (within(c.span) || c.shared.some(within)) clauses[k] = withContext(c, span);
		});
	}
	return clauses;
}

// Conjunctions of time that may lead a sentence with a clause of their own.
const LEADING_TIMES = new Set(['when', 'after', 'before', 'once', 'until']);

/** The comma that ends a phrase or clause leading the words, not one inside a date ("on March 14, 1987,"); -1 where there is none. */
export function leadingComma(words: readonly TaggedWord[]): number {
	return words.findIndex((w, k) => w.lower === ',' && words[k + 1]?.pos !== 'NUM');
}

/**
 * Where the sentence's own clause starts after a leading clause of time that states a dated fact of
 * its own ("When Marr met Varga on March 14, 1987, he warned …"): that clause tells an event and its
 * date, the rest another. Undefined where there is none.
 */
function leadingClauseEnd(words: TaggedWord[]): number | undefined {
	if (!LEADING_TIMES.has(words[0]?.lower ?? '')) return undefined;
	const comma = leadingComma(words);
	if (comma < 3 || !hasFact(words, 1, comma) || !subjectThenVerb(words.slice(0, comma), 1) || !subjectThenVerb(words, comma + 1)) return undefined;
	// "When they met in 1987, the two mayors agreed …": a pronoun that points ahead to the main
	// clause's subject leaves the time no fact apart from it.
	return words[1]!.pos === 'PRON' ? undefined : comma + 1;
}

/**
 * A prepositional or participial phrase that leads the sentence up to its comma, before a subject
 * and its verb ("Following months of declining to dredge, Kelmouth …", "Speaking in Port Arden, he …"):
 * the background of what the sentence states. A clause of its own ("Although it left, …") is not one,
 * nor a phrase with a date or a figure.
 */
function leadingScene(words: TaggedWord[]): Span | undefined {
	const first = words[0];
	if (!first || !(first.pos === 'ADP' || (first.pos === 'VERB' && first.lower.endsWith('ing')))) return undefined;
	const comma = leadingComma(words);
	// A phrase with a date or figure of its own ("Despite refusing in 1999, …") states a fact too.
	if (comma < 2 || hasFact(words, 0, comma) || subjectThenVerb(words.slice(0, comma), 1) || !subjectThenVerb(words, comma + 1)) return undefined;
	return { start: first.start, end: words[comma - 1]!.end };
}

/**
 * ", with the coming HL toll review high on the agenda": a phrase closing the sentence that says with
 * what the clause's event came, with no date, figure or verb of its own, is its background.
 */
function closingScene(words: TaggedWord[]): Span | undefined {
	let comma = words.length - 1;
	while (comma > 0 && words[comma]!.lower !== ',') comma--;
	const first = words[comma + 1];
	const end = words.length - (words.at(-1)!.pos === 'PUNCT' ? 1 : 0);
	if (comma > 0 && first && reportedBy(words.slice(comma + 1, end))) return { start: first.start, end: words[end - 1]!.end };
	if (comma <= 0 || first?.lower !== 'with' || words[comma + 2]?.pos !== 'DET') return undefined;
	if (hasFact(words, comma + 1, end) || firstVerb(words, comma + 1, end) >= 0 || firstVerb(words, 0, comma) < 0) return undefined;
	return { start: first.start, end: words[end - 1]!.end };
}

/**
 * "…, said AP", "…, the ministry said", "…, according to Interfax": who reports it, closing the
 * sentence, is where the writer had it from, not part of what is claimed.
 */
function reportedBy(words: TaggedWord[]): boolean {
	const named = (ws: TaggedWord[]) => ws.length > 0 && ws.length <= 6 && ws.every((w) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'PUNCT'].includes(w.pos));
	if (words[0]?.lower === 'according' && words[1]?.lower === 'to') return named(words.slice(2));
	if (words[0]?.lemma === 'say') return named(words.slice(1));
	return words.at(-1)?.lemma === 'say' && named(words.slice(0, -1));
}

function splitClauses(text: string, words: TaggedWord[], aside: Aside[]): Clause[] {
	const wholeSubject = subjectOf(words, 0, words.length, aside);
	const whole: Clause = { span: { start: 0, end: text.length }, shared: [], ...(wholeSubject ? { subject: wholeSubject } : {}) };
	// A "sentence" of hundreds of words is a list or debris, not prose: it is read whole.
	if (words.length < 2 * MIN_WORDS || words.length > MAX_WORDS) return [whole];
	const found = boundaries(words, aside);
	if (found.length === 0) return [whole];
	// Each clause must be long enough to be a fact, or hold a date or figure of its own.
	const kept: Boundary[] = [];
	let from = 0;
	for (let k = 0; k < found.length; k++) {
		const b = found[k]!;
		const next = found[k + 1]?.at ?? words.length;
		const before = wordCount(words, from, b.at);
		const after = wordCount(words, b.at, next);
		// A reason is a fact of its own however short the clause it explains ("Dredging was not cheap, since …").
		if ((before >= MIN_WORDS || hasFact(words, from, b.at) || b.kind === 'reason' || b.stop) && (after >= MIN_WORDS || hasFact(words, b.at, next))) {
			kept.push(b);
			from = b.at;
		}
	}
	if (kept.length === 0) return [whole];
	const clauses: Clause[] = [];
	let start = 0;
	let subject = subjectOf(words, 0, kept[0]!.at, aside);
	const spanOf = (from: number, to: number): Span => {
		let last = to - 1;
		while (last > from && (words[last]!.pos === 'PUNCT' || words[last]!.pos === 'CCONJ')) last--;
		return { start: from === 0 ? 0 : words[from]!.start, end: to === words.length ? text.length : words[last]!.end };
	};
	for (let k = 0; k <= kept.length; k++) {
		const b = k > 0 ? kept[k - 1]! : undefined;
		const end = kept[k]?.at ?? words.length;
		const shared: Span[] = [];
		if (b?.kind === 'borrow-subject' && subject) shared.push(subject);
		if (b?.kind === 'borrow-verb' && b.until !== undefined) shared.push({ start: words[clauseStartOf(kept, k - 1)]!.start, end: words[b.until - 1]!.end });
		if (b?.kind === 'relative') {
			// The noun before ", which", or right before "that" where no comma parts them.
			const noun = antecedent(words, words[b.at - 1]!.lower === ',' ? b.at - 1 : b.at, clauseStartOf(kept, k - 1));
			if (noun) shared.push(noun);
		}
		// The event named is the clause before: read with its words; "a step" itself only names it.
		if (b?.kind === 'apposition') {
			shared.push(spanOf(clauseStartOf(kept, k - 1), b.at));
			let noun = b.at + 1;
			while (words[noun]?.pos === 'ADJ') noun++;
			shared.push({ start: words[b.at]!.start, end: words[noun]!.end });
		}
		const scene = b?.kind === 'reason' || b?.kind === 'about-before';
		if (b?.kind === 'adjunct' || scene) shared.push(spanOf(clauseStartOf(kept, k - 1), b.at));
		if (b?.kind === 'own-subject' || scene) subject = subjectOf(words, start, end, aside) ?? subject;
		const own = b?.kind === 'relative' ? shared[0] : subject;
		const context = b?.kind === 'relative' || b?.kind === 'apposition' || b?.kind === 'adjunct' || scene ? [...shared] : undefined;
		clauses.push({ span: spanOf(start, end), shared, ...(context ? { context } : {}), ...(own ? { subject: own } : {}) });
		start = end;
	}
	return clauses;
}

/** The index of the first word of the clause before boundary `k` (0 for the first). */
function clauseStartOf(kept: Boundary[], k: number): number {
	return k > 0 ? kept[k - 1]!.at : 0;
}

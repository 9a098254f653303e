// Whether a passage says the opposite of a claim: a negation where the two meet, an antonym of the
// claim's verb, or the claim's act found only as an intention.
import type { Claim } from '../claims/claim';
import { mainVerb, reportedVerb } from '../claims/checkable';
import { qualifiesNext } from './actors';
import type { Corpus } from '../corpus/corpus';
import { UNTIL_AFTER_NEGATION } from '../facts/dates';
import { isActor, sameKey, type Negation, type Token } from '../text/analyzer';
import type { Unit } from './passages';
import type { Lexicon } from '../language/lexicon';
import { definingPhrases, opposite, sameMeaning, wordClass } from '../language/meaning';
import { verbStem, type TaggedWord } from '../language/tagger';
import { passageWords } from './events';

/**
 * The passage has the claim's verb only as an intention or a possibility ("announcing Marr's
 * intention to visit Westmark", "it leaves the door open for Kelmouth to eventually rejoin",
 * "Port Arden could reconsider"), while the claim tells it as done.
 */
export function onlyIntended(claim: Claim, tokens: Token[], predicate: Token, unit: Unit, corpus: Corpus): boolean {
	if (tokens.some((t) => t.key === INTENTION)) return false;
	// The claim itself tells a possibility: then the passage's is its match.
	if (claim.words.some((w) => w.pos === 'AUX' && MODALS.has(w.lower))) return false;
	// So does a claim whose act is governed by another verb ("agreed to work", "decided to leave").
	if (claim.words.some((w, k) => w.lower === 'to' && claim.words[k + 1]?.start === predicate.start)) return false;
	let seen = false;
	for (const sentence of unit.sentences) {
		const words = sentence.analysis.tokens;
		const tagged = passageWords(sentence, corpus.tagger);
		for (let i = 0; i < words.length; i++) {
			if (!sameKey(words[i]!.key, predicate.key)) continue;
			const before = tagged.filter((w) => w.end <= words[i]!.start && words[i]!.start - w.end <= 40);
			const intended = words.slice(Math.max(0, i - 3), i).some((t) => t.key === INTENTION);
			const possible = before.slice(-4).some((w) => w.pos === 'AUX' && MODALS.has(w.lower));
			if (!intended && !possible) return false;
			seen = true;
		}
	}
	return seen;
}

const MODALS = new Set(['could', 'might', 'may', 'would', 'will', 'should', 'can', 'shall']);
// The modal that tells only a possibility ("may" and "could" also tell what is allowed or can be done).
const POSSIBLE = new Set(['might']);

export const INTENTION = '~plan';

// Where a clause ends and another begins: a semicolon or colon, or a comma before a word that opens a clause.
const CLAUSE_END = /[;:]|,\s+(?:since|because|while|whereas|although|though|but|yet|which|who|when|where)\b/iu;

/**
 * Negations that bear on one of the relevant words: "not" turns the phrase after it ("is not
 * weighing the matter of dredging"), a negating verb only the word right after it ("refused to
 * join", but not "dismissed this rumour … by stating that").
 */
export function negationsNear(negations: Negation[], sentence: Token[], text: string, lexicon: Lexicon, relevant: (t: Token) => boolean): number {
	let count = 0;
	const deniesBefore = (at: number) => sentence.some((t) => t.kind !== 'entity' && t.end <= at && at - t.start <= 80 && relevant(t));
	for (const negation of negations) {
		if (inCondition(text, negation.at)) continue;
		if (negation.scope === 'before') {
			// "… readiness to open a second ferry terminal on its shore, this did not occur."
			if (deniesBefore(negation.at)) count++;
			continue;
		}
		// A denial ends with its clause: "was not cheap, since the league required …" does not deny the requiring.
		const clauseEnd = CLAUSE_END.exec(text.slice(negation.at));
		const end = negation.at + (clauseEnd ? clauseEnd.index : text.length);
		const after = sentence.filter((t) => t.kind === 'word' && t.start > negation.at && t.start - negation.at <= 40 && t.start < end);
		// A negating word that ends its clause turns around what came before it: "makes a rise in
		// investment unlikely", "which the ministry denied".
		if (negation.scope === 'word' && after.length === 0) {
			if (deniesBefore(negation.at)) count++;
			continue;
		}
		// "could not remember earlier harbour closures" denies remembering, not the closures; where
		// the knowing is itself what the two speak of ("has not recognised the new government"), it is denied.
		const first = after[0];
		if (first && !relevant(first) && isKnowing(text.slice(first.start, first.end).toLowerCase(), lexicon)) continue;
		// "denied that Westmark was planning to rejoin": an intention passes the denial on to its verb,
		// and an adverb to the word it qualifies ("unlikely to greatly reduce").
		// So does a verb of seeming to the act it says seemed ("avoid seeming to compete").
		const passes = (t: Token | undefined) => {
			if (t === undefined) return false;
			const word = text.slice(t.start, t.end).toLowerCase();
			return t.key === INTENTION || isAdverb(word, lexicon) || isSeeming(word, lexicon);
		};
		let reach = 1;
		while (reach < after.length && passes(after[reach - 1])) reach++;
		const scope = negation.scope === 'word' ? after.slice(0, reach) : after;
		if (scope.some(relevant)) count++;
	}
	return count;
}

// "would have required", "could have been seen": what would have happened, and so did not.
const COUNTERFACTUAL = /\b(?:would|could|might)\s+have\s+(?:been\s+)?(?!been\b)(?=[a-z]+(?:ed|en|wn|ne)\b)/giu;

/**
 * A sentence's negations with the acts its verbs of forbidding forbid ("are prohibited from joining",
 * "bars its members from joining"): a forbidden act is not to be done, so the "from" or "to" that
 * brings it in denies it as "refused to join" does, and agrees with "may not join". A forbidden thing
 * ("bans foreign bases") is no act, and the verb says nothing of whether there is any.
 */
function withForbidding(negations: readonly Negation[], words: readonly TaggedWord[], lexicon: Lexicon): Negation[] {
	const found = forbiddings(words, lexicon).map(({ at }): Negation => ({ at, scope: 'word' }));
	return found.length === 0 ? [...negations] : [...negations, ...found].sort((a, b) => a.at - b.at);
}

/** The verbs of forbidding that forbid an act, each with where the "from" or "to" that brings the act in stands. */
function forbiddings(words: readonly TaggedWord[], lexicon: Lexicon): { verb: TaggedWord; at: number }[] {
	// A passage sentence's words are read once and asked of by claim after claim.
	let found = forbidden.get(words);
	if (!found) {
		found = words.flatMap((verb, i) => {
			if (!isForbidding(verb, lexicon)) return [];
			const near = words.slice(i + 1, i + 6);
			const k = near.findIndex((m, j) => (m.lower === 'from' || m.lower === 'to') && near[j + 1]?.pos === 'VERB');
			return k < 0 ? [] : [{ verb, at: near[k]!.start }];
		});
		forbidden.set(words, found);
	}
	return found;
}

const forbidden = new WeakMap<readonly TaggedWord[], { verb: TaggedWord; at: number }[]>();

/** A verb whose usual sense is a kind of forbidding in WordNet ("prohibit", "ban", "bar", "outlaw"). */
function isForbidding(word: TaggedWord, lexicon: Lexicon): boolean {
	if (wordClass(word.pos) !== 'v') return false;
	let known = forbidding.get(lexicon);
	if (!known) forbidding.set(lexicon, (known = new Map()));
	let forbids = known.get(word.lemma);
	if (forbids === undefined) {
		const forbid = lexicon.senses('forbid', 'v')[0];
		forbids =
			forbid !== undefined &&
			lexicon
				.senses(word.lemma, 'v')
				.slice(0, 2)
				.some((s) => lexicon.isA(s, forbid, 2));
		if (known.size > 20_000) known.clear();
		known.set(word.lemma, forbids);
	}
	return forbids;
}

// Asked of every verb of every passage a claim is compared with: worked out once per verb.
const forbidding = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * A sentence's negations with its counterfactuals among them: each denies the phrase after it. A
 * "not … until" is no denial: "did not reopen until July" says it reopened in July.
 */
function withCounterfactuals(negations: readonly Negation[], text: string): Negation[] {
	const found = [...text.matchAll(COUNTERFACTUAL)].map((m): Negation => ({ at: m.index, scope: 'phrase' }));
	const said = negations.filter((n) => !NOT_UNTIL.test(text.slice(n.at, n.at + 80)));
	return found.length === 0 ? said : [...said, ...found].sort((a, b) => a.at - b.at);
}

// A negation whose clause goes on to "until" or "till" within a few words: "not reopen until", "never resumed till".
const NOT_UNTIL = new RegExp(String.raw`^\S+${UNTIL_AFTER_NEGATION}\b`, 'iu');

// A condition opens with "if" or "unless" and runs to the mark that closes it.
const CONDITION = /\b(?:if|unless)\b[^,;:.!?]*$/iu;

/**
 * Whether a negation stands in a condition ("If the ferry company fails to lower its fares,
 * Kelmouth might …"): a condition is supposed, not said, so it denies nothing.
 */
function inCondition(text: string, at: number): boolean {
	return CONDITION.test(text.slice(Math.max(0, at - 160), at));
}

/** The passage says the opposite: one of the two is negated where they meet, or it has the antonym of the claim's verb. */
/** A negation of the claim and the word after it ("not always", "never again") found as they are in the passage. */
export function sameNegatingPhrase(claim: Claim, unit: Unit): boolean {
	const text = claim.sentence.text;
	return claim.analysis.negations.some((negation) => {
		const phrase = /^[\p{L}'’]+\s+[\p{L}'’]+/u.exec(text.slice(negation.at))?.[0].toLowerCase().replace(/\s+/g, ' ');
		return phrase !== undefined && unit.sentences.some((s) => s.text.toLowerCase().replace(/\s+/g, ' ').includes(phrase));
	});
}

export function contradicts(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): boolean {
	// "Some expected that Kelmouth might close the pier": what a claim tells only as possible is not
	// denied by a passage that says it did not happen.
	if (claim.words.some((w) => w.start >= claim.span.start && w.end <= claim.span.end && w.pos === 'AUX' && POSSIBLE.has(w.lower))) return false;
	if (actedByOther(claim, tokens, unit, corpus)) return false;
	let flipped = false;
	for (const token of tokens) {
		const opposites = corpus.analyzer.antonyms.get(token.key);
		if (!opposites || unit.keySet.has(token.key)) continue;
		if ([...opposites].some((o) => unit.keySet.has(o))) flipped = true;
	}
	// WordNet's antonyms: "rose" against "fell", "weakened" against "strengthened".
	// A verb of forbidding an act is read as a denial of it (`withForbidding`), so it is not also an antonym of "allow".
	if (!flipped && corpus.lexicon.size > 0) {
		const denials = new Set(
			[claim.words, ...unit.sentences.map((s) => passageWords(s, corpus.tagger))].flatMap((w) => forbiddings(w, corpus.lexicon).map((f) => f.verb)),
		);
		flipped = hasAntonym(claim, unit, corpus, (w) => !denials.has(w), true);
	}
	return deniesOtherwise(claim, tokens, unit, corpus) !== flipped;
}

/** One of the claim and the passage denies what the other tells, where they speak of the same thing. */
export function deniesOtherwise(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): boolean {
	// "These ports, except for Kelmouth, had been members": what a passage says of all but one of
	// the claim's actors it denies of that one, so the claim agrees only where it denies it too.
	if (excepts(unit, tokens, corpus)) return claim.analysis.negations.length % 2 === 0;
	// What only sets the claim's scene is not what it affirms: a passage denying that affirms nothing against it.
	// Nor are the words that describe a named subject ("His successor's harbour minister, Lena Varga").
	const subject = claim.subject;
	const describesActor = subject !== undefined && tokens.some((t) => t.kind === 'entity' && !t.referent && t.start >= subject.start && t.end <= subject.end);
	const claimWords = tokens.filter((t) => t.kind !== 'entity' && !t.context && !(describesActor && t.start >= subject.start && t.end <= subject.end));
	// A claim's denial bears on the passage only where the passage speaks of what is denied: "the
	// negotiations were not quick" is not contradicted by a passage that says nothing of their pace.
	// The claim's own denials: those of its clause, not of the sentence's other clauses.
	const own = (n: Negation) => n.at >= claim.span.start && n.at < claim.span.end;
	const claimNegations = negationsNear(
		withForbidding(withCounterfactuals(claim.analysis.negations, claim.sentence.text), claim.words, corpus.lexicon).filter(own),
		claim.analysis.tokens,
		claim.sentence.text,
		corpus.lexicon,
		(t) => unit.keySet.has(t.key),
	);
	// Each sentence of a passage says its own: two that deny the same thing deny it, not undo each other.
	let unitNegations = 0;
	for (const sentence of unit.sentences) {
		unitNegations ||=
			negationsNear(
				withForbidding(withCounterfactuals(sentence.analysis.negations, sentence.text), passageWords(sentence, corpus.tagger), corpus.lexicon),
				sentence.analysis.tokens,
				sentence.text,
				corpus.lexicon,
				(t) => claimWords.some((c) => sameKey(c.key, t.key)),
			) % 2;
	}
	// The passage's own words for what is denied may differ ("not always to the town's gain", "not always
	// in the fleet's favour"): the same negating phrase in both is the same denial.
	if (claimNegations % 2 !== unitNegations % 2 && sameNegatingPhrase(claim, unit)) unitNegations++;
	// A passage that ends the state the claim tells since a date denies it from then on.
	if (endsStateSince(claim, unit, corpus)) unitNegations++;
	return claimNegations % 2 !== unitNegations % 2;
}

/**
 * Whether the passage ends, at the date the claim tells a state since, that state: "Eastland left the
 * league in 1931" ends what "has been a member of the league since 1931" tells, and is what "has not
 * been a member since 1931" tells. The state is the noun of the light verb and noun WordNet defines an
 * act by ("join": "become a member"); the acts that end it are the vocabulary's opposites of that act
 * ("leave", "suspend").
 */
function endsStateSince(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	const nouns = new Set(claim.words.filter((w) => w.pos === 'NOUN').map((w) => w.lemma));
	const since = claim.dates.filter((d) => d.qualifier === 'since');
	if (since.length === 0) return false;
	// The act that ends the state is told at the date the state is denied from, in its own sentence.
	const endedThen = (ends: Set<string>) =>
		unit.sentences.some(
			(s) =>
				s.analysis.tokens.some((t) => ends.has(t.key)) &&
				since.some((d) =>
					s.dates.some((sd) => [sd.start, sd.end].some((p) => p.year === d.start.year && (d.start.month === undefined || p.month === d.start.month))),
				),
		);
	for (const [act, ends] of corpus.analyzer.antonyms) {
		if (!act.startsWith('~') || !endedThen(ends)) continue;
		if (definingPhrases(corpus.lexicon, act.slice(1)).some((p) => nouns.has(p.noun))) return true;
	}
	return false;
}

/** A verb whose usual sense is seeming ("seem", "appear", "look"): it passes what is said of it to its infinitive. */
function isSeeming(word: string, lexicon: Lexicon): boolean {
	const seem = lexicon.senses('seem', 'v')[0];
	return seem !== undefined && usualVerbSenses(word, lexicon).includes(seem);
}

/** The first two verb senses of a word as written ("seeming") or of its stem ("seem"), whichever WordNet knows. */
function usualVerbSenses(word: string, lexicon: Lexicon): readonly number[] {
	for (const lemma of [word, verbStem(word)]) {
		const senses = lexicon.senses(lemma, 'v').slice(0, 2);
		if (senses.length > 0) return senses;
	}
	return [];
}

/** A word WordNet knows only as an adverb ("significantly", "formally"), not as a verb, noun or adjective. */
function isAdverb(word: string, lexicon: Lexicon): boolean {
	return lexicon.has(word, 'r') && !lexicon.has(word, 'v') && !lexicon.has(word, 'n') && !lexicon.has(word, 'a');
}

/**
 * A verb of knowing, remembering or perceiving ("remember", "recall", "know", "see"): one whose usual
 * sense is a kind of knowing, remembering or perceiving in WordNet ("review" is a kind of examining).
 */
function isKnowing(word: string, lexicon: Lexicon): boolean {
	const kinds = ['know', 'remember', 'perceive', 'believe'].flatMap((lemma) => lexicon.senses(lemma, 'v').slice(0, 1));
	return usualVerbSenses(word, lexicon).some((s) => kinds.some((k) => lexicon.isA(s, k, 4)));
}

/**
 * The passage has an antonym of one of the claim's verbs or adjectives, and not the word itself: it
 * tells of another thing or act ("the southern terminal" against "the northern terminal", "opened"
 * against "closed"), whose dates and figures are not the claim's.
 */
export function tellsOpposite(claim: Claim, unit: Unit, corpus: Corpus): boolean {
	return corpus.lexicon.size > 0 && hasAntonym(claim, unit, corpus);
}

/** The passage has an antonym of one of the claim's verbs or adjectives (among those `counts` takes), and not the word itself. */
function hasAntonym(claim: Claim, unit: Unit, corpus: Corpus, counts: (w: TaggedWord) => boolean = () => true, saidOnly = false): boolean {
	const passage = unit.sentences.flatMap((s) => passageWords(s, corpus.tagger)).filter(counts);
	// A phrase that leads the claim before its subject only places it: "at the same time" is no "same"
	// set against a passage's "other".
	const own = claim.words.filter((w) => w.start >= claim.span.start && w.pos !== 'PUNCT' && w.pos !== 'CCONJ');
	const object = own[0]?.pos === 'ADP' ? own.find((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'NUM') : undefined;
	const said = (w: TaggedWord) => object === undefined || w.start > object.start;
	for (const w of claim.words.filter(counts)) {
		const pos = wordClass(w.pos);
		if (pos !== 'v' && pos !== 'a') continue;
		if (saidOnly && !said(w)) continue;
		const mine = { lemma: w.lemma, pos };
		if (passage.some((p) => p.lemma === w.lemma)) continue;
		const theirs = passage.filter((p) => wordClass(p.pos) === pos);
		if (!theirs.some((p) => opposite(corpus.lexicon, mine, { lemma: p.lemma, pos }))) continue;
		// "began in January and was completed in November" tells the end as well as the start: a
		// passage that says the claim's act in other words too ("finished") does not say its opposite.
		if (theirs.some((p) => sameMeaning(corpus.lexicon, mine, { lemma: p.lemma, pos }, true))) continue;
		return true;
	}
	return false;
}

/** The passage sets one of the claim's actors apart from what it says of others ("except for Uzbekistan", "with the exception of Uzbekistan", "other than Uzbekistan"). */
function excepts(unit: Unit, tokens: Token[], corpus: Corpus): boolean {
	const actors = new Set(tokens.filter(isActor).map((t) => corpus.actorKey(t)));
	return unit.sentences.some((sentence) =>
		sentence.analysis.tokens.some(
			(t) =>
				isActor(t) &&
				actors.has(corpus.actorKey(t)) &&
				/\b(?:except(?:\s+for)?|with\s+the\s+exception\s+of|but\s+not|other\s+than)\s+(?:the\s+)?$/i.test(
					sentence.text.slice(Math.max(0, t.start - 30), t.start),
				),
		),
	);
}

/**
 * The passage tells the claim's act only of another actor: wherever it has the claim's verb, the
 * actor named last before it is not the claim's subject ("Armenia's decision to leave the CSTO" for
 * "Russia has not left Armenia"). It then says nothing for or against what the claim denies.
 */
function actedByOther(claim: Claim, tokens: Token[], unit: Unit, corpus: Corpus): boolean {
	const subject = claim.subject;
	// The actor of the subject, not a name that qualifies another word of it ("the CSTO's Secretary General").
	const actor =
		subject && tokens.find((t) => t.kind === 'entity' && !t.referent && t.start >= subject.start && t.end <= subject.end && !qualifiesNext(claim, t, corpus));
	// What a saying reports has a subject of its own ("confirmed that Uzbekistan was planning …"): the subject is the sayer.
	const verb = mainVerb(claim.words);
	if (!verb || reportedVerb(claim.words, corpus.lexicon)?.word !== verb.word) return false;
	const said = tokens.find((t) => t.kind === 'word' && t.start <= verb.word.start && t.end >= verb.word.end);
	if (!actor || !said) return false;
	let seen = false;
	for (const sentence of unit.sentences) {
		const theirs = sentence.analysis.tokens;
		for (let i = 0; i < theirs.length; i++) {
			if (!sameKey(theirs[i]!.key, said.key)) continue;
			seen = true;
			const before = theirs
				.slice(0, i)
				.reverse()
				.find((t) => t.kind === 'entity');
			if (!before || corpus.actorKey(before) === corpus.actorKey(actor)) return false;
		}
	}
	return seen;
}

// Who a clause is about: its subject (past a leading phrase, an aside or a name set beside it), the
// agent of a participle ("followed by Belarus"), and the noun a relative clause speaks of.
import type { Span } from '../types';
import type { TaggedWord } from '../language/tagger';
import { firstVerb, glossStart, isNominal, isNominalStart, isPastParticiple, isVerb, RELATIVES } from './clauseWords';

/**
 * A word of a name: a proper noun, or a capitalised word inside the sentence that the tagger took for
 * a common noun ("Peace Mission"), or a number after such a word ("Peace Mission 2005").
 */
function isNameWord(words: TaggedWord[], k: number, first: number): boolean {
	const w = words[k]!;
	if (w.pos === 'PROPN' || (w.pos === 'NOUN' && k > 0 && /^\p{Lu}/u.test(w.text))) return true;
	return w.pos === 'NUM' && k > first && isNameWord(words, k - 1, first);
}

/** The index of the comma that closes a name opened by the comma at `comma` (", Shavkat Mirziyoyev,"), else -1. */
export function nameBetweenCommas(words: TaggedWord[], comma: number): number {
	let k = comma + 1;
	while (k < words.length && k <= comma + 4 && isNameWord(words, k, comma + 1)) k++;
	return k > comma + 1 && words[k]?.lower === ',' ? k : -1;
}

/**
 * The index of the comma that closes what is set beside a noun by the comma at `comma` to describe it,
 * a relative clause or a participle ("the new mayor, who was elected in May 1931, has …", "the new
 * mayor, elected in May 1931, has …"), where the clause's verb follows; else -1.
 */
export function describedBetweenCommas(words: TaggedWord[], comma: number): number {
	const first = words[comma + 1];
	const relative = first !== undefined && RELATIVES.has(first.lower);
	if (!relative && !(first && isPastParticiple(first) && words[comma + 2]?.pos === 'ADP')) return -1;
	for (let k = comma + 2; k < words.length && k <= comma + 16; k++) {
		const w = words[k]!;
		if (w.lower === ',') {
			let next = k + 1;
			while (words[next]?.pos === 'ADV') next++;
			return isVerb(words[next]) ? k : -1;
		}
		if (w.pos === 'PUNCT' || (!relative && isVerb(w))) return -1;
	}
	return -1;
}

/** ", meanwhile,", ", however,": an adverb set off by commas, opened or closed by the comma at `comma`, interrupts the clause. */
function adverbBetweenCommas(words: TaggedWord[], comma: number): boolean {
	const isAdverb = (w: TaggedWord | undefined) => w?.pos === 'ADV';
	return (isAdverb(words[comma + 1]) && words[comma + 2]?.lower === ',') || (isAdverb(words[comma - 1]) && words[comma - 2]?.lower === ',');
}

/** The index of the comma that opens a name closed by the comma at `comma`, after a noun or pronoun, else -1. */
function nameOpening(words: TaggedWord[], comma: number): number {
	if (words[comma]?.lower !== ',') return -1;
	let k = comma - 1;
	while (k > 0 && k >= comma - 4 && isNameWord(words, k, 0)) k--;
	return k < comma - 1 && words[k]?.lower === ',' && isNominal(words[k - 1]) ? k : -1;
}

/** The noun phrase that ends just before `comma`: what a ", which …" clause says something of. */
export function antecedent(words: TaggedWord[], comma: number, clauseStart: number): Span | undefined {
	let end = comma;
	// "a new charter in 2010, which …": a time or place after the noun is not what "which" is.
	while (
		words[end - 1]?.pos === 'NUM' ||
		(words[end - 1]?.pos === 'PROPN' && /^\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(words[end - 1]!.lower))
	) {
		let k = end - 1;
		while (k > clauseStart && words[k]!.pos !== 'ADP') k--;
		if (k <= clauseStart || words[k]!.lower === 'of') break;
		end = k;
	}
	comma = end;
	let i = comma - 1;
	if (!isNominal(words[i])) return undefined;
	const inPhrase = (w: TaggedWord) => ['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'ADP'].includes(w.pos) || (w.pos === 'PUNCT' && w.lower === '-');
	while (i - 1 >= clauseStart && inPhrase(words[i - 1]!) && (words[i - 1]!.pos !== 'ADP' || words[i - 1]!.lower === 'of')) {
		i--;
		// The phrase starts at its article, unless it is the object of an "of" ("the amendment of the charter").
		if (words[i]!.pos === 'DET' && !(words[i - 1]?.lower === 'of' && isNominal(words[i - 2]))) break;
	}
	while (words[i]?.pos === 'ADP') i++;
	return i < comma ? { start: words[i]!.start, end: words[comma - 1]!.end } : undefined;
}

/**
 * What stands between a subject and its verb, set off by commas: a relative clause that describes the
 * subject ("Varga, who is on a short visit to Kelmouth, said …") or a name set beside it ("Its chairman,
 * Ivo Marr, declared …"); the sentence's statement goes on after it. Each as [index of its first
 * word, index of the closing comma, kind].
 */
export type Aside = [number, number, 'relative' | 'apposition'];

export function asides(words: TaggedWord[]): Aside[] {
	const found: Aside[] = [];
	for (let i = 2; i < words.length; i++) {
		// "The force (CRRF), created in 2009, …": the noun before a gloss.
		const gloss = glossStart(words, i - 2);
		if (words[i - 1]!.lower !== ',' || !isNominal(words[gloss > 0 ? gloss - 1 : i - 2])) continue;
		const close = words.findIndex((w, k) => k > i && w.lower === ',');
		let next = close + 1;
		while (words[next]?.pos === 'ADV') next++;
		// The subject opens the sentence, or a clause joined with ", and" ("…, and the new mayor, elected in 1931, has …").
		let opens = i - 2;
		while (opens > 0 && !(words[opens]!.pos === 'CCONJ' && words[opens - 1]!.lower === ',')) opens--;
		if (close < 0 || !isVerb(words[next]) || firstVerb(words, opens, i - 1) >= 0) continue;
		if (RELATIVES.has(words[i]!.lower) && close > i + 2) found.push([i, close, 'relative']);
		// "The fleet, created in 1948, numbered 140 trawlers": a participle set beside the subject
		// describes it as a relative clause would ("which was created in 1948").
		else if (isPastParticiple(words[i]!) && words[i + 1]?.pos === 'ADP' && close > i + 2) found.push([i, close, 'relative']);
		// "Its chairman, Ivo Marr, declared": a name set beside the subject is the subject, named.
		else if (nameBetweenCommas(words, i - 1) === close) found.push([i, close, 'apposition']);
	}
	return found;
}

/**
 * The clause's verb when the one found at `verb` is a participle that describes the noun before it
 * ("The complaints heard in Kelmouth in 1994 point the other way", "The charter signed in Port Arden keeps
 * …"): a participle right after a noun, then prepositional phrases, then a verb after a noun. A new
 * noun phrase that no preposition opens ("fought in the war the rebels started") makes the later verb
 * a clause of the object's, and the first verb stays.
 */
function pastReducedRelative(words: TaggedWord[], verb: number, to: number): number {
	const participle = words[verb]!;
	if (!isPastParticiple(participle)) return verb;
	if (words[verb - 1]?.pos !== 'NOUN' || words[verb + 1]?.pos !== 'ADP') return verb;
	for (let i = verb + 2; i < to; i++) {
		const w = words[i]!;
		if (isVerb(w)) return isNominal(words[i - 1]) ? i : verb;
		if (!['ADP', 'PROPN', 'NUM', 'NOUN', 'DET', 'ADJ'].includes(w.pos)) return verb;
		if (w.pos === 'DET' && isNominal(words[i - 1])) return verb;
	}
	return verb;
}

/**
 * The subject words of the clause [from, to): the noun phrase before its last verb that follows a
 * noun or pronoun ("ferry traffic between the two towns rose", not the "Trade followed"
 * before a colon), else before its first verb.
 */
export function subjectOf(words: TaggedWord[], from: number, to: number, aside: Aside[]): Span | undefined {
	const agent = agentOf(words, from, to);
	if (agent) return agent;
	from = pastLeadingClause(words, from, to);
	// The first verb after a noun or pronoun ends the subject: a later one belongs to a clause inside
	// the object ("has given Kelmouth most of what a league would offer").
	let verb = -1;
	const inAside = (i: number) => aside.some(([start, close]) => i >= start - 1 && i <= close);
	for (let i = from + 1; i < to && verb < 0; i++) {
		if (inAside(i)) continue;
		// After an aside, the word before it: "Karimov, who …, said".
		const before = aside.find(([, close]) => close === i - 1);
		let k = before ? before[0] - 2 : i - 1;
		while (k > from && (words[k]!.pos === 'ADV' || words[k]!.pos === 'AUX')) k--;
		// "the Joint Storm-Warning Service (JSWS) was": the noun is before the gloss.
		const gloss = glossStart(words, k);
		if (gloss > from) k = gloss - 1;
		// "her deputy, Ivo Marr, has shown": the name set beside the subject is of it.
		const opened = nameOpening(words, k);
		if (opened > from) k = opened - 1;
		if (isVerb(words[i]) && isNominal(words[k]) && !isVerb(words[i - 1])) verb = i;
		else if (isVerb(words[i]) && words[i - 1]!.pos === 'AUX' && isNominal(words[k])) verb = i - 1;
	}
	if (verb < 0) verb = firstVerb(words, from, to);
	else verb = pastReducedRelative(words, verb, to);
	if (verb <= from) return undefined;
	// Leading time and place phrases ("In 2012, X …") are not the subject: start after the last comma.
	let start = from;
	for (let i = from; i < verb; i++) {
		if (
			(words[i]!.lower === ',' || words[i]!.lower === ':') &&
			!inAside(i) &&
			nameBetweenCommas(words, i) < 0 &&
			nameOpening(words, i) < 0 &&
			!adverbBetweenCommas(words, i)
		)
			start = i + 1;
	}
	while (start < verb && ['CCONJ', 'SCONJ'].includes(words[start]!.pos)) start++;
	// "after which the parties …": the preposition and its relative lead the clause; they are not its subject.
	if (words[start]?.pos === 'ADP' && (words[start + 1]?.lower === 'which' || words[start + 1]?.lower === 'whom')) start += 2;
	// So is one without a comma, made of names and numbers ("In June 2013 the parliament voted").
	if (words[start]?.pos === 'ADP') {
		let k = start + 1;
		while (k < verb && (words[k]!.pos === 'PROPN' || words[k]!.pos === 'NUM')) k++;
		if (k > start + 1 && k < verb && isNominalStart(words[k]!)) start = k;
	}
	if (start >= verb) return undefined;
	// "Varga, who is on a short visit to Kelmouth, said": the aside describes the subject; it is not of it.
	const describing = aside.find(([at, , kind]) => kind === 'relative' && at > start && at < verb);
	let end = describing ? describing[0] - 2 : verb - 1;
	while (end > start && (words[end]!.pos === 'PUNCT' || words[end]!.pos === 'ADV') && !(glossStart(words, end) > start)) end--;
	return { start: words[start]!.start, end: words[end]!.end };
}

/**
 * Where the clause opens with a clause of its own that a subordinator leads up to a comma ("yet after
 * coastal storms strained the budget, Kelmouth pivoted …", "When the two mayors met in
 * 1987, they signed …"), the word after that comma: the subject of the leading clause is not the
 * clause's. A comma that a verb follows continues a list ("undertook to chart the shoals, dredge
 * channels"). Else `from`.
 */
function pastLeadingClause(words: TaggedWord[], from: number, to: number): number {
	let k = from;
	if (words[k]?.pos === 'CCONJ') k++;
	if (words[k]?.pos === 'ADV' && (words[k + 1]?.pos === 'ADP' || words[k + 1]?.pos === 'SCONJ')) k++;
	if (!['SCONJ', 'ADP', 'ADV'].includes(words[k]?.pos ?? '')) return from;
	const comma = words.findIndex((w, i) => i > k && i < to && w.lower === ',');
	if (comma < 0) return from;
	// A clause: a noun phrase, then its verb.
	const clauseIn = (a: number, b: number) => {
		const verb = words.findIndex((w, i) => i > a && i < b && isVerb(w));
		return verb > a && isNominal(words[verb - 1]);
	};
	// "In 1961, after the pier had been pulled down, the council opened …": a phrase of time or place
	// without a verb, then the leading clause.
	const next = words[comma + 1];
	if ((next?.pos === 'SCONJ' || next?.pos === 'ADP') && !words.slice(k, comma).some(isVerb)) {
		const past = pastLeadingClause(words, comma + 1, to);
		if (past > comma + 1) return past;
	}
	return isNominalStart(words[comma + 1] ?? ({} as TaggedWord)) && clauseIn(k, comma) && clauseIn(comma, to) ? comma + 1 : from;
}

/** The agent of a clause that opens with a participle and "by" ("followed by Belarus and Ukraine in 1996"): who did it. */
function agentOf(words: TaggedWord[], from: number, to: number): Span | undefined {
	if (!isPastParticiple(words[from] ?? ({} as TaggedWord)) || words[from + 1]?.lower !== 'by') return undefined;
	let end = from + 2;
	while (
		end < to &&
		(isNominal(words[end]) || words[end]!.pos === 'DET' || words[end]!.pos === 'ADJ' || words[end]!.lower === 'and' || words[end]!.pos === 'PART')
	)
		end++;
	while (end > from + 2 && !isNominal(words[end - 1])) end--;
	return end > from + 2 ? { start: words[from + 2]!.start, end: words[end - 1]!.end } : undefined;
}

// What a passage makes of a claim, and the outcome of a passage that gives other figures for the
// claim's: each wrong figure paired with the passage's figure of the same thing, and the fix.
import type { Corpus, EvidenceSentence } from '../corpus/corpus';
import { comparable, endOfChange, formatNumber, isReferring } from '../facts/numbers';
import type { Tagger, TaggedWord } from '../language/tagger';
import type { NumberMention, Span } from '../types';
import type { Claim } from '../claims/claim';
import { mainVerb } from '../claims/checkable';
import { closeness, wordsAround } from './dateMatch';
import { samePoint } from '../facts/dateParts';
import { sameKey, type Token } from '../text/analyzer';
import { passageWords } from './events';
import { sameMeaning, wordClass } from '../language/meaning';
import { countedBy, sameCounted, type Counted } from './figures';
import type { Unit } from './passages';
import type { SentenceEdit, VerifyOptions } from './verify';

export type Outcome =
	| { kind: 'supported'; score: number; unit: Unit; shared: number; vague?: boolean }
	| {
			kind: 'wrong-date' | 'wrong-number';
			score: number;
			unit: Unit;
			edits: SentenceEdit[];
			said: string;
			/** What the claim wrote where the source says otherwise, when the edits cover more ("15,000" of "15,000-strong"). */
			wrote?: string;
			distance: number;
			/** How many parts of the dates differ (a year, a month, a day): fewer is the likelier slip. */
			slips?: number;
			precise: boolean;
			aligned: boolean;
			/** The passage's sentences whose dates or figures the fix writes. */
			from?: EvidenceSentence[];
	  }
	| { kind: 'contradicted'; score: number; unit: Unit }
	| { kind: 'other-actor'; score: number; unit: Unit; claimed: string; said: string }
	| { kind: 'partial'; score: number; unit: Unit };

const passageCounts = new WeakMap<NumberMention, Counted | null>();

/** What a passage's figure counts, read once. */
function passageCounted(figure: { mention: NumberMention; sentence: EvidenceSentence }, tagger: Tagger): Counted | undefined {
	let counted = passageCounts.get(figure.mention);
	if (counted === undefined) {
		counted = countedBy(figure.mention, passageWords(figure.sentence, tagger), figure.sentence.analysis.tokens, tagger.lexicon) ?? null;
		passageCounts.set(figure.mention, counted);
	}
	return counted ?? undefined;
}

/** What is written on to a figure, up to a space or a mark: "-strong" of "15,000-strong", "'" of "months'". */
const GLUED = /^[^\s,.;:!?()[\]{}"“”]+/;

/**
 * The noun written right after a figure, one space or a hyphen between ("90 miles", "180 days", "a
 * six-month notice"), where it is what the figure measures: not a noun that qualifies the next one
 * ("42,000 airlift missions").
 */
function nounRightAfter(span: Span, text: string, words: TaggedWord[]): TaggedWord | undefined {
	const at = words.findIndex((w) => w.start >= span.end && w.lower !== '-');
	const next = words[at];
	const between = next && text.slice(span.end, next.start);
	return next && next.pos === 'NOUN' && (between === '-' || (between === ' ' && words[at + 1]?.pos !== 'NOUN')) ? next : undefined;
}

/** Whether a passage's sentence names the thing a claim's figure counts, in its words or another of the same meaning. */
function speaksOf(sentence: EvidenceSentence, counted: Counted, corpus: Corpus): boolean {
	// The thing itself, not the part: "116 of the tests" speaks of tests.
	return passageWords(sentence, corpus.tagger).some(
		(w) => w.pos === 'NOUN' && sameCounted({ lemma: counted.lemma, ...(counted.key ? { key: counted.key } : {}) }, { lemma: w.lemma }, corpus.lexicon),
	);
}

// How much more the claim's act near a passage's figure counts than another of its words.
const ACT_WEIGHT = 3;
// How near a figure the act is written where it is the figure's: "displaced another 80,000".
const ACT_RADIUS = 24;

/** The key of the clause's act, its main verb ("killed" of "at least 14 people had been killed"). */
function actOf(claim: Claim): string | undefined {
	const verb = mainVerb(claim.words.filter((w) => w.start >= claim.span.start && w.end <= claim.span.end))?.word;
	return verb && claim.analysis.tokens.find((t) => t.start <= verb.start && t.end >= verb.end)?.key;
}

/** Whether the passage writes the claim's act right beside its figure ("displaced another 80,000"). */
function actBeside(figure: Unit['numbers'][number], act: string | undefined): boolean {
	return act !== undefined && closeness(figure.sentence.analysis.tokens, figure.mention.span, act, ACT_RADIUS) > 0;
}

// How far a word may stand from a figure and still be written with it: "1,500 were killed".
const WITH_GAP = 8;

// What ends a row of a table or an infobox read as a line ("Location: Tapa; Troops: 2,200"), and what
// ends a cell ("Active: | 1,200 | Reserve: | 9,400 |"): a word on the other side is another cell's.
const ROW_END = /[;\n]/;
const CELL_END = /[|;\n:]/;

/**
 * How far a word stands from a figure in the passage's text, as one written with it: a label before
 * the figure, its colon between ("Reserve: | 9,400"), is written with it; a word after the figure
 * past the end of its cell, or that labels the next one ("1,200 | Reserve:"), is not.
 */
function gapTo(t: Token, s: Span, text: string): number {
	if (t.end <= s.start) {
		const between = text.slice(t.end, s.start);
		return ROW_END.test(between) || (between.includes('|') && !between.includes(':')) ? Infinity : between.length;
	}
	if (t.start < s.end) return 0;
	const between = text.slice(s.end, t.start);
	return CELL_END.test(between) || text[t.end] === ':' ? Infinity : between.length;
}

/**
 * The keys of the passage's words written right before and right after its figure, each nearer to it
 * than to any other figure ("ashore" is 52's in "52 ashore and 17 afloat"), and in
 * its cell where the passage is a table or an infobox: "Reserve" labels the figure after its colon, not
 * the one that ends the cell before.
 */
function wordsWith(figure: Unit['numbers'][number]): string[] {
	const { span } = figure.mention;
	const { text, analysis } = figure.sentence;
	const tokens = analysis.tokens;
	const gap = (t: Token, s: Span) => gapTo(t, s, text);
	const own = (t: Token | undefined) =>
		t !== undefined && gap(t, span) <= WITH_GAP && figure.sentence.numbers.every((m) => m === figure.mention || gap(t, m.span) > gap(t, span));
	const before = tokens.filter((t) => t.end <= span.start).at(-1);
	const after = tokens.find((t) => t.start >= span.end);
	return [before, after].flatMap((t) => (own(t) ? [t!.key] : []));
}

/**
 * Whether of the passage's figures only this one has a word of the claim written with it: a passage
 * that gives several figures of one thing tells them apart by that word ("52 ashore and 17
 * afloat", "the official count of 23 … a pilot alleged that 140 were drowned"), and the
 * claim's word says which it means. What the figures count tells none apart.
 */
function onlyWithClaimWord(candidate: Unit['numbers'][number], candidates: Unit['numbers'], claim: Claim, counted: Counted | undefined): boolean {
	const own = claim.analysis.tokens.filter((t) => t.start >= claim.span.start && t.end <= claim.span.end && t.key !== counted?.key);
	const has = (figure: Unit['numbers'][number]) => wordsWith(figure).some((key) => own.some((t) => sameKey(t.key, key)));
	return has(candidate) && candidates.every((other) => other === candidate || !has(other));
}

/**
 * The one figure of the passage written nearest a date the claim gives to the day or the month
 * ("increased to €4.2 million on 9 June 2003", not "raised to €6.8 million" of 2005): the claim's
 * own date says which figure it means. None where no such date, or several figures have one.
 */
function withClaimDate(candidates: Unit['numbers'], claim: Claim): Unit['numbers'][number] | undefined {
	const precise = claim.dates.filter((d) => d.start.granularity === 'day' || d.start.granularity === 'month');
	const owners = new Set<Unit['numbers'][number]>();
	for (const sentence of new Set(candidates.map((c) => c.sentence))) {
		const here = candidates.filter((c) => c.sentence === sentence);
		for (const date of sentence.dates) {
			if (!precise.some((d) => samePoint(d.start, date.start) && samePoint(d.end, date.end))) continue;
			const gap = (c: Unit['numbers'][number]) => Math.min(Math.abs(c.mention.span.start - date.span.end), Math.abs(date.span.start - c.mention.span.end));
			owners.add(here.reduce((a, b) => (gap(b) < gap(a) ? b : a)));
		}
	}
	return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * Whether the claim's figure ends a change ("from two days to six") and this is the passage's one
 * figure that ends a change ("from two days to four"): the other end told alike, the two are one.
 */
function onlyChangeEnd(candidate: Unit['numbers'][number], candidates: Unit['numbers'], claim: Claim, wrong: NumberMention): boolean {
	if (!endOfChange(claim.sentence.text, wrong)) return false;
	const ends = candidates.filter((c) => endOfChange(c.sentence.text, c.mention));
	return ends.length === 1 && ends[0] === candidate;
}

/**
 * Whether a word of the claim's clause says what the passage's figure counts, or what the verb right
 * after that says of it ("15,000 people died" for a "death toll").
 */
function spokenOf(figure: Unit['numbers'][number], counted: Counted, claim: Claim, corpus: Corpus): boolean {
	const words = passageWords(figure.sentence, corpus.tagger);
	const at = words.findIndex((w) => w.lemma === counted.lemma && w.start >= figure.mention.span.end);
	const verb = at >= 0 ? words.slice(at + 1, at + 4).find((w) => w.pos === 'VERB') : undefined;
	const said = [{ lemma: counted.lemma, pos: 'n' as const }, ...(verb ? [{ lemma: verb.lemma, pos: 'v' as const }] : [])];
	return claim.words.some((w) => {
		const pos = wordClass(w.pos);
		if (w.start < claim.span.start || w.end > claim.span.end || (pos !== 'n' && pos !== 'v')) return false;
		return said.some((s) => sameMeaning(corpus.lexicon, { lemma: w.lemma, pos }, s));
	});
}

/**
 * Of a passage's figures that could answer a claim's, the one whose words around it are the claim's
 * around its figure ("a pilot … alleged that 140 were drowned", not the official 23 before it);
 * the first in the passage where none shares more.
 */
function likeliest(candidates: Unit['numbers'], claim: Claim, corpus: Corpus, act: string | undefined): Unit['numbers'][number] | undefined {
	const own = claim.analysis.tokens.filter((t) => t.start >= claim.span.start && t.end <= claim.span.end);
	const context = new Set(own.map((t) => t.key));
	// What happened to what the figure counts weighs most: "at least 16 people had been injured" is
	// the passage's "61 people had been injured", not its "3,000 people had been rehoused" nearby.
	let best: Unit['numbers'][number] | undefined;
	let bestScore = -1;
	for (const candidate of candidates) {
		let score = 0;
		const tokens = wordsAround(candidate.sentence, candidate.mention.span);
		for (const key of context) score += corpus.weight(key) * (key === act ? ACT_WEIGHT : 1) * closeness(tokens, candidate.mention.span, key, 64);
		if (score > bestScore + 1e-9) [best, bestScore] = [candidate, score];
	}
	return best;
}

/** A wrong figure of the claim and the passage's figure that answers it. */
type Pick = { wrong: NumberMention; candidate: Unit['numbers'][number] };

// What joins the two ends of a range: "40-50", "40–50", "40 to 50".
const RANGE_JOIN = /^\s*(?:[-–—]|to)\s*$/;

/**
 * The picks with the ends of a claimed range ("40-50") answered by the ends of a range of the passage
 * ("20-25") in their order: each end is paired on its own with the nearest figure, which may be the other end.
 */
function inRangeOrder(picks: Pick[], text: string): Pick[] {
	const out = [...picks];
	for (let k = 0; k + 1 < out.length; k++) {
		const [a, b] = [out[k]!, out[k + 1]!];
		const claimed = RANGE_JOIN.test(text.slice(a.wrong.span.end, b.wrong.span.start));
		const [ca, cb] = [a.candidate, b.candidate];
		const said =
			ca.sentence === cb.sentence &&
			cb.mention.span.end <= ca.mention.span.start &&
			RANGE_JOIN.test(ca.sentence.text.slice(cb.mention.span.end, ca.mention.span.start));
		if (claimed && said)
			[out[k], out[k + 1]] = [
				{ wrong: a.wrong, candidate: cb },
				{ wrong: b.wrong, candidate: ca },
			];
	}
	return out;
}

/**
 * The passage gives other figures for the claim's: each wrong one is paired with the passage's figure
 * of the same kind and the same thing, and the fix writes it in the writer's form. Undefined when a
 * wrong figure has no counterpart: a small count the passage does not give ("the two ministries") or a
 * multiple ("doubled") is a detail, not a figure to check.
 */
export function numberOutcome(
	claim: Claim,
	wrongs: NumberMention[],
	numbers: Unit['numbers'],
	score: number,
	pinned: number,
	unit: Unit,
	corpus: Corpus,
	options: VerifyOptions,
): Outcome | undefined {
	if (pinned < options.event) return undefined;
	const edits: SentenceEdit[] = [];
	const said: string[] = [];
	const wrote: string[] = [];
	let aligned = true;
	const from: EvidenceSentence[] = [];
	const act = actOf(claim);
	const picks: Pick[] = [];
	for (const wrong of wrongs) {
		// Only a figure of the same thing corrects it: personnel for personnel, not missions.
		const counted = countedBy(wrong, claim.words, claim.analysis.tokens, corpus.lexicon);
		const candidates = numbers.filter(
			(e) =>
				!e.used &&
				comparable(wrong, e.mention) &&
				!isReferring(e.sentence.text, e.mention) &&
				sameCounted(counted, passageCounted(e, corpus.tagger), corpus.lexicon),
		);
		// A bound is answered by a bound of the same kind where the passage gives one ("as many as 7,000"
		// by "up to 5,000", not by a count made afterwards).
		const bounded = wrong.bound ? candidates.filter((c) => c.mention.bound === wrong.bound) : [];
		const pool = bounded.length > 0 ? bounded : candidates;
		const candidate = withClaimDate(pool, claim) ?? likeliest(pool, claim, corpus, act);
		if (!candidate) return undefined;
		// Fixed where both say what they count and it is the same, or where the passage has no other such
		// figure, or writes the claim's act beside this one and no other.
		const passageCount = passageCounted(candidate, corpus.tagger);
		const onlyBeside =
			(actBeside(candidate, act) && candidates.filter((c) => actBeside(c, act)).length === 1) ||
			onlyWithClaimWord(candidate, candidates, claim, counted) ||
			withClaimDate(candidates, claim) === candidate ||
			onlyChangeEnd(candidate, candidates, claim, wrong);
		if (!(counted && passageCount) && candidates.length > 1 && !onlyBeside) aligned = false;
		// A claim's figure that names nothing it counts, against the passage's of a thing of its own that
		// nothing of the claim speaks of, is no more than another figure: "displaced another 180,000"
		// against "resulting in four deaths"; "the death toll ran to 10,000" is "15,000 people died".
		if (!counted && passageCount && !spokenOf(candidate, passageCount, claim, corpus)) aligned = false;
		// "numbered 25,000 troops" against a passage's "to 36" that names nothing it counts and speaks of
		// no troops: nothing ties the two figures to one thing, so the passage's says nothing of the claim's.
		if (counted && !passageCount && !speaksOf(candidate.sentence, counted, corpus)) return undefined;
		// "more than 30,000" against an exact 25,000: the figure alone rewritten would keep a false bound
		// ("up to 1,000" against "up to 1,500" is rewritten, its bound the same).
		if (wrong.bound !== candidate.mention.bound) aligned = false;
		candidate.used = true;
		picks.push({ wrong, candidate });
	}
	for (const { wrong, candidate } of inRangeOrder(picks, claim.sentence.text)) {
		from.push(candidate.sentence);
		// "60 miles" against the passage's "90 miles": the fix writes the figure with its unit, the
		// writer's word for it kept, so that it reads as what it says ("Change to 90 miles").
		const unitWord = nounRightAfter(wrong.span, claim.sentence.text, claim.words);
		const passageUnit = nounRightAfter(candidate.mention.span, candidate.sentence.text, passageWords(candidate.sentence, corpus.tagger));
		const withUnit = unitWord !== undefined && passageUnit !== undefined && unitWord.lemma === passageUnit.lemma;
		const figure = formatNumber(candidate.mention, wrong);
		const edit = withUnit
			? { start: wrong.span.start, end: unitWord.end, newText: `${figure}${claim.sentence.text.slice(wrong.span.end, unitWord.end)}` }
			: { start: wrong.span.start, end: wrong.span.end, newText: figure };
		// The fix covers the whole word the figure is written in ("15,000-strong", "months'"), so that
		// it reads as the word it leaves: what follows it up to a space or a mark is kept as written.
		// Not the other end of a range, a figure of its own ("40-50").
		const glued = (GLUED.exec(claim.sentence.text.slice(edit.end))?.[0] ?? '').replace(/[-–—/]?\d.*$/u, '');
		edits.push({ start: edit.start, end: edit.end + glued.length, newText: edit.newText + glued });
		wrote.push(claim.sentence.text.slice(edit.start, edit.end));
		said.push(withUnit ? candidate.sentence.text.slice(candidate.mention.span.start, passageUnit.end) : candidate.mention.text);
	}
	return { kind: 'wrong-number', score: pinned, unit, edits, said: said.join(', '), wrote: wrote.join(', '), distance: 0, precise: true, aligned, from };
}

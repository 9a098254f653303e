// General English from WordNet: the senses of a word, what kind of thing a noun names, synonyms,
// antonyms and the verb a noun is made from. The text is the compact form `scripts/lexicon.mjs`
// writes; it is looked up where it lies (a binary search over its lines) instead of parsed whole,
// so that it is ready in a few milliseconds.

export type WordClass = 'n' | 'v' | 'a' | 'r';

/** WordNet's lexicographer files, by number: what kind of sense a sense is. */
export const LEXFILE = {
	nounAct: 4,
	nounCognition: 9,
	nounCommunication: 10,
	nounEvent: 11,
	nounGroup: 14,
	nounLocation: 15,
	nounPerson: 18,
	nounQuantity: 23,
	nounTime: 28,
	verbChange: 30,
	verbCognition: 31,
	verbCommunication: 32,
	verbCompetition: 33,
	verbEmotion: 37,
	verbMotion: 38,
	verbPerception: 39,
	verbPossession: 40,
	verbSocial: 41,
	verbStative: 42,
} as const;

interface SenseRecord {
	lexfile: number;
	hypernyms: number[];
	instanceOf: number[];
	antonyms: number[];
	/** Derivations, each with the word of this sense it is made from. */
	derived: { word: string; sense: number }[];
	similar: number[];
	/** What this is a part of ("Vilnius" of "Lithuania"). */
	partOf: number[];
	/** What an adjective pertains to ("Swedish" to "Sweden"). */
	pertains: number[];
	/** The light verbs and their nouns a verb's definition opens with ("become … member" of "join"). */
	phrases: Phrase[];
}

/** A light verb and the noun it governs ("become" and "member"). */
export interface Phrase {
	verb: string;
	noun: string;
}

const NO_SENSES: readonly number[] = [];

/** What names say of places: their senses, and the places their cities are part of. */
export interface PlaceNames {
	senses: ReadonlySet<number>;
	wholes: ReadonlySet<number>;
}

/** Whether a city of the one is part of a place of the other, either way round. */
export function placesMeet(a: PlaceNames, b: PlaceNames): boolean {
	for (const w of a.wholes) if (b.senses.has(w)) return true;
	for (const w of b.wholes) if (a.senses.has(w)) return true;
	return false;
}

export class Lexicon {
	private loadedText: string | undefined;
	private lineStarts = new Int32Array(0);
	private readonly sections = new Map<string, { first: number; count: number }>();
	private readonly places = new Map<string, PlaceNames>();
	private readonly senseCache = new Map<string, readonly number[]>();
	private readonly records = new Map<number, SenseRecord>();
	private readonly kinds = new Map<string, boolean>();

	/** `source` is the lexicon's text, or a function that reads it when the lexicon is first used. */
	constructor(private readonly source: string | (() => string)) {}

	/** The lexicon's text, read (and its lines found) on first use. */
	get text(): string {
		if (this.loadedText === undefined) this.load(typeof this.source === 'string' ? this.source : this.source());
		return this.loadedText!;
	}

	private load(text: string): void {
		this.loadedText = text;
		let lines = 0;
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
		this.lineStarts = new Int32Array(lines + 1);
		let line = 0;
		this.lineStarts[0] = 0;
		for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts[++line] = i + 1;
		for (let l = 0; l < lines; l++) {
			if (text.charCodeAt(this.lineStarts[l]!) !== 35) continue;
			const header = text.slice(this.lineStarts[l]!, this.lineStarts[l + 1]! - 1);
			const [name, count] = header.slice(1).split(' ');
			this.sections.set(name!, { first: l + 1, count: Number(count) });
		}
	}

	/** An empty lexicon: every word unknown. */
	static empty(): Lexicon {
		return new Lexicon('#n 0\n#v 0\n#a 0\n#r 0\n#s 0\n');
	}

	get size(): number {
		void this.text;
		return this.sections.get('s')?.count ?? 0;
	}

	private line(l: number): string {
		const end = this.lineStarts[l + 1]! - 1;
		return this.text.slice(this.lineStarts[l]!, end);
	}

	/** The senses of a lemma (lower case, words joined by "_"), most frequent first. */
	senses(lemma: string, pos: WordClass): readonly number[] {
		const id = `${pos}:${lemma}`;
		const known = this.senseCache.get(id);
		if (known) return known;
		const text = this.text;
		const section = this.sections.get(pos);
		let found = NO_SENSES;
		if (section && lemma.length > 0 && !lemma.includes(' ')) {
			let lo = section.first;
			let hi = section.first + section.count - 1;
			while (lo <= hi) {
				const mid = (lo + hi) >> 1;
				const start = this.lineStarts[mid]!;
				const space = text.indexOf(' ', start);
				const word = text.slice(start, space);
				if (word === lemma) {
					found = text
						.slice(space + 1, this.lineStarts[mid + 1]! - 1)
						.split(',')
						.filter((x) => x !== '')
						.map((x) => Number.parseInt(x, 36));
					break;
				}
				if (word < lemma) lo = mid + 1;
				else hi = mid - 1;
			}
		}
		if (this.senseCache.size > 50_000) this.senseCache.clear();
		this.senseCache.set(id, found);
		return found;
	}

	has(lemma: string, pos: WordClass): boolean {
		return this.senses(lemma, pos).length > 0;
	}

	private record(sense: number): SenseRecord {
		let record = this.records.get(sense);
		if (record) return record;
		void this.text;
		const section = this.sections.get('s');
		const parts = section && sense < section.count ? this.line(section.first + sense).split(';') : ['-1'];
		const ids = (i: number) => (parts[i] ? parts[i]!.split(',').map((x) => Number.parseInt(x, 36)) : []);
		const derived = parts[4]
			? parts[4].split(',').map((link) => {
					const at = link.lastIndexOf('=');
					return { word: link.slice(0, at), sense: Number.parseInt(link.slice(at + 1), 36) };
				})
			: [];
		const phrases = parts[8]
			? parts[8].split(',').map((phrase) => {
					const [verb, noun] = phrase.split('=');
					return { verb: verb!, noun: noun ?? '' };
				})
			: [];
		record = {
			lexfile: Number(parts[0]),
			hypernyms: ids(1),
			instanceOf: ids(2),
			antonyms: ids(3),
			derived,
			similar: ids(5),
			partOf: ids(6),
			pertains: ids(7),
			phrases,
		};
		this.records.set(sense, record);
		return record;
	}

	lexfile(sense: number): number {
		return this.record(sense).lexfile;
	}

	hypernyms(sense: number): readonly number[] {
		return this.record(sense).hypernyms;
	}

	instanceOf(sense: number): readonly number[] {
		return this.record(sense).instanceOf;
	}

	antonyms(sense: number): readonly number[] {
		return this.record(sense).antonyms;
	}

	/**
	 * Senses of other words made from this sense's word `lemma` or it from them ("suspension" and
	 * "suspend"): not those made from its synonyms ("employment" is made from "employ", not from "apply").
	 */
	derived(sense: number, lemma: string): number[] {
		const word = lemma.replace(/\s+/g, '_');
		return this.record(sense)
			.derived.filter((d) => d.word === word)
			.map((d) => d.sense);
	}

	similar(sense: number): readonly number[] {
		return this.record(sense).similar;
	}

	/**
	 * The light verbs and the nouns they govern that a verb's sense is defined by: "become" and "member"
	 * for "join" ("become a member of a group or organization").
	 */
	phrases(sense: number): readonly Phrase[] {
		return this.record(sense).phrases;
	}

	/** What an adjective's sense pertains to: "Swedish" to Sweden, "presidential" to a president. */
	pertainsTo(sense: number): readonly number[] {
		return this.record(sense).pertains;
	}

	/** Whether a noun's usual sense is a unit of time or of measure ("month", "kilometre", "tonne"). */
	isUnit(lemma: string): boolean {
		const first = this.senses(lemma, 'n')[0];
		return first !== undefined && (this.lexfile(first) === LEXFILE.nounTime || this.lexfile(first) === LEXFILE.nounQuantity);
	}

	/** The wholes this sense is a part of: a capital's country, a region's country. */
	partOf(sense: number): readonly number[] {
		return this.record(sense).partOf;
	}

	/**
	 * Whether one name is of a city that is part of the other's place ("Vilnius" and "Lithuania"): a
	 * writer names a state by its capital, and a source the capital by its state. (Not a region of a
	 * larger one: "Asia" does not say "Eurasia".)
	 */
	placeWithin(a: string, b: string): boolean {
		return placesMeet(this.placeNames(a), this.placeNames(b));
	}

	/** What a name, as written, says of places: its senses, and the places a city of that name is part of; remembered per name. */
	placeNames(name: string): PlaceNames {
		// A possessive names the place too ("Helsinki's official policy").
		const lemma = name
			.toLowerCase()
			.replace(/['’]s?$/u, '')
			.replace(/\s+/g, '_');
		let names = this.places.get(lemma);
		if (names === undefined) {
			const city = this.senses('city', 'n')[0];
			const senses = this.senses(lemma, 'n');
			const wholes = city === undefined ? [] : senses.flatMap((s) => (this.partOf(s).length > 0 && this.isA(s, city, 4) ? this.partOf(s) : []));
			names = { senses: new Set(senses), wholes: new Set(wholes) };
			if (this.places.size > 50_000) this.places.clear();
			this.places.set(lemma, names);
		}
		return names;
	}

	/** Whether `ancestor` is reached from `sense` through hypernyms and instance links, within `depth` steps; remembered. */
	isA(sense: number, ancestor: number, depth = 12): boolean {
		const id = `${sense}:${ancestor}:${depth}`;
		let known = this.kinds.get(id);
		if (known === undefined) {
			known = this.reaches(sense, ancestor, depth);
			if (this.kinds.size > 50_000) this.kinds.clear();
			this.kinds.set(id, known);
		}
		return known;
	}

	private reaches(sense: number, ancestor: number, depth: number): boolean {
		let frontier = [sense];
		const seen = new Set<number>();
		for (let d = 0; d <= depth && frontier.length > 0; d++) {
			const next: number[] = [];
			for (const s of frontier) {
				if (s === ancestor) return true;
				if (seen.has(s)) continue;
				seen.add(s);
				next.push(...this.hypernyms(s), ...this.instanceOf(s));
			}
			frontier = next;
		}
		return false;
	}
}

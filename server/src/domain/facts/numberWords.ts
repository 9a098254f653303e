// Numbers in words: "twenty-one", "sixty-fifth", "two hundred", and the scale words and their
// abbreviations ("billion", "bn", "20k").

export const UNITS = new Map<string, number>(
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
		.split(' ')
		.map((w, k) => [w, k]),
);
export const TENS = new Map<string, number>('twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((w, k) => [w, (k + 2) * 10]));
export const SCALES = new Map<string, number>([
	['thousand', 1e3],
	['million', 1e6],
	['billion', 1e9],
	['trillion', 1e12],
]);
export const ORDINAL_WORDS = new Map<string, number>([
	['first', 1],
	['second', 2],
	['third', 3],
	['fourth', 4],
	['fifth', 5],
	['sixth', 6],
	['seventh', 7],
	['eighth', 8],
	['ninth', 9],
	['tenth', 10],
	['eleventh', 11],
	['twelfth', 12],
	['thirteenth', 13],
	['fourteenth', 14],
	['fifteenth', 15],
	['sixteenth', 16],
	['seventeenth', 17],
	['eighteenth', 18],
	['nineteenth', 19],
	['twentieth', 20],
	['thirtieth', 30],
	['fortieth', 40],
	['fiftieth', 50],
	['sixtieth', 60],
	['seventieth', 70],
	['eightieth', 80],
	['ninetieth', 90],
]);
/** Ordinals of a scale, which multiply what comes before them: "one hundredth", "hundred-thousandth". */
export const ORDINAL_SCALES = new Map<string, number>([
	['hundredth', 100],
	['thousandth', 1e3],
	['millionth', 1e6],
	['billionth', 1e9],
]);

/** Scale words written after a number, and abbreviations glued to it ("7.6bn", "20k"). */
export const SPACED_SCALES = new Map<string, number>([...SCALES, ['bn', 1e9], ['mn', 1e6], ['mln', 1e6], ['tn', 1e12], ['trn', 1e12]]);
export const GLUED_SCALES = new Map<string, number>([
	['bn', 1e9],
	['mn', 1e6],
	['mln', 1e6],
	['k', 1e3],
	['tn', 1e12],
	['trn', 1e12],
]);

/** `word` with a capital where the writer's `written` has one ("Tripled" for "Doubled"). */
export function casedAs(word: string, written: string): string {
	return /^\p{Lu}/u.test(written) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

// Currencies as writers give them: signs ("$", "€"), codes ("USD", "UZS") and words ("dollars",
// "soums"), each mapped to one code so that they compare.

export const MONEY_SIGNS = new Set(['$', '€', '£', '¥', '₽', '₸', '₹']);

/** Currency as written, mapped to one code so "$", "US$", "USD" and "dollars" compare. */
export const CURRENCY_CODES = new Map<string, string>([
	['$', 'USD'],
	['US$', 'USD'],
	['USD', 'USD'],
	['€', 'EUR'],
	['EUR', 'EUR'],
	['£', 'GBP'],
	['GBP', 'GBP'],
	['¥', 'CNY'],
	['CNY', 'CNY'],
	['RMB', 'CNY'],
	['₽', 'RUB'],
	['RUB', 'RUB'],
	['₸', 'KZT'],
	['KZT', 'KZT'],
	['UZS', 'UZS'],
	['₹', 'INR'],
]);
export const CURRENCY_WORDS = new Map<string, string>([
	['dollars', 'USD'],
	['dollar', 'USD'],
	['euros', 'EUR'],
	['euro', 'EUR'],
	['rubles', 'RUB'],
	['roubles', 'RUB'],
	['yuan', 'CNY'],
	['renminbi', 'CNY'],
	['tenge', 'KZT'],
	['soums', 'UZS'],
	['soum', 'UZS'],
	['sums', 'UZS'],
]);

/** One code for a currency however it was written: "US$", "dollars" and "USD" are all "USD". */
export function currencyCode(c: string | undefined): string | undefined {
	if (c === undefined) return undefined;
	return CURRENCY_CODES.get(c) ?? CURRENCY_WORDS.get(c.toLowerCase()) ?? c.toUpperCase();
}

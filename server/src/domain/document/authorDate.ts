// Author–date citations as writers of plain text and Markdown write them: "(Ramani 2017)",
// "(Weitz 2014, p. 146)", "(see Eurasia Daily Monitor 2013; Altynbayev 2021)", "(Smith and Jones,
// 2019: 12)". The reader only finds them; which source a name and year stand for is the checker's
// to say, from the corpus's bibliography.
import { scanBracketed } from './bracketed';
import { parseLocator } from './locators';

export interface AuthorDateCitation {
	/** [from, to) into the searched text, parentheses included. */
	from: number;
	to: number;
	/** Each item's name and year as written ("Ramani 2017"), the comma between them left out. */
	names: string[];
	locator?: string;
}

// A name: capitalised words, with the particles and joining words of names and author-date styles
// ("van der", "and", "&", "et al.", "Wikipedia contributors").
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*`;
const JOINER = String.raw`(?:and|&|et al\.?|de|da|del|der|van|von|du|la|le|bin|al|contributors)`;
const NAME = String.raw`${NAME_WORD}(?:[ \u00a0]+(?:${NAME_WORD}|${JOINER}))*`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?|n\.d\.(?:-[a-z])?`;
const PREFIX = String.raw`(?:(?:see also|see|cf\.|e\.g\.,?|also)\s+)?`;
const ITEM = new RegExp(String.raw`^\s*${PREFIX}(${NAME}),?\s+(${YEAR})(?=$|[,:;\s])(.*)$`, 'su');
// A month or a season before a year is a date: "(May 2005)", "(spring 2021)".
const DATE_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|^(?:spring|summer|autumn|fall|winter|mid|early|late)$/i;
const MAX_LENGTH = 300;

/** One `prefix Name Year, locator` item, or null when the text is not one. */
function parseItem(text: string): { name: string; locator?: string } | null {
	const match = ITEM.exec(text);
	if (!match) return null;
	const name = match[1]!.trim();
	const words = name.split(/\s+/);
	if (words.some((w) => DATE_WORD.test(w))) return null;
	const rest = match[3]!.trim();
	const locator = rest === '' ? undefined : parseLocator(rest.replace(/^:\s*/, ', '));
	// Anything after the year that is no locator ("(Tashkent 2005 summit)") makes it no citation.
	if (rest !== '' && locator === undefined) return null;
	const item = { name: `${name} ${match[2]}` };
	return locator === undefined ? item : { ...item, locator };
}

/** Every parenthesised author–date citation in `text`, in order. */
export function findAuthorDateCitations(text: string): AuthorDateCitation[] {
	return scanBracketed(text, '(', ')', (inner) => {
		if (inner.length > MAX_LENGTH || !/\d|n\.d\./.test(inner)) return null;
		const items = inner.split(';').map(parseItem);
		if (items.length === 0 || !items.every((item) => item !== null)) return null;
		const locator = items.find((item) => item.locator !== undefined)?.locator;
		return { names: items.map((item) => item.name), ...(locator === undefined ? {} : { locator }) };
	});
}

// Pandoc citation syntax ([see @key, p. 5; @other]) and pinpoint locators, shared by the Markdown
// and plain-text readers, and the locator rules the LaTeX reader uses for postnotes.
import type { BlockBuilder } from './prose';

export interface PandocCitation {
	/** [from, to) into the searched text, brackets included. */
	from: number;
	to: number;
	keys: string[];
	locator?: string;
}

// A key ends in a word character; trailing punctuation belongs to the suffix ("@key." or "@key:").
const KEY = /^(?:\{([^{}]*)\}|([\w:.#$%&+?<>~/-]*\w))/;
const PAGE_PREFIX = /^(?:pages?|pgs?|pp?)(?![a-z])\.?\s*/i;
const PAGE_RANGE = /^([0-9]+[a-z]?|[ivxlcdm]+)(?:\s*(?:-{1,3}|–|—)\s*([0-9]+[a-z]?|[ivxlcdm]+))?(?![\w])/i;
const OTHER_LOCATOR = /^(?:chap|ch|chaps|sec|secs|§|¶|para|paras|fig|figs|vol|vols|n|nn|note|notes|art|arts|col|cols|line|lines|l|ll)\b\.?\s*\S/i;
const MAX_CITATION_LENGTH = 2000;

/**
 * A pinpoint locator from a citation suffix or postnote: "p. 146" and "146" give "146",
 * "pp. 146--147" gives "146-147"; "chap. 3" stays as written; free text gives undefined.
 */
export function parseLocator(raw: string): string | undefined {
	const text = raw
		.replace(/~/g, ' ')
		.replace(/\\[,;: ]/g, ' ')
		.replace(/[{}]/g, '')
		.trim()
		.replace(/^,\s*/, '');
	if (text === '') return undefined;
	const pages = text.replace(PAGE_PREFIX, '');
	const range = PAGE_RANGE.exec(pages);
	if (range && (pages !== text || /^\d/.test(pages))) {
		return range[2] ? `${range[1]}-${range[2]}` : range[1];
	}
	if (OTHER_LOCATOR.test(text)) return text.replace(/\s+/g, ' ');
	return undefined;
}

interface CitationItem {
	key: string;
	locator?: string;
}

/** One `prefix -@key suffix` item of a bracketed citation, or null when it is not one. */
function parseItem(item: string): CitationItem | null {
	const at = item.indexOf('@');
	if (at < 0) return null;
	let prefixEnd = at;
	if (item[prefixEnd - 1] === '-') prefixEnd--;
	// "@" inside a word (an e-mail address) does not start a citation.
	if (prefixEnd > 0 && !/\s/.test(item[prefixEnd - 1] as string)) return null;
	const key = KEY.exec(item.slice(at + 1));
	if (!key) return null;
	const name = (key[1] ?? key[2] ?? '').trim();
	if (name === '') return null;
	const suffix = item.slice(at + 1 + key[0].length);
	if (suffix !== '' && !/^[\s,;:.]/.test(suffix)) return null;
	const locator = parseLocator(suffix);
	return locator === undefined ? { key: name } : { key: name, locator };
}

/** Parses the inside of `[...]` as a Pandoc citation, or returns null. */
export function parseBracketedCitation(inner: string): Omit<PandocCitation, 'from' | 'to'> | null {
	if (!inner.includes('@')) return null;
	const keys: string[] = [];
	let locator: string | undefined;
	for (const part of inner.split(';')) {
		if (part.trim() === '') continue;
		const item = parseItem(part);
		if (!item) return null;
		keys.push(item.key);
		if (locator === undefined && item.locator !== undefined) locator = item.locator;
	}
	if (keys.length === 0) return null;
	return locator === undefined ? { keys } : { keys, locator };
}

/** Every bracketed Pandoc citation in `text`, in order. Linear: each `[` is looked at once. */
export function findPandocCitations(text: string): PandocCitation[] {
	const found: PandocCitation[] = [];
	let open = -1;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (ch === 0x5b /* [ */) {
			open = i;
		} else if (ch === 0x5d /* ] */ && open >= 0) {
			if (i - open <= MAX_CITATION_LENGTH && text[open + 1] !== '^') {
				const parsed = parseBracketedCitation(text.slice(open + 1, i));
				if (parsed) found.push({ from: open, to: i + 1, ...parsed });
			}
			open = -1;
		}
	}
	return found;
}

/** Marks the Pandoc citations in a builder's text, skipping text written with escapes (`\[@x]`). */
export function markPandocCitations(builder: BlockBuilder): void {
	const text = builder.text();
	for (const citation of findPandocCitations(text)) {
		const literal = builder.isVerbatim(citation.from) && builder.isVerbatim(citation.to - 1);
		if (!literal || builder.isMarked(citation.from, citation.to)) continue;
		const body =
			citation.locator === undefined
				? { kind: 'pandoc' as const, keys: citation.keys }
				: { kind: 'pandoc' as const, keys: citation.keys, locator: citation.locator };
		builder.markCitation(citation.from, citation.to, body);
	}
}

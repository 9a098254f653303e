// The citations written inline in Markdown and plain text: Pandoc's syntax ([see @key, p. 5; @other])
// and author–date parentheses ("(Weitz 2014, p. 146)"), shared by the two readers.
import { findAuthorDateCitations } from './authorDate';
import { scanBracketed } from './bracketed';
import { parseLocator } from './locators';
import type { BlockBuilder } from './prose';

export { parseLocator };

export interface PandocCitation {
	/** [from, to) into the searched text, brackets included. */
	from: number;
	to: number;
	keys: string[];
	locator?: string;
}

// A key ends in a word character; trailing punctuation belongs to the suffix ("@key." or "@key:").
const KEY = /^(?:\{([^{}]*)\}|([\w:.#$%&+?<>~/-]*\w))/;
const MAX_CITATION_LENGTH = 2000;

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

/** Every bracketed Pandoc citation in `text`, in order; not a footnote's `[^…]`. */
export function findPandocCitations(text: string): PandocCitation[] {
	return scanBracketed(text, '[', ']', (inner) => (inner.length < MAX_CITATION_LENGTH && inner[0] !== '^' ? parseBracketedCitation(inner) : null));
}

// Pandoc's citation in the text ("@weitz2014 argues", "@weitz2014 [p. 146] adds"): "@" after a space,
// an opening bracket or the start, a key as in brackets that opens with a word character or a brace,
// and its locator in brackets right after it.
const IN_TEXT_AT = /(?<=^|[\s(])@/g;
const KEY_AT = new RegExp(KEY.source.slice(1), 'y');
const LOCATOR_AT = /\s?\[([^[\]@]{1,80})\]/y;

/** Every Pandoc citation written in the text ("@key says"), outside brackets; an e-mail address is none. */
export function findInTextCitations(text: string): PandocCitation[] {
	const found: PandocCitation[] = [];
	for (const at of text.matchAll(IN_TEXT_AT)) {
		KEY_AT.lastIndex = at.index + 1;
		const written = KEY_AT.exec(text);
		if (!written || !/^[{\w]/.test(written[0])) continue;
		const key = (written[1] ?? written[2] ?? '').trim();
		if (key === '') continue;
		const keyEnd = at.index + 1 + written[0].length;
		LOCATOR_AT.lastIndex = keyEnd;
		const bracket = LOCATOR_AT.exec(text);
		const locator = bracket ? parseLocator(bracket[1]!) : undefined;
		// A bracket after the key that is no locator is the writer's own text.
		const to = locator === undefined ? keyEnd : keyEnd + bracket![0].length;
		found.push(locator === undefined ? { from: at.index, to, keys: [key] } : { from: at.index, to, keys: [key], locator });
	}
	return found;
}

/**
 * Marks the inline citations in a builder's text, Pandoc's (bracketed, then in the text) and then
 * author–date ones, skipping text written with escapes (`\[@x]`).
 */
export function markInlineCitations(builder: BlockBuilder): void {
	const text = builder.text();
	const literal = (from: number, to: number) => builder.isVerbatim(from) && builder.isVerbatim(to - 1) && !builder.isMarked(from, to);
	// Bracketed ones first: a key inside brackets ("[see @b]") is theirs, not one written in the text.
	for (const citation of [...findPandocCitations(text), ...findInTextCitations(text)]) {
		if (!literal(citation.from, citation.to)) continue;
		const body =
			citation.locator === undefined
				? { kind: 'pandoc' as const, keys: citation.keys }
				: { kind: 'pandoc' as const, keys: citation.keys, locator: citation.locator };
		builder.markCitation(citation.from, citation.to, body);
	}
	for (const citation of findAuthorDateCitations(text)) {
		if (!literal(citation.from, citation.to)) continue;
		const body = { kind: 'author-date' as const, keys: [], names: citation.names };
		builder.markCitation(citation.from, citation.to, citation.locator === undefined ? body : { ...body, locator: citation.locator });
	}
}

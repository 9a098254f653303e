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

/**
 * Marks the inline citations in a builder's text, Pandoc's and then author–date ones, skipping text
 * written with escapes (`\[@x]`).
 */
export function markInlineCitations(builder: BlockBuilder): void {
	const text = builder.text();
	const literal = (from: number, to: number) => builder.isVerbatim(from) && builder.isVerbatim(to - 1) && !builder.isMarked(from, to);
	for (const citation of findPandocCitations(text)) {
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

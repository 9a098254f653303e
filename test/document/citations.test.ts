import { describe, expect, it } from 'vitest';
import { findPandocCitations, parseBracketedCitation, parseLocator } from '../../server/src/domain/document/citations';

describe('parseLocator', () => {
	it('reads page numbers and ranges', () => {
		expect(parseLocator('146')).toBe('146');
		expect(parseLocator('p. 146')).toBe('146');
		expect(parseLocator('p.~146')).toBe('146');
		expect(parseLocator(', p. 146')).toBe('146');
		expect(parseLocator('pp. 146--147')).toBe('146-147');
		expect(parseLocator('pp. 146-147')).toBe('146-147');
		expect(parseLocator('pp. 146–147')).toBe('146-147');
		expect(parseLocator('page 12')).toBe('12');
		expect(parseLocator('p. xiv')).toBe('xiv');
	});

	it('keeps other locators as written and ignores free text', () => {
		expect(parseLocator('chap. 3')).toBe('chap. 3');
		expect(parseLocator('sec. 2.1')).toBe('sec. 2.1');
		expect(parseLocator('emphasis added')).toBeUndefined();
		expect(parseLocator('')).toBeUndefined();
	});
});

describe('Pandoc citations', () => {
	it('parses keys, prefixes, suffixes and suppressed authors', () => {
		expect(parseBracketedCitation('@weitz2014')).toEqual({ keys: ['weitz2014'] });
		expect(parseBracketedCitation('@weitz2014, p. 146')).toEqual({ keys: ['weitz2014'], locator: '146' });
		expect(parseBracketedCitation('@weitz2014, pp. 146-147')).toEqual({ keys: ['weitz2014'], locator: '146-147' });
		expect(parseBracketedCitation('see @a, p. 5; @b')).toEqual({ keys: ['a', 'b'], locator: '5' });
		expect(parseBracketedCitation('-@a')).toEqual({ keys: ['a'] });
		expect(parseBracketedCitation('@{odd key}')).toEqual({ keys: ['odd key'] });
	});

	it('reads keys with the allowed punctuation, ending in a word character', () => {
		expect(parseBracketedCitation('@doe:2010.a/b-c')?.keys).toEqual(['doe:2010.a/b-c']);
		expect(parseBracketedCitation('@doe2010.')?.keys).toEqual(['doe2010']);
	});

	it('rejects brackets that are not citations', () => {
		expect(parseBracketedCitation('mail me@example.org')).toBeNull();
		expect(parseBracketedCitation('just words')).toBeNull();
		expect(parseBracketedCitation('@a; not a citation')).toBeNull();
		expect(parseBracketedCitation('@')).toBeNull();
	});

	it('finds every citation in a text with its range', () => {
		const text = 'One [@a]. Two [see @b, p. 3; @c] and [x] [^1] [@d].';
		const found = findPandocCitations(text);
		expect(found.map((c) => text.slice(c.from, c.to))).toEqual(['[@a]', '[see @b, p. 3; @c]', '[@d]']);
	});

	it('is linear on many open brackets', () => {
		const text = '['.repeat(200_000) + '@a]';
		const started = performance.now();
		expect(findPandocCitations(text)).toHaveLength(1);
		expect(performance.now() - started).toBeLessThan(2000);
	});
});

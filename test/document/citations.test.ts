import { describe, expect, it } from 'vitest';
import { findAuthorDateCitations } from '../../server/src/domain/document/authorDate';
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

describe('author–date citations', () => {
	const names = (text: string) => findAuthorDateCitations(text).map(({ names, locator }) => (locator ? { names, locator } : { names }));

	it('reads names, years, several sources and a locator', () => {
		expect(names('It left in 2012 (Ramani 2017).')).toEqual([{ names: ['Ramani 2017'] }]);
		expect(names('(Weitz 2014, p. 146)')).toEqual([{ names: ['Weitz 2014'], locator: '146' }]);
		expect(names('(see Eurasia Daily Monitor 2013; Altynbayev 2021)')).toEqual([{ names: ['Eurasia Daily Monitor 2013', 'Altynbayev 2021'] }]);
		expect(names('(Smith and Jones, 2019: 12)')).toEqual([{ names: ['Smith and Jones 2019'], locator: '12' }]);
		expect(names('(Wikipedia contributors n.d.-b)')).toEqual([{ names: ['Wikipedia contributors n.d.-b'] }]);
		expect(names('(van der Berg 2001b)')).toEqual([]);
		expect(names('(Van der Berg 2001b)')).toEqual([{ names: ['Van der Berg 2001b'] }]);
	});

	it('leaves dates and other parentheses alone', () => {
		expect(names('(May 2005)')).toEqual([]);
		expect(names('(in 2005)')).toEqual([]);
		expect(names('(Spring 2021)')).toEqual([]);
		expect(names('(the Tashkent summit of 2005)')).toEqual([]);
		expect(names('(Tashkent 2005 summit)')).toEqual([]);
		expect(names('(Ramani 2017; the summit)')).toEqual([]);
	});
});

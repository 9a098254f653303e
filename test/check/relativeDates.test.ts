// A date counted from another ("three years later", "the following year") is checked as the date it
// counts to, from the date written before it in the sentence or its paragraph; where the source gives
// another, the finding names the source's date but leaves the writer's count unrewritten.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'The Port Arden council opened the ferry terminal in June 2013.',
		'In 2015 the ferry terminal handled forty ships a day.',
		'The council sold its three pilot boats in 2014.',
	],
	2016,
);
const last = (text: string) => claims(text).at(-1);

describe('a date counted from another', () => {
	it('is supported where it counts to the source’s date', () => {
		expect(last('The Port Arden council opened the ferry terminal in June 2013; two years later the ferry terminal handled forty ships a day.')?.verdict).toBe(
			'supported',
		);
		expect(last('The Port Arden council opened the ferry terminal in June 2013. The following year the council sold its three pilot boats.')?.verdict).toBe(
			'supported',
		);
	});

	it('is a wrong date, with no fix, where it counts to another', () => {
		const claim = last('The Port Arden council opened the ferry terminal in June 2013; four years later the ferry terminal handled forty ships a day.');
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes).toEqual([]);
	});

	it('makes a statement of a sentence dated by nothing else', () => {
		const claim = last('The Port Arden council opened the ferry terminal in June 2013. Later that year the council sold its three pilot boats.');
		expect(claim?.text).toContain('Later that year');
		expect(claim?.verdict).not.toBe('supported');
	});
});

describe('a source’s date counted from another', () => {
	const fromSource = claimsAgainstPortArden(
		['The Port Arden council opened the ferry terminal in 2013. A year later it sold its three pilot boats to Lisle.'],
		2016,
	);

	it('dates what the source tells', () => {
		expect(fromSource('In 2014 the Port Arden council sold its three pilot boats to Lisle.')[0]?.verdict).toBe('supported');
		expect(fromSource('In 2013 the Port Arden council sold its three pilot boats to Lisle.')[0]?.verdict).not.toBe('supported');
	});
});

describe('a written date beside a count from it', () => {
	// Real text of another corpus (its own sentence, not one of its labelled claims).
	let corpus: Corpus;
	beforeAll(async () => {
		corpus = await loadCorpus([join(__dirname, '..', 'corpora', 'nordic-nato')]);
	});

	it('is fixed where it is wrong, the count from it left as written', () => {
		const [claim] = checkDocument('Sweden paused conscription in 2011, switching to a gender-neutral law at the same time.\n', 'markdown', corpus).claims;
		expect(claim?.verdict).toBe('wrong-date');
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['2010']);
	});
});

// What a passage denies, and what it only supposes or doubts. On another subject: a harbour.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'If the Arden council fails to expand its funding for the harbour, the Arden port authority might expand its cooperation with the Lisle pilots to keep the channel open.',
		'As the engineer Mara Holt noted, the city is unlikely to significantly extend the northern quay in the coming decade.',
		'According to the Arden council, fewer than 90 ships were to call in 2018, a number that was not supposed to trigger a formal inspection of the harbour under the Lisle code.',
		'The patrol boats of the Lisle pilots are few so that they avoid seeming to threaten the fishermen of Arden.',
		'Mayor Lindqvist applauded the council’s decision: “Given the harbour’s record, it would have been impossible to license the Lisle ferry.”',
	],
	2019,
);

describe('a denial', () => {
	it('in a condition ("If the council fails to expand …, the authority might expand …") is supposed, not said: it denies nothing', () => {
		const [claim] = claims('The Arden port authority might expand its cooperation with the Lisle pilots to keep the channel open.');
		expect(claim?.verdict).toBe('supported');
	});

	it('is a doubt "that" something will happen, as "unlikely to" is', () => {
		const [claim] = claims('The engineer Mara Holt doubts that the city will significantly extend the northern quay in the coming decade.');
		expect(claim?.verdict).toBe('supported');
	});

	it('passes over an adverb to the word it qualifies ("unlikely to significantly extend")', () => {
		const [claim] = claims('The engineer Mara Holt doubts that the city will extend the northern quay in the coming decade.');
		expect(claim?.verdict).toBe('supported');
	});

	it('at the end of its clause turns around what came before it ("makes an extension … unlikely")', () => {
		const [claim] = claims('The engineer Mara Holt thinks the coming decade makes an extension of the northern quay by the city unlikely.');
		expect(claim?.verdict).not.toBe('contradicted');
	});

	it('is what a counterfactual says ("would have required"): it agrees with a passage that denies it', () => {
		const found = claims(
			'The Arden council said fewer than 90 ships would call in 2018, below the level that would have required a formal inspection of the harbour under the Lisle code.',
		);
		expect(found.map((c) => c.verdict)).not.toContain('contradicted');
	});

	it('is said by "avoid", which passes over a verb of seeming ("avoid seeming to threaten"), and by "impossible to" and "refusal to"', () => {
		expect(claims('The Lisle pilots keep their patrol boats few so as not to appear threatening to the fishermen of Arden.')[0]?.verdict).toBe('supported');
		expect(claims('Mayor Lindqvist welcomed the council’s refusal to license the Lisle ferry.')[0]?.verdict).toBe('supported');
	});

	it('of a word that carries no content ("not new to Osh") denies no name after it, on a real encyclopedia article (test/corpora)', async () => {
		const real = await loadCorpus([join(__dirname, '..', 'corpora', 'kyrgyzstan-bases-border')]);
		const [claim] = checkDocument('Ethnic violence was not new to Osh.\n', 'markdown', real).claims;
		expect(claim?.verdict).not.toBe('contradicted');
	});
});

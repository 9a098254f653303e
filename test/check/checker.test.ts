import { beforeAll, describe, expect, it } from 'vitest';
import { CheckCancelled, checkDocument, checkDocumentAsync, type ClaimReport } from '../../server/src/domain/check/checker';
import { citationEdits } from '../../server/src/domain/cite/insert';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import type { DocumentLanguage } from '../../server/src/domain/types';
import { claimsAgainst, shippedCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

function only(text: string, language: DocumentLanguage = 'markdown'): ClaimReport {
	const report = checkDocument(text, language, corpus);
	expect(report.claims).toHaveLength(1);
	return report.claims[0]!;
}

/** The document with the claim's fixes applied. */
function fixed(text: string, claim: ClaimReport): string {
	let out = text;
	for (const fix of [...claim.fixes].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, fix.span.start) + fix.newText + out.slice(fix.span.end);
	return out;
}

describe('verdicts on the shipped corpus', () => {
	it('supports a paraphrase and quotes the source with its page', () => {
		const claim = only('In June 2012 Tashkent froze its membership of the Collective Security Treaty Organization.');
		expect(claim.verdict).toBe('supported');
		const weitz = claim.evidence.find((e) => e.key === 'weitz2014');
		expect(weitz?.page).toBe('146');
		expect(weitz?.quote).toContain('suspended its CSTO membership in June 2012');
	});

	it('fixes a wrong day at the writer’s precision', () => {
		const text = 'Uzbekistan ratified a free trade agreement with the CIS on 13 December 2012.';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-date');
		expect(claim.message).toMatch(/13 December 2013/);
		expect(fixed(text, claim)).toBe('Uzbekistan ratified a free trade agreement with the CIS on 13 December 2013.');
	});

	it('replaces a part of the year with the source’s month', () => {
		const text = 'The CSTO formalized Uzbekistan’s de facto exit at its Moscow summit in early 2013.';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-date');
		expect(fixed(text, claim)).toBe('The CSTO formalized Uzbekistan’s de facto exit at its Moscow summit in December 2012.');
	});

	it('fills in the year of publication for a source that gives none', () => {
		const text = 'Islam Karimov held talks with Vladimir Putin in Moscow on April 15, 2014.';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-date');
		expect(fixed(text, claim)).toContain('April 15, 2013');
	});

	it('fixes a wrong figure in the writer’s form', () => {
		const text = 'In 2009 the CSTO formed a Collective Rapid Reaction Force of 25,000 troops, which alarmed Uzbekistan.';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-number');
		expect(fixed(text, claim)).toContain('20,000 troops');
	});

	it('does not accept another actor in the actor’s place', () => {
		expect(only('Tajikistan ratified a free trade agreement with the CIS on December 13, 2013.').verdict).toBe('unsupported');
	});

	it('does not count what only a reader comment says', () => {
		expect(only('Uzbekistan says the CSTO is a waste of money.').verdict).toBe('unsupported');
	});

	it('flags a claim that a source negates', () => {
		const claim = only('In 2021 Uzbekistan was reviewing the question of rejoining the CSTO.');
		expect(claim.verdict).toBe('contradicted');
		expect(claim.evidence[0]?.key).toBe('altynbayev2021');
	});

	it('does not lend one body’s event to another named in its place', () => {
		expect(only('Uzbekistan hosted a CSTO summit on counterterrorism in 2013.').verdict).toBe('unsupported');
	});

	it('does not take a partner named in the sentence before for the one in the event', () => {
		expect(only('Uzbekistan signed a strategic partnership declaration with China in June 2012.').verdict).not.toBe('supported');
	});

	it('does not read a “his” in a passage that names its man for the man named before', () => {
		// "Following his April 4-5 meeting with … Putin, Mirziyoyev praised …": Mirziyoyev's meeting, not Karimov's.
		const claim = only('Karimov had a meeting with Putin on April 7, 2017.');
		expect(claim.message).not.toContain('April 4');
	});

	it('reads a verb in every form of its word family', () => {
		const claim = only('Official Uzbek statistics show commodity turnover with Russia rising by 12.6 percent from 2011 to 2012.');
		expect(claim.verdict).toBe('supported');
		expect(claim.evidence[0]?.key).toBe('weitz2014');
	});

	it('does not take another state’s office for the one the claim names', () => {
		expect(
			only('A Kazakh Foreign Ministry spokesman, Vafo Niyatbekov, told the BBC that the withdrawal followed Tashkent’s foreign policy guidelines.').verdict,
		).not.toBe('supported');
	});

	it('takes the claim’s actor from its subject, not from a name in a leading phrase', () => {
		const claim = only(
			'At his meeting with Putin, Karimov stressed that terrorism and extremism might turn into a bigger danger for regional security than open war.',
		);
		expect(claim.verdict).toBe('supported');
	});

	it('does not take a demonym that qualifies the subject for its actor', () => {
		const claim = only(
			'A Russian base in Batken, Ukrainian analyst Yuri Poyta suggested, could give Moscow control over drug trafficking across Central Asia.',
		);
		expect(claim.message).not.toContain('not Ukraine');
	});

	it('does not read a passage’s denial of what describes the claim’s named subject as a denial of its act', () => {
		const valley = claimsAgainst(
			{
				valley:
					'Valley Dam\n\nThe Uzbek Foreign Minister, Abdulaziz Kamilov, swiftly dispelled this prediction on July 6, by stating that the question of a dam is not on Uzbekistan’s foreign policy agenda.\n',
			},
			'@report{valley, title = {Valley Dam}, institution = {Harbour Review}, year = {2019}}',
		);
		expect(valley('The foreign minister, Abdulaziz Kamilov, dismissed the idea on July 6.')[0]?.verdict).toBe('supported');
	});

	it('does not take another state’s force for the one the claim names, where the passage names it by an abbreviation', () => {
		const depot = claimsAgainst(
			{ depot: 'Nordhaven Depot\n\nThe Nordhaven depot near Bishkek in Kyrgyzstan is managed primarily by the U.S. Air Force.\n' },
			'@report{depot, title = {Nordhaven Depot}, institution = {Harbour Review}, year = {2019}}',
		);
		expect(depot('The Nordhaven depot near Bishkek was managed primarily by the U.S. Air Force.')[0]?.verdict).toBe('supported');
		expect(depot('The Nordhaven depot near Bishkek was managed primarily by the Kyrgyz Air Force.')[0]?.verdict).not.toBe('supported');
	});

	it('does not take another state’s office for the one a country’s name with ’s names', () => {
		expect(only('A spokesman for Uzbekistan’s Foreign Ministry linked the CSTO withdrawal to Tashkent’s foreign policy guidelines.').verdict).toBe(
			'unsupported',
		);
	});

	it('fixes a wrong multiple in the writer’s form, and reads a multiple the source does not give as a word', () => {
		const text = 'The Uzbek Defense Ministry planned to quadruple its military collaborations with Russia, to 36, in 2017.';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-number');
		expect(fixed(text, claim)).toContain('planned to double its');
		expect(only('Official Uzbek figures show bilateral trade with Russia rising by 12.6 percent between 2011 and 2012.').verdict).toBe('supported');
	});

	it('hears the same negating phrase in the claim and the source as one denial', () => {
		expect(only('In April 2013 Karimov warned that the balance of forces in the region was changing fast, and not always for the better.').verdict).toBe(
			'supported',
		);
	});

	it('hears a denial of an intention as a denial of the act', () => {
		expect(only('In February 2006 the CSTO’s Secretary General Nikolai Bordyusha confirmed that Uzbekistan was planning to rejoin the CSTO.').verdict).toBe(
			'contradicted',
		);
	});

	it('reads early, mid- and late as parts of the year', () => {
		const text = 'Western governments turned away from Uzbekistan after the Andijan massacre of early 2005.';
		expect(only(text).verdict).toBe('supported');
		const late = 'Western governments turned away from Uzbekistan after the Andijan massacre of late 2005.';
		const claim = only(late);
		expect(claim.verdict).toBe('wrong-date');
		expect(fixed(late, claim)).toBe('Western governments turned away from Uzbekistan after the Andijan massacre of May 2005.');
	});

	it('does not read “could not remember” as a denial of what is remembered', () => {
		expect(only('During his state visit to Kazakhstan in September 2006, Karimov pushed for joint military exercises between the two countries.').verdict).toBe(
			'supported',
		);
	});

	it('does not take an intention for the deed', () => {
		expect(only('Mirziyoyev visited the United States in September 2017.').verdict).toBe('unsupported');
	});

	it('dates an undated quotation by the sentence that introduces it', () => {
		expect(
			only('In July 2021 Elena Panina wrote that the armed forces of the CSTO member states should be strictly subordinated to the Russian general staff.')
				.verdict,
		).toBe('supported');
	});

	it('hears “this did not occur” as a denial of what came before it', () => {
		expect(only('After suspending its CSTO membership, Tashkent let a foreign power open a military base on its territory.').verdict).toBe('contradicted');
	});

	it('leaves what no source touches unsupported', () => {
		expect(only('Uzbekistan bought twelve fighter jets from France in 2018.').verdict).toBe('unsupported');
	});
	it('a clause that alone meets only a related event’s date is supported with its sentence by one passage', () => {
		const report = checkDocument(
			'When Uzbekistan walked away from the Collective Security Treaty Organization in 2012, Western observers speculated about the future of its security ties with Moscow.',
			'markdown',
			corpus,
		);
		expect(report.claims.length).toBeGreaterThan(0);
		expect(report.claims.every((c) => c.verdict === 'supported')).toBe(true);
	});
});

describe('citations', () => {
	it('accepts a citation of a source that says it, and names that source first', () => {
		const claim = only('Karimov visited China in 2005 [@weitz2014, p. 147].');
		expect(claim.verdict).toBe('supported');
		expect(claim.evidence[0]?.key).toBe('weitz2014');
	});

	it('flags a citation of a source that does not say it and offers the one that does', () => {
		const text = 'Karimov visited China in 2005 [@edm2013].';
		const claim = only(text);
		expect(claim.verdict).toBe('citation-mismatch');
		expect(claim.message).toMatch(/Weitz 2014/);
		expect(fixed(text, claim)).toBe('Karimov visited China in 2005 [@weitz2014].');
	});

	it('flags a page the passage is not on', () => {
		const text = 'Karimov visited China in 2005 [@weitz2014, p. 146].';
		const claim = only(text);
		expect(claim.verdict).toBe('citation-mismatch');
		expect(claim.message).toMatch(/p\. 147/);
		expect(fixed(text, claim)).toBe('Karimov visited China in 2005 [@weitz2014, p. 147].');
		expect(only('Karimov visited China in 2005 [@weitz2014, pp. 146-148].').verdict).toBe('supported');
	});

	it('reads LaTeX citations', () => {
		const text = '\\begin{document}\nKarimov visited China in 2005~\\cite{edm2006}.\n\\end{document}\n';
		expect(only(text, 'latex').verdict).toBe('citation-mismatch');
	});

	it('resolves a footnote by the author and title it names', () => {
		const text = 'Karimov visited China in 2005.[^1]\n\n[^1]: Richard Weitz, "Uzbekistan\'s National Security Strategy: Threat and Response," 147.\n';
		const claim = only(text);
		expect(claim.citations[0]?.resolved).toEqual(['weitz2014']);
		expect(claim.verdict).toBe('supported');
	});

	it('reads back the author–date citation its quick fix writes, for every source of the corpus', () => {
		const claim = 'Uzbekistan suspended its CSTO membership in June 2012.';
		for (const key of corpus.sources.keys()) {
			const target = { meta: corpus.source(key)!.meta, label: corpus.sourceLabel(key), page: '2' };
			const [edit] = citationEdits(claim, claim.length, target, 'author-date');
			const cited = claim.slice(0, edit!.span.start) + edit!.newText + claim.slice(edit!.span.end);
			expect(only(cited, 'plaintext').citations[0]).toMatchObject({ resolved: [key], locator: '2' });
		}
	});

	it('reports a key the corpus does not have', () => {
		const report = checkDocument('Karimov visited China in 2005 [@nobody1999].', 'markdown', corpus);
		const unknown = report.findings.find((f) => f.code === 'unknown-source');
		expect(unknown?.message).toContain('nobody1999');
	});

	it('resolves an author–date citation by the name and year findings give the source', () => {
		const text = 'Uzbekistan eventually suspended its CSTO membership in June 2012 (Weitz 2014, p. 146).';
		for (const language of ['plaintext', 'markdown'] as const) {
			const claim = only(text, language);
			expect(claim.citations[0]).toMatchObject({ kind: 'author-date', resolved: ['weitz2014'], locator: '146' });
			expect(claim.verdict).toBe('supported');
		}
		// A source without an author goes by its publication: one that does not say the claim does not fit it.
		const [cited] = checkDocument('In 2017 Russia and Uzbekistan held joint military exercises (Eurasia Daily Monitor 2013).', 'plaintext', corpus).claims;
		expect(cited!.citations[0]!.resolved).toEqual(['edm2013']);
		expect(cited!.verdict).toBe('citation-mismatch');
		const unknown = checkDocument('Karimov visited China in 2005 (Smith and Jones 1999).', 'plaintext', corpus).findings.find(
			(f) => f.code === 'unknown-source',
		);
		expect(unknown?.message).toContain('Smith and Jones 1999');
	});

	it('hints at a supported claim that cites nothing', () => {
		const report = checkDocument('Karimov visited China in 2005.', 'markdown', corpus);
		expect(report.findings.map((f) => f.code)).toEqual(['missing-citation']);
	});
});

describe('documents', () => {
	it('puts findings on the exact characters, through accents, emoji and curly quotes', () => {
		const text = '# Überblick 🙂\n\n“Naïve” readers 🙂 may forget that Karimov visited China in 2007.\n';
		const claim = only(text);
		expect(claim.verdict).toBe('wrong-date');
		expect(text.slice(claim.span.start, claim.span.end)).toBe('“Naïve” readers 🙂 may forget that Karimov visited China in 2007.');
		expect(fixed(text, claim)).toContain('China in 2005.');
	});

	it('checks nothing in an empty document', () => {
		expect(checkDocument('', 'markdown', corpus).claims).toEqual([]);
		expect(checkDocument('', 'latex', corpus).claims).toEqual([]);
		expect(checkDocument('', 'plaintext', corpus).claims).toEqual([]);
	});

	it('reuses judgements and readings of sentences it has seen, with the same report as a fresh check', () => {
		const text = [
			'# Karimov in 2005',
			'',
			'Karimov visited China in 2005.',
			'Karimov visited China in 2007. [@weitz2014]',
			'In my view, Karimov visited China in 2005.',
			'',
			'## Karimov in 2005',
		].join('\n');
		const edited = `Tashkent ratified a free trade agreement with the CIS on December 13, 2013.\n\n${text.replace('2007', '2006')}`;
		const cache = new Map();
		const readings = new Map();
		for (const version of [text, edited, text])
			expect(checkDocument(version, 'markdown', corpus, { cache, readings })).toEqual(checkDocument(version, 'markdown', corpus));
		// Headings are no claims, and are not kept.
		expect(readings.has('Karimov in 2005')).toBe(false);
		expect(readings.get('Karimov visited China in 2005.')).toBeTruthy();
	});

	it('checks asynchronously, pausing to let other work run, with the same report', async () => {
		const text = 'Karimov visited China in 2005.\n\n'.repeat(20);
		let pauses = 0;
		const pause = () => new Promise<void>((resolve) => setImmediate(() => (pauses++, resolve())));
		expect(await checkDocumentAsync(text, 'markdown', corpus, { pause, slice: 0 })).toEqual(checkDocument(text, 'markdown', corpus));
		expect(pauses).toBeGreaterThan(10);
	});

	it('stops when the check is cancelled', () => {
		const text = 'Karimov visited China in 2005.\n\n'.repeat(50);
		expect(() => checkDocument(text, 'markdown', corpus, { cancellation: { isCancellationRequested: true } })).toThrow(/cancelled/);
	});
});

describe('a long check', () => {
	it('pauses while it reads a long Markdown document, and stops at the next pause once cancelled', async () => {
		const doc = 'A *marked* paragraph of [linked](x) prose about Tashkent in 2012.\n\n'.repeat(20_000);
		const cancellation = { isCancellationRequested: false };
		let pauses = 0;
		const pause = async () => {
			pauses++;
			cancellation.isCancellationRequested = true;
		};
		await expect(checkDocumentAsync(doc, 'markdown', corpus, { pause, slice: 0, cancellation })).rejects.toBeInstanceOf(CheckCancelled);
		// Cancelled in the reading, before a single sentence was judged.
		expect(pauses).toBe(1);
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { entryOf, formatAccepted, normalisedText, parseAccepted, withAccepted, withEntry, withoutEntry } from '../../server/src/domain/check/accepted';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { shippedCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

const WRONG = 'Karimov visited China in 2007 [@weitz2014].';
const UNSUPPORTED = 'Uzbekistan bought fighter jets from France in 2018.';

/** The document checked, with the entries that accept each of its findings. */
function checked(text: string) {
	const report = checkDocument(text, 'markdown', corpus);
	return { report, entries: report.findings.map((f) => entryOf(text, f)) };
}

describe('an accepted finding', () => {
	it('is left out of the findings, its claim marked, and an unrelated one stays', () => {
		const text = `${WRONG}\n\n${UNSUPPORTED}\n`;
		const { report, entries } = checked(text);
		const wrongDate = entries.filter((e) => e.code === 'wrong-date');
		expect(wrongDate).toEqual([{ code: 'wrong-date', text: WRONG }]);
		const result = withAccepted(report, text, wrongDate);
		expect(result.findings.map((f) => f.code)).toEqual(['unsupported']);
		expect(result.accepted.map((f) => f.code)).toEqual(['wrong-date']);
		expect(result.claims.map((c) => [c.verdict, c.accepted ?? false])).toEqual([
			['wrong-date', true],
			['unsupported', false],
		]);
	});

	it('still holds when the paragraph is wrapped or indented anew', () => {
		const { entries } = checked(`${WRONG}\n`);
		const rewrapped = `  Karimov visited China\n  in 2007 [@weitz2014].\n`;
		const report = checkDocument(rewrapped, 'markdown', corpus);
		expect(report.findings.map((f) => f.code)).toEqual(['wrong-date']);
		expect(withAccepted(report, rewrapped, entries).findings).toEqual([]);
	});

	it('comes back when the sentence changes, or for another code', () => {
		const { entries } = checked(`${WRONG}\n`);
		const edited = 'Karimov visited China in 2007 [@weitz2014, p. 3].\n';
		const report = checkDocument(edited, 'markdown', corpus);
		expect(withAccepted(report, edited, entries).findings.length).toBe(report.findings.length);
		expect(report.findings.length).toBeGreaterThan(0);
		const text = `${WRONG}\n`;
		const other = [{ code: 'unsupported', text: WRONG }];
		expect(withAccepted(checkDocument(text, 'markdown', corpus), text, other).findings.map((f) => f.code)).toEqual(['wrong-date']);
	});
});

describe('the accepted file', () => {
	it('is written in a stable order, each entry once, and read back', () => {
		const a = { code: 'wrong-date', text: 'B sentence.' };
		const b = { code: 'unsupported', text: 'A sentence.' };
		const c = { code: 'missing-citation', text: 'B sentence.' };
		const text = formatAccepted(withEntry(withEntry(withEntry([a], b), c), a));
		expect(text).toBe(
			'{\n  "accepted": [\n    {\n      "code": "unsupported",\n      "text": "A sentence."\n    },\n' +
				'    {\n      "code": "missing-citation",\n      "text": "B sentence."\n    },\n' +
				'    {\n      "code": "wrong-date",\n      "text": "B sentence."\n    }\n  ]\n}\n',
		);
		expect(parseAccepted(text)).toEqual({ entries: [b, c, a] });
		expect(withoutEntry([b, c, a], c)).toEqual([b, a]);
	});

	it('says what is wrong with a malformed file', () => {
		expect(parseAccepted('{"accepted": [')).toMatchObject({ error: expect.stringContaining('not valid JSON') });
		expect(parseAccepted('[]')).toEqual({ error: 'it is not a JSON object with an "accepted" list' });
		expect(parseAccepted('{"accepted": {}}')).toEqual({ error: '"accepted" is not a list' });
		expect(parseAccepted('{"accepted": [{"code": "wrong-date"}]}')).toEqual({ error: 'entry 1 of "accepted" needs a "code" and a "text" (strings)' });
		expect(parseAccepted('')).toEqual({ entries: [] });
	});

	it('normalises the text it reads as the editor does when it writes', () => {
		expect(normalisedText(' A\u00a0 sente\u0301nce\r\n  wrapped. ')).toBe('A senténce wrapped.');
		expect(parseAccepted('{"accepted": [{"code": "x", "text": "  A\\n b "}]}')).toEqual({ entries: [{ code: 'x', text: 'A b' }] });
	});
});

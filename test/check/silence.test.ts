import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { shippedCorpus } from '../helpers/corpus';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

const WRONG = 'Karimov visited China in 2007 [@weitz2014].';
const UNSUPPORTED = 'Uzbekistan bought fighter jets from France in 2018.';

describe('a silenced finding', () => {
	it('is left out of the findings, and an unrelated one stays', () => {
		const text = `<!-- citecheck-disable-next-line wrong-date -->\n${WRONG}\n\n${UNSUPPORTED}\n`;
		const report = checkDocument(text, 'markdown', corpus);
		expect(report.findings.map((f) => f.code)).toEqual(['unsupported']);
		expect(report.silenced.map((f) => f.code)).toEqual(['wrong-date']);
		// The claim stays in the report, marked.
		const claims = report.claims.map((c) => [c.verdict, c.silenced ?? false]);
		expect(claims).toEqual([
			['wrong-date', true],
			['unsupported', false],
		]);
	});

	it('stays when the directive names another code', () => {
		const text = `<!-- citecheck-disable-next-line unsupported -->\n${WRONG}\n`;
		const report = checkDocument(text, 'markdown', corpus);
		expect(report.findings.map((f) => f.code)).toEqual(['wrong-date']);
		expect(report.silenced).toEqual([]);
	});

	it('is silenced in LaTeX and plain text the same way', () => {
		const tex = `\\begin{document}\n% citecheck-disable\nKarimov visited China in 2007~\\cite{weitz2014}.\n% citecheck-enable\n${UNSUPPORTED}\n\\end{document}\n`;
		expect(checkDocument(tex, 'latex', corpus).findings.map((f) => f.code)).toEqual(['unsupported']);
		const plain = `# citecheck-disable-next-line\n${WRONG}\n\n${UNSUPPORTED}\n`;
		const report = checkDocument(plain, 'plaintext', corpus);
		expect(report.findings.map((f) => f.code)).toEqual(['unsupported']);
		// The directive line is not read as prose.
		expect(report.claims.filter((c) => c.text.includes('citecheck'))).toEqual([]);
	});

	it('is every finding of a file whose front matter says citecheck: false', () => {
		const text = `---\ncitecheck: false\n---\n\n${WRONG}\n\n${UNSUPPORTED}\n`;
		const report = checkDocument(text, 'markdown', corpus);
		expect(report.findings).toEqual([]);
		expect(report.silenced).toHaveLength(2);
	});
});

// The command line checks as the editor does, on the asynchronous path: a retriever that answers
// over the network is asked for each document's claims in one round, and the output is the same as
// with the corpus's own index.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main, type CliHost } from '../server/src/cli/main';
import type { Corpus, EvidenceSentence } from '../server/src/domain/corpus/corpus';
import type { Retriever } from '../server/src/domain/index';
import type { Analysis } from '../server/src/domain/text/analyzer';
import { shippedCorpus } from './helpers/corpus';

let files: string[];
beforeAll(() => {
	const dir = mkdtempSync(join(tmpdir(), 'citecheck-cli-async-'));
	files = [join(dir, 'bad.md'), join(dir, 'bad.tex')];
	writeFileSync(files[0]!, 'Intro.\n\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n');
	writeFileSync(
		files[1]!,
		'\\documentclass{article}\n\\begin{document}\nIn June 2012 Tashkent froze its membership of the CSTO~\\cite[146]{weitz2014}.\n\\end{document}\n',
	);
});

/** A retriever that answers only what it fetched, in one round per document, before the claims are judged. */
function remote(corpus: Corpus): Retriever & { rounds: number } {
	const words = (analysis: Analysis) => analysis.tokens.map((t) => t.key).join(' ');
	const fetched = new Map<string, { candidates: EvidenceSentence[]; asides: EvidenceSentence[] }>();
	const retriever = {
		rounds: 0,
		prepare: async (claims: readonly Analysis[]) => {
			retriever.rounds++;
			await Promise.resolve();
			for (const analysis of claims)
				fetched.set(words(analysis), { candidates: corpus.retriever.candidates(analysis, 24), asides: corpus.retriever.asideCandidates(analysis, 8) });
		},
		candidates: (analysis: Analysis, limit: number) => (fetched.get(words(analysis))?.candidates ?? []).slice(0, limit),
		asideCandidates: (analysis: Analysis, limit: number) => (fetched.get(words(analysis))?.asides ?? []).slice(0, limit),
		passagesOf: () => [],
		sentence: (id: number) => corpus.retriever.sentence(id),
	};
	return retriever;
}

async function run(args: string[], host: CliHost) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(
		args,
		(s) => out.push(s),
		(s) => err.push(s),
		host,
	);
	return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('the command line, given a retriever that must prepare', () => {
	const corpusFor = () => shippedCorpus();

	for (const format of ['text', 'json', 'sarif']) {
		it(`prints in ${format} what it prints with the corpus's own index, having asked it once per document`, async () => {
			const own = await run(['check', '--format', format, ...files], { corpusFor });
			expect(own.out).toContain('wrong-date');
			let asked: ReturnType<typeof remote> | undefined;
			const through = await run(['check', '--format', format, ...files], { corpusFor, retriever: (corpus) => (asked = remote(corpus)) });
			expect(through).toEqual(own);
			expect(asked?.rounds).toBe(files.length);
		});
	}
});

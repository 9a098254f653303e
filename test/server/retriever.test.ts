// The editor's features find passages through the checker, so that the retriever a checker is made
// with (a search server's, an index on disk) answers hovers, completion, navigation and the source
// search as it answers the checks.
import { pathToFileURL } from 'node:url';
import type { MarkupContent } from 'vscode-languageserver-types';
import { beforeAll, afterEach, describe, expect, it } from 'vitest';
import type { Corpus, EvidenceSentence } from '../../server/src/domain/corpus/corpus';
import { createChecker, type Checker, type Retriever } from '../../server/src/domain/index';
import { LineIndex } from '../../server/src/domain/text/positions';
import { citationCompletions } from '../../server/src/features/completion';
import { hoverAt } from '../../server/src/features/hover';
import { searchSources } from '../../server/src/features/library';
import { definitionAt } from '../../server/src/features/navigation';
import { SourceLocations } from '../../server/src/features/sources';
import { shippedCorpus } from '../helpers/corpus';
import { cleanUp, openDocument, PULL, pullDiagnostics, startClient, type Client } from './harness';

let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

/** The last sentence of a source: one that the corpus's own index does not rank first for these sentences. */
function lastOf(key: string): EvidenceSentence {
	return corpus.sentences[corpus.source(key)!.end - 1]!;
}

/** A retriever that finds one passage for everything: the last sentence of `ramani2017`, or of the source asked about. */
function oneAnswer(): Retriever {
	return {
		candidates: () => [lastOf('ramani2017')],
		asideCandidates: () => [],
		passagesOf: (key) => [lastOf(key)],
		sentence: (id) => corpus.retriever.sentence(id),
	};
}

const UNSUPPORTED = 'Uzbekistan bought fighter jets from France in 2018 [@weitz2014].\n';

describe('the features, given a checker made with another retriever', () => {
	let checker: Checker;
	const sources = () => new SourceLocations(checker.corpus, (path) => pathToFileURL(path).toString());
	beforeAll(() => {
		checker = createChecker({ corpus, retriever: oneAnswer() });
	});

	it('quote in the hover over a citation the passage that retriever finds in the source', () => {
		const report = checker.check(UNSUPPORTED, 'markdown', { cache: new Map() });
		const hover = hoverAt(UNSUPPORTED.indexOf('weitz'), report, new LineIndex(UNSUPPORTED), checker, sources());
		// The quote as read, without the bold of the words it shares with the claim or the escapes.
		const quoted = (hover!.contents as MarkupContent).value.replace(/\*\*|\\/g, '');
		expect(quoted).toContain(`> ${lastOf('weitz2014').text}`);
	});

	it('open, on go to definition, the passage that retriever finds in the cited source', () => {
		const report = checker.check(UNSUPPORTED, 'markdown', { cache: new Map() });
		const locations = sources();
		const location = definitionAt(UNSUPPORTED, UNSUPPORTED.indexOf('weitz') + 2, 'markdown', report, checker, locations);
		expect(location?.range).toEqual(locations.range('weitz2014', lastOf('weitz2014').location));
	});

	it('rank first, in completion and in the source search, the source of the passage that retriever finds', () => {
		const text = 'Uzbekistan bought fighter jets from France in 2018 [@';
		const report = checker.check(text, 'markdown', { cache: new Map() });
		const items = citationCompletions(text, text.length, 'markdown', report, new LineIndex(text), checker, { cache: new Map() })!.items;
		expect(items.find((i) => i.preselect)?.label).toBe('ramani2017');
		expect(searchSources(checker, 'fighter jets')).toEqual([expect.objectContaining({ key: 'ramani2017', quote: lastOf('ramani2017').text })]);
	});
});

describe('the server, given a retriever by its host', () => {
	let client: Client | undefined;
	afterEach(() => {
		cleanUp(client);
		client = undefined;
	});

	it('answers hovers and the source search through it', async () => {
		const nothing = (c: Corpus): Retriever => ({
			candidates: () => [],
			asideCandidates: () => [],
			passagesOf: () => [],
			sentence: (id) => c.retriever.sentence(id),
		});
		client = await startClient(PULL, {}, { retriever: nothing });
		const uri = 'file:///paper/paper.md';
		const text = 'Karimov visited China in 2005 [@weitz2014].\n';
		await openDocument(client, uri, 'markdown', text);
		expect((await pullDiagnostics(client, uri)).map((d) => d.code)).toEqual(['unsupported']);
		const position = { line: 0, character: text.indexOf('weitz') };
		const hover = (await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as { contents: MarkupContent };
		expect(hover.contents.value).toContain('Nothing in this source bears on the sentence.');
		expect(await client.connection.sendRequest('citecheck/searchSources', { query: 'Karimov visit China', uri })).toEqual([]);
	});
});

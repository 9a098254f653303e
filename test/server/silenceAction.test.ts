// The quick fix that silences a finding inserts one comment line above the finding's line, in the
// document's language, with the line's indent, and changes no other text.
import { beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-types';
import { checkDocument } from '../../server/src/domain/check/checker';
import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { LineIndex } from '../../server/src/domain/text/positions';
import type { DocumentLanguage } from '../../server/src/domain/types';
import { codeActions } from '../../server/src/features/codeActions';
import { DEFAULT_FEATURE_OPTIONS } from '../../server/src/features/options';
import { shippedCorpus } from '../helpers/corpus';
import { applyWorkspaceEdit } from './harness';

const URI = 'file:///paper/paper';
let corpus: Corpus;
beforeAll(async () => {
	corpus = await shippedCorpus();
});

/** The actions offered on the line `words` are on. */
function actionsAt(text: string, language: DocumentLanguage, words: string): CodeAction[] {
	const lines = new LineIndex(text);
	const at = lines.positionAt(text.indexOf(words));
	const report = checkDocument(text, language, corpus);
	const doc = { uri: URI, version: 1, text, language };
	return codeActions(doc, { start: at, end: at }, undefined, [], report, lines, corpus, DEFAULT_FEATURE_OPTIONS);
}

function silence(text: string, language: DocumentLanguage, words: string): CodeAction {
	const found = actionsAt(text, language, words).filter((a) => a.title === 'Silence this finding here');
	expect(found).toHaveLength(1);
	return found[0]!;
}

describe('silence this finding here', () => {
	it('inserts the Markdown comment on its own line above the finding, and nothing else', () => {
		const text = 'Intro.\n\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n';
		const action = silence(text, 'markdown', 'Karimov');
		const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
		expect(change!.edits).toEqual([
			{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, newText: '<!-- citecheck-disable-next-line wrong-date -->\n' },
		]);
		const after = applyWorkspaceEdit(text, action.edit!, URI, 1);
		expect(after).toBe(text.replace('Karimov', '<!-- citecheck-disable-next-line wrong-date -->\nKarimov'));
		// Checked again, the finding is silenced and the other one stays.
		expect(checkDocument(after, 'markdown', corpus).findings.map((f) => f.code)).toEqual(['unsupported']);
	});

	it('writes a LaTeX comment with the line’s indent and its line breaks', () => {
		const text = '\\begin{document}\r\n  Karimov visited China in 2007~\\cite{weitz2014}.\r\n\\end{document}\r\n';
		const after = applyWorkspaceEdit(text, silence(text, 'latex', 'Karimov').edit!, URI, 1);
		expect(after).toBe(text.replace('  Karimov', '  % citecheck-disable-next-line wrong-date\r\n  Karimov'));
		expect(checkDocument(after, 'latex', corpus).findings).toEqual([]);
	});

	it('writes a bare directive line in plain text', () => {
		const text = 'Uzbekistan bought fighter jets from France in 2018.\n';
		const after = applyWorkspaceEdit(text, silence(text, 'plaintext', 'Uzbekistan').edit!, URI, 1);
		expect(after).toBe(`citecheck-disable-next-line unsupported\n${text}`);
		expect(checkDocument(after, 'plaintext', corpus).findings).toEqual([]);
	});

	it('is not offered, nor any other fix, for a finding already silenced', () => {
		const text = '<!-- citecheck-disable-next-line -->\nKarimov visited China in 2007 [@weitz2014].\n';
		expect(actionsAt(text, 'markdown', 'Karimov')).toEqual([]);
	});
});

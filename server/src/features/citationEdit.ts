// The citation the source search inserts where the writer picked a source: written in the
// document's style, at the position the writer chose.
import type { Position, WorkspaceEdit } from 'vscode-languageserver-types';
import { citationEdits, detectStyle } from '../domain/cite/insert';
import type { Corpus } from '../domain/corpus/corpus';
import type { LineIndex } from '../domain/text/positions';
import { workspaceEdit, type EditedDocument } from './codeActions';
import type { FeatureOptions } from './options';

/** The edit that cites the source `key` (at `page`, if given) at `position`; null for a key the corpus does not have. */
export function citationEdit(
	doc: EditedDocument,
	lines: LineIndex,
	corpus: Corpus,
	options: FeatureOptions,
	position: Position,
	key: string,
	page?: string,
): WorkspaceEdit | null {
	const meta = corpus.source(key)?.meta;
	if (!meta) return null;
	const offset = lines.offsetAt(position);
	const style = detectStyle(doc.text, doc.language, options.citationStyle);
	return workspaceEdit(doc, citationEdits(doc.text, offset, { meta, label: corpus.sourceLabel(key), ...(page ? { page } : {}) }, style), lines);
}

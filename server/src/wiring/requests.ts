// The answers to the editor's requests: each finds what it needs (the document's current check, its
// corpus, the workspace's texts) and hands it to a feature, which works out the answer.
import {
	CodeActionKind,
	ResponseError,
	type CancellationToken,
	type CodeActionParams,
	type CompletionParams,
	type Connection,
	type DefinitionParams,
	type ExecuteCommandParams,
	type HoverParams,
	type ReferenceParams,
	type TextDocuments,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { detectStyle } from '../domain/cite/insert';
import { LineIndex } from '../domain/text/positions';
import { acceptActions } from '../features/acceptActions';
import { citationEdit } from '../features/citationEdit';
import { citeAllEdit, codeActions, type EditedDocument } from '../features/codeActions';
import { citationCompletions } from '../features/completion';
import { hoverAt } from '../features/hover';
import { searchSources, sourceText, sourceUsage } from '../features/library';
import { definitionAt, referencesAt } from '../features/navigation';
import { checkFiles, statusOf } from '../features/summaries';
import { withoutTyped } from '../features/typing';
import {
	CITE_ALL_SERVER_COMMAND,
	type CheckFilesParams,
	type CitationEditParams,
	type SearchSourcesParams,
	type SourceTextParams,
	type SourceUsageParams,
	type StatusParams,
} from '../protocol';
import type { CheckScheduler } from './checkScheduler';
import type { CorpusHost } from './corpusHost';
import type { Checked, DocumentChecks } from './documentChecks';
import { languageOf, type Workspace } from './workspace';

/** The text a check was made on, with its version: an edit computed on it is refused by a client whose text has moved on. */
function edited(document: TextDocument, result: Checked): EditedDocument {
	return { uri: document.uri, version: result.version, text: result.text, language: result.language };
}

export class Requests {
	constructor(
		private readonly connection: Connection,
		private readonly documents: TextDocuments<TextDocument>,
		private readonly workspace: Workspace,
		private readonly corpora: CorpusHost,
		private readonly checks: DocumentChecks,
		private readonly scheduler: CheckScheduler,
	) {}

	async hover(params: HoverParams) {
		const found = await this.checks.current(params.textDocument.uri);
		if (!found) return null;
		const { result } = found;
		const offset = result.lines.offsetAt(params.position);
		return hoverAt(offset, result.report, result.lines, result.checker, this.corpora.sourcesOf(result.corpus));
	}

	async completion(params: CompletionParams) {
		const found = await this.checks.current(params.textDocument.uri);
		if (!found) return null;
		const { document, result } = found;
		// When checks wait for a save, the report may be of an older text; positions are of this one.
		const text = document.getText();
		const lines = result.version === document.version ? result.lines : new LineIndex(text);
		const offset = lines.offsetAt(params.position);
		return citationCompletions(text, offset, languageOf(document.languageId), result.report, lines, result.checker, this.checks.judgementsOf(result.corpus));
	}

	async definition(params: DefinitionParams) {
		const found = await this.checks.current(params.textDocument.uri);
		if (!found) return null;
		const { document, result } = found;
		if (result.version !== document.version) return null;
		const offset = result.lines.offsetAt(params.position);
		return definitionAt(document.getText(), offset, languageOf(document.languageId), result.report, result.checker, this.corpora.sourcesOf(result.corpus));
	}

	async references(params: ReferenceParams) {
		const document = this.documents.get(params.textDocument.uri);
		if (!document) return [];
		const checker = await this.corpora.checkerOf(await this.workspace.settingsFor(document.uri), document.uri);
		if (!checker) return [];
		const offset = document.offsetAt(params.position);
		return referencesAt(document.getText(), offset, languageOf(document.languageId), checker, (key) => this.workspace.texts((saved) => saved.includes(key)));
	}

	async codeActions(params: CodeActionParams) {
		const found = await this.checks.current(params.textDocument.uri);
		if (!found) return [];
		const { document, result } = found;
		// No fix for a sentence whose findings are held back while it is typed.
		const held = this.scheduler.heldBack(result, document.uri);
		const report = held ? withoutTyped(result.report, held) : result.report;
		const { range, context } = params;
		const doc = edited(document, result);
		const actions = codeActions(doc, range, context.only, context.diagnostics, report, result.lines, result.corpus, result.settings);
		// Only a client that keeps accepted findings can run "Mark as checked".
		const quickFixes = !context.only || context.only.some((kind) => CodeActionKind.QuickFix.startsWith(kind));
		if (this.workspace.accepted.enabled && quickFixes) actions.push(...acceptActions(doc, range, context.diagnostics, report, result.lines));
		return actions;
	}

	/** "Cite All Supported Claims": the server applies the edit itself. */
	async executeCommand(params: ExecuteCommandParams) {
		if (params.command !== CITE_ALL_SERVER_COMMAND) return;
		const uri = params.arguments?.[0];
		if (typeof uri !== 'string') return;
		const found = await this.checks.current(uri);
		if (!found) return;
		const { document, result } = found;
		const doc = edited(document, result);
		const edit = citeAllEdit(doc, result.report, result.lines, result.corpus, detectStyle(doc.text, doc.language, result.settings.citationStyle));
		if (edit) await this.connection.workspace.applyEdit({ label: 'Cite all supported claims', edit });
	}

	async status(params: StatusParams) {
		return statusOf((await this.checks.current(params.uri))?.result.report);
	}

	/** The corpus's sources with how many sentences of the workspace cite each, and in how many documents. */
	async sourceUsage(params: SourceUsageParams) {
		const checker = await this.corpora.checkerForRequest(params.uri);
		return sourceUsage(checker, this.workspace.texts(), this.corpora.sourcesOf(checker.corpus));
	}

	async searchSources(params: SearchSourcesParams) {
		return searchSources(await this.corpora.checkerForRequest(params.uri), params.query, params.limit);
	}

	async sourceText(params: SourceTextParams) {
		const text = sourceText((await this.corpora.checkerForRequest(params.uri)).corpus, params.key);
		if (!text) throw new ResponseError(-32602, `no source has the key "${params.key}"`);
		return text;
	}

	async citationEdit(params: CitationEditParams) {
		const found = await this.checks.current(params.uri);
		if (!found) return null;
		const { document, result } = found;
		return citationEdit(edited(document, result), result.lines, result.corpus, result.settings, params.position, params.key, params.page);
	}

	/**
	 * Checks files for "Check All Files in Workspace" and answers with each one's summary for the
	 * report. An open document is checked as the editor has it, and its findings are left to the
	 * editor's own pulls or pushes; the others are read from disk and their findings pushed.
	 */
	checkFiles(params: CheckFilesParams, token: CancellationToken) {
		const check = async (uri: string) => {
			const open = this.documents.get(uri);
			return (open ? await this.checks.check(open) : await this.scheduler.checkSaved(uri))?.report;
		};
		return checkFiles(params.uris, check, () => token.isCancellationRequested);
	}
}

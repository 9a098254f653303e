// What the extension changes in what passes between the editor and the server: hovers whose links
// may run one command only, definitions in a source's read-only document, findings whose related
// passages are read from the corpus of the document they were found in, and a relative corpus path
// made absolute.

import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';
import type { Explanations } from './explanations';
import { withoutShownVerdict } from './hoverText';
import { scopeMiddleware } from './scope';
import { withResolvedCorpusPath } from './settings';
import { keyOfSourceUri, SOURCE_SCHEME, type DefinitionSelection, type SourceDocumentProvider } from './sources';

/** What the middleware reads and tells: the source documents, the selection awaited in one, the codes' explanations. */
export interface MiddlewareParts {
	sources: SourceDocumentProvider;
	definitionSelection: DefinitionSelection;
	explanations: Explanations;
	/** The only commands a hover's links may run. */
	trustedHoverCommands: readonly string[];
}

export function clientMiddleware({ sources, definitionSelection, explanations, trustedHoverCommands }: MiddlewareParts): Middleware {
	return {
		...scopeMiddleware,
		// The server's hovers link to `command:citecheck.openSource?…`; only that command may run from them.
		// A verdict line that a finding shown in the same box says already is left out.
		provideHover: async (document, position, token, next) => {
			const hover = await next(document, position, token);
			return hover ? trustedHover(hover, document, position, trustedHoverCommands) : hover;
		},
		// A definition in a source's read-only document is read from the corpus of the document
		// it was asked in, and its passage is selected once the editor is there.
		provideDefinition: async (document, position, token, next) => {
			const definition = await next(document, position, token);
			const targets = (Array.isArray(definition) ? definition : definition ? [definition] : []).map((d) =>
				'targetUri' in d ? { uri: d.targetUri, range: d.targetSelectionRange ?? d.targetRange } : d,
			);
			for (const target of targets) if (target.uri.scheme === SOURCE_SCHEME) sources.setContext(keyOfSourceUri(target.uri), document.uri.toString());
			if (targets.length === 1 && targets[0]!.uri.scheme === SOURCE_SCHEME) definitionSelection.expect(targets[0]!.uri, targets[0]!.range);
			return definition;
		},
		provideDiagnostics: async (document, previousResultId, token, next) => {
			const report = await next(document, previousResultId, token);
			if (report && 'items' in report) {
				offerContexts(sources, document instanceof vscode.Uri ? document : document.uri, report.items);
				explanations.relink(report.items);
			}
			return report;
		},
		handleDiagnostics: (uri, diagnostics, next) => {
			offerContexts(sources, uri, diagnostics);
			explanations.relink(diagnostics);
			next(uri, diagnostics);
		},
		workspace: {
			// A relative `citecheck.corpus.path` means the workspace folder's; the server gets it absolute.
			configuration: async (params, token, next) => {
				const result = await next(params, token);
				if (!Array.isArray(result)) return result;
				return result.map((value, i) => withResolvedCorpusPath(params.items[i]?.section, params.items[i]?.scopeUri, value));
			},
		},
	};
}

/** The server's hover with its links allowed the trusted commands only, and without the verdicts the findings here already say. */
function trustedHover(
	hover: vscode.Hover,
	document: vscode.TextDocument,
	position: vscode.Position,
	trustedCommands: readonly string[],
): vscode.Hover | undefined {
	const shown = vscode.languages
		.getDiagnostics(document.uri)
		.filter((d) => d.source === 'citecheck' && d.range.contains(position))
		.map((d) => d.message);
	const contents: (vscode.MarkdownString | vscode.MarkedString)[] = [];
	for (const content of hover.contents) {
		if (!(content instanceof vscode.MarkdownString)) {
			contents.push(content);
			continue;
		}
		const value = withoutShownVerdict(content.value, shown);
		if (value === undefined) continue;
		content.value = value;
		content.isTrusted = { enabledCommands: trustedCommands };
		contents.push(content);
	}
	return contents.length > 0 ? new vscode.Hover(contents, hover.range) : undefined;
}

/**
 * A finding's related passage may be in a source's read-only document (a PDF's text), which is
 * read from the corpus of the document it was found in: the editor opens it without saying from where.
 */
function offerContexts(sources: SourceDocumentProvider, document: vscode.Uri, diagnostics: readonly vscode.Diagnostic[]): void {
	for (const related of diagnostics.flatMap((d) => d.relatedInformation ?? [])) {
		if (related.location.uri.scheme === SOURCE_SCHEME) sources.offerContext(keyOfSourceUri(related.location.uri), document.toString());
	}
}

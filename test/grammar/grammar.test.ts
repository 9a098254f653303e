// The citation injection grammar (syntaxes/citecheck.citations.injection.json), tokenized by the
// same engine VS Code uses (vscode-textmate on vscode-oniguruma), injected into stand-in host
// grammars: hosts that match nothing, as the injection must work on plain paragraph text, and hosts
// that only know code and comments, to show those scopes are left alone.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '..', '..');
const INJECTION = 'citecheck.citations.injection';
const injectionGrammar = readFileSync(join(ROOT, 'syntaxes', `${INJECTION}.json`), 'utf8');

const KEY = 'entity.name.label.citation-key.citecheck';
const PANDOC = 'meta.citation.pandoc.citecheck';
const IN_TEXT = 'meta.citation.pandoc.in-text.citecheck';
const OPEN = 'punctuation.definition.citation.begin.citecheck';
const CLOSE = 'punctuation.definition.citation.end.citecheck';
const LATEX = 'meta.citation.latex.citecheck';
const CITE = 'support.function.cite.latex.citecheck';
const FOOTNOTE = 'meta.footnote.reference.citecheck';
const FOOTNOTE_LABEL = 'entity.name.label.footnote.citecheck';
const LOCATOR = 'constant.numeric.locator.citecheck';

type Host = { scopeName: string; patterns: unknown[] };

/** Stand-ins for the Markdown and LaTeX grammars VS Code ships: these match nothing at all. */
const EMPTY_HOSTS: Host[] = [
	{ scopeName: 'text.html.markdown', patterns: [] },
	{ scopeName: 'text.tex.latex', patterns: [] },
	{ scopeName: 'text.tex', patterns: [] },
];

/** Stand-ins that know only the scopes the injection must stay out of: code and comments. */
const CODE_HOSTS: Host[] = [
	{
		scopeName: 'text.html.markdown',
		patterns: [
			{ name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
			{ name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' },
			{ name: 'comment.block.html', begin: '<!--', end: '-->' },
		],
	},
	{ scopeName: 'text.tex.latex', patterns: [{ name: 'comment.line.percentage.tex', match: '(?<!\\\\)%.*$' }] },
	{ scopeName: 'text.tex', patterns: [] },
];

let onigLib: Promise<vsctm.IOnigLib>;

beforeAll(async () => {
	const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	onigLib = Promise.resolve({
		createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
		createOnigString: (text: string) => new oniguruma.OnigString(text),
	});
});

async function loadHost(hosts: Host[], scopeName: string): Promise<vsctm.IGrammar> {
	const registry = new vsctm.Registry({
		onigLib,
		loadGrammar: async (name) => {
			if (name === INJECTION) return vsctm.parseRawGrammar(injectionGrammar, `${INJECTION}.json`);
			const host = hosts.find((h) => h.scopeName === name);
			return host ? vsctm.parseRawGrammar(JSON.stringify({ name, ...host }), `${name}.json`) : null;
		},
		getInjections: (name) => (hosts.some((h) => h.scopeName === name) ? [INJECTION] : undefined),
	});
	const grammar = await registry.loadGrammar(scopeName);
	if (!grammar) throw new Error(`could not load ${scopeName}`);
	return grammar;
}

interface Token {
	text: string;
	start: number;
	scopes: string[];
}

async function tokenize(text: string, scopeName = 'text.html.markdown', hosts = EMPTY_HOSTS): Promise<Token[][]> {
	const grammar = await loadHost(hosts, scopeName);
	let state = vsctm.INITIAL;
	return text.split('\n').map((line) => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
	});
}

/** The scopes of every character of `part` (its `nth` occurrence in the line), which must be the same throughout. */
function scopesOf(line: Token[], part: string, nth = 0): string[] {
	const text = line.map((t) => t.text).join('');
	let at = -1;
	for (let i = 0; i <= nth; i++) at = text.indexOf(part, at + 1);
	if (at < 0) throw new Error(`"${part}" is not in "${text}"`);
	const covering = line.filter((t) => t.start < at + part.length && t.start + t.text.length > at);
	const first = covering[0]!.scopes;
	for (const t of covering) expect(t.scopes, `"${part}" is split across tokens with different scopes`).toEqual(first);
	return first;
}

function allScopes(line: Token[]): string[] {
	return [...new Set(line.flatMap((t) => t.scopes))];
}

async function line(text: string, scopeName?: string, hosts?: Host[]): Promise<Token[]> {
	return (await tokenize(text, scopeName, hosts))[0]!;
}

describe('Pandoc citations in Markdown', () => {
	it('scopes the brackets and the key of [@key]', async () => {
		const tokens = await line('It left the bloc in 2012 [@weitz2014].');
		expect(scopesOf(tokens, '[')).toEqual(['text.html.markdown', PANDOC, OPEN]);
		expect(scopesOf(tokens, 'weitz2014')).toEqual(['text.html.markdown', PANDOC, KEY]);
		expect(scopesOf(tokens, ']')).toEqual(['text.html.markdown', PANDOC, CLOSE]);
		expect(scopesOf(tokens, 'It left the bloc')).toEqual(['text.html.markdown']);
		expect(scopesOf(tokens, '.', 0)).toEqual(['text.html.markdown']);
	});

	it('scopes the locator of [@key, p. 146] but not its comma', async () => {
		const tokens = await line('Suspended in June 2012 [@weitz2014, p. 146].');
		expect(scopesOf(tokens, 'weitz2014')).toContain(KEY);
		expect(scopesOf(tokens, '146')).toContain(LOCATOR);
		expect(scopesOf(tokens, ', ')).toEqual(['text.html.markdown', PANDOC]);
		expect(scopesOf(tokens, ']')).toContain(CLOSE);
	});

	it('scopes every key of [see @key; @other, pp. 3-4] and the prefix as citation text', async () => {
		const tokens = await line('Moscow objected [see @edm2013; @ramani2017, pp. 3-4; -@altynbayev2021].');
		expect(scopesOf(tokens, 'see ')).toEqual(['text.html.markdown', PANDOC]);
		for (const key of ['edm2013', 'ramani2017', 'altynbayev2021']) expect(scopesOf(tokens, key)).toEqual(['text.html.markdown', PANDOC, KEY]);
		expect(scopesOf(tokens, ';')).toEqual(['text.html.markdown', PANDOC, 'punctuation.separator.citation.citecheck']);
		expect(scopesOf(tokens, '3-4')).toContain(LOCATOR);
		expect(scopesOf(tokens, '-', 1)).toContain('punctuation.definition.citation.suppress-author.citecheck');
	});

	it('keeps internal punctuation in keys but not trailing punctuation', async () => {
		const tokens = await line('As @doe:2020.a argues, and [@smith-jones_1999.].');
		expect(scopesOf(tokens, 'doe:2020.a')).toEqual(['text.html.markdown', IN_TEXT, KEY]);
		expect(scopesOf(tokens, 'smith-jones_1999')).toContain(KEY);
		expect(scopesOf(tokens, '.', 1)).toEqual(['text.html.markdown', PANDOC]);
	});

	it('scopes an author-in-text citation @key and a braced key', async () => {
		const tokens = await line('@weitz2014 dates it to June 2012; see also [@{edm2013!}].');
		expect(scopesOf(tokens, 'weitz2014')).toEqual(['text.html.markdown', IN_TEXT, KEY]);
		expect(scopesOf(tokens, 'edm2013!')).toContain(KEY);
		expect(scopesOf(tokens, ' dates it')).toEqual(['text.html.markdown']);
	});

	it('does not take ordinary brackets, links or e-mail addresses for citations', async () => {
		const cases = [
			'Write to press@mfa.uz [or press@gov.uz] for details.',
			'The treaty [signed in 1992] was renewed.',
			'See [the report](https://example.org/@weitz2014) and [@weitz2014](https://example.org).',
			'A reference link [@weitz2014][1] is a link.',
			'[@weitz2014]: https://example.org is a link definition.',
			'Twitter: https://twitter.com/@uzbekistan, user@weitz2014.org, name.@x',
			'Arrays [1, 2] and a[0] and [x] [y].',
		];
		for (const text of cases) {
			const scopes = allScopes(await line(text));
			expect(scopes, text).not.toContain(PANDOC);
			expect(scopes, text).not.toContain(KEY);
		}
		const email = await line('Mail press@mfa.uz now.');
		expect(scopesOf(email, 'press@mfa.uz')).toEqual(['text.html.markdown']);
	});

	it('leaves code spans, code blocks and HTML comments alone', async () => {
		const [inline, , fenced, , comment] = await tokenize(
			['Use `[@weitz2014]` to cite, as [@edm2013] does.', '```', '[@ramani2017] and [^1]', '```', '<!-- [@edm2006] -->'].join('\n'),
			'text.html.markdown',
			CODE_HOSTS,
		);
		expect(scopesOf(inline!, 'weitz2014')).toEqual(['text.html.markdown', 'markup.inline.raw.string.markdown']);
		expect(scopesOf(inline!, 'edm2013')).toEqual(['text.html.markdown', PANDOC, KEY]);
		expect(allScopes(fenced!)).not.toContain(KEY);
		expect(allScopes(fenced!)).not.toContain(FOOTNOTE);
		expect(allScopes(comment!)).not.toContain(KEY);
	});
});

describe('Markdown footnotes', () => {
	it('scopes a footnote reference [^id]', async () => {
		const tokens = await line('It was formalized at the December 2012 summit.[^1] Later[^note-2], too.');
		expect(scopesOf(tokens, '[')).toEqual(['text.html.markdown', FOOTNOTE, 'punctuation.definition.footnote.begin.citecheck']);
		expect(scopesOf(tokens, '1', 1)).toEqual(['text.html.markdown', FOOTNOTE, FOOTNOTE_LABEL]);
		expect(scopesOf(tokens, 'note-2')).toEqual(['text.html.markdown', FOOTNOTE, FOOTNOTE_LABEL]);
		expect(scopesOf(tokens, ']')).toEqual(['text.html.markdown', FOOTNOTE, 'punctuation.definition.footnote.end.citecheck']);
	});

	it('scopes a footnote definition [^id]: as a definition, not a reference', async () => {
		const tokens = await line('[^1]: "Tashkent Strengthens Security Ties with Moscow," Eurasia Daily Monitor.');
		expect(scopesOf(tokens, '1')).toEqual(['text.html.markdown', 'meta.footnote.definition.citecheck', FOOTNOTE_LABEL]);
		expect(allScopes(tokens)).not.toContain(FOOTNOTE);
	});

	it('does not take a caret in brackets with spaces or nothing for a footnote', async () => {
		for (const text of ['x [^ 1] y', 'x [^] y', '2^[3] and [a^b]']) {
			expect(allScopes(await line(text)), text).not.toContain(FOOTNOTE);
		}
	});
});

describe('LaTeX citation commands', () => {
	it('scopes \\cite{key}: the command, the braces and the key', async () => {
		const tokens = await line('Uzbekistan suspended its membership in June 2012~\\cite{weitz2014}.', 'text.tex.latex');
		expect(scopesOf(tokens, 'cite')).toEqual(['text.tex.latex', LATEX, CITE]);
		expect(scopesOf(tokens, '\\')).toEqual(['text.tex.latex', LATEX, 'punctuation.definition.function.latex.citecheck']);
		expect(scopesOf(tokens, '{')).toEqual(['text.tex.latex', LATEX, 'punctuation.definition.arguments.begin.latex.citecheck']);
		expect(scopesOf(tokens, 'weitz2014')).toEqual(['text.tex.latex', LATEX, KEY]);
		expect(scopesOf(tokens, '}')).toEqual(['text.tex.latex', LATEX, 'punctuation.definition.arguments.end.latex.citecheck']);
		expect(scopesOf(tokens, 'Uzbekistan')).toEqual(['text.tex.latex']);
	});

	it('scopes optional arguments and several keys', async () => {
		const tokens = await line('\\parencite[see][p.~146]{weitz2014, edm2013} and \\citep[146]{ramani2017}', 'text.tex.latex');
		expect(scopesOf(tokens, 'parencite')).toContain(CITE);
		expect(scopesOf(tokens, 'see')).toEqual(['text.tex.latex', LATEX, 'meta.citation.optional-argument.latex.citecheck']);
		expect(scopesOf(tokens, '[', 0)).toContain('punctuation.definition.optional-argument.begin.latex.citecheck');
		expect(scopesOf(tokens, 'weitz2014')).toEqual(['text.tex.latex', LATEX, KEY]);
		expect(scopesOf(tokens, 'edm2013')).toEqual(['text.tex.latex', LATEX, KEY]);
		expect(scopesOf(tokens, ',', 0)).toContain('punctuation.separator.citation.citecheck');
		expect(scopesOf(tokens, 'citep')).toContain(CITE);
		expect(scopesOf(tokens, '146', 1)).toContain(LOCATOR);
		expect(scopesOf(tokens, 'ramani2017')).toContain(KEY);
	});

	it('knows the natbib and biblatex commands, capitalised and starred', async () => {
		const commands = [
			'cite',
			'citep',
			'citet',
			'citet*',
			'parencite',
			'Parencite',
			'textcite',
			'Textcite',
			'autocite',
			'autocite*',
			'footcite',
			'citeauthor',
			'citeyear',
		];
		for (const command of commands) {
			const tokens = await line(`Text \\${command}{edm2006} more.`, 'text.tex.latex');
			expect(scopesOf(tokens, command.replace('*', '')), command).toContain(CITE);
			expect(scopesOf(tokens, 'edm2006'), command).toContain(KEY);
			if (command.endsWith('*')) expect(scopesOf(tokens, '*')).toContain('keyword.operator.star.latex.citecheck');
		}
	});

	it('works in plain TeX and leaves other commands and comments alone', async () => {
		const tex = await line('\\footcite[12]{altynbayev2021}', 'text.tex');
		expect(scopesOf(tex, 'altynbayev2021')).toEqual(['text.tex', LATEX, KEY]);
		for (const text of ['\\citation{weitz2014}', '\\label{weitz2014}', '\\excite{weitz2014}', '\\ref{sec:cite}']) {
			expect(allScopes(await line(text, 'text.tex.latex')), text).not.toContain(KEY);
		}
		const commented = await line('Real \\cite{edm2013} % draft: \\cite{weitz2014}', 'text.tex.latex', CODE_HOSTS);
		expect(scopesOf(commented, 'edm2013')).toContain(KEY);
		expect(scopesOf(commented, 'weitz2014')).toEqual(['text.tex.latex', 'comment.line.percentage.tex']);
	});
});

describe('a whole paper', () => {
	/** The citation keys and footnote labels of a document, in order, as the grammar scopes them. */
	async function labels(text: string, scopeName: string): Promise<string[]> {
		const lines = await tokenize(text, scopeName);
		return lines.flatMap((line) => line.filter((t) => t.scopes.includes(KEY) || t.scopes.includes(FOOTNOTE_LABEL)).map((t) => t.text));
	}

	it('finds every citation of a Markdown paper and nothing else', async () => {
		const paper = [
			'---',
			'title: "Between Moscow and the West"',
			'author: "A. Student <student@example.edu>"',
			'---',
			'',
			'# Leaving the CSTO [draft]',
			'',
			'It suspended its membership again in June 2012 [@weitz2014, p. 146].',
			'The amendments allowed action on a majority vote [see @weitz2014, p. 146; @edm2013].',
			'Its exit was formalized at the December 2012 summit.[^1] As @ramani2017 notes, Tashkent hosts RATS.',
			'Write to [the editors](mailto:editors@example.org) or press@mfa.uz with [corrections].',
			'',
			'[^1]: "Tashkent Strengthens Security Ties with Moscow," *Eurasia Daily Monitor* 10, no. 76 (April 2013).',
		].join('\n');
		expect(await labels(paper, 'text.html.markdown')).toEqual(['weitz2014', 'weitz2014', 'edm2013', '1', 'ramani2017', '1']);
	});

	it('finds every citation of a LaTeX paper and nothing else', async () => {
		const paper = [
			'\\documentclass{article}',
			'\\usepackage[style=authoryear]{biblatex}',
			'\\addbibresource{sources.bib}',
			'\\begin{document}',
			'Uzbekistan suspended its CSTO membership in June 2012~\\cite[146]{weitz2014}.',
			'Tashkent hosts RATS \\parencite[see][]{ramani2017} and \\textcite{edm2006,edm2013} agree.',
			'Its exit was formalized in Moscow\\footnote{See \\citet*[p.~3]{altynbayev2021}.}.',
			'\\label{sec:cite} \\ref{fig:1} \\emph{[emphasis]} [brackets] a@b.c',
			'\\end{document}',
		].join('\n');
		expect(await labels(paper, 'text.tex.latex')).toEqual(['weitz2014', 'ramani2017', 'edm2006', 'edm2013', 'altynbayev2021']);
	});
});

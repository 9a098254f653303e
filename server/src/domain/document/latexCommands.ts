// The LaTeX commands and environments the reader knows, by what it does with them.

export const HEADINGS = new Set(['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph', 'title']);
export const CAPTIONS = new Set(['caption', 'subcaption', 'captionof']);
export const CITE = /^[a-zA-Z]*[Cc]ite[a-zA-Z]*$/;
export const NOT_CITATIONS = new Set(['nocite']);
export const MATH_ENVS = new Set(['equation', 'align', 'alignat', 'gather', 'multline', 'flalign', 'eqnarray', 'math', 'displaymath', 'split', 'dmath', 'subequations']);
export const SKIPPED_ENVS = new Set(['verbatim', 'Verbatim', 'lstlisting', 'minted', 'comment', 'alltt', 'tikzpicture', 'picture', 'thebibliography', 'filecontents', 'filecontents*']);
/** List environments, with the arguments to skip after `\begin{…}` (see SKIPPED). */
export const LIST_ENVS: ReadonlyMap<string, string> = new Map([
	['itemize', 'o'],
	['enumerate', 'o'],
	['description', 'o'],
	['compactitem', 'o'],
	['compactenum', 'o'],
	['inparaenum', 'o'],
	['asparaenum', 'o'],
	['list', 'mm'],
]);
export const QUOTE_ENVS = new Set(['quote', 'quotation', 'verse', 'displayquote']);
export const TABLE_ENVS: ReadonlyMap<string, string> = new Map([
	['tabular', 'om'],
	['tabular*', 'mom'],
	['tabularx', 'mom'],
	['tabulary', 'mom'],
	['longtable', 'om'],
	['array', 'om'],
]);
export const BLOCK_ENVS: ReadonlyMap<string, string> = new Map([
	['figure', 'o'],
	['figure*', 'o'],
	['table', 'o'],
	['table*', 'o'],
	['center', ''],
	['flushleft', ''],
	['flushright', ''],
	['abstract', ''],
	['minipage', 'oom'],
	['document', ''],
	['theorem', 'o'],
	['lemma', 'o'],
	['proof', 'o'],
	['definition', 'o'],
	['remark', 'o'],
]);

/**
 * Commands whose arguments are not prose, with the arguments to drop: `o` an optional `[…]`,
 * `m` a mandatory argument (a braced group or one token). Arguments after those stay, so
 * `\href{url}{text}` and `\textcolor{red}{text}` keep their text.
 */
export const SKIPPED: ReadonlyMap<string, string> = new Map([
	...['label', 'ref', 'eqref', 'pageref', 'autoref', 'cref', 'Cref', 'vref', 'nameref', 'url', 'nolinkurl', 'input', 'include', 'includeonly', 'bibliography', 'bibliographystyle', 'vspace', 'hspace', 'hypersetup', 'graphicspath', 'date', 'thanks', 'index', 'glossary', 'pagestyle', 'thispagestyle', 'linespread', 'ensuremath', 'nocite', 'href', 'hyperlink', 'hypertarget', 'markright', 'pagenumbering', 'setstretch', 'urlstyle', 'addvspace', 'enlargethispage', 'tag', 'hphantom', 'vphantom', 'phantom'].map((name) => [name, 'm'] as const),
	...['usepackage', 'RequirePackage', 'documentclass', 'includegraphics', 'addbibresource', 'color', 'textcolor', 'colorbox', 'pagecolor', 'footnotetext', 'captionsetup', 'author', 'includepdf', 'bibitem', 'setmainfont', 'setsansfont', 'setmonofont', 'geometry'].map((name) => [name, 'om'] as const),
	...['footnotemark', 'printbibliography', 'hyperref', 'linebreak', 'pagebreak', 'nolinebreak'].map((name) => [name, 'o'] as const),
	...['setlength', 'addtolength', 'setcounter', 'addtocounter', 'fontsize', 'numberwithin', 'markboth', 'settowidth', 'DeclareMathOperator'].map((name) => [name, 'mm'] as const),
	['newcommand', 'moom'],
	['renewcommand', 'moom'],
	['providecommand', 'moom'],
	['DeclareRobustCommand', 'moom'],
	['newenvironment', 'moomm'],
	['renewenvironment', 'moomm'],
	['newtheorem', 'momo'],
	['definecolor', 'mmm'],
	['fcolorbox', 'omm'],
	['addcontentsline', 'mmm'],
	['resizebox', 'mm'],
	['scalebox', 'mo'],
	['rule', 'omm'],
	['raisebox', 'moo'],
	['makebox', 'oo'],
	['framebox', 'oo'],
	['parbox', 'ooom'],
	['newcounter', 'mo'],
	['newlength', 'm'],
	['setcitestyle', 'm'],
	['bibpunct', 'om'],
	['multicolumn', 'mm'],
	['multirow', 'moom'],
	['cline', 'm'],
	['cmidrule', 'om'],
]);

/** Commands that end a paragraph without starting anything. */
export const BREAKS = new Set(['par', 'bigskip', 'medskip', 'smallskip', 'newpage', 'clearpage', 'cleardoublepage', 'maketitle', 'tableofcontents', 'listoffigures', 'listoftables', 'printbibliography', 'appendix', 'vfill']);
export const SPACES = new Set(['newline', 'linebreak', 'quad', 'qquad', 'enspace', 'thinspace', 'nobreakspace', 'space', 'enskip', 'hfill']);

export const SYMBOLS: ReadonlyMap<string, string> = new Map([
	['ldots', '…'], ['dots', '…'], ['textellipsis', '…'], ['textendash', '–'], ['textemdash', '—'],
	['textquoteleft', '‘'], ['textquoteright', '’'], ['textquotedblleft', '“'], ['textquotedblright', '”'],
	['guillemotleft', '«'], ['guillemotright', '»'], ['guillemetleft', '«'], ['guillemetright', '»'],
	['LaTeX', 'LaTeX'], ['TeX', 'TeX'], ['LaTeXe', 'LaTeX2e'], ['S', '§'], ['P', '¶'], ['textsection', '§'],
	['textdollar', '$'], ['textbackslash', '\\'], ['textasciitilde', '~'], ['textunderscore', '_'], ['textbar', '|'],
	['textless', '<'], ['textgreater', '>'], ['textbullet', '•'], ['textdegree', '°'], ['texttimes', '×'],
	['pounds', '£'], ['textsterling', '£'], ['euro', '€'], ['EUR', '€'], ['texteuro', '€'], ['textregistered', '®'],
	['copyright', '©'], ['textcopyright', '©'], ['texttrademark', '™'], ['dag', '†'], ['ddag', '‡'], ['slash', '/'],
	['textquotesingle', "'"], ['textpercent', '%'], ['ss', 'ß'], ['SS', 'SS'], ['o', 'ø'], ['O', 'Ø'], ['ae', 'æ'],
	['AE', 'Æ'], ['oe', 'œ'], ['OE', 'Œ'], ['aa', 'å'], ['AA', 'Å'], ['l', 'ł'], ['L', 'Ł'], ['i', 'ı'], ['j', 'ȷ'],
	['dh', 'ð'], ['DH', 'Ð'], ['th', 'þ'], ['TH', 'Þ'], ['ng', 'ŋ'], ['NG', 'Ŋ'], ['textperiodcentered', '·'],
]);

/** Accents as combining marks; the accented letter is composed (NFC) where Unicode has one. */
export const ACCENTS: ReadonlyMap<string, string> = new Map([
	["'", '\u0301'], ['`', '\u0300'], ['^', '\u0302'], ['"', '\u0308'], ['~', '\u0303'], ['=', '\u0304'], ['.', '\u0307'],
	['c', '\u0327'], ['v', '\u030C'], ['u', '\u0306'], ['H', '\u030B'], ['k', '\u0328'], ['r', '\u030A'], ['d', '\u0323'],
	['b', '\u0331'], ['t', '\u0361'],
]);

/** Characters a backslash turns into themselves. */
export const ESCAPED = new Set(['%', '$', '&', '#', '_', '{', '}']);

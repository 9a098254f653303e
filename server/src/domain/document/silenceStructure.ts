// What a reader knows of its language that silencing needs beyond the comment syntax of its row:
// which lines are code, whose comments are examples rather than directives (Markdown's fenced
// blocks and front matter, LaTeX's verbatim environments), and the switch that silences a whole file
// (`citecheck: false` in the front matter, or in a comment of the preamble).
import type { CommentedLine } from './directives';
import { SKIPPED_ENVS } from './latexCommands';

/** For each line, whether it is code; and whether the text is silenced whole. */
export type SilenceStructure = (lines: readonly CommentedLine[]) => { code: boolean[]; off: boolean };

/** Markdown: the front matter, which may say `citecheck: false`, and fenced code blocks. */
export const markdownStructure: SilenceStructure = (lines) => {
	let off = false;
	let from = 0;
	if (/^---\s*$/.test(lines[0]?.text ?? '')) {
		const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l.text));
		if (close > 0) {
			off = lines.slice(1, close).some((l) => /^citecheck:\s*false\s*(?:#.*)?$/.test(l.text.trim()));
			from = close + 1;
		}
	}
	let fence: { char: string; length: number } | undefined;
	const code = lines.map((line, i) => {
		if (i < from) return true;
		const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line.text);
		if (fence) {
			if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.text.trim() === marker[1]) fence = undefined;
			return true;
		}
		if (marker) fence = { char: marker[1]![0]!, length: marker[1]!.length };
		return marker !== null;
	});
	return { code, off };
};

/** LaTeX: verbatim environments, and `% citecheck: false` in the preamble. */
export const latexStructure: SilenceStructure = (lines) => {
	const begin = lines.findIndex((l) => /\\begin\s*\{document\}/.test(l.code));
	// A file without \begin{document} (a chapter that is \input) is all preamble.
	const preamble = begin < 0 ? lines : lines.slice(0, begin);
	const off = preamble.some((l) => /^\s*citecheck:\s*false\s*$/.test(l.comment ?? ''));
	let verbatim: string | undefined;
	const code = lines.map((line) => {
		if (verbatim) {
			if (line.text.includes(`\\end{${verbatim}}`)) verbatim = undefined;
			return true;
		}
		const env = /\\begin\s*\{([^}]+)\}/.exec(line.code)?.[1];
		if (env && SKIPPED_ENVS.has(env) && !line.text.includes(`\\end{${env}}`)) verbatim = env;
		return verbatim !== undefined;
	});
	return { code, off };
};

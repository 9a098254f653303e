// Where LaTeX's pieces end, for a reader that skips what prints nothing: groups, optional and
// mandatory arguments, math, the bodies of definitions and \verb, and the arguments of a citation
// command. Each scan stops at the end of the body and, where TeX would, at a paragraph end.

import { parseLocator } from './locators';

/** Optional arguments are looked for this far, so a run of unclosed `[` cannot make the pass quadratic. */
const MAX_OPTIONAL_LENGTH = 2000;

/** The body: after `\begin{document}` when there is one, up to `\end{document}`. */
export function bodyOf(text: string): { start: number; end: number } {
	const begin = findCommand(text, /\\begin\s*\{document\}/g, 0);
	const start = begin ? begin.index + begin.length : 0;
	const finish = findCommand(text, /\\end\s*\{document\}/g, start);
	return { start, end: finish ? finish.index : text.length };
}

/** The first match of `pattern` from `from` that is not commented out. */
function findCommand(text: string, pattern: RegExp, from: number): { index: number; length: number } | null {
	pattern.lastIndex = from;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		const lineStart = Math.max(text.lastIndexOf('\n', match.index), text.lastIndexOf('\r', match.index)) + 1;
		if (!/(?:^|[^\\])(?:\\\\)*%/.test(text.slice(lineStart, match.index))) return { index: match.index, length: match[0].length };
	}
	return null;
}

export function isLetter(ch: string | undefined): boolean {
	return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '@');
}

export class LatexScanner {
	constructor(
		readonly doc: string,
		readonly end: number,
	) {}

	/** Whether a blank line (a paragraph end) starts at the line break at `i`. */
	blankLineAt(i: number): boolean {
		const doc = this.doc;
		let j = i + (doc[i] === '\r' && doc[i + 1] === '\n' ? 2 : 1);
		while (j < this.end && (doc[j] === ' ' || doc[j] === '\t')) j++;
		return j >= this.end || doc[j] === '\n' || doc[j] === '\r';
	}

	/**
	 * Skips math from `from` to after `closer`. Math cannot span a paragraph, so an unterminated
	 * formula ends at the next blank line rather than swallowing the rest of the document.
	 */
	skipMath(from: number, closer: string): number {
		const doc = this.doc;
		let j = from;
		while (j < this.end) {
			const c = doc[j];
			if (c === '\\') {
				if (closer.length === 2 && doc[j + 1] === closer[1] && closer[0] === '\\') return j + 2;
				j += 2;
			} else if (c === '%') {
				while (j < this.end && doc[j] !== '\n' && doc[j] !== '\r') j++;
			} else if (c === '$' && closer[0] === '$') {
				if (closer === '$') return j + 1;
				if (doc[j + 1] === '$') return j + 2;
				j++;
			} else if ((c === '\n' || c === '\r') && this.blankLineAt(j)) {
				return j;
			} else {
				j++;
			}
		}
		return this.end;
	}

	skipSpaces(j: number): number {
		const doc = this.doc;
		while (j < this.end && (doc[j] === ' ' || doc[j] === '\t')) j++;
		return j;
	}

	/** Spaces and at most one line break, as TeX skips them after a command word or between arguments. */
	skipArgumentSpace(j: number): number {
		const doc = this.doc;
		j = this.skipSpaces(j);
		if ((doc[j] === '\n' || doc[j] === '\r') && !this.blankLineAt(j)) {
			j += doc[j] === '\r' && doc[j + 1] === '\n' ? 2 : 1;
			j = this.skipSpaces(j);
		}
		return j;
	}

	/** End of the balanced group opening at `j` (`{`), or the end of the body when it never closes. */
	skipGroup(j: number): number {
		const doc = this.doc;
		let depth = 0;
		while (j < this.end) {
			const c = doc[j];
			if (c === '\\') j += 2;
			else if (c === '%') {
				while (j < this.end && doc[j] !== '\n' && doc[j] !== '\r') j++;
			} else {
				if (c === '{') depth++;
				else if (c === '}' && --depth === 0) return j + 1;
				j++;
			}
		}
		return this.end;
	}

	/** End of the optional argument opening at `j` (`[`), or -1 when it does not close within the paragraph. */
	skipOptional(j: number): number {
		const doc = this.doc;
		let brackets = 0;
		let braces = 0;
		const limit = Math.min(this.end, j + MAX_OPTIONAL_LENGTH);
		while (j < limit) {
			const c = doc[j];
			if (c === '\\') {
				j += 2;
				continue;
			}
			if (c === '{') braces++;
			else if (c === '}') braces = Math.max(braces - 1, 0);
			else if (c === '[' && braces === 0) brackets++;
			else if (c === ']' && braces === 0 && --brackets === 0) return j + 1;
			else if ((c === '\n' || c === '\r') && this.blankLineAt(j)) return -1;
			j++;
		}
		return -1;
	}

	/** End of one mandatory argument starting at or after `j`: a group, a command, or one character. */
	skipMandatory(j: number): number {
		const doc = this.doc;
		j = this.skipArgumentSpace(j);
		if (j >= this.end) return this.end;
		if (doc[j] === '{') return this.skipGroup(j);
		if (doc[j] === '\\') {
			let k = j + 1;
			if (isLetter(doc[k])) while (k < this.end && isLetter(doc[k])) k++;
			else k++;
			return Math.min(k, this.end);
		}
		return j + 1;
	}

	/** Skips arguments by a spec of `o` (optional) and `m` (mandatory) letters. */
	skipArguments(j: number, spec: string): number {
		for (const arg of spec) {
			if (arg === 'm') {
				j = this.skipMandatory(j);
			} else {
				const k = this.skipSpaces(j);
				if (this.doc[k] === '[') {
					const after = this.skipOptional(k);
					if (after > 0) j = after;
				}
			}
		}
		return j;
	}

	/** The text of an optional argument at `j`, with where it ends; null when there is none. */
	optionalText(j: number): { text: string; end: number } | null {
		const k = this.skipArgumentSpace(j);
		if (this.doc[k] !== '[') return null;
		const end = this.skipOptional(k);
		if (end < 0) return null;
		return { text: this.doc.slice(k + 1, end - 1), end };
	}

	/**
	 * Where reading resumes after a command whose whole text prints nothing (`\verb|…|`, `\iffalse … \fi`,
	 * `\def\x{…}`, `\let\x=\y`), or undefined for any other command.
	 */
	skipUnprinted(name: string, j: number): number | undefined {
		const doc = this.doc;
		if (name === 'verb') {
			const delimiter = doc[j];
			let k = j + 1;
			while (k < this.end && doc[k] !== delimiter && doc[k] !== '\n') k++;
			return Math.min(k + 1, this.end);
		}
		if (name === 'iffalse') {
			const fi = /\\fi(?![a-zA-Z@])/g;
			fi.lastIndex = j;
			const match = fi.exec(doc);
			return match && match.index < this.end ? match.index + 3 : this.end;
		}
		if (name === 'def' || name === 'gdef' || name === 'edef' || name === 'xdef') {
			let k = this.skipMandatory(j);
			while (k < this.end && doc[k] !== '{') k++;
			return this.skipGroup(k);
		}
		if (name === 'let') {
			let k = this.skipMandatory(j);
			k = this.skipSpaces(k);
			if (doc[k] === '=') k++;
			return this.skipMandatory(k);
		}
		return undefined;
	}

	/** The keys and locator of a citation command's arguments from `j` (all groups of a `\…cites`), or null when it has none. */
	citation(name: string, j: number): { keys: string[]; locator?: string; end: number } | null {
		const doc = this.doc;
		const multi = name.endsWith('cites');
		const keys: string[] = [];
		let locator: string | undefined;
		let k = j;
		let found = false;
		for (;;) {
			const notes: string[] = [];
			for (let n = 0; n < 2; n++) {
				const optional = this.optionalText(k);
				if (!optional) break;
				notes.push(optional.text);
				k = optional.end;
			}
			const open = this.skipArgumentSpace(k);
			if (doc[open] !== '{') break;
			const close = this.skipGroup(open);
			for (const key of doc.slice(open + 1, Math.max(open + 1, close - 1)).split(',')) {
				const trimmed = key.trim();
				if (trimmed !== '') keys.push(trimmed);
			}
			const postnote = notes.length > 0 ? notes[notes.length - 1] : undefined;
			if (locator === undefined && postnote !== undefined) locator = parseLocator(postnote);
			k = close;
			found = true;
			if (!multi) break;
		}
		if (!found) return null;
		return locator === undefined ? { keys, end: k } : { keys, locator, end: k };
	}
}

// The parts of a paper a citation may add to besides its sentence: Markdown footnote definitions
// and a numbered reference list, read as a writer sees them.

// Lines end at \n or \r only (not at U+2028, where `^`, `$` and `.` stop).
const DEFINITION = /(?<![^\n\r])\[\^([^\]\s]+)\]:[ \t]?([^\n\r]*)/g;
const MARKER = /\[\^([^\]\s]+)\](?!:)/g;
const NOTE_LINE = /^(?:\[\^[^\]\s]+\]:[^\n\r]*|\[\d+\][ \t][^\n\r]*|References|[^\S\n\r]*)$/;

/** Footnote definitions: the id, the text on the definition's line, and the whole note (lines that follow until a blank one belong to it). */
export function footnoteDefinitions(text: string): { id: string; text: string; note: string }[] {
	return [...text.matchAll(DEFINITION)].map((m) => {
		const rest = text.slice(m.index + m[0].length);
		const more = /^(?:\r?\n(?![ \t]*(?:\r?\n|$))(?!\[\^[^\]\s]+\]:)[^\r\n]*)*/.exec(rest)![0];
		return { id: m[1]!, text: m[2]!, note: m[2]! + more };
	});
}

/** Ids that footnote markers in the text use. */
export function markers(text: string): Set<string> {
	return new Set([...text.matchAll(MARKER)].map((m) => m[1]!));
}

/** Whether inserting `newText` at `at` adds to the note block: note lines only, at the end or right after a note line. */
export function inNoteBlock(text: string, at: number, newText: string): boolean {
	if (!newText.split(/\r?\n/).every((line) => NOTE_LINE.test(line))) return false;
	if (at === text.length) return true;
	if (text[at] !== '\n' && text[at] !== '\r') return false;
	const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
	const line = text.slice(lineStart, at);
	return line.trim() !== '' && NOTE_LINE.test(line);
}

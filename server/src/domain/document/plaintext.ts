// Plain text prose: paragraphs are separated by blank lines; a single line break is a space.
import type { ProseBlock } from '../types';
import { markInlineCitations } from './citations';
import { BlockBuilder, BlockList } from './prose';
import { plainTextDirective } from './directives';
import { runSteps, STEP_CHARACTERS } from '../steps';

export function parsePlainText(text: string): ProseBlock[] {
	return runSteps(plainTextSteps(text));
}

/** The same reading, yielding every few thousand characters, so that a long document can be paused. */
export function* plainTextSteps(text: string): Generator<void, ProseBlock[]> {
	const list = new BlockList();
	let builder: BlockBuilder | null = null;
	const finish = (): void => {
		if (!builder) return;
		markInlineCitations(builder);
		list.add(builder);
		builder = null;
	};

	let lineStart = 0;
	let yielded = 0;
	while (lineStart <= text.length) {
		if (lineStart - yielded >= STEP_CHARACTERS) {
			yield;
			yielded = lineStart;
		}
		let lineEnd = lineStart;
		while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
		let breakEnd = lineEnd;
		if (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n') breakEnd = lineEnd + 2;
		else if (lineEnd < text.length) breakEnd = lineEnd + 1;

		const line = text.slice(lineStart, lineEnd);
		if (/^\s*$/.test(line)) {
			finish();
		} else if (!plainTextDirective(line)) {
			// A line that silences findings is for CiteCheck, not prose: it is left out of the paragraph.
			builder ??= new BlockBuilder('paragraph');
			builder.copy(text, lineStart, lineEnd);
			// The line break stands for a space between this line's last word and the next line's first.
			if (breakEnd > lineEnd) builder.push(' ', lineEnd, breakEnd);
		}
		if (breakEnd === lineEnd) break;
		lineStart = breakEnd;
	}
	finish();
	return list.blocks;
}

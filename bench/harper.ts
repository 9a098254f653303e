// Harper, the grammar checker, as a yardstick: its LocalLinter with the WebAssembly binary inlined,
// in this process, linting the same Markdown.
import type { LocalLinter } from 'harper.js';

export interface Harper {
	version: string;
	/** Loading and compiling the WebAssembly module, in milliseconds. */
	setup: number;
	/** Lints the text and returns how many lints it found. */
	lint(text: string): Promise<number>;
}

export async function startHarper(version: string): Promise<Harper> {
	const start = performance.now();
	const harper = await import('harper.js');
	const { binaryInlined } = await import('harper.js/binaryInlined');
	const linter: LocalLinter = new harper.LocalLinter({ binary: binaryInlined, dialect: harper.Dialect.American });
	await linter.setup();
	return {
		version,
		setup: performance.now() - start,
		async lint(text: string) {
			const lints = await linter.lint(text, { language: 'markdown' });
			for (const lint of lints) lint.free();
			return lints.length;
		},
	};
}

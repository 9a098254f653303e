// Bad input: nothing throws, nothing hangs, and what comes out still maps into the document.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../server/src/domain/document';
import { parseLatex } from '../../server/src/domain/document/latex';
import { parseMarkdown } from '../../server/src/domain/document/markdown';
import { parsePlainText } from '../../server/src/domain/document/plaintext';
import { sentencesOf } from '../../server/src/domain/document/sentences';
import type { DocumentLanguage, ProseBlock } from '../../server/src/domain/types';
import { ABBREVIATIONS, expectSoundMapping, texts } from './invariants';

const LANGUAGES: DocumentLanguage[] = ['markdown', 'latex', 'plaintext'];

/** Parses in every language and splits sentences, within a time bound. */
function survives(doc: string, boundMs = 20_000): ProseBlock[][] {
	return LANGUAGES.map((language) => {
		const started = performance.now();
		const blocks = parseDocument(doc, language);
		sentencesOf(blocks, ABBREVIATIONS);
		expect(performance.now() - started, `${language} took too long`).toBeLessThan(boundMs);
		return blocks;
	});
}

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 16807) % 2147483647;
		return state / 2147483647;
	};
}

describe('empty and junk input', () => {
	it('gives no blocks for empty or blank text', () => {
		for (const doc of ['', ' ', '\n\n\r\n', '\t']) {
			for (const blocks of survives(doc)) expect(blocks).toEqual([]);
		}
		expect(sentencesOf([], ABBREVIATIONS)).toEqual([]);
	});

	it('reads binary junk with NUL bytes without throwing', () => {
		const next = random(7);
		let doc = '';
		for (let i = 0; i < 100_000; i++) doc += String.fromCharCode(Math.floor(next() * (next() < 0.1 ? 0x10000 : 256)));
		doc += '\0\0\0 after nulls';
		for (const blocks of survives(doc)) expectSoundMapping(doc, blocks);
	});

	it('maps a NUL in Markdown to itself as a replacement character', () => {
		const doc = 'a\0b';
		const [block] = parseMarkdown(doc);
		expect(block?.text).toBe('a\uFFFDb');
		expectSoundMapping(doc, [block!]);
	});
});

describe('large input', () => {
	it('reads a 5 MB Markdown document in under 5 seconds', () => {
		const paragraphs = [
			'## Section on regional security',
			'Tashkent *reconsidered* its ties with the bloc in 2012 [@doe2014, p. 12]. The **decision** surprised [observers](https://example.org/a) in Moscow.[^1]',
			'- A list item about the Termez base, mentioning 12.6 percent and $7.6 billion.\n- Another item with `code` and &amp; an entity.',
			'> A quoted statement by Gen. Ivanov, e.g. about the U.S. presence near Karshi. It ended there.',
			'| Year | Event |\n| --- | --- |\n| 2005 | Andijan |',
		];
		let doc = '---\ntitle: Large\n---\n\n';
		let k = 0;
		while (doc.length < 5_000_000) doc += `${paragraphs[k++ % paragraphs.length]}\n\n`;
		doc += '[^1]: A note citing [@roe2013].\n';
		const started = performance.now();
		const blocks = parseMarkdown(doc);
		const sentences = sentencesOf(blocks, ABBREVIATIONS);
		const elapsed = performance.now() - started;
		expect(elapsed).toBeLessThan(5_000);
		expect(blocks.length).toBeGreaterThan(50_000);
		expect(sentences.length).toBeGreaterThan(blocks.length);
		expectSoundMapping(doc, blocks.slice(0, 50).concat(blocks.slice(-50)));
	});

	it('reads one 1 MB line', () => {
		const next = random(11);
		const words = ['Tashkent', 'policy', 'in', '2012.', 'The', '*bloc*', '[@k]', '\\%', '--', 'U.S.', 'e.g.', '“quote”', '&amp;'];
		let line = '';
		while (line.length < 1_000_000) line += `${words[Math.floor(next() * words.length)]} `;
		for (const blocks of survives(line)) {
			expect(blocks.length).toBeGreaterThanOrEqual(1);
			expectSoundMapping(line, blocks);
		}
	});
});

describe('deep nesting', () => {
	const N = 100_000;

	it('survives 100,000 nested [', () => {
		const doc = `${'['.repeat(N)}text${']'.repeat(N)}`;
		survives(doc);
		const nestedLinks = `${'[a '.repeat(N / 2)}${'](b)'.repeat(N / 2)}`;
		for (const blocks of survives(nestedLinks)) expectSoundMapping(nestedLinks, blocks);
	});

	it('survives 100,000 nested {', () => {
		const doc = `${'{'.repeat(N)}text${'}'.repeat(N)}`;
		const [markdown, latex] = survives(doc);
		expect(texts(latex!)).toEqual(['text']);
		expectSoundMapping(doc, markdown!);
		const commands = `${'\\emph{'.repeat(N)}deep${'}'.repeat(N)} and \\footnote{${'\\textbf{'.repeat(N)}`;
		expect(texts(parseLatex(commands))).toEqual(['deep and']);
	});

	it('survives 100,000 nested list items and block quotes', () => {
		for (const doc of [`${'- '.repeat(N)}deep item`, `${'> '.repeat(N)}deep quote`, `${'1. '.repeat(N)}x`, `${'>'.repeat(N)}x`]) {
			const started = performance.now();
			const blocks = parseMarkdown(doc);
			expect(performance.now() - started).toBeLessThan(20_000);
			expectSoundMapping(doc, blocks);
		}
		const items = `${'\\begin{itemize}\\item '.repeat(N)}deep${'\\end{itemize}'.repeat(N)}`;
		expect(texts(parseLatex(items))).toEqual(['deep']);
	});

	it('survives many list items in a row', () => {
		const doc = Array.from({ length: N }, (_, i) => `- item ${i}`).join('\n');
		const blocks = parseMarkdown(doc);
		expect(blocks).toHaveLength(N);
		expect(blocks.every((block) => block.kind === 'item')).toBe(true);
	});
});

describe('broken LaTeX', () => {
	it('survives unbalanced braces', () => {
		for (const doc of ['}}} Text after closers. {{{ and \\emph{never closed', '\\section{Open heading\n\nParagraph.', '\\footnote{never closed', '\\begin{itemize}\\item a', '\\end{itemize} stray', '\\', '\\cite[', '\\cite[p. 5', '\\href{', "\\'{", '\\verb']) {
			const blocks = parseLatex(doc);
			expectSoundMapping(doc, blocks);
		}
		expect(texts(parseLatex('}}} Text after closers. {{{ and \\emph{never closed'))).toEqual(['Text after closers. and never closed']);
	});

	it('ends an unterminated $ at the paragraph end', () => {
		const doc = 'The price was $5 and more\nof the same.\n\nThe next paragraph survives.';
		expect(texts(parseLatex(doc))).toEqual(['The price was', 'The next paragraph survives.']);
		expect(texts(parseLatex('Open \\( math\n\nNext.'))).toEqual(['Open', 'Next.']);
		expect(texts(parseLatex('Open \\begin{equation} x\n\nNever closed.'))).toEqual(['Open']);
	});

	it('survives runs of unclosed optional arguments and math openers', () => {
		for (const doc of ['\\foo['.repeat(50_000), '\\('.repeat(50_000), '$'.repeat(100_001), "\\'{".repeat(50_000), '\\begin{'.repeat(50_000), '%'.repeat(100_000), '\\verb'.repeat(50_000)]) {
			const started = performance.now();
			const blocks = parseLatex(doc);
			expect(performance.now() - started, doc.slice(0, 10)).toBeLessThan(5_000);
			expectSoundMapping(doc, blocks);
		}
	});

	it('plain text survives the same', () => {
		for (const doc of ['['.repeat(100_000), '[@'.repeat(50_000), '\r'.repeat(10_000)]) expectSoundMapping(doc, parsePlainText(doc));
	});
});

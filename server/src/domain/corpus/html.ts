// A saved web page reduced to the text a reader sees: navigation, scripts and styles are dropped,
// and each block (paragraph, heading, list item, table cell) becomes a paragraph of its own.
// Pure: the parser works on the text it is given.

import { NodeType, parse, type HTMLElement, type Node } from 'node-html-parser';
import { LineIndex } from '../text/positions';

/** Elements whose content is never part of the article. */
const DROPPED = new Set(['script', 'style', 'nav', 'noscript', 'template', 'svg', 'iframe', 'button', 'form', 'select', 'head']);

/** Elements that begin a paragraph of their own. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'html',
	'li',
	'main',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'tbody',
	'td',
	'th',
	'thead',
	'tfoot',
	'tr',
	'ul',
]);

/**
 * The visible text of an HTML document, paragraphs separated by blank lines. Each paragraph
 * starts on the line of the page where its text starts, or as soon after as the paragraphs
 * before it allow, so that a line of the text is (about) a line of the file.
 */
export function htmlToText(html: string): string {
	// The parser keeps declarations as text; they are not part of the page. Blanking them keeps offsets.
	const body = html.replace(/<![a-z][^>]*>|<\?[\s\S]*?\?>/gi, (m) => m.replace(/[^\n]/g, ' '));
	const lines = new LineIndex(body);
	const lineOf = (offset: number) => lines.positionAt(offset).line;
	const root = parse(body, { comment: false, lowerCaseTagName: true, blockTextElements: { script: false, style: false, noscript: false, pre: true } });
	let out = '';
	let line = 0;
	let current = '';
	let startLine = 0;
	const flush = () => {
		const text = current.replace(/\s+/g, ' ').trim();
		current = '';
		if (!text) return;
		const target = out ? Math.max(startLine, line + 2) : startLine;
		out += '\n'.repeat(target - line) + text;
		line = target;
	};
	const walk = (node: Node) => {
		if (node.nodeType === NodeType.TEXT_NODE) {
			const text = node.text;
			const lead = text.search(/\S/);
			if (lead >= 0 && !current.trim()) startLine = lineOf(node.range[0] + Math.min(lead, node.rawText.search(/\S/)));
			current += text;
			return;
		}
		if (node.nodeType !== NodeType.ELEMENT_NODE) return;
		const element = node as HTMLElement;
		const tag = element.rawTagName?.toLowerCase() ?? '';
		if (DROPPED.has(tag)) return;
		if (tag === 'br') {
			current += ' ';
			return;
		}
		const block = BLOCKS.has(tag);
		if (block) flush();
		for (const child of element.childNodes) walk(child);
		if (block) flush();
		else if (tag === 'img' && element.getAttribute('alt')) current += ` ${element.getAttribute('alt')} `;
	};
	walk(root);
	flush();
	return out ? `${out}\n` : '';
}

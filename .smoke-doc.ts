import { parseMarkdown } from './server/src/domain/document/markdown';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
for (const d of ['</b>www.example.com&#233;[@key]', 'x www.example.com&#233;[@key]']) {
console.log(JSON.stringify(fromMarkdown(d, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }), (k, v) => k === "position" && v ? `${v.start.offset}-${v.end.offset}` : v));
console.log(JSON.stringify(parseMarkdown(d)));
}

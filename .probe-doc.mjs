import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfm } from 'micromark-extension-gfm';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
const opts = { extensions: [gfm(), frontmatter(['yaml','toml'])], mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml','toml'])] };
for (const [name, t] of [['emph', '*a '.repeat(100000)], ['links', '[a]('.repeat(50000)], ['linksclosed', '[a](b) '.repeat(50000)],['nestedlinks', '[a '.repeat(50000)+'](b)'.repeat(50000)], ['ticks', '`a '.repeat(100000)], ['5MB', ('Some *text* here & [@k] with `code` and [link](http://x). '.repeat(20)+'\n\n').repeat(4000)], ['1MBline', 'word '.repeat(200000)], ['1MBnospace', 'a'.repeat(1000000)],['indent', Array.from({length:2000},(_, i)=>' '.repeat(i)+'x').join('\n')], ['nul', '\0'.repeat(100000)], ['braces', '{'.repeat(100000)], ['lt', '<'.repeat(100000)], ['amp', '&'.repeat(100000)], ['bang', '!['.repeat(100000)], ['under', '_'.repeat(100000)], ['tilde', '~'.repeat(100000)], ['pipes', '|a'.repeat(50000)+'\n'+'|-'.repeat(50000)+'\n'+'|b'.repeat(50000)]]) {
  const t0 = Date.now();
  try { fromMarkdown(t, opts); console.log(name, t.length, 'ok', Date.now()-t0, 'ms'); } catch (e) { console.log(name, 'ERR', String(e).slice(0,100), Date.now()-t0); }
}

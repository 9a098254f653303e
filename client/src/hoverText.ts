// VS Code shows the diagnostics under the pointer in the same box as the hover, above it. The
// server's hover starts with its verdict line, which for a finding is the finding's message: that
// line is dropped when a CiteCheck diagnostic shown there says it already, so the box says it once.

const VERDICT = '**CiteCheck:** ';

/** Markdown's backslash escapes undone, as the server writes them. */
const unescape = (text: string) => text.replace(/\\([\\`*_{}[\]<>()#+!|~])/g, '$1');

/** The hover's Markdown without a verdict line that repeats one of the `shown` messages; undefined when nothing else is left. */
export function withoutShownVerdict(markdown: string, shown: readonly string[]): string | undefined {
	if (!markdown.startsWith(VERDICT)) return markdown;
	const end = markdown.indexOf('\n\n');
	const verdict = unescape(markdown.slice(VERDICT.length, end < 0 ? undefined : end));
	if (!shown.includes(verdict)) return markdown;
	const rest = end < 0 ? '' : markdown.slice(end + 2);
	return rest.trim() === '' ? undefined : rest;
}

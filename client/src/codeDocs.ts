// Where a finding's code links to, and what the explanation inside VS Code says. The link opens
// the README's section of the code on the web when package.json names the repository, else the
// explanation as a read-only rendered document: never the installed README in an editor, where
// it could be edited and would be checked.

/** The command that shows a code's explanation inside VS Code. */
export const EXPLAIN_COMMAND = 'citecheck.explainCode';
/** The scheme of the explanations' read-only documents, `citecheck-doc:/wrong-date.md`. */
export const DOC_SCHEME = 'citecheck-doc';

/** The README of the repository package.json names, on the web (GitHub, GitLab, Codeberg, Bitbucket), or undefined. */
export function repositoryReadme(repository: unknown): string | undefined {
	const raw =
		typeof repository === 'string' ? repository : typeof repository === 'object' && repository !== null ? (repository as { url?: unknown }).url : undefined;
	if (typeof raw !== 'string' || raw.trim() === '') return undefined;
	// npm's shorthands: "owner/name", "github:owner/name", "gitlab:owner/name", "bitbucket:owner/name".
	const short = /^(?:(github|gitlab|bitbucket):)?([\w.-]+)\/([\w.-]+)$/.exec(raw.trim());
	const host = short ? `${short[1] ?? 'github'}.${short[1] === 'bitbucket' ? 'org' : 'com'}` : undefined;
	const url = short
		? `https://${host}/${short[2]}/${short[3]}`
		: raw
				.trim()
				.replace(/^git\+/, '')
				.replace(/^git@([^:]+):/, 'https://$1/')
				.replace(/^(?:git|ssh):\/\/(?:git@)?/, 'https://');
	const match = /^https?:\/\/(github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
	if (!match) return undefined;
	const [, site, owner, name] = match;
	const base = `https://${site}/${owner}/${name}`;
	if (site === 'gitlab.com') return `${base}/-/blob/HEAD/README.md`;
	if (site === 'bitbucket.org') return `${base}/src/HEAD/README.md`;
	return `${base}/blob/HEAD/README.md`;
}

/** Where the code's link goes: its row of the README on the web, else the command that explains it here. */
export function codeTarget(code: string, readmeOnWeb: string | undefined): string {
	if (readmeOnWeb) return `${readmeOnWeb}#${encodeURIComponent(code)}`;
	return `command:${EXPLAIN_COMMAND}?${encodeURIComponent(JSON.stringify([code]))}`;
}

/** The path of a code's explanation document. */
export function docPath(code: string): string {
	return `/${code}.md`;
}

/** The code a document's path explains. */
export function codeOfDocPath(path: string): string {
	return path.replace(/^\//, '').replace(/\.md$/, '');
}

/** The README's section under `## title`, heading included, up to the next section of the same level. */
function section(readme: string, title: string): string | undefined {
	const lines = readme.split(/\r?\n/);
	const start = lines.findIndex((line) => line.trim() === `## ${title}`);
	if (start < 0) return undefined;
	const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
	return lines
		.slice(start, end < 0 ? undefined : end)
		.join('\n')
		.trim();
}

/** The setting that gives a code its severity: `wrong-date` → `citecheck.severity.wrongDate`. */
function severitySetting(code: string): string {
	return `citecheck.severity.${code.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}`;
}

/**
 * A code's explanation in Markdown, from the README: what it means and how it is shown (its row
 * of "What the codes mean"), then what the writer can do about a finding that stands
 * ("Silencing a finding", "Accepting a finding").
 */
export function explanation(readme: string, code: string): string {
	const codes = section(readme, 'What the codes mean') ?? '';
	const row = codes.split('\n').find((line) => line.includes(`<a id="${code}"></a>`));
	const cells = row
		?.split('|')
		.slice(1, -1)
		.map((cell) => cell.trim());
	const parts = [`# CiteCheck: \`${code}\``];
	if (cells && cells.length >= 3) {
		parts.push(cells[2]!, `Shown as ${/^[aeiou]/.test(cells[1]!) ? 'an' : 'a'} ${cells[1]} unless \`${severitySetting(code)}\` says otherwise.`);
	} else {
		parts.push(`CiteCheck has no code \`${code}\`.`, codes.replace(/<a id="[^"]*"><\/a>/g, ''));
	}
	for (const title of ['Silencing a finding', 'Accepting a finding']) {
		const text = section(readme, title);
		if (text) parts.push(text);
	}
	return `${parts.join('\n\n')}\n`;
}

// A finding's code links to its explanation: the README's row on the web when package.json names
// the repository, else a read-only rendering inside VS Code, made from the README.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeOfDocPath, codeTarget, docPath, explanation, repositoryReadme } from '../../client/src/codeDocs';
import { DEFAULT_SEVERITY } from '../../server/src/domain/severity';

const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const MANIFEST = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { repository?: unknown };

describe('the link of a finding code', () => {
	it('without a repository runs the command that explains the code inside VS Code', () => {
		const target = codeTarget('wrong-date', undefined);
		expect(target).toBe('command:citecheck.explainCode?%5B%22wrong-date%22%5D');
		expect(JSON.parse(decodeURIComponent(target.slice(target.indexOf('?') + 1)))).toEqual(['wrong-date']);
	});

	it('with a repository opens the code’s row of the README on the web', () => {
		const readme = repositoryReadme({ type: 'git', url: 'https://github.com/owner/citecheck.git' });
		expect(codeTarget('wrong-date', readme)).toBe('https://github.com/owner/citecheck/blob/HEAD/README.md#wrong-date');
	});

	it('follows the repository as package.json may spell it', () => {
		const github = 'https://github.com/owner/citecheck/blob/HEAD/README.md';
		for (const spelling of [
			'owner/citecheck',
			'github:owner/citecheck',
			'https://github.com/owner/citecheck',
			'git+https://github.com/owner/citecheck.git',
			'git@github.com:owner/citecheck.git',
			'git://github.com/owner/citecheck.git',
			{ url: 'https://github.com/owner/citecheck/' },
		]) {
			expect(repositoryReadme(spelling), JSON.stringify(spelling)).toBe(github);
		}
		expect(repositoryReadme('gitlab:owner/citecheck')).toBe('https://gitlab.com/owner/citecheck/-/blob/HEAD/README.md');
		expect(repositoryReadme('https://codeberg.org/owner/citecheck.git')).toBe('https://codeberg.org/owner/citecheck/blob/HEAD/README.md');
		for (const none of [undefined, '', {}, { url: 3 }, 'https://example.org/owner/citecheck.git']) expect(repositoryReadme(none)).toBeUndefined();
	});

	it('is keyed on the repository of package.json, which names none unless it is known', () => {
		expect(codeTarget('unsupported', repositoryReadme(MANIFEST.repository))).toBe(
			MANIFEST.repository === undefined ? 'command:citecheck.explainCode?%5B%22unsupported%22%5D' : `${repositoryReadme(MANIFEST.repository)}#unsupported`,
		);
	});
});

describe('the explanation inside VS Code', () => {
	it('gives each code’s meaning and severity from the README, then how to silence or accept a finding', () => {
		for (const [code, severity] of Object.entries(DEFAULT_SEVERITY)) {
			const text = explanation(README, code);
			const lines = text.split('\n\n');
			expect(lines[0]).toBe(`# CiteCheck: \`${code}\``);
			expect(lines[1]).not.toMatch(/^\s*$|<a id/);
			expect(lines[2]).toMatch(new RegExp(`^Shown as an? ${severity} unless \`citecheck\\.severity\\.\\w+\` says otherwise\\.$`));
			expect(text).toContain('## Silencing a finding');
			expect(text).toContain('## Accepting a finding');
			expect(text).not.toContain('## What the codes mean');
		}
		expect(explanation(README, 'wrong-date')).toContain('A source describes this event with another date.');
		expect(explanation(README, 'missing-citation')).toContain('`citecheck.severity.missingCitation`');
	});

	it('of an unknown code lists the codes there are', () => {
		const text = explanation(README, 'no-such-code');
		expect(text).toContain('CiteCheck has no code `no-such-code`.');
		expect(text).toContain('`wrong-date`');
	});

	it('is a document named for its code', () => {
		expect(codeOfDocPath(docPath('citation-mismatch'))).toBe('citation-mismatch');
	});
});

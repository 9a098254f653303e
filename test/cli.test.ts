import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The real command line, built by esbuild as users run it.
const ROOT = join(__dirname, '..');
const CLI = join(ROOT, 'bin', 'citecheck.js');
let dir: string;

/** Runs the command line; a check keeps its corpus index in the test's folder, never in the home folder's cache. */
function run(...args: string[]) {
	const cached =
		args[0] === 'check' && !args.some((a) => a.startsWith('--cache-dir') || a === '--no-cache')
			? ['check', '--cache-dir', join(dir, 'cache'), ...args.slice(1)]
			: args;
	const result = spawnSync(process.execPath, [CLI, ...cached], { encoding: 'utf8', cwd: dir, maxBuffer: 256 * 1024 * 1024 });
	return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Each claim of a file's JSON report as its verdict and whether it was silenced or accepted. */
function verdictsMarked(file: string, mark: 'silenced' | 'accepted'): unknown[][] {
	const json = JSON.parse(run('check', '--format', 'json', file).stdout);
	return json.files[0].claims.map((c: { verdict: string; silenced?: boolean; accepted?: boolean }) => [c.verdict, c[mark]]);
}

beforeAll(() => {
	const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
	if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
	dir = mkdtempSync(join(tmpdir(), 'citecheck-cli-'));
	writeFileSync(join(dir, 'good.md'), '# Notes\n\nKarimov visited China in 2005 [@weitz2014, p. 147].\n');
	writeFileSync(join(dir, 'bad.md'), 'Intro.\n\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n');
	writeFileSync(join(dir, 'bad.tex'), '\\documentclass{article}\n\\begin{document}\nKarimov visited China in 2007~\\cite{weitz2014}.\n\\end{document}\n');
	writeFileSync(join(dir, 'empty.md'), '');
	writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
	writeFileSync(join(dir, 'latin1.md'), Buffer.from('Caf\xe9 in Tashkent.', 'latin1'));
	writeFileSync(join(dir, 'utf16.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Karimov visited China in 2005.', 'utf16le')]));
}, 60_000);

describe('citecheck check', () => {
	it('exits 0 and prints a summary when nothing is wrong', () => {
		const { code, stdout } = run('check', 'good.md');
		expect(code).toBe(0);
		expect(stdout.trim()).toBe('1 file, 1 claim: 1 supported, 0 problems');
	});

	it('prints one line per finding as compilers do, and exits 1', () => {
		const { code, stdout } = run('check', 'bad.md');
		expect(code).toBe(1);
		const lines = stdout.trim().split('\n');
		expect(lines[0]).toBe('bad.md:3:1: warning wrong-date: Weitz 2014, p. 147 dates this to 2005, not 2007.');
		expect(lines[1]).toBe('bad.md:5:1: info unsupported: No source says this.');
		expect(lines[2]).toMatch(/^1 file, 2 claims: 0 supported, 2 problems \(1 wrong-date, 1 unsupported\)$/);
	});

	it('prints the JSON report with LSP positions, sources and fixes', () => {
		const { code, stdout } = run('check', '--format', 'json', 'bad.tex');
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		const [claim] = report.files[0].claims;
		expect(claim).toMatchObject({
			range: { start: { line: 2, character: 0 } },
			verdict: 'wrong-date',
			sources: [{ key: 'weitz2014', page: '147' }],
			fixes: [{ range: { start: { line: 2, character: 25 }, end: { line: 2, character: 29 } }, newText: '2005' }],
		});
		expect(claim.sources[0].quote).toContain('Karimov visited the country in 2005');
	});

	it('adds to the JSON report the share of claims supported, flagged and uncited, per file and in all', () => {
		writeFileSync(
			join(dir, 'mixed.md'),
			'Karimov visited China in 2005.\n\nKarimov visited China in 2007 [@weitz2014].\n\nKarimov visited China in 2005 [@weitz2014, p. 147].\n',
		);
		const { code, stdout } = run('check', '--format', 'json', 'mixed.md', 'good.md', 'empty.md');
		expect(code).toBe(1);
		const report = JSON.parse(stdout);
		expect(report.files.map((f: { path: string; summary: unknown }) => [f.path, f.summary])).toEqual([
			['mixed.md', { claims: 3, supported: 2, flagged: 1, uncited: 1, supportedShare: 0.6667, flaggedShare: 0.3333, uncitedShare: 0.3333 }],
			['good.md', { claims: 1, supported: 1, flagged: 0, uncited: 0, supportedShare: 1, flaggedShare: 0, uncitedShare: 0 }],
			['empty.md', { claims: 0, supported: 0, flagged: 0, uncited: 0, supportedShare: null, flaggedShare: null, uncitedShare: null }],
		]);
		expect(report.summary).toEqual({ files: 3, claims: 4, supported: 3, flagged: 1, uncited: 1, supportedShare: 0.75, flaggedShare: 0.25, uncitedShare: 0.25 });
		// What was there before the summaries is as it was.
		expect(Object.keys(report.files[0])).toEqual(['path', 'claims', 'summary']);
		expect(Object.keys(report.files[0].claims[0])).toEqual(['range', 'text', 'verdict', 'message', 'sources', 'fixes']);
	});

	it('honours the comments that silence findings, and counts what they silenced apart', () => {
		writeFileSync(
			join(dir, 'silenced.md'),
			'Intro.\n\n<!-- citecheck-disable-next-line wrong-date -->\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n',
		);
		const text = run('check', 'silenced.md');
		expect(text.code).toBe(1);
		expect(text.stdout.trim().split('\n')).toEqual([
			'silenced.md:6:1: info unsupported: No source says this.',
			'1 file, 2 claims: 0 supported, 1 problem (1 unsupported), 1 silenced',
		]);
		expect(verdictsMarked('silenced.md', 'silenced')).toEqual([
			['wrong-date', true],
			['unsupported', undefined],
		]);
		// With every problem silenced, nothing fails.
		writeFileSync(join(dir, 'quiet.md'), '---\ncitecheck: false\n---\n\nKarimov visited China in 2007 [@weitz2014].\n');
		expect(run('check', 'quiet.md')).toMatchObject({ code: 0, stdout: '1 file, 1 claim: 0 supported, 0 problems, 1 silenced\n' });
	});

	it('honours the accepted findings of the nearest .citecheck/accepted.json, up to the repository, or of --accepted', () => {
		const paper = 'Intro.\n\nKarimov visited China in 2007 [@weitz2014].\n\nUzbekistan bought fighter jets from France in 2018.\n';
		const accepted = JSON.stringify({ accepted: [{ code: 'wrong-date', text: 'Karimov visited China in 2007 [@weitz2014].' }] });
		// outer/.citecheck is beyond the repository's top folder (outer/repo, with .git), and is not read.
		for (const folder of ['outer/.citecheck', 'outer/repo/.git', 'outer/repo/.citecheck', 'outer/repo/chapters'])
			mkdirSync(join(dir, folder), { recursive: true });
		writeFileSync(join(dir, 'outer/.citecheck/accepted.json'), '{"accepted": "broken"');
		writeFileSync(join(dir, 'outer/repo/.citecheck/accepted.json'), accepted);
		writeFileSync(join(dir, 'outer/repo/chapters/one.md'), paper);
		const text = run('check', 'outer/repo/chapters/one.md');
		expect(text).toMatchObject({ code: 1, stderr: '' });
		expect(text.stdout.trim().split('\n')).toEqual([
			'outer/repo/chapters/one.md:5:1: info unsupported: No source says this.',
			'1 file, 2 claims: 0 supported, 1 problem (1 unsupported), 1 accepted',
		]);
		expect(verdictsMarked('outer/repo/chapters/one.md', 'accepted')).toEqual([
			['wrong-date', true],
			['unsupported', undefined],
		]);
		// Named, the file is used wherever the paper is; without it, a paper outside the folders finds none.
		writeFileSync(join(dir, 'accept-me.md'), paper);
		expect(run('check', 'accept-me.md').stdout).toContain('2 problems');
		expect(run('check', '--accepted', 'outer/repo/.citecheck/accepted.json', 'accept-me.md').stdout).toContain('1 problem (1 unsupported), 1 accepted');
	});

	it('says which accepted file is malformed or missing, accepts nothing from it and exits 2', () => {
		mkdirSync(join(dir, 'malformed/.citecheck'), { recursive: true });
		writeFileSync(join(dir, 'malformed/.citecheck/accepted.json'), '{"accepted": [{"code": "wrong-date"}]}');
		writeFileSync(join(dir, 'malformed/paper.md'), 'Karimov visited China in 2007 [@weitz2014].\n');
		const malformed = run('check', 'malformed/paper.md');
		expect(malformed.code).toBe(2);
		expect(malformed.stderr).toContain(
			'malformed/.citecheck/accepted.json: entry 1 of "accepted" needs a "code" and a "text" (strings); no finding is accepted from it',
		);
		expect(malformed.stdout).toContain('1 problem (1 wrong-date)');
		const missing = run('check', '--accepted', 'nowhere.json', 'good.md');
		expect(missing).toMatchObject({ code: 2, stderr: 'citecheck: nowhere.json: no such file\n' });
	});

	it('lists supported claims without a citation on request', () => {
		writeFileSync(join(dir, 'uncited.md'), 'Karimov visited China in 2005.\n');
		expect(run('check', 'uncited.md').stdout).not.toContain('missing-citation');
		const { code, stdout } = run('check', '--hints', 'uncited.md');
		expect(code).toBe(0);
		expect(stdout).toContain('uncited.md:1:1: hint missing-citation: Supported by Weitz 2014, p. 147, but nothing is cited.');
	});

	it('checks an empty file without complaint', () => {
		const { code, stdout } = run('check', '--format', 'json', 'empty.md');
		expect(code).toBe(0);
		const none = { claims: 0, supported: 0, flagged: 0, uncited: 0, supportedShare: null, flaggedShare: null, uncitedShare: null };
		expect(JSON.parse(stdout)).toEqual({ files: [{ path: 'empty.md', claims: [], summary: none }], summary: { files: 1, ...none } });
	});

	it.each([
		[['check', 'missing.md'], /missing\.md: no such file/],
		[['check', 'binary.md'], /binary\.md: looks like a binary file/],
		[['check', 'latin1.md'], /latin1\.md: is not valid UTF-8/],
		[['check', 'utf16.md'], /utf16\.md: is UTF-16 text; save it as UTF-8/],
		[['check', 'nothing-here/'], /nothing-here\/: no such file/],
		[['check', '--format', 'xml', 'good.md'], /unknown format "xml"/],
		[['check', '--frobnicate', 'good.md'], /unknown option "--frobnicate"/],
		[['check'], /no file to check/],
		[['lint', 'good.md'], /unknown command "lint"/],
		[['check', '--corpus', 'nowhere', 'good.md'], /corpus folder nowhere does not exist/],
	])('exits 2 with a message on %j', (args, message) => {
		const { code, stderr } = run(...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(/at .*\.js:\d+/);
	});

	it('checks a 5 MB document in bounded time', () => {
		const paragraph = 'Karimov visited China in 2007, and the visit was widely reported. Observers in Tashkent and Moscow took note of it.\n\n';
		writeFileSync(join(dir, 'big.md'), paragraph.repeat(Math.ceil(5e6 / paragraph.length)));
		const started = Date.now();
		const { code, stdout } = run('check', 'big.md');
		expect(code).toBe(1);
		expect(stdout.trim().split('\n').at(-1)).toMatch(/^1 file, \d+ claims: /);
		expect(Date.now() - started).toBeLessThan(120_000);
	}, 180_000);

	it('still checks the other files when one cannot be read', () => {
		const { code, stdout, stderr } = run('check', 'missing.md', 'good.md');
		expect(code).toBe(2);
		expect(stderr).toContain('missing.md');
		expect(stdout).toContain('1 file, 1 claim: 1 supported');
	});

	it('answers --help and --version', () => {
		expect(run('--help').stdout).toContain('Usage: citecheck check');
		const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
		expect(run('--version').stdout.trim()).toBe(version);
	});

	it('uses a corpus folder of its own, and names a broken part of it', () => {
		const corpus = join(dir, 'corpus');
		mkdirSync(join(corpus, 'sources'), { recursive: true });
		writeFileSync(join(corpus, 'sources', 'notes2020.txt'), 'In March 2020 Uzbekistan opened a new border crossing with Tajikistan.\n');
		writeFileSync(join(corpus, 'sources', 'broken.txt'), Buffer.from([0xff, 0xfe, 0x41]));
		writeFileSync(
			join(corpus, 'sources.bib'),
			'@article{notes2020, title = {Border Notes}, author = {Doe, Jane}, year = 2020}\n@article{oops, title = {Unclosed\n',
		);
		writeFileSync(join(dir, 'mine.md'), 'Uzbekistan opened a new border crossing with Tajikistan in March 2021.\n');
		const { code, stdout, stderr } = run('check', '--corpus', corpus, 'mine.md');
		expect(stderr).toMatch(/broken\.txt/);
		expect(stderr).toMatch(/sources\.bib/);
		expect(code).toBe(1);
		expect(stdout).toContain('Doe 2020 dates this to March 2020, not March 2021.');
	});

	it('merges repeated --corpus folders, and --default-corpus puts the shipped corpus first', () => {
		const library = join(ROOT, 'test', 'fixtures', 'library');
		writeFileSync(
			join(dir, 'both.md'),
			'Karimov visited China in 2005 [@weitz2014, p. 147].\n\nThe Uzbek enclave of Sokh lies inside Kyrgyzstan [@karimova2019].\n',
		);
		const alone = run('check', '--corpus', library, 'both.md');
		expect(alone.stdout).toContain('unknown-source: No source in the corpus has the key "weitz2014".');
		const both = run('check', '--corpus', library, '--default-corpus', 'both.md');
		expect(both.stderr).toBe('');
		expect(both.stdout.trim()).toBe('1 file, 2 claims: 2 supported, 0 problems');
		const twice = run('check', '--default-corpus', '--corpus', library, '--corpus', library, 'both.md');
		expect(twice.stderr).toBe('');
		expect(twice.code).toBe(0);
	});
});

describe('folders and SARIF', () => {
	it('checks the Markdown, LaTeX and text files of a folder and its subfolders, not hidden ones', () => {
		mkdirSync(join(dir, 'paper', 'chapters'), { recursive: true });
		mkdirSync(join(dir, 'paper', '.git'), { recursive: true });
		writeFileSync(join(dir, 'paper', 'chapters', 'one.md'), 'Karimov visited China in 2007 [@weitz2014].\n');
		writeFileSync(join(dir, 'paper', 'two.tex'), 'Karimov visited China in 2005~\\cite[147]{weitz2014}.\n');
		writeFileSync(join(dir, 'paper', 'figure.png'), 'not text');
		writeFileSync(join(dir, 'paper', '.git', 'HEAD.md'), 'Uzbekistan bought fighter jets from France in 2018.\n');
		const { code, stdout } = run('check', 'paper');
		expect(code).toBe(1);
		expect(stdout.trim().split('\n')).toEqual([
			`${join('paper', 'chapters', 'one.md')}:1:1: warning wrong-date: Weitz 2014, p. 147 dates this to 2005, not 2007.`,
			'2 files, 2 claims: 1 supported, 1 problem (1 wrong-date)',
		]);
		mkdirSync(join(dir, 'nothing'), { recursive: true });
		const empty = run('check', 'nothing');
		expect(empty.code).toBe(2);
		expect(empty.stderr).toContain('nothing: the folder holds no Markdown, LaTeX or text file');
	});

	it('writes SARIF 2.1.0: one run, the codes as rules, each finding with its location and fix', () => {
		const { code, stdout } = run('check', '--format', 'sarif', 'bad.md', 'good.md');
		expect(code).toBe(1);
		const sarif = JSON.parse(stdout);
		expect(sarif.version).toBe('2.1.0');
		expect(sarif.$schema).toMatch(/sarif-2\.1\.0/);
		expect(sarif.runs).toHaveLength(1);
		const [runLog] = sarif.runs;
		const rules = runLog.tool.driver.rules.map((r: { id: string }) => r.id);
		expect(rules).toEqual(['wrong-date', 'wrong-number', 'contradicted', 'citation-mismatch', 'unknown-source', 'unsupported', 'missing-citation']);
		expect(runLog.artifacts.map((a: { location: { uri: string } }) => a.location.uri)).toEqual(['bad.md', 'good.md']);
		const wrong = runLog.results.find((r: { ruleId: string }) => r.ruleId === 'wrong-date');
		expect(wrong).toMatchObject({
			ruleIndex: 0,
			level: 'warning',
			message: { text: 'Weitz 2014, p. 147 dates this to 2005, not 2007.' },
			locations: [{ physicalLocation: { artifactLocation: { uri: 'bad.md', index: 0 }, region: { startLine: 3, startColumn: 1 } } }],
		});
		expect(wrong.fixes[0].artifactChanges[0].replacements).toContainEqual(expect.objectContaining({ insertedContent: { text: '2005' } }));
		expect(runLog.results.map((r: { ruleId: string }) => r.ruleId)).not.toContain('missing-citation');
		for (const result of runLog.results) expect(rules[result.ruleIndex]).toBe(result.ruleId);
	});

	it('puts the share of claims supported, flagged and uncited in the property bags of the run and of each file', () => {
		const { stdout } = run('check', '--format', 'sarif', 'bad.md', 'good.md');
		const [runLog] = JSON.parse(stdout).runs;
		expect(runLog.properties.summary).toEqual({
			files: 2,
			claims: 3,
			supported: 1,
			flagged: 2,
			uncited: 0,
			supportedShare: 0.3333,
			flaggedShare: 0.6667,
			uncitedShare: 0,
		});
		expect(runLog.artifacts.map((a: { properties: { summary: { claims: number; flaggedShare: number } } }) => a.properties.summary)).toEqual([
			expect.objectContaining({ claims: 2, flagged: 2, flaggedShare: 1 }),
			expect.objectContaining({ claims: 1, flagged: 0, flaggedShare: 0 }),
		]);
	});
});

describe('unreadable input', () => {
	it('reports a file it may not read', () => {
		const path = join(dir, 'secret.md');
		writeFileSync(path, 'Karimov visited China in 2005.\n');
		chmodSync(path, 0o000);
		const { code, stderr } = run('check', 'secret.md');
		// Root may read anything; everyone else gets a clear refusal.
		if (process.getuid?.() === 0) expect(code).toBe(0);
		else expect(stderr).toMatch(/secret\.md: permission denied/);
	});
});

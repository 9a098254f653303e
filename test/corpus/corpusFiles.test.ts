import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBibliography } from '../../server/src/domain/corpus/bibliography';
import { defaultCorpusDir, readCorpusFolder } from '../../server/src/wiring/corpusFiles';

const temps: string[] = [];
afterEach(() => {
	for (const dir of temps.splice(0)) {
		// Restore permissions so the folder can be removed.
		try {
			chmodSync(path.join(dir, 'sources', 'locked.txt'), 0o644);
		} catch {
			// not every test locks a file
		}
		rmSync(dir, { recursive: true, force: true });
	}
});

function tempCorpus(files: Record<string, string | Uint8Array>): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'citecheck-corpus-'));
	temps.push(dir);
	for (const [name, content] of Object.entries(files)) {
		const file = path.join(dir, name);
		mkdirSync(path.dirname(file), { recursive: true });
		writeFileSync(file, content);
	}
	return dir;
}

const problemFor = (problems: { path: string; message: string }[], name: string) => problems.find((p) => p.path.endsWith(name));

describe('readCorpusFolder', () => {
	it('reads the shipped corpus without problems', async () => {
		const files = await readCorpusFolder(defaultCorpusDir());
		expect(files.problems).toEqual([]);
		expect(files.bibPath?.endsWith('sources.bib')).toBe(true);
		expect(files.sources.map((s) => s.key).sort()).toEqual(['altynbayev2021', 'edm2006', 'edm2013', 'ramani2017', 'weitz2014']);
		expect(files.vocabulary.commentMarkers).toContain('Do you like this article?');
	});

	it('finds the shipped corpus folder from the source tree', () => {
		const dir = defaultCorpusDir();
		expect(path.basename(dir)).toBe('corpus');
		expect(existsSync(path.join(dir, 'sources.bib'))).toBe(true);
	});

	it('reports each broken file by name and still loads the rest', async () => {
		const dir = tempCorpus({
			'sources.bib': '@article{good, title = {Good}, year = 2020}\n\n@article{broken, title = {Broken, year = 2020}\n\n@article{other, title = {Other}}\n',
			'sources/good.txt': 'A good source.\n',
			'sources/notes.md': 'Notes in Markdown.\n',
			'sources/binary.txt': new Uint8Array([0x41, 0xff, 0xfe, 0x42]),
			'sources/ignored.pdf': 'not a text source',
			'vocabulary/a.json': JSON.stringify({ commentMarkers: ['One'], $comment: 'a' }),
			'vocabulary/b.json': JSON.stringify({ commentMarkers: ['Two'], debrisLines: ['Share'] }),
			'vocabulary/broken.json': '{\n  "debrisLines": ["x",]\n}\n',
		});
		mkdirSync(path.join(dir, 'sources', 'folder.txt'));
		const files = await readCorpusFolder(dir);

		expect(files.sources.map((s) => [s.key, s.raw])).toEqual([
			['good', 'A good source.\n'],
			['notes', 'Notes in Markdown.\n'],
		]);
		expect(problemFor(files.problems, 'binary.txt')?.message).toMatch(/not valid UTF-8/);
		expect(problemFor(files.problems, 'folder.txt')?.message).toMatch(/folder, not a file/);
		expect(problemFor(files.problems, 'broken.json')?.message).toMatch(/^is not valid JSON \((?:line 2|Unexpected token)[^\n]*\)$/);
		expect(files.vocabulary).toMatchObject({ commentMarkers: ['One', 'Two'], debrisLines: ['Share'] });

		// The bibliography is handed over as text; its broken entry is the parser's to report.
		expect(files.bib).toBe(readFileSync(path.join(dir, 'sources.bib'), 'utf8'));
		const bib = parseBibliography(files.bib ?? '');
		expect(bib.entries.map((e) => e.key)).toEqual(['good', 'other']);
		expect(bib.problems.join('\n')).toMatch(/line 3: entry "broken"/);
		for (const problem of files.problems) expect(problem.message).not.toMatch(/\n\s+at /);
	});

	it('reports a source it is not allowed to read', async () => {
		const dir = tempCorpus({ 'sources.bib': '@misc{locked, title = {L}}\n', 'sources/locked.txt': 'secret' });
		chmodSync(path.join(dir, 'sources', 'locked.txt'), 0o000);
		let readable = true;
		try {
			readFileSync(path.join(dir, 'sources', 'locked.txt'));
		} catch {
			readable = false;
		}
		const files = await readCorpusFolder(dir);
		if (readable) {
			// Running as root: permissions do not stop reading, and the file simply loads.
			expect(files.sources.map((s) => s.key)).toEqual(['locked']);
		} else {
			expect(files.sources).toEqual([]);
			expect(problemFor(files.problems, 'locked.txt')?.message).toBe('cannot be read: permission denied');
		}
	});

	it('keys a text by the bibliography entry whose file field names it', async () => {
		const dir = tempCorpus({
			'refs.bib': '@misc{smith2020, title = {S}, file = {texts/Smith - Report.txt}}\n@misc{gone, title = {G}, file = {sources/gone.txt}}\n',
			'texts/Smith - Report.txt': 'Text.',
		});
		const files = await readCorpusFolder(dir);
		expect(files.bibPath?.endsWith('refs.bib')).toBe(true);
		expect(files.sources.map((s) => s.key)).toEqual(['smith2020']);
		expect(problemFor(files.problems, 'gone.txt')?.message).toMatch(/"gone" names this file, which does not exist/);
	});

	it('reads no file a bibliography entry names outside the corpus folder', async () => {
		const outside = tempCorpus({ 'secret.txt': 'A secret.' });
		const dir = tempCorpus({
			'sources.bib': `@misc{up, title = {U}, file = {../${path.basename(outside)}/secret.txt}}\n@misc{abs, title = {A}, file = {${path.join(outside, 'secret.txt')}}}\n`,
		});
		const files = await readCorpusFolder(dir);
		expect(files.sources).toEqual([]);
		expect(files.problems.filter((p) => p.path === path.join(outside, 'secret.txt')).map((p) => p.message)).toEqual([
			'the bibliography entry "up" names this file, which is outside the corpus folder; it is not read',
			'the bibliography entry "abs" names this file, which is outside the corpus folder; it is not read',
		]);
	});

	it('reads one bibliography and names the others it ignores', async () => {
		const dir = tempCorpus({ 'a.bib': '@misc{a, title = {A}}', 'sources.bib': '@misc{b, title = {B}}', 'sources/b.txt': 'B.' });
		const files = await readCorpusFolder(dir);
		expect(files.bibPath?.endsWith('sources.bib')).toBe(true);
		expect(problemFor(files.problems, 'a.bib')?.message).toMatch(/only one bibliography/);
	});

	it('reports a missing folder and returns an empty corpus', async () => {
		const missing = path.join(tmpdir(), 'citecheck-no-such-folder', 'corpus');
		const files = await readCorpusFolder(missing);
		expect(files).toEqual({
			bib: null,
			bibPath: null,
			parsedBib: null,
			csl: [],
			sources: [],
			vocabulary: {},
			problems: [{ path: missing, message: 'the corpus folder does not exist' }],
		});
	});

	it('reports a folder without a bibliography or sources', async () => {
		const dir = tempCorpus({ 'readme.txt': 'nothing here' });
		const files = await readCorpusFolder(dir);
		expect(files.problems.map((p) => p.message)).toEqual([
			'the corpus folder has no bibliography (a .bib file or a CSL-JSON file)',
			'there is no sources folder; put each source text in sources/<key>.txt',
		]);
	});
});

#!/usr/bin/env node
// End-to-end test of the extension in a real VS Code: packages the .vsix, installs it into a fresh
// code-server (VS Code in the browser), opens the fixture papers in headless Chromium and works
// with them as a writer would: reads the Problems panel and the status bar, hovers a sentence,
// applies quick fixes with Ctrl+., saves and compares the file on disk with what it should be.
// Then acts on findings in a paper of its own: compares the status bar's counts with the Problems
// panel's and VS Code's, follows a finding's code to its read-only explanation, opens the installed
// README (not checked), types a sentence (not flagged before its full stop), silences one finding
// and marks another as checked.
// Then a paper checked against a PDF in a library of its own (citecheck.corpus.paths): its
// findings, hover, related passage, Go to Definition into the PDF's text, and a fix from the PDF.
// Then opens both papers as one workspace, reads the CiteCheck Sources view, and runs "Check All
// Files in Workspace" from the Command Palette and reads its report. Last, runs the extension-host suite
// (test/vscode) in a code-server of its own, CiteCheck loaded from this working copy. Saves the README's screenshots to docs/images/. Prints PASS/FAIL per check; exits 1 on a failure.
//
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium), ripgrep and a C++ tool chain (for
// code-server's native modules), and Node.js 20. code-server comes from the npm registry into
// test/e2e/.cache/ the first time. Logs and failure screenshots go to test/e2e/.out/.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, startCodeServer } from './codeServer.mjs';
import { buildSuites, TESTS_ENTRY } from '../vscode/build.mjs';
import { testActions } from './actions.mjs';
import { runExtensionHostSuite } from './extensionHost.mjs';
import { saveImage } from './images.mjs';
import * as wb from './workbench.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const CACHE = join(HERE, '.cache');
const OUT = join(HERE, '.out');
const IMAGES = join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-dev-shm-usage',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** The whole run, a cold install included, ends by then whatever happens. */
const RUN_LIMIT_MS = 20 * 60_000;
/** The first check of a paper: the extension activates and the server loads the corpus. */
const FIRST_CHECK_MS = 120_000;
/** Anything else the page should show. */
const WAIT_MS = 30_000;
/** How long a file CiteCheck must not check is watched for findings, once it is open. */
const README_QUIET_MS = 5_000;

/** The findings of both papers, which say the same in the same order; `line` is the claim's line in the prose. */
const FINDINGS = [
	{ severity: 'warning', source: 'citecheck', code: 'wrong-date', line: 0, column: 1, message: 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.' },
	{
		severity: 'warning',
		source: 'citecheck',
		code: 'citation-mismatch',
		line: 2,
		column: 1,
		message: 'Ramani 2017 does not say this; Weitz 2014, p. 147 does.',
	},
	{ severity: 'info', source: 'citecheck', code: 'unsupported', line: 3, column: 1, message: 'No source says this.' },
];
/** The findings where the prose starts on line `first` of the file. */
const findingsFrom = (first) => FINDINGS.map((f) => ({ ...f, line: f.line + first }));

const PAPERS = [
	{
		name: 'Markdown',
		folder: 'markdown',
		file: 'paper.md',
		problems: findingsFrom(3),
		cite: { at: 'Forish', title: 'Cite Ramani 2017 (footnote)', shows: 'facility.[^ramani]' },
		screenshots: true,
		openSourceFromHover: true,
	},
	{
		name: 'LaTeX',
		folder: 'latex',
		file: 'paper.tex',
		problems: findingsFrom(6),
		cite: { at: 'Forish', title: 'Cite Ramani 2017 (\\footnote)', shows: 'facility.\\footnote{Ramani' },
		screenshots: false,
		openSourceFromHover: false,
	},
];
/** The passage of the source that supports the hovered sentence. */
const PASSAGE =
	'The focus of recent Uzbekistani concern has been the creation of the 20,000-strong CSTO Collective Rapid Reaction Force in 2009 and the 2010 amendments to the CSTO charter allowing military action in response to a wider range of security crises based on a majority vote rather than a consensus of the members.';
/** What both papers show alike: the counts, the hover and the date's fix. */
const COMMON = {
	statusBefore: { label: 'CiteCheck: 3 supported claims; 0 errors, 2 warnings, 1 info', text: '$(check) 3 · $(warning) 2 · $(info) 1' },
	statusAfter: { label: 'CiteCheck: 4 supported claims; 0 errors, 1 warning, 1 info', text: '$(check) 4 · $(warning) 1 · $(info) 1' },
	hover: {
		at: 'majority vote',
		source: 'weitz2014.md',
		passage: PASSAGE,
		shows: [
			'CiteCheck: supported by Weitz 2014, p. 146.',
			PASSAGE,
			'— Richard Weitz, "Uzbekistan\'s National Security Strategy: Threat and Response," Uzbekistan Initiative Papers No. 12, March 2014, 146.',
		],
	},
	dateFix: { at: 'June 2013', title: 'Change to June 2012 (Weitz 2014, p. 146)', shows: 'membership in June 2012.' },
};

/**
 * The whole fixture as one workspace, untouched by the checks of the papers: what the CiteCheck
 * Sources view lists, and the report of "Check All Files in Workspace" once the Markdown paper,
 * open in the editor, has a new uncited claim that is not saved.
 */
/**
 * A library of many sources (copies of the shipped ones under keys of their own), written at run
 * time into a workspace whose settings name it: reading it takes seconds, so its progress shows.
 */
const LARGE = {
	name: 'A large library',
	folder: 'large',
	file: 'paper.md',
	copies: 120,
	paper: 'Uzbekistan suspended its CSTO membership in June 2013.\n',
	progress: /indexing sources: \d+ of (\d+)/,
	problems: [
		{ severity: 'warning', source: 'citecheck', code: 'wrong-date', line: 1, column: 1, message: 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.' },
	],
};

const WORKSPACE = {
	sources: [
		{ label: 'weitz2014', description: 'Weitz 2014 · cited 4× in 2 files' },
		{ label: 'altynbayev2021', description: 'Altynbayev 2021 · cited 2× in 2 files' },
		{ label: 'ramani2017', description: 'Ramani 2017 · cited 2× in 2 files' },
		{ label: 'edm2006', description: 'Eurasia Daily Monitor 2006 · not cited' },
		{ label: 'edm2013', description: 'Eurasia Daily Monitor 2013 · not cited' },
	],
	/** Typed on a line of its own after the Markdown paper's heading: a claim a source supports, citing nothing. */
	typed: 'Karimov visited China in 2005.',
	statusTyped: 'CiteCheck: 4 supported claims; 0 errors, 2 warnings, 1 info',
	statusLatex: 'CiteCheck: 3 supported claims; 0 errors, 2 warnings, 1 info',
	command: 'CiteCheck: Check All Files in Workspace',
	reportTab: 'CiteCheck Report.md',
	table: [
		'| file              | claims | supported | flagged | uncited |',
		'| :---------------- | -----: | --------: | ------: | ------: |',
		'| latex/paper.tex   |      6 |       50% |     50% |     17% |',
		'| markdown/paper.md |      7 |       57% |     43% |     29% |',
		'| **total**         |     13 |       54% |     46% |     23% |',
	],
	summary: 'CiteCheck checked 2 files of the workspace: 13 claims, 54% supported, 46% flagged, 23% uncited.',
	/** Both papers' findings, the LaTeX paper's first; the Markdown paper's are two lines further down for the typed claim. */
	problems: [...findingsFrom(6), ...findingsFrom(5)],
};

/** The sentence of the PDF that supports the cited claim, as the PDF prints it on page 24 (its line-end hyphen gone). */
const PDF_PASSAGE =
	'In February 2018 the governments in Tashkent and Kabul agreed to extend the line westward to Herat, a project whose cost was estimated at 1.8 billion dollars.';

/**
 * A paper checked against a library of its own: `citecheck.corpus.paths` names a folder of the
 * workspace where a Zotero export lies, PDFs and their .bib (copied from test/fixtures/library
 * when the run starts). The paper has a figure the PDF gives otherwise, a sentence citing the
 * PDF's page 24, and a claim that only a footnote of the PDF makes (footnotes are not read).
 */
const LIBRARY = {
	name: 'A PDF source',
	folder: 'library',
	file: 'paper.md',
	/** The folder of the workspace that its settings name, and what goes into it. */
	sources: { folder: 'references', from: join(ROOT, 'test', 'fixtures', 'library'), files: (name) => name.endsWith('.pdf') || name === 'library.bib' },
	problems: [
		{
			severity: 'warning',
			source: 'citecheck',
			code: 'wrong-number',
			line: 3,
			column: 1,
			message: 'Nazarov 2021, p. 23 gives 1.2 million tonnes, not 1.5 million tonnes.',
		},
		{
			severity: 'info',
			source: 'citecheck',
			code: 'unsupported',
			line: 5,
			column: 1,
			message: 'No source says this. The closest passage (Altynbayev 2021) says nothing of “agreement” or “Afghanistan”.',
		},
	],
	hover: {
		at: 'westward to Herat',
		links: ['Open the source at this passage'],
		shows: [
			'CiteCheck: supported by Nazarov 2021, p. 24.',
			PDF_PASSAGE,
			'— Farrukh Nazarov, "Rail, Trade and Security on the Afghan Border," Eurasian Transport Security Quarterly 4, no. 1, March 2021, 24.',
		],
	},
	related: {
		tab: 'nazarov2021.md',
		passage:
			'The Termez cargo centre, opened on the Uzbek side of the Friendship Bridge, handled 1.2 million tonnes of freight in 2019, most of it fuel and wheat bound for Afghanistan.',
	},
	definition: { at: 'nazarov2021', tab: 'nazarov2021.md', passage: PDF_PASSAGE, page: '*p. 24*' },
	numberFix: { at: '1.5 million', title: 'Change to 1.2 million tonnes (Nazarov 2021, p. 23)', shows: 'handled 1.2 million tonnes' },
};

// ---------------------------------------------------------------------------------------------
// Reporting and clean-up

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const logFile = join(OUT, 'e2e.log');
writeFileSync(logFile, '');
const log = (text) => writeFileSync(logFile, `${text}\n`, { flag: 'a' });
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const say = (text) => {
	console.log(text);
	log(text);
};

/** Undo actions, run last-first: stop the browser and code-server, delete the temporary profile. */
const cleanups = [];
let cleaning;
function cleanUp() {
	cleaning ??= (async () => {
		while (cleanups.length > 0) {
			try {
				await cleanups.pop()();
			} catch (error) {
				log(`clean-up: ${error.message}`);
			}
		}
	})();
	return cleaning;
}
/** Killed for sure even on a plain exit (code-server runs in a process group of its own). */
const killOnExit = new Set();
process.on('exit', () => {
	for (const kill of killOnExit) kill();
});
/** Set when the run is stopped from outside: no further checks run or report. */
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.once(signal, () => {
		stopping = true;
		say(`\n${signal}: stopping`);
		void cleanUp().finally(() => process.exit(130));
	});
}
const watchdog = setTimeout(() => {
	stopping = true;
	say(`FAIL the run did not end within ${seconds(RUN_LIMIT_MS)}`);
	void cleanUp().finally(() => process.exit(1));
}, RUN_LIMIT_MS);

/** 'pass', 'fail' or 'skip' for each check so far. */
const results = [];
let exitCode = 0;
/** Runs one check, printing PASS or FAIL; a failure saves a screenshot and skips the paper's later checks. */
async function check(page, state, title, body) {
	if (stopping) return;
	if (state.failed) {
		say(`SKIP ${title}`);
		results.push('skip');
		return;
	}
	const t0 = Date.now();
	try {
		await body();
		say(`PASS ${title} (${seconds(Date.now() - t0)})`);
		results.push('pass');
	} catch (error) {
		if (stopping) return;
		state.failed = true;
		results.push('fail');
		// Playwright's call logs are coloured with terminal escapes.
		// eslint-disable-next-line no-control-regex
		const message = String(error.message ?? error).replace(/\x1b\[[0-9;]*m/g, '');
		say(`FAIL ${title} (${seconds(Date.now() - t0)})\n     ${message.split('\n').join('\n     ')}`);
		const shot = join(OUT, `failure-${results.length}.png`);
		await page.screenshot({ path: shot }).then(
			() => say(`     screenshot: ${relative(ROOT, shot)}`),
			() => undefined,
		);
	}
}

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** A line-by-line account of how two texts differ, for a failure message. */
function lineDiff(expected, actual) {
	const a = expected.split('\n');
	const b = actual.split('\n');
	const lines = [];
	for (let i = 0; i < Math.max(a.length, b.length); i++) {
		if (a[i] !== b[i]) lines.push(`line ${i + 1}:\n  expected ${JSON.stringify(a[i])}\n  actual   ${JSON.stringify(b[i])}`);
	}
	return lines.join('\n');
}

/** Waits until the file on disk reads `expected` (the editor has written it), else fails with the difference. */
async function waitForFile(page, path, expected, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let actual = readFileSync(path, 'utf8');
	while (actual !== expected && Date.now() < deadline) {
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
		actual = readFileSync(path, 'utf8');
	}
	assert(actual === expected, `${path} differs from ${relative(ROOT, join(HERE, 'expected'))}:\n${lineDiff(expected, actual)}`);
}

function image(name, png) {
	const path = join(IMAGES, name);
	say(`     ${relative(ROOT, path)}: ${saveImage(path, png) ? 'updated' : 'unchanged'}`);
}

// ---------------------------------------------------------------------------------------------
// The checks of one paper

async function testPaper(page, url, workspace, paper) {
	const state = { failed: false };
	const file = join(workspace, paper.folder, paper.file);
	const expected = readFileSync(join(HERE, 'expected', paper.folder, paper.file), 'utf8');
	const name = `${paper.name} (${paper.folder}/${paper.file})`;
	const codes = (list) => list.map((p) => `${p.code} on line ${p.line}`).join(', ');

	await check(page, state, `${name}: opens in the workbench`, async () => {
		await wb.openFolder(page, url, join(workspace, paper.folder), FIRST_CHECK_MS);
		await wb.openFile(page, paper.file, WAIT_MS);
		await wb.showProblems(page, WAIT_MS);
	});

	await check(page, state, `${name}: the Problems panel lists exactly ${codes(paper.problems)}`, async () => {
		await wb.waitForProblems(page, paper.problems, FIRST_CHECK_MS);
	});

	await check(page, state, `${name}: the status bar reads "${COMMON.statusBefore.text}"`, async () => {
		const text = await wb.waitForStatus(page, COMMON.statusBefore.label, WAIT_MS);
		assert(text === COMMON.statusBefore.text, `the item shows "${text}"`);
		if (paper.screenshots) {
			await page.locator('.part.editor .squiggly-info').first().waitFor({ timeout: WAIT_MS });
			image('diagnostics.png', await page.screenshot({ animations: 'disabled' }));
		}
	});

	await check(page, state, `${name}: hovering a supported sentence shows the source's passage and reference`, async () => {
		const widget = await wb.hover(page, COMMON.hover.at, COMMON.hover.shows[0], WAIT_MS);
		const text = (await widget.innerText()).replace(/\s+/g, ' ');
		for (const part of COMMON.hover.shows) assert(text.includes(part), `the hover does not show "${part}"; it shows:\n${text}`);
		if (paper.screenshots) image('hover.png', await page.locator('.part.editor').screenshot({ animations: 'disabled' }));
		await wb.dismissHover(page, widget, WAIT_MS);
	});

	if (paper.openSourceFromHover) {
		await check(page, state, `${name}: the hover's link opens ${COMMON.hover.source} with the whole passage selected`, async () => {
			const widget = await wb.hover(page, COMMON.hover.at, COMMON.hover.shows[0], WAIT_MS);
			await wb.followHoverLink(page, widget, 'Open the source at this passage', WAIT_MS);
			await wb.waitForActiveTab(page, COMMON.hover.source, WAIT_MS);
			await wb.waitForSelection(page, `(${COMMON.hover.passage.length} selected)`, WAIT_MS);
			// The status bar item is for the documents CiteCheck checks, not for its sources.
			await wb.waitForStatusHidden(page, WAIT_MS);
			await wb.openFile(page, paper.file, WAIT_MS);
			await wb.waitForStatus(page, COMMON.statusBefore.label, WAIT_MS);
		});
	}

	await check(page, state, `${name}: Ctrl+. on the wrong date offers and applies "${COMMON.dateFix.title}"`, async () => {
		const titles = await wb.openQuickFixes(page, COMMON.dateFix.at, WAIT_MS);
		assert(titles.includes(COMMON.dateFix.title), `the quick fixes are ${JSON.stringify(titles)}`);
		if (paper.screenshots) image('quick-fix.png', await page.locator('.part.editor').screenshot({ animations: 'disabled' }));
		await wb.chooseQuickFix(page, COMMON.dateFix.title, WAIT_MS);
		await wb.waitForEditorText(page, COMMON.dateFix.shows, WAIT_MS);
	});

	await check(page, state, `${name}: Ctrl+. on the uncited claim offers and applies "${paper.cite.title}"`, async () => {
		const titles = await wb.openQuickFixes(page, paper.cite.at, WAIT_MS);
		assert(titles.includes(paper.cite.title), `the quick fixes are ${JSON.stringify(titles)}`);
		await wb.chooseQuickFix(page, paper.cite.title, WAIT_MS);
		await wb.waitForEditorText(page, paper.cite.shows, WAIT_MS);
	});

	await check(page, state, `${name}: after Ctrl+S the file on disk is the expected text, whole`, async () => {
		await wb.save(page, WAIT_MS);
		await waitForFile(page, file, expected, WAIT_MS);
	});

	const after = paper.problems.filter((p) => p.code !== 'wrong-date');
	await check(page, state, `${name}: then the Problems panel lists ${codes(after)} and the status bar reads "${COMMON.statusAfter.text}"`, async () => {
		await wb.waitForProblems(page, after, WAIT_MS);
		const text = await wb.waitForStatus(page, COMMON.statusAfter.label, WAIT_MS);
		assert(text === COMMON.statusAfter.text, `the item shows "${text}"`);
	});
}

// ---------------------------------------------------------------------------------------------
// The checks of a paper against a PDF of its own library

async function testLibrary(page, url, workspace) {
	const state = { failed: false };
	const paper = LIBRARY;
	const file = join(workspace, paper.folder, paper.file);
	const expected = readFileSync(join(HERE, 'expected', paper.folder, paper.file), 'utf8');
	const name = `${paper.name} (${paper.folder}/${paper.file}, ${paper.sources.folder}/ in citecheck.corpus.paths)`;
	const codes = (list) => list.map((p) => `${p.code} on line ${p.line}`).join(', ');
	const { definition, hover, related, numberFix } = paper;

	await check(page, state, `${name}: opens in the workbench`, async () => {
		await wb.openFolder(page, url, join(workspace, paper.folder), FIRST_CHECK_MS);
		await wb.openFile(page, paper.file, WAIT_MS);
		await wb.showProblems(page, WAIT_MS);
	});

	await check(page, state, `${name}: the Problems panel lists exactly ${codes(paper.problems)}, the figure's with the PDF's page`, async () => {
		await wb.waitForProblems(page, paper.problems, FIRST_CHECK_MS);
	});

	await check(page, state, `${name}: hovering the sentence that cites the PDF shows the PDF's passage and the reference with its page`, async () => {
		const widget = await wb.hover(page, hover.at, hover.shows[0], WAIT_MS);
		const text = (await widget.innerText()).replace(/\s+/g, ' ');
		for (const part of hover.shows) assert(text.includes(part), `the hover does not show "${part}"; it shows:\n${text}`);
		// It ends with its one link, which opens the PDF's text: no other that the editor would not follow.
		const links = await widget.locator('a').allInnerTexts();
		const last = (await widget.innerText())
			.split('\n')
			.filter((line) => line.trim() !== '')
			.at(-1)
			?.trim();
		assert(
			JSON.stringify(links) === JSON.stringify(hover.links) && last === hover.links.at(-1),
			`the hover's links are ${JSON.stringify(links)}, its last line ${JSON.stringify(last)}`,
		);
		await wb.dismissHover(page, widget, WAIT_MS);
	});

	await check(
		page,
		state,
		`${name}: a click on the wrong figure's related passage in the Problems panel opens ${related.tab} with the PDF's sentence selected`,
		async () => {
			await wb.openRelatedInformation(page, related.tab, WAIT_MS);
			await wb.waitForActiveTab(page, related.tab, WAIT_MS);
			await wb.waitForSelection(page, `(${related.passage.length} selected)`, WAIT_MS);
			await wb.focusEditor(page, WAIT_MS);
			const selected = await wb.selectedText(page, WAIT_MS);
			assert(selected === related.passage, `the selected text is ${JSON.stringify(selected)}`);
			await wb.openFile(page, paper.file, WAIT_MS);
		},
	);

	await check(page, state, `${name}: F12 on the citation key opens the read-only ${definition.tab} with the passage selected, under its page`, async () => {
		await wb.goToDefinition(page, definition.at, WAIT_MS);
		await wb.waitForActiveTab(page, definition.tab, WAIT_MS);
		await wb.waitForSelection(page, `(${definition.passage.length} selected)`, WAIT_MS);
		const selected = await wb.selectedText(page, WAIT_MS);
		assert(selected === definition.passage, `the selected text is ${JSON.stringify(selected)}`);
		const lines = await wb.waitForEditorLines(
			page,
			`the passage in ${definition.tab}`,
			(found) => found.some((line) => line.includes(definition.passage)),
			WAIT_MS,
		);
		const above = lines
			.slice(
				0,
				lines.findIndex((line) => line.includes(definition.passage)),
			)
			.filter((line) => line.trim() !== '');
		assert(above.at(-1) === definition.page, `the line above the passage is ${JSON.stringify(above.at(-1))}, not ${JSON.stringify(definition.page)}`);
		await wb.waitForReadOnly(page, WAIT_MS);
		await wb.waitForStatusHidden(page, WAIT_MS);
		await wb.openFile(page, paper.file, WAIT_MS);
	});

	await check(page, state, `${name}: Ctrl+. on the wrong figure offers and applies "${numberFix.title}"`, async () => {
		const titles = await wb.openQuickFixes(page, numberFix.at, WAIT_MS);
		assert(titles.includes(numberFix.title), `the quick fixes are ${JSON.stringify(titles)}`);
		await wb.chooseQuickFix(page, numberFix.title, WAIT_MS);
		await wb.waitForEditorText(page, numberFix.shows, WAIT_MS);
	});

	const after = paper.problems.filter((p) => p.code !== 'wrong-number');
	await check(page, state, `${name}: after Ctrl+S the file on disk is the expected text, and the Problems panel lists ${codes(after)}`, async () => {
		await wb.save(page, WAIT_MS);
		await waitForFile(page, file, expected, WAIT_MS);
		await wb.waitForProblems(page, after, WAIT_MS);
	});
}

// ---------------------------------------------------------------------------------------------
// The checks of the whole workspace

/** Writes the large library's workspace: the paper, its settings and the library of copies. */
function writeLargeLibrary(workspace) {
	const root = join(workspace, LARGE.folder);
	const sources = join(root, 'library', 'sources');
	mkdirSync(sources, { recursive: true });
	mkdirSync(join(root, '.vscode'), { recursive: true });
	writeFileSync(join(root, '.vscode', 'settings.json'), JSON.stringify({ 'citecheck.corpus.paths': ['library'] }, null, 2));
	writeFileSync(join(root, LARGE.file), LARGE.paper);
	const shipped = join(ROOT, 'corpus', 'sources');
	const keys = readdirSync(shipped)
		.filter((name) => name.endsWith('.txt'))
		.map((name) => name.slice(0, -4));
	const bib = [];
	for (let i = 0; i < LARGE.copies; i++) {
		for (const key of keys) {
			const copy = `${key}-copy${i + 1}`;
			cpSync(join(shipped, `${key}.txt`), join(sources, `${copy}.txt`));
			bib.push(`@misc{${copy}, title = {Copy ${i + 1} of ${key}}, year = {2014}}`);
		}
	}
	writeFileSync(join(root, 'library', 'sources.bib'), `${bib.join('\n')}\n`);
	return keys.length * LARGE.copies;
}

async function testLargeLibrary(page, url, workspace) {
	const state = { failed: false };
	const total = writeLargeLibrary(workspace);
	const name = `${LARGE.name} (${LARGE.folder}/${LARGE.file}, ${total} sources in citecheck.corpus.paths)`;
	const toast = page.locator('.notifications-toasts .notification-toast', { hasText: LARGE.progress });

	await check(page, state, `${name}: opens in the workbench`, async () => {
		await wb.openFolder(page, url, join(workspace, LARGE.folder), FIRST_CHECK_MS);
		await wb.openFile(page, LARGE.file, WAIT_MS);
	});

	await check(page, state, `${name}: reading it shows a notification with its progress, "indexing sources: … of ${total + 5}"`, async () => {
		await toast.first().waitFor({ timeout: FIRST_CHECK_MS });
		const text = await toast.first().innerText();
		const of = LARGE.progress.exec(text)?.[1];
		assert(of === String(total + 5), `the notification says ${JSON.stringify(text)}`);
	});

	await check(page, state, `${name}: once it is read the notification goes and the paper is checked against it`, async () => {
		await toast.first().waitFor({ state: 'detached', timeout: FIRST_CHECK_MS });
		await wb.showProblems(page, WAIT_MS);
		await wb.waitForProblems(page, LARGE.problems, FIRST_CHECK_MS);
	});
}

async function testWorkspace(page, url, workspace) {
	const state = { failed: false };
	const name = 'The whole fixture as one workspace';

	await check(page, state, `${name}: opens in the workbench with no file open`, async () => {
		await wb.openFolder(page, url, workspace, FIRST_CHECK_MS);
	});

	await check(page, state, `${name}: the CiteCheck Sources view lists the sources, the most cited first, with how often each is cited`, async () => {
		await wb.expandView(page, 'CiteCheck Sources', WAIT_MS);
		await wb.waitForTreeItems(page, 'CiteCheck Sources', WORKSPACE.sources, FIRST_CHECK_MS);
	});

	await check(page, state, `${name}: a claim typed into markdown/paper.md, not saved, counts in the status bar`, async () => {
		await wb.expandFolder(page, 'markdown', WAIT_MS);
		await wb.openFile(page, 'paper.md', WAIT_MS);
		// By keys, not a click: the breadcrumbs bar comes in above the text while the editor opens.
		await wb.focusEditor(page, WAIT_MS);
		for (const key of ['Control+Home', 'End', 'Enter', 'Enter']) await page.keyboard.press(key);
		await page.keyboard.type(WORKSPACE.typed);
		await wb.waitForEditorText(page, WORKSPACE.typed, WAIT_MS);
		await wb.waitForStatus(page, WORKSPACE.statusTyped, WAIT_MS);
	});

	await check(
		page,
		state,
		`${name}: "${WORKSPACE.command}" shows the report: each file's claims and shares, the open one as it is in the editor, and the total`,
		async () => {
			await wb.runCommand(page, WORKSPACE.command, WAIT_MS);
			await wb.waitForActiveTab(page, WORKSPACE.reportTab, WAIT_MS);
			// The report is not a paper: the status bar counts nothing for it.
			await wb.waitForStatusHidden(page, WAIT_MS);
			const table = WORKSPACE.table;
			const lines = await wb.waitForEditorLines(page, 'the report', (found) => found.some((line) => line.startsWith('| **total**')), WAIT_MS);
			assert(lines[0] === '# CiteCheck Report', `the report starts with ${JSON.stringify(lines[0])}`);
			assert(lines.includes(WORKSPACE.summary), `the report does not say "${WORKSPACE.summary}":\n${lines.join('\n')}`);
			const at = lines.indexOf(table[0]);
			assert(
				at >= 0 && JSON.stringify(lines.slice(at, at + table.length)) === JSON.stringify(table),
				`the report's table is not\n${table.join('\n')}\nbut the report reads:\n${lines.join('\n')}`,
			);
		},
	);

	// The panel lists only the rows it has room for: maximized, it has room for both papers' findings.
	const allProblems = async () => {
		await wb.runCommand(page, 'View: Toggle Maximized Panel', WAIT_MS);
		try {
			await wb.waitForProblems(page, WORKSPACE.problems, WAIT_MS);
		} finally {
			await wb.runCommand(page, 'View: Toggle Maximized Panel', WAIT_MS);
		}
	};

	await check(page, state, `${name}: the Problems panel lists the findings of both papers, once each`, allProblems);

	await check(page, state, `${name}: Ctrl+click on a file name in the report opens the file, and its findings are still listed once`, async () => {
		await wb.followEditorLink(page, 'latex/paper.tex', WAIT_MS);
		await wb.waitForActiveTab(page, 'paper.tex', WAIT_MS);
		await wb.waitForStatus(page, WORKSPACE.statusLatex, WAIT_MS);
		await allProblems();
	});
}

// ---------------------------------------------------------------------------------------------
// The extension-host suite (test/vscode), in code-server's extension host

/** The whole suite, the first check of a paper included, ends by then. */
const EXTENSION_HOST_MS = 5 * 60_000;

async function testExtensionHost(browser, entry, home) {
	if (stopping) return;
	const t0 = Date.now();
	await buildSuites();
	say(`     built the extension-host suite, test/vscode (${seconds(Date.now() - t0)})`);
	const workspace = join(home, 'extension-host', 'workspace');
	mkdirSync(workspace, { recursive: true });
	const before = results.length;
	const report = (kind, title) => {
		say(`${kind} Extension host: ${title}`);
		results.push(kind.toLowerCase());
	};
	let code;
	try {
		code = await runExtensionHostSuite({
			entry,
			home: join(home, 'extension-host'),
			browser,
			root: ROOT,
			testsEntry: TESTS_ENTRY,
			workspace,
			userSettings: join(HERE, 'user-settings.json'),
			logFile: join(OUT, 'code-server-extension-host.log'),
			onLine: (line) => {
				const kind = /^(PASS|FAIL|SKIP) /.exec(line)?.[1];
				if (kind) report(kind, line.slice(kind.length + 1));
				else say(`     ${line}`);
			},
			cleanups,
			killOnExit,
			timeoutMs: EXTENSION_HOST_MS,
		});
	} catch (error) {
		if (!stopping) report('FAIL', error.message);
		return;
	}
	const ran = results.slice(before);
	if (ran.length === 0) report('FAIL', `the suite reported no test (exit code ${code}); see ${relative(ROOT, join(OUT, 'code-server-extension-host.log'))}`);
	else if (code !== 0 && !ran.includes('fail')) report('FAIL', `the suite ended with exit code ${code}`);
}

// ---------------------------------------------------------------------------------------------
// The run

/** Runs a set-up step and says what it did, and how long it took. */
function step(title, fn) {
	const t0 = Date.now();
	const result = fn();
	const detail = typeof title === 'function' ? title(result) : title;
	say(`     ${detail} (${seconds(Date.now() - t0)})`);
	return result;
}

async function main() {
	if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);

	const { entry } = step(
		({ dir, installed }) => `code-server ${CODE_SERVER_VERSION} ${installed ? 'installed into' : 'reused from'} ${relative(ROOT, dir)}`,
		() => ensureCodeServer(CACHE, log),
	);

	const vsix = step('packaged the extension (npm run package)', () => {
		const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8' });
		log(`${result.stdout}${result.stderr}`);
		if (result.status !== 0) throw new Error(`npm run package failed; see ${relative(ROOT, logFile)}`);
		const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
		return join(ROOT, `${name}-${version}.vsix`);
	});

	const home = mkdtempSync(join(tmpdir(), 'citecheck-e2e-'));
	cleanups.push(() => rmSync(home, { recursive: true, force: true }));
	const profile = { home, config: join(home, 'config.yaml'), userData: join(home, 'user-data'), extensions: join(home, 'extensions') };
	// After a failure, keep the workbench's own logs (extension host, the CiteCheck output channel).
	cleanups.push(() => {
		if (results.includes('fail') || exitCode !== 0) cpSync(join(profile.userData, 'logs'), join(OUT, 'logs'), { recursive: true });
	});
	mkdirSync(join(profile.userData, 'User'), { recursive: true });
	writeFileSync(profile.config, 'auth: none\n');
	cpSync(join(HERE, 'user-settings.json'), join(profile.userData, 'User', 'settings.json'));
	const workspace = join(home, 'workspace');
	cpSync(join(HERE, 'fixture'), workspace, { recursive: true });
	const { sources } = LIBRARY;
	cpSync(sources.from, join(workspace, LIBRARY.folder, sources.folder), {
		recursive: true,
		filter: (from) => from === sources.from || sources.files(basename(from)),
	});
	// The same papers again, for the checks of the whole workspace, whatever the papers' checks did
	// to theirs (not the library: its settings hold only in a workspace opened at its folder).
	const whole = join(home, 'whole');
	for (const paper of PAPERS) cpSync(join(HERE, 'fixture', paper.folder), join(whole, paper.folder), { recursive: true });
	step(`installed ${relative(ROOT, vsix)} into a fresh extensions folder`, () => installExtension(entry, profile, vsix, log));

	const server = startCodeServer(entry, profile, join(OUT, 'code-server.log'), WAIT_MS * 2);
	killOnExit.add(server.killNow);
	cleanups.push(async () => {
		await server.stop();
		killOnExit.delete(server.killNow); // its process group is gone: nothing to kill on exit
	});
	const t0 = Date.now();
	const url = await server.listening;
	say(`     code-server listens on ${url} (${seconds(Date.now() - t0)})`);

	const browser = await chromium.launch({
		executablePath: CHROMIUM,
		args: CHROMIUM_ARGS,
		handleSIGINT: false,
		handleSIGTERM: false,
		handleSIGHUP: false,
		timeout: WAIT_MS * 2,
	});
	cleanups.push(() => Promise.race([browser.close(), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]));
	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	mkdirSync(IMAGES, { recursive: true });

	for (const paper of PAPERS) await testPaper(page, url, workspace, paper);
	await testActions(page, url, workspace, profile.extensions, check, { first: FIRST_CHECK_MS, wait: WAIT_MS, quiet: README_QUIET_MS });
	await testLibrary(page, url, workspace);
	await testLargeLibrary(page, url, home);
	await testWorkspace(page, url, whole);
	await testExtensionHost(browser, entry, home);
}

try {
	await main();
} catch (error) {
	if (!stopping) say(`FAIL ${error.message ?? error}`);
	exitCode = 1;
} finally {
	await cleanUp();
	clearTimeout(watchdog);
}
const counts = (kind) => results.filter((r) => r === kind).length;
if (counts('fail') > 0) exitCode = 1;
say(`\n${counts('pass')} passed, ${counts('fail')} failed, ${counts('skip')} skipped in ${seconds(Date.now() - started)}`);
process.exit(exitCode);

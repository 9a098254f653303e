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
// Files in Workspace" from the Command Palette and reads its report, and opens the walkthrough and
// its steps. Last, runs the extension-host suite
// (test/vscode) in a code-server of its own, CiteCheck loaded from this working copy. Saves the README's screenshots to docs/images/. Prints PASS/FAIL per check; exits 1 on a failure.
//
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium), ripgrep and a C++ tool chain (for
// code-server's native modules), and Node.js 20. code-server comes from the npm registry into
// test/e2e/.cache/ the first time. Logs and failure screenshots go to test/e2e/.out/.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, startCodeServer } from './codeServer.mjs';
import { testActions } from './actions.mjs';
import { testExtensionHost } from './extensionHost.mjs';
import {
	check,
	cleanups,
	FIRST_CHECK_MS,
	hasFailed,
	HERE,
	IMAGES,
	killOnExit,
	log,
	logFile,
	OUT,
	README_QUIET_MS,
	ROOT,
	runChecks,
	say,
	seconds,
	WAIT_MS,
} from './harness.mjs';
import { testLargeLibrary } from './largeLibrary.mjs';
import { LIBRARY, testLibrary } from './library.mjs';
import { PAPERS, testPaper } from './papers.mjs';
import { testWalkthrough } from './walkthrough.mjs';
import { testWorkspace } from './workspace.mjs';

const CACHE = join(HERE, '.cache');
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
		if (hasFailed()) cpSync(join(profile.userData, 'logs'), join(OUT, 'logs'), { recursive: true });
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
	await testWalkthrough(page, url, whole);
	await testExtensionHost(browser, entry, home);
}

await runChecks(main, RUN_LIMIT_MS);

// The extension-host suite (test/vscode) in code-server's extension host. VS Code in the browser
// takes what a desktop VS Code takes as --extensionDevelopmentPath and --extensionTestsPath in the
// `payload` of its URL; code-server's extension host then loads CiteCheck from the working copy,
// runs the suite's `run`, and the workbench reports the end through `window.codeAutomationExit`.
// The suite prints a line per test (PASS/FAIL/SKIP), which the workbench logs in the page's
// console.

import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSuites, TESTS_ENTRY } from '../vscode/build.mjs';
import { startCodeServer } from './codeServer.mjs';
import { cleanups, HERE, isStopping, killOnExit, OUT, results, ROOT, say, seconds } from './harness.mjs';

/**
 * Runs the suite in a code-server of its own (a fresh profile, no extension installed), opened on
 * `workspace`; calls `onLine` with each line the suite prints, and resolves with its exit code
 * (0 when every test passed) once it ends, or rejects after `timeoutMs`.
 */
export async function runExtensionHostSuite({
	entry,
	home,
	browser,
	root,
	testsEntry,
	workspace,
	userSettings,
	logFile,
	onLine,
	cleanups,
	killOnExit,
	timeoutMs,
}) {
	const profile = { home, config: join(home, 'config.yaml'), userData: join(home, 'user-data'), extensions: join(home, 'extensions') };
	mkdirSync(join(profile.userData, 'User'), { recursive: true });
	mkdirSync(profile.extensions, { recursive: true });
	writeFileSync(profile.config, 'auth: none\n');
	cpSync(userSettings, join(profile.userData, 'User', 'settings.json'));
	const server = startCodeServer(entry, profile, logFile, 60_000);
	killOnExit.add(server.killNow);
	cleanups.push(async () => {
		await server.stop();
		killOnExit.delete(server.killNow);
	});
	const url = await server.listening;
	const authority = new URL(url).host;
	const remote = (path) => `vscode-remote://${authority}${path}`;
	const payload = [
		['extensionDevelopmentPath', remote(root)],
		['extensionTestsPath', remote(testsEntry)],
	];

	const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
	cleanups.push(() => page.close().catch(() => undefined));
	let exited;
	const exit = new Promise((resolve) => {
		exited = resolve;
	});
	await page.exposeFunction('codeAutomationExit', (code) => exited(Number(code)));
	// The workbench logs what the extension host prints, after a level and a colour.
	page.on('console', (message) => {
		for (const line of message.text().split('\n')) {
			const printed = /(?:^|\s)((?:PASS|FAIL|SKIP) .*|extension host: .*)$/.exec(line)?.[1];
			if (printed) onLine(printed);
		}
	});
	await page.goto(`${url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`the extension-host suite did not end within ${timeoutMs / 1000} s`)), timeoutMs);
	});
	try {
		return await Promise.race([exit, timeout]);
	} finally {
		clearTimeout(timer);
	}
}

/** The whole suite, the first check of a paper included, ends by then. */
const EXTENSION_HOST_MS = 5 * 60_000;

/** Builds the suite and runs it, reporting each of its tests as a check of the run. */
export async function testExtensionHost(browser, entry, home) {
	if (isStopping()) return;
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
		if (!isStopping()) report('FAIL', error.message);
		return;
	}
	const ran = results.slice(before);
	if (ran.length === 0) report('FAIL', `the suite reported no test (exit code ${code}); see ${relative(ROOT, join(OUT, 'code-server-extension-host.log'))}`);
	else if (code !== 0 && !ran.includes('fail')) report('FAIL', `the suite ended with exit code ${code}`);
}

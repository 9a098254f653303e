// What every end-to-end check shares: the folders, how long to wait, the log and the PASS/FAIL/SKIP
// lines, the clean-up that stops code-server and the browser whatever happens (a signal, the run's
// time limit), and the assertions the checks make of files and screenshots.

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { saveImage } from './images.mjs';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..');
export const OUT = join(HERE, '.out');
export const IMAGES = join(ROOT, 'docs', 'images');

/** The first check of a paper: the extension activates and the server loads the corpus. */
export const FIRST_CHECK_MS = 120_000;
/** Anything else the page should show. */
export const WAIT_MS = 30_000;
/** How long a file CiteCheck must not check is watched for findings, once it is open. */
export const README_QUIET_MS = 5_000;

export const logFile = join(OUT, 'e2e.log');
export const log = (text) => writeFileSync(logFile, `${text}\n`, { flag: 'a' });
const started = Date.now();
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const say = (text) => {
	console.log(text);
	log(text);
};

/** Undo actions, run last-first: stop the browser and code-server, delete the temporary profile. */
export const cleanups = [];
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
export const killOnExit = new Set();
/** Set when the run is stopped from outside: no further checks run or report. */
let stopping = false;
export const isStopping = () => stopping;

/** 'pass', 'fail' or 'skip' for each check so far. */
export const results = [];
let exitCode = 0;
/** Whether the run has failed so far. */
export const hasFailed = () => results.includes('fail') || exitCode !== 0;

/**
 * Runs `main`, the run's checks, with a fresh output folder and log, within `limitMs` whatever happens;
 * then cleans up, prints the counts and exits, 1 on a failure.
 */
export async function runChecks(main, limitMs) {
	rmSync(OUT, { recursive: true, force: true });
	mkdirSync(OUT, { recursive: true });
	writeFileSync(logFile, '');
	process.on('exit', () => {
		for (const kill of killOnExit) kill();
	});
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
		process.once(signal, () => {
			stopping = true;
			say(`\n${signal}: stopping`);
			void cleanUp().finally(() => process.exit(130));
		});
	}
	const watchdog = setTimeout(() => {
		stopping = true;
		say(`FAIL the run did not end within ${seconds(limitMs)}`);
		void cleanUp().finally(() => process.exit(1));
	}, limitMs);
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
}

/** Runs one check, printing PASS or FAIL; a failure saves a screenshot and skips the paper's later checks. */
export async function check(page, state, title, body) {
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

export function assert(condition, message) {
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
export async function waitForFile(page, path, expected, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let actual = readFileSync(path, 'utf8');
	while (actual !== expected && Date.now() < deadline) {
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
		actual = readFileSync(path, 'utf8');
	}
	assert(actual === expected, `${path} differs from ${relative(ROOT, join(HERE, 'expected'))}:\n${lineDiff(expected, actual)}`);
}

export function image(name, png) {
	const path = join(IMAGES, name);
	say(`     ${relative(ROOT, path)}: ${saveImage(path, png) ? 'updated' : 'unchanged'}`);
}

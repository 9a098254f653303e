// The end-to-end checks of acting on findings, in a paper of their own (fixture/actions): the status
// bar's counts against the Problems panel's and VS Code's own, a finding's code followed to its
// read-only explanation, a sentence typed that is not flagged before its full stop, a finding
// silenced and another marked as checked, and the installed extension's README left unchecked.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as wb from './workbench.mjs';

function assert(condition, message) {
	if (!condition) throw new Error(message);
}

/** A paper with a wrong date, an unsupported claim and an uncited one; its settings hold a sentence being typed back for a minute. */
const ACTIONS = {
	name: 'Acting on findings',
	folder: 'actions',
	file: 'paper.md',
	problems: [
		{ severity: 'warning', code: 'wrong-date', line: 3, message: 'Weitz 2014, p. 146 dates this to June 2012, not June 2013.' },
		{ severity: 'info', code: 'unsupported', line: 4, message: 'No source says this.' },
	],
	status: { label: 'CiteCheck: 1 supported claim; 0 errors, 1 warning, 1 info', uncited: '1 uncited' },
	explanation: { code: 'wrong-date', tab: '[Preview] wrong-date.md', shows: ['A source describes this event with another date.', 'Silencing a finding'] },
	/** Typed on a line of its own at the end, without its full stop first. */
	typed: { text: 'In June 2013 Uzbekistan suspended its CSTO membership', verdict: 'CiteCheck: Weitz 2014, p. 146 dates this to June 2012, not June 2013.' },
	silence: { at: 'NATO logistics', title: 'Silence this finding here', shows: '<!-- citecheck-disable-next-line unsupported -->' },
	accept: { at: 'June 2013.', title: 'Mark as checked', entry: { code: 'wrong-date', text: 'Uzbekistan suspended its CSTO membership in June 2013.' } },
};

/** Counts by severity in a status bar item's text (`$(warning) 2`), none where it names none. */
const countsInText = (text) =>
	Object.fromEntries(['error', 'warning', 'info'].map((s) => [s, Number(new RegExp(`\\$\\(${s}\\) (\\d+)`).exec(text)?.[1] ?? 0)]));
/** Counts by severity of the findings the Problems panel lists. */
const countsInPanel = (list) => Object.fromEntries(['error', 'warning', 'info'].map((s) => [s, list.filter((p) => p.severity === s).length]));

/** Waits until CiteCheck's status bar item, VS Code's problems item and the Problems panel give the same counts, `expected`. */
async function waitForSameCounts(page, expected, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let seen;
	for (;;) {
		seen = {
			citecheck: countsInText(await wb.statusText(page, timeoutMs)),
			vscode: countsInText(await wb.problemsItem(page, timeoutMs)),
			panel: countsInPanel(await wb.problems(page)),
		};
		const want = JSON.stringify(expected);
		if (JSON.stringify(seen.citecheck) === want && JSON.stringify(seen.vscode) === want && JSON.stringify(seen.panel) === want) return;
		assert(Date.now() < deadline, `the counts differ from ${want}: ${JSON.stringify(seen)}`);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
	}
}

/** Waits until the file on disk parses as JSON that `accept` takes. */
async function waitForJsonFile(page, path, accept, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let last;
	for (;;) {
		try {
			last = JSON.parse(readFileSync(path, 'utf8'));
			if (accept(last)) return last;
		} catch (error) {
			last = error.message;
		}
		assert(Date.now() < deadline, `${path} is not as expected: ${JSON.stringify(last)}`);
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
	}
}

const codes = (list) => list.map((p) => `${p.code} on line ${p.line}`).join(', ');

/**
 * Runs the checks of the paper; `check(page, state, title, body)` reports each and skips the rest
 * after a failure, `timeouts` are harness.mjs's (`first` check, any other `wait`, `quiet`).
 */
export async function testActions(page, url, workspace, extensionsDir, check, timeouts) {
	const state = { failed: false };
	const folder = join(workspace, ACTIONS.folder);
	const name = `${ACTIONS.name} (${ACTIONS.folder}/${ACTIONS.file})`;
	const run = (title, body) => check(page, state, `${name}: ${title}`, body);
	await openAndFollow(page, url, folder, run, timeouts);
	await typeSilenceAccept(page, folder, extensionsDir, run, timeouts);
}

/** Opens the paper, compares the counts, and follows a code's link. */
async function openAndFollow(page, url, folder, run, { first: FIRST_CHECK_MS, wait: WAIT_MS }) {
	const paper = ACTIONS;
	const { explanation } = paper;

	await run(`the Problems panel lists exactly ${codes(paper.problems)}`, async () => {
		await wb.openFolder(page, url, folder, FIRST_CHECK_MS);
		await wb.openFile(page, paper.file, WAIT_MS);
		await wb.showProblems(page, WAIT_MS);
		await wb.waitForProblems(page, paper.problems, FIRST_CHECK_MS);
	});

	await run(`the status bar's counts are the Problems panel's and VS Code's own, and "${paper.status.uncited}" is apart`, async () => {
		await wb.waitForStatus(page, paper.status.label, WAIT_MS);
		await waitForSameCounts(page, countsInPanel(paper.problems), WAIT_MS);
		await page.locator('.statusbar-item a', { hasText: paper.status.uncited }).first().waitFor({ timeout: WAIT_MS });
	});

	await run(`a click on the code ${explanation.code} in the Problems panel shows its explanation read-only, and checks nothing more`, async () => {
		await wb.followProblemCode(page, explanation.code, WAIT_MS);
		await wb.waitForActiveTab(page, explanation.tab, WAIT_MS);
		const text = await wb.waitForWebviewText(page, explanation.shows[0], WAIT_MS);
		for (const part of explanation.shows) assert(text.includes(part), `the explanation does not show "${part}"; it shows:\n${text}`);
		assert((await page.locator('.tabs-container .tab', { hasText: 'readme.md' }).count()) === 0, 'a README was opened in an editor');
		await wb.waitForProblems(page, paper.problems, WAIT_MS);
		// Beside the paper, it stays on its code when the writer goes back to the paper (a preview
		// that is not locked would follow it); then it is closed.
		await wb.runCommand(page, 'View: Focus First Editor Group', WAIT_MS);
		await wb.waitForActiveTab(page, paper.file, WAIT_MS);
		await wb.waitForWebviewText(page, explanation.shows[0], WAIT_MS);
		await page.locator('.tabs-container .tab', { hasText: explanation.tab }).click({ timeout: WAIT_MS });
		await wb.runCommand(page, 'View: Close Editor', WAIT_MS);
		await page.locator('.tabs-container .tab', { hasText: explanation.tab }).waitFor({ state: 'detached', timeout: WAIT_MS });
		await wb.openFile(page, paper.file, WAIT_MS);
	});
}

/** Types a sentence, silences a finding and accepts another, and opens the installed README. */
async function typeSilenceAccept(page, folder, extensionsDir, run, { wait: WAIT_MS, quiet: README_QUIET_MS }) {
	const paper = ACTIONS;
	const { typed, silence, accept } = paper;
	// The Problems panel lists warnings before infos.
	const [date, unsupported] = paper.problems;
	const withTyped = [date, { ...date, line: 6 }, unsupported];
	await run(`a sentence being typed with a wrong date is not flagged until its full stop`, async () => {
		await wb.focusEditor(page, WAIT_MS);
		// The paper ends with a line end: the sentence goes on the empty line after the last one.
		await page.keyboard.press('Control+End');
		await page.keyboard.type(typed.text);
		await wb.waitForEditorText(page, typed.text, WAIT_MS);
		// The server has checked the text as typed (its hover judges the sentence), and shows no finding in it.
		const widget = await wb.hover(page, typed.text.slice(0, 23), typed.verdict, WAIT_MS);
		await wb.dismissHover(page, widget, WAIT_MS);
		await wb.waitForProblems(page, paper.problems, WAIT_MS);
		assert((await page.locator('.part.editor .squiggly-warning').count()) === 1, 'the sentence being typed is underlined');
		await wb.focusEditor(page, WAIT_MS);
		await page.keyboard.press('End');
		await page.keyboard.type('.');
		await wb.waitForProblems(page, withTyped, WAIT_MS);
	});

	const silenced = withTyped.filter((p) => p.code !== 'unsupported').map((p) => (p.line > 3 ? { ...p, line: p.line + 1 } : p));
	await run(`Ctrl+. on the unsupported claim, "${silence.title}", writes the comment above it, and the finding goes`, async () => {
		const titles = await wb.openQuickFixes(page, silence.at, WAIT_MS);
		assert(titles.includes(silence.title) && titles.includes(accept.title), `the quick fixes are ${JSON.stringify(titles)}`);
		await wb.chooseQuickFix(page, silence.title, WAIT_MS);
		await wb.waitForEditorText(page, silence.shows, WAIT_MS);
		await wb.waitForProblems(page, silenced, WAIT_MS);
	});

	const accepted = silenced.slice(1);
	await run(`Ctrl+. on the wrong date, "${accept.title}", records it in .citecheck/accepted.json, and the finding goes`, async () => {
		const titles = await wb.openQuickFixes(page, accept.at, WAIT_MS);
		assert(titles.includes(accept.title), `the quick fixes are ${JSON.stringify(titles)}`);
		await wb.chooseQuickFix(page, accept.title, WAIT_MS);
		await wb.waitForProblems(page, accepted, WAIT_MS);
		await waitForJsonFile(
			page,
			join(folder, '.citecheck', 'accepted.json'),
			(json) => JSON.stringify(json.accepted) === JSON.stringify([accept.entry]),
			WAIT_MS,
		);
	});

	await run(`then the status bar's counts are again the Problems panel's and VS Code's own`, async () => {
		await waitForSameCounts(page, countsInPanel(accepted), WAIT_MS);
	});

	await run(`the installed extension's README, opened in an editor, is not checked`, async () => {
		const installed = readdirSync(extensionsDir).find((entry) => entry.startsWith('citecheck.citecheck-'));
		assert(installed, `no CiteCheck in ${extensionsDir}`);
		await wb.openPath(page, join(extensionsDir, installed, 'readme.md'), WAIT_MS);
		await wb.waitForActiveTab(page, 'readme.md', WAIT_MS);
		await wb.waitForStatusHidden(page, WAIT_MS);
		// VS Code's linter of extensions has findings in it once it has read it; CiteCheck, none then
		// or for a while after (it checks such a file in well under a second).
		const citecheck = (p) => p.source === 'citecheck';
		await wb.waitForProblems(page, accepted, WAIT_MS, citecheck);
		await wb.waitForProblemsWhere(page, 'a finding in the README from another linter', (found) => found.some((p) => !citecheck(p)), WAIT_MS);
		const until = Date.now() + README_QUIET_MS;
		while (Date.now() < until) {
			const found = (await wb.problems(page)).filter(citecheck);
			assert(found.length === accepted.length, `CiteCheck lists findings in the README: ${JSON.stringify(found)}`);
			await page.waitForTimeout(200);
		}
	});
}

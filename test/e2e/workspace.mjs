// The checks of the whole fixture as one workspace: the CiteCheck Sources view, a claim typed and not
// saved, "Check All Files in Workspace" and its report, and the Problems panel's findings of both papers.

import { assert, check, FIRST_CHECK_MS, WAIT_MS } from './harness.mjs';
import { findingsFrom } from './papers.mjs';
import * as wb from './workbench.mjs';

/**
 * The whole fixture as one workspace, untouched by the checks of the papers: what the CiteCheck
 * Sources view lists, and the report of "Check All Files in Workspace" once the Markdown paper,
 * open in the editor, has a new uncited claim that is not saved.
 */
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

export async function testWorkspace(page, url, workspace) {
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

// The checks of the fixture papers, one in Markdown and one in LaTeX, which say the same: the Problems
// panel and the status bar, a hover and its link to the source, the quick fixes for a wrong date and
// an uncited claim, and the file on disk after a save (test/e2e/expected).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, FIRST_CHECK_MS, HERE, image, waitForFile, WAIT_MS } from './harness.mjs';
import * as wb from './workbench.mjs';

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
export const findingsFrom = (first) => FINDINGS.map((f) => ({ ...f, line: f.line + first }));

export const PAPERS = [
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

export async function testPaper(page, url, workspace, paper) {
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

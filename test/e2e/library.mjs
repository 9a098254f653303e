// The checks of a paper against a PDF of its own library (citecheck.corpus.paths): its findings, the
// hover, the related passage, Go to Definition into the PDF's text, and a fix from the PDF.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, FIRST_CHECK_MS, HERE, ROOT, waitForFile, WAIT_MS } from './harness.mjs';
import * as wb from './workbench.mjs';

/** The sentence of the PDF that supports the cited claim, as the PDF prints it on page 24 (its line-end hyphen gone). */
const PDF_PASSAGE =
	'In February 2018 the governments in Tashkent and Kabul agreed to extend the line westward to Herat, a project whose cost was estimated at 1.8 billion dollars.';

/**
 * A paper checked against a library of its own: `citecheck.corpus.paths` names a folder of the
 * workspace where a Zotero export lies, PDFs and their .bib (copied from test/fixtures/library
 * when the run starts). The paper has a figure the PDF gives otherwise, a sentence citing the
 * PDF's page 24, and a claim that only a footnote of the PDF makes (footnotes are not read).
 */
export const LIBRARY = {
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
			message: 'Only a footnote of Nazarov 2021 says this; the source itself does not.',
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

export async function testLibrary(page, url, workspace) {
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

// The check of a large library: a workspace whose settings name many sources, whose reading shows its
// progress in a notification until the paper is checked against them.

import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, FIRST_CHECK_MS, ROOT, WAIT_MS } from './harness.mjs';
import * as wb from './workbench.mjs';

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

export async function testLargeLibrary(page, url, workspace) {
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

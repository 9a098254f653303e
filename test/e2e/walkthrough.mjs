// The check of CiteCheck's walkthrough (package.json's contributes.walkthroughs), as a new user
// finds it: "Welcome: Open Walkthrough..." lists it, and it opens with its steps in the manifest's
// order, one open beside its page, and another step's page shown when it is chosen.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, check, FIRST_CHECK_MS, ROOT, WAIT_MS } from './harness.mjs';
import * as wb from './workbench.mjs';

/** The walkthrough as the manifest gives it, with the first words of each step's page (its Markdown's first paragraph). */
function walkthrough() {
	const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
	const [contributed] = manifest.contributes.walkthroughs;
	const steps = contributed.steps.map((step) => {
		const page = readFileSync(join(ROOT, step.media.markdown), 'utf8');
		const paragraph = page.split(/\n\s*\n/).find((block) => !block.startsWith('#'));
		// The workbench names a step by its extension, its walkthrough and its own id.
		const id = `${manifest.publisher}.${manifest.name}#${contributed.id}#${step.id}`;
		return { id, title: step.title, page: paragraph.split('\n')[0].replace(/[`*]/g, '').split(/\s+/).slice(0, 6).join(' ') };
	});
	return { title: contributed.title, steps };
}

/** The titles of the steps the open walkthrough lists, in their order. */
async function stepTitles(page) {
	return page.locator('.getting-started-step h3.step-title:visible').allInnerTexts();
}

export async function testWalkthrough(page, url, folder) {
	const state = { failed: false };
	const { title, steps } = walkthrough();
	const name = `The walkthrough "${title}"`;

	await check(page, state, `${name}: "Welcome: Open Walkthrough..." lists it and opens it`, async () => {
		await wb.openFolder(page, url, folder, FIRST_CHECK_MS);
		await wb.runCommandAndPick(page, 'Welcome: Open Walkthrough...', title, WAIT_MS);
		await page.locator('.gettingStartedContainer h2.category-title', { hasText: title }).waitFor({ timeout: WAIT_MS });
	});

	// The step it opens on is the first not yet done (the papers opened before may have done some).
	let open;
	await check(page, state, `${name}: shows its ${steps.length} steps in the manifest's order, one open beside its page`, async () => {
		const expected = steps.map((s) => s.title);
		const deadline = Date.now() + WAIT_MS;
		let titles = await stepTitles(page);
		while (JSON.stringify(titles) !== JSON.stringify(expected) && Date.now() < deadline) titles = await stepTitles(page);
		assert(JSON.stringify(titles) === JSON.stringify(expected), `the steps are ${JSON.stringify(titles)}, not ${JSON.stringify(expected)}`);
		const id = await page.locator('.getting-started-step[aria-expanded="true"]').first().getAttribute('data-step-id', { timeout: WAIT_MS });
		open = steps.find((s) => s.id === id);
		assert(open, `the open step is ${JSON.stringify(id)}, none of the walkthrough's`);
		await wb.waitForWebviewText(page, open.page, WAIT_MS);
	});

	await check(page, state, `${name}: choosing another step shows its page`, async () => {
		const other = steps.find((s) => s !== open);
		await page.locator('.getting-started-step h3.step-title', { hasText: other.title }).click({ timeout: WAIT_MS });
		await page.locator(`.getting-started-step[data-step-id="${other.id}"][aria-expanded="true"]`).waitFor({ timeout: WAIT_MS });
		await wb.waitForWebviewText(page, other.page, WAIT_MS);
	});
}

// What a person does in the VS Code workbench, and what they see there, through Playwright. Every
// wait is on something the page shows, with a bounded timeout; none sleeps for a fixed time.

const STATUS_ITEM = '.statusbar-item a[aria-label^="CiteCheck:"]';
const ACTION_WIDGET = '.action-widget';
const PALETTE_RETRY_MS = 3000;

/** A string inside a CSS attribute selector's quotes. */
const cssString = (text) => text.replace(/["\\]/g, '\\$&');

/** Waits until `read()` (run in Node) returns a value `accept` takes; throws with the last value seen. */
async function until(page, what, read, accept, timeoutMs) {
	const deadline = Date.now() + timeoutMs;
	let last;
	for (;;) {
		last = await read();
		if (accept(last)) return last;
		if (Date.now() > deadline) throw new Error(`${what}: not seen within ${timeoutMs / 1000} s; last seen: ${JSON.stringify(last, null, 1)}`);
		// Let the page render before looking again (a frame, not a fixed delay).
		await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
	}
}

/** Opens a folder in the workbench and waits for its files in the Explorer. */
export async function openFolder(page, url, folder, timeoutMs) {
	await page.goto(`${url}/?folder=${encodeURIComponent(folder)}`);
	await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: timeoutMs });
}

/** Clicks a file in the Explorer and waits for its editor. */
export async function openFile(page, name, timeoutMs) {
	await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${cssString(name)}"]`).click({ timeout: timeoutMs });
	await waitForActiveTab(page, name, timeoutMs);
	await page.locator('.part.editor .monaco-editor .view-lines').first().waitFor({ timeout: timeoutMs });
}

/** Opens the Problems panel (Ctrl+Shift+M toggles it, so only when it is not open). */
export async function showProblems(page, timeoutMs) {
	if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
	await page.locator('.markers-panel').waitFor({ timeout: timeoutMs });
}

/** The findings the Problems panel lists (not their related passages): severity, code, message, line and column. */
export async function problems(page) {
	return page.locator('.markers-panel .monaco-list-row').evaluateAll((rows) =>
		rows
			.filter((row) => row.querySelector('.marker-icon'))
			.map((row) => {
				const text = (selector) => row.querySelector(selector)?.textContent?.trim() ?? '';
				const icon = row.querySelector('.marker-icon');
				const severity = ['error', 'warning', 'info'].find((s) => icon.classList.contains(s)) ?? icon.className;
				const [, line, column] = /\[Ln (\d+), Col (\d+)\]/.exec(text('.marker-line')) ?? [];
				return {
					severity,
					source: text('.marker-source'),
					code: text('.marker-code'),
					line: Number(line),
					column: Number(column),
					message: text('.marker-message'),
				};
			}),
	);
}

/** Waits until the Problems panel lists exactly `expected` (compared on the fields `expected` gives), of the findings `only` takes. */
export async function waitForProblems(page, expected, timeoutMs, only = () => true) {
	const pick = (found) => found.map((p, i) => Object.fromEntries(Object.keys(expected[i] ?? expected[0] ?? {}).map((k) => [k, p[k]])));
	const same = (found) => found.length === expected.length && JSON.stringify(pick(found)) === JSON.stringify(expected);
	return until(page, 'the expected problems', async () => (await problems(page)).filter(only), same, timeoutMs);
}

/** Waits until the findings the Problems panel lists are such that `accept` takes them. */
export async function waitForProblemsWhere(page, what, accept, timeoutMs) {
	return until(page, what, () => problems(page), accept, timeoutMs);
}

/** Waits until the CiteCheck status bar item reads `label` (its accessible label); returns what it shows, icons as `$(name)`. */
export async function waitForStatus(page, label, timeoutMs) {
	const item = page.locator(STATUS_ITEM);
	await until(
		page,
		`the status bar item "${label}"`,
		async () => ((await item.count()) > 0 ? item.first().getAttribute('aria-label') : null),
		(l) => l === label,
		timeoutMs,
	);
	return itemText(item.first());
}

/** What a status bar item shows, icons as `$(name)`. */
function itemText(item) {
	return item.evaluate((element) => {
		// Text and icons in document order, however deep the item nests them.
		const parts = [];
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const icon = node.nodeType === Node.ELEMENT_NODE ? [...node.classList].find((c) => c.startsWith('codicon-')) : undefined;
			if (icon) parts.push(` $(${icon.slice('codicon-'.length)}) `);
			else if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent);
		}
		return parts.join('').replace(/\s+/g, ' ').trim();
	});
}

/** What the CiteCheck status bar item shows now, icons as `$(name)`. */
export async function statusText(page, timeoutMs) {
	const item = page.locator(STATUS_ITEM).first();
	await item.waitFor({ timeout: timeoutMs });
	return itemText(item);
}

/** What VS Code's own problems item in the status bar shows, icons as `$(name)`, such as "$(error) 0 $(warning) 1 $(info) 1". */
export async function problemsItem(page, timeoutMs) {
	const item = page.locator('.statusbar-item[id="status.problems"] a').first();
	await item.waitFor({ timeout: timeoutMs });
	return itemText(item);
}

/** The screen box of the first occurrence of `text` in the active editor's visible lines. */
async function textBox(page, text, timeoutMs) {
	const line = page.locator('.part.editor .monaco-editor .view-line').filter({ hasText: text }).first();
	await line.waitFor({ timeout: timeoutMs });
	return line.evaluate((element, wanted) => {
		// Monaco splits a line into several text nodes (every 50 characters, and per token) and writes spaces as no-break spaces.
		const nodes = [];
		const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node);
		const whole = nodes
			.map((n) => n.textContent)
			.join('')
			.replace(/\u00a0/g, ' ');
		const at = whole.indexOf(wanted);
		if (at < 0) throw new Error(`"${wanted}" is not in the line "${whole}"`);
		const locate = (offset) => {
			for (const node of nodes) {
				if (offset <= node.textContent.length) return [node, offset];
				offset -= node.textContent.length;
			}
			throw new Error('offset beyond the line');
		};
		const range = document.createRange();
		range.setStart(...locate(at));
		range.setEnd(...locate(at + wanted.length));
		const r = range.getBoundingClientRect();
		return { x: r.x, y: r.y, width: r.width, height: r.height };
	}, text);
}

/** Puts the caret in the middle of `text` in the active editor, by clicking there. */
export async function clickText(page, text, timeoutMs) {
	const box = await textBox(page, text, timeoutMs);
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Rests the mouse on `text` and waits for the hover that contains `expected`; returns the hover's locator. */
export async function hover(page, text, expected, timeoutMs) {
	const box = await textBox(page, text, timeoutMs);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	const widget = page.locator('.monaco-hover:visible', { hasText: expected }).first();
	await widget.waitFor({ timeout: timeoutMs });
	return widget;
}

/** Clicks a link of an open hover (the mouse travels there over the hover, which keeps it open). */
export async function followHoverLink(page, widget, text, timeoutMs) {
	const link = widget.locator('a', { hasText: text }).first();
	const box = await link.boundingBox({ timeout: timeoutMs });
	await page.mouse.move(box.x + 5, box.y + box.height / 2, { steps: 5 });
	await link.click({ timeout: timeoutMs });
}

/** Waits until the active tab is `name`. */
export async function waitForActiveTab(page, name, timeoutMs) {
	await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: timeoutMs });
}

/** Waits until the status bar's selection item reads `text` (such as "(309 selected)"). */
export async function waitForSelection(page, text, timeoutMs) {
	const item = page.locator('.statusbar-item[id="status.editor.selection"]');
	await until(
		page,
		`the selection "${text}"`,
		async () => ((await item.count()) > 0 ? item.first().innerText() : null),
		(t) => t?.includes(text) === true,
		timeoutMs,
	);
}

/** Waits until the CiteCheck status bar item is hidden. */
export async function waitForStatusHidden(page, timeoutMs) {
	await page.locator(STATUS_ITEM).waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Moves the mouse away, presses Escape and waits for the hover to go. */
export async function dismissHover(page, widget, timeoutMs) {
	await page.mouse.move(2, 2);
	await page.keyboard.press('Escape');
	await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Ctrl+. with the caret in `text`: waits for the quick-fix menu and returns its actions' titles. */
export async function openQuickFixes(page, text, timeoutMs) {
	await clickText(page, text, timeoutMs);
	const rows = page.locator(`${ACTION_WIDGET} .monaco-list-row.action`);
	const none = page.locator('.monaco-editor-overlaymessage', { hasText: 'No code actions available' });
	await page.keyboard.press('Control+Period');
	// Asked before the editor has the actions for the caret, VS Code says it has none; once its light
	// bulb shows them, asking again opens the menu.
	// The wait that loses the race ends with its timeout; it is caught so that it ends quietly.
	const shown = (locator, what) =>
		locator.waitFor({ timeout: timeoutMs }).then(
			() => what,
			() => 'nothing',
		);
	let first = await Promise.race([shown(rows.first(), 'menu'), shown(none, 'none')]);
	if (first === 'nothing') throw new Error(`Ctrl+. at "${text}" showed neither actions nor a message`);
	// Right after an edit (an applied fix), the editor may ask again before the check of the new text
	// is in; as a writer would, it asks again, a few times, once its light bulb shows.
	for (let attempt = 0; first === 'none' && attempt < 4; attempt++) {
		await page.keyboard.press('Escape');
		await none.waitFor({ state: 'hidden', timeout: timeoutMs }).catch(() => undefined);
		// The light bulb shows beside the text, or in the gutter where it would cover the text.
		await page
			.locator('.part.editor .monaco-editor.focused :is(.lightBulbWidget, [class*="gutter-lightbulb"]):visible')
			.first()
			.waitFor({ timeout: timeoutMs });
		await page.waitForTimeout(500 * (attempt + 1));
		await page.keyboard.press('Control+Period');
		first = await Promise.race([shown(rows.first(), 'menu'), shown(none, 'none')]);
	}
	if (first !== 'menu') throw new Error(`Ctrl+. at "${text}" showed no actions, asked five times`);
	return rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label')));
}

/** Picks an action of the open quick-fix menu by its title and waits for the menu to close. */
export async function chooseQuickFix(page, title, timeoutMs) {
	const row = page.locator(`${ACTION_WIDGET} .monaco-list-row.action[aria-label="${cssString(title)}"]`);
	// The menu ignores clicks until the mouse has moved over it (against clicks meant for the editor).
	const box = await row.boundingBox({ timeout: timeoutMs });
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await row.click({ timeout: timeoutMs });
	await page.locator(ACTION_WIDGET).waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Waits until the active editor shows `text`. */
export async function waitForEditorText(page, text, timeoutMs) {
	await page.locator('.part.editor .monaco-editor .view-line').filter({ hasText: text }).first().waitFor({ timeout: timeoutMs });
}

/** Ctrl+S, then waits until the active tab is no longer marked as modified. */
export async function save(page, timeoutMs) {
	await page.keyboard.press('Control+S');
	await page.locator('.tabs-container .tab.active.dirty').waitFor({ state: 'detached', timeout: timeoutMs });
}

/** Puts the keyboard's focus in the active editor. */
export async function focusEditor(page, timeoutMs) {
	await runCommand(page, 'View: Focus Active Editor Group', timeoutMs);
	await page.locator('.part.editor .monaco-editor.focused').waitFor({ timeout: timeoutMs });
}

/** Expands a folder in the Explorer (a click toggles it, so only when it is collapsed). */
export async function expandFolder(page, name, timeoutMs) {
	const row = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${cssString(name)}"]`);
	await row.waitFor({ timeout: timeoutMs });
	if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click({ timeout: timeoutMs });
	await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${cssString(name)}"][aria-expanded="true"]`).waitFor({ timeout: timeoutMs });
}

/** A view of the side bar, by its title. */
function sideBarView(page, title) {
	return page.locator('.part.sidebar .pane', { has: page.locator('.pane-header h3.title', { hasText: title }) });
}

/** Expands a view of the side bar (such as one of the Explorer's) by clicking its title, unless it is expanded already. */
export async function expandView(page, title, timeoutMs) {
	const header = sideBarView(page, title).locator('.pane-header');
	await header.waitFor({ timeout: timeoutMs });
	if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click({ timeout: timeoutMs });
	await sideBarView(page, title).locator('.pane-header[aria-expanded="true"]').waitFor({ timeout: timeoutMs });
}

/** The items a tree view of the side bar shows: each one's label and description. */
export async function treeItems(page, title) {
	return sideBarView(page, title)
		.locator('.pane-body .monaco-list-row')
		.evaluateAll((rows) =>
			rows.map((row) => ({
				label: row.querySelector('.label-name')?.textContent?.trim() ?? '',
				description: row.querySelector('.label-description')?.textContent?.trim() ?? '',
			})),
		);
}

/** Waits until a tree view of the side bar shows exactly `expected` (labels and descriptions, in order). */
export async function waitForTreeItems(page, title, expected, timeoutMs) {
	return until(
		page,
		`the items of the view "${title}"`,
		() => treeItems(page, title),
		(items) => JSON.stringify(items) === JSON.stringify(expected),
		timeoutMs,
	);
}

/** Clicks the row of the open quick pick whose label starts with `label`, once it lists it. */
async function pickRow(page, label, timeoutMs) {
	const row = page.locator(`.quick-input-widget .monaco-list-row[aria-label^="${cssString(label)}"]`).first();
	await row.waitFor({ timeout: timeoutMs });
	await row.click({ timeout: timeoutMs });
}

/**
 * Chooses a command in the Command Palette (F1), by its title as the palette lists it. What the
 * command opens in the same widget (a quick pick of its own, the Open File dialog) is left to the caller.
 */
async function startCommand(page, title, timeoutMs) {
	const input = page.locator('.quick-input-widget .quick-input-box input');
	// F1 pressed while a webview has the focus reaches the workbench by a message, which can be
	// lost; the palette is asked for again until it shows.
	// A press that reaches it late may also close the palette the one before opened: the title is
	// typed only into a palette that stays open, and F1 pressed again only while none is.
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const retry = Math.min(PALETTE_RETRY_MS, Math.max(1, deadline - Date.now()));
		if (!(await input.isVisible())) await page.keyboard.press('F1');
		const shown = await input.waitFor({ state: 'visible', timeout: retry }).then(
			() => true,
			() => false,
		);
		const typed =
			shown &&
			(await input.fill(`>${title}`, { timeout: retry }).then(
				() => true,
				() => false,
			));
		if (typed) break;
		if (Date.now() >= deadline) throw new Error(`the Command Palette did not open within ${timeoutMs} ms`);
	}
	await pickRow(page, title, timeoutMs);
}

/** Runs a command from the Command Palette, one that opens no quick input of its own. */
export async function runCommand(page, title, timeoutMs) {
	await startCommand(page, title, timeoutMs);
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/** Runs a command that asks for a choice in a quick pick of its own ("Welcome: Open Walkthrough..."), and chooses `item`. */
export async function runCommandAndPick(page, title, item, timeoutMs) {
	await startCommand(page, title, timeoutMs);
	await pickRow(page, item, timeoutMs);
	await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: timeoutMs });
}

/**
 * The lines of the active editor as they are in the document: the lines it shows, in their order
 * on the screen, with the parts of a wrapped line joined again (only the first part has a number).
 */
export async function editorLines(page) {
	return page
		.locator('.part.editor .editor-instance .monaco-editor')
		.first()
		.evaluate((editor) => {
			const top = (element) => parseFloat(element.style.top || element.parentElement?.style.top || '0');
			const numbered = new Set(
				[...editor.querySelectorAll('.margin-view-overlays .line-numbers')].filter((n) => n.textContent.trim()).map((n) => top(n.parentElement)),
			);
			const parts = [...editor.querySelectorAll('.view-lines .view-line')]
				.map((line) => ({ top: top(line), text: line.textContent.replace(/\u00a0/g, ' ') }))
				.sort((a, b) => a.top - b.top);
			const lines = [];
			for (const part of parts) {
				if (numbered.has(part.top) || lines.length === 0) lines.push(part.text);
				else lines[lines.length - 1] += part.text;
			}
			return lines;
		});
}

/** Waits until the active editor's lines (as `editorLines` reads them) are such that `accept` takes them; returns them. */
export async function waitForEditorLines(page, what, accept, timeoutMs) {
	return until(page, what, () => editorLines(page), accept, timeoutMs);
}

/** Ctrl+click on `text` in the active editor, once the editor shows a link there. */
export async function followEditorLink(page, text, timeoutMs) {
	await page.locator('.part.editor .monaco-editor .view-line .detected-link', { hasText: text }).first().waitFor({ timeout: timeoutMs });
	const box = await textBox(page, text, timeoutMs);
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.keyboard.down('Control');
	try {
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
	} finally {
		await page.keyboard.up('Control');
	}
}

/** Go to Definition (F12) with the caret in `text` of the active editor. */
export async function goToDefinition(page, text, timeoutMs) {
	await clickText(page, text, timeoutMs);
	await page.keyboard.press('F12');
}

/**
 * The text selected in the active editor (within one line), as Ctrl+F takes it into the Find
 * widget; closes the widget again.
 */
export async function selectedText(page, timeoutMs) {
	const widget = page.locator('.part.editor .editor-instance .find-widget.visible');
	await page.keyboard.press('Control+F');
	const input = widget.locator('.find-part .input').first();
	await input.waitFor({ timeout: timeoutMs });
	const text = await input.inputValue();
	await page.keyboard.press('Escape');
	await widget.waitFor({ state: 'hidden', timeout: timeoutMs });
	return text;
}

/** Types into the active editor and waits for the message that it is read-only. */
export async function waitForReadOnly(page, timeoutMs) {
	await page.keyboard.type('x');
	await page.locator('.part.editor .monaco-editor-overlaymessage', { hasText: 'Cannot edit in read-only editor' }).waitFor({ timeout: timeoutMs });
}

/** Opens a finding's related passage by clicking its row in the Problems panel (the row that names `text`, without an icon). */
export async function openRelatedInformation(page, text, timeoutMs) {
	const row = page.locator('.markers-panel .monaco-list-row', { hasText: text, hasNot: page.locator('.marker-icon') }).first();
	await row.click({ timeout: timeoutMs });
}

/** Clicks the code of a finding in the Problems panel, which is a link. */
export async function followProblemCode(page, code, timeoutMs) {
	await page
		.locator('.markers-panel .monaco-list-row a.monaco-link', { has: page.locator('.marker-code', { hasText: code }) })
		.first()
		.click({ timeout: timeoutMs });
}

/** Waits until a webview (such as the Markdown preview) shows `text`; returns all it shows. */
export async function waitForWebviewText(page, text, timeoutMs) {
	const body = page.frameLocator('iframe.webview.ready').last().frameLocator('iframe#active-frame').locator('body');
	await body.filter({ hasText: text }).waitFor({ timeout: timeoutMs });
	return body.innerText();
}

/**
 * Opens a file by its absolute path, with "File: Open File…" (the workbench's own dialog in the
 * browser). The dialog writes its own folder into the box once it has listed it, which may be after
 * a path typed too early, and may then ignore the Enter: the path is typed again until the box holds
 * it, and the dialog is opened afresh when it stays open.
 */
export async function openPath(page, path, timeoutMs) {
	const widget = page.locator('.quick-input-widget');
	const attempts = 3;
	for (let attempt = 1; ; attempt++) {
		// The dialog opens in the palette's widget, which need not be seen hidden in between.
		await startCommand(page, 'File: Open File...', timeoutMs);
		await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Open File' }).waitFor({ timeout: timeoutMs });
		const input = page.locator('.quick-input-widget .quick-input-box input');
		await input.waitFor({ timeout: timeoutMs });
		const until = Date.now() + timeoutMs;
		do {
			await input.fill(path);
			await page.waitForTimeout(300);
		} while ((await input.inputValue()) !== path && Date.now() < until);
		await page.keyboard.press('Enter');
		try {
			await widget.waitFor({ state: 'hidden', timeout: attempt < attempts ? timeoutMs / attempts : timeoutMs });
			return;
		} catch (error) {
			if (attempt >= attempts) throw error;
			await page.keyboard.press('Escape');
		}
	}
}

// Which documents the extension sends to the server: the writer's, never its own files, output
// channels or its own views.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { excludeFolders, isWritersDocument, scopeMiddleware } from '../../client/src/scope';

const uri = (text: string) => ({ scheme: text.slice(0, text.indexOf(':')), toString: () => text });
const EXTENSION = 'file:///home/writer/.vscode/extensions/citecheck.citecheck-0.1.0';

afterEach(() => excludeFolders([]));

describe('the documents CiteCheck checks', () => {
	it('are files and untitled buffers', () => {
		expect(isWritersDocument(uri('file:///home/writer/paper.md'))).toBe(true);
		expect(isWritersDocument(uri('untitled:Untitled-1'))).toBe(true);
	});

	it('are not output channels, settings, nor its own source, report and explanation views', () => {
		for (const other of [
			'output:extension-output-citecheck.citecheck-%231-CiteCheck',
			'vscode-userdata:/home/writer/.config/Code/User/settings.json',
			'citecheck-source:/weitz2014.md',
			'citecheck-report:/CiteCheck%20Report.md',
			'citecheck-doc:/wrong-date.md',
			'git:/home/writer/paper.md',
		]) {
			expect(isWritersDocument(uri(other)), other).toBe(false);
		}
	});

	it('are not the files under the extension folder, its README first', () => {
		excludeFolders([EXTENSION]);
		expect(isWritersDocument(uri(`${EXTENSION}/readme.md`))).toBe(false);
		expect(isWritersDocument(uri(`${EXTENSION}/corpus/sources/weitz2014.txt`))).toBe(false);
		// A folder beside it whose name starts the same is the writer's.
		expect(isWritersDocument(uri(`${EXTENSION}-notes/paper.md`))).toBe(true);
		expect(isWritersDocument(uri('file:///home/writer/paper.md'))).toBe(true);
	});

	it('are the only ones the server hears of: opening, editing, saving and closing another is not sent', async () => {
		excludeFolders([EXTENSION]);
		const own = { uri: uri(`${EXTENSION}/readme.md`) } as never;
		const paper = { uri: uri('file:///home/writer/paper.md') } as never;
		for (const notify of [scopeMiddleware.didOpen!, scopeMiddleware.didSave!, scopeMiddleware.didClose!]) {
			const next = vi.fn(() => Promise.resolve());
			await notify(own, next);
			expect(next).not.toHaveBeenCalled();
			await notify(paper, next);
			expect(next).toHaveBeenCalledWith(paper);
		}
		const next = vi.fn(() => Promise.resolve());
		await scopeMiddleware.didChange!({ document: own } as never, next);
		expect(next).not.toHaveBeenCalled();
		await scopeMiddleware.didChange!({ document: paper } as never, next);
		expect(next).toHaveBeenCalledOnce();
	});
});

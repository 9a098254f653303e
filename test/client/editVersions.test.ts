// An edit the server computed for one version of a document is applied to that version only.
import { describe, expect, it } from 'vitest';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import { editFitsVersions } from '../../client/src/editVersions';

const URI = 'file:///paper.md';
const edit = (version: number | null): WorkspaceEdit => ({
	documentChanges: [
		{ textDocument: { uri: URI, version }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '[@k]' }] },
	],
});

describe('an edit from the server', () => {
	it('fits the document at the version it names', () => {
		expect(editFitsVersions(edit(3), () => 3)).toBe(true);
	});

	it('does not fit once the document has moved on, or is closed', () => {
		expect(editFitsVersions(edit(3), () => 4)).toBe(false);
		expect(editFitsVersions(edit(3), () => undefined)).toBe(false);
	});

	it('fits whatever the version when it names none', () => {
		expect(editFitsVersions(edit(null), () => 9)).toBe(true);
		expect(editFitsVersions({ changes: { [URI]: [] } }, () => 9)).toBe(true);
	});
});

// Positions as the protocol counts them: the server's line index agrees with the one editors use.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex } from '../../server/src/domain/text/positions';

const text = fc.array(fc.constantFrom('a', 'é', '😀', ' ', '\n', '\r', '\r\n', '\u2028'), { maxLength: 40 }).map((parts) => parts.join(''));

describe('LineIndex', () => {
	it('maps offsets to positions as vscode-languageserver-textdocument does, line breaks of every kind included', () => {
		fc.assert(
			fc.property(text, (doc) => {
				const reference = TextDocument.create('file:///x', 'plaintext', 1, doc);
				const lines = new LineIndex(doc);
				for (let offset = -1; offset <= doc.length + 1; offset++) expect(lines.positionAt(offset), `offset ${offset}`).toEqual(reference.positionAt(offset));
			}),
			{ numRuns: 500 },
		);
	});

	it('maps any position, past a line end or past the last line too, to an offset as editors do', () => {
		fc.assert(
			fc.property(text, fc.integer({ min: -2, max: 12 }), fc.integer({ min: -2, max: 50 }), (doc, line, character) => {
				const reference = TextDocument.create('file:///x', 'plaintext', 1, doc);
				expect(new LineIndex(doc).offsetAt({ line, character })).toBe(reference.offsetAt({ line, character }));
			}),
			{ numRuns: 2_000 },
		);
	});
});

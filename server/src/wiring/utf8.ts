// Papers, sources and vocabulary files are read as UTF-8, by one rule everywhere, so the command
// line, the editor and the corpus accept and refuse the same files with the same words.

/** The file's text without a leading byte-order mark, or why its bytes are not UTF-8 text. */
export function decodeUtf8(bytes: Uint8Array): string | { message: string } {
	// Windows editors save "Unicode" text as UTF-16 with a byte-order mark: text, but not UTF-8.
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { message: 'is UTF-16 text; save it as UTF-8' };
	if (bytes.includes(0)) return { message: 'looks like a binary file, not text' };
	try {
		// A byte-order mark is no part of the text: with `ignoreBOM` off, the decoder leaves it out.
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return { message: 'is not valid UTF-8 text; save it as UTF-8' };
	}
}

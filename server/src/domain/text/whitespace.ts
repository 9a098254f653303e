// Whitespace as JavaScript's `\s` sees it, tested by code unit: the readers and the tokenizer call
// it for every character, where a regular expression per character would cost too much.

/** Whether the code unit is whitespace: spaces, tabs, line ends, no-break and other Unicode spaces, the byte-order mark. */
export function isSpaceCode(code: number): boolean {
	if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

export function isSpace(ch: string | undefined): boolean {
	return ch !== undefined && ch.length > 0 && isSpaceCode(ch.charCodeAt(0));
}

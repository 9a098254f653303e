// The stretch of a text an edit changed, found by comparing the text before and after: what the
// two share at their start and at their end is what the edit left as it was. What stands after the
// stretch moves by the characters the edit added or took away.
import type { Span } from '../types';

/** How many characters two texts share at their start, and then at their end (the two never overlapping). */
export function editOf(before: string, after: string): { prefix: number; suffix: number } {
	const shorter = Math.min(before.length, after.length);
	let prefix = 0;
	while (prefix < shorter && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
	let suffix = 0;
	while (suffix < shorter - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
	return { prefix, suffix };
}

/** A span moved by `delta` characters. */
export function movedSpan(span: Span, delta: number): Span {
	return { start: span.start + delta, end: span.end + delta };
}

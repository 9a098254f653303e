// Long work (a check, a corpus read) runs in slices, letting other messages in between them.

/** How long a check or a corpus read runs before it lets other messages in (a hover, an edit, a cancellation). */
export const SLICE_MS = 20;

/** Lets other messages in; long work calls it once it has run for a slice. */
export const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

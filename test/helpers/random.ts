/** A deterministic pseudo-random generator (Park–Miller), so that a failure can be replayed. */
export function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 16807) % 2147483647;
		return state / 2147483647;
	};
}

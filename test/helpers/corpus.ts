import type { Corpus } from '../../server/src/domain/corpus/corpus';
import { loadCorpus } from '../../server/src/wiring/loadCorpus';

let shipped: Promise<Corpus> | undefined;

/** The shipped corpus, loaded once per test file. */
export function shippedCorpus(): Promise<Corpus> {
	shipped ??= loadCorpus();
	return shipped;
}

import { Tagger } from '../../server/src/domain/language/tagger';
import { loadLexicon, loadTagModel } from '../../server/src/wiring/language';

/** The lexicon and a tagger with the English model, as the server has them. */
export function language() {
	const lexicon = loadLexicon();
	return { lexicon, tagger: new Tagger(loadTagModel, lexicon) };
}

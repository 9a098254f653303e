// Pinpoint locators ("p. 146", "pp. 146--147", "chap. 3") as citations of every syntax write them.
const PAGE_PREFIX = /^(?:pages?|pgs?|pp?)(?![a-z])\.?\s*/i;
const PAGE_RANGE = /^([0-9]+[a-z]?|[ivxlcdm]+)(?:\s*(?:-{1,3}|–|—)\s*([0-9]+[a-z]?|[ivxlcdm]+))?(?![\w])/i;
const OTHER_LOCATOR = /^(?:chap|ch|chaps|sec|secs|§|¶|para|paras|fig|figs|vol|vols|n|nn|note|notes|art|arts|col|cols|line|lines|l|ll)\b\.?\s*\S/i;

/**
 * A pinpoint locator from a citation suffix or postnote: "p. 146" and "146" give "146",
 * "pp. 146--147" gives "146-147"; "chap. 3" stays as written; free text gives undefined.
 */
export function parseLocator(raw: string): string | undefined {
	const text = raw
		.replace(/~/g, ' ')
		.replace(/\\[,;: ]/g, ' ')
		.replace(/[{}]/g, '')
		.trim()
		.replace(/^,\s*/, '');
	if (text === '') return undefined;
	const pages = text.replace(PAGE_PREFIX, '');
	const range = PAGE_RANGE.exec(pages);
	if (range && (pages !== text || /^\d/.test(pages))) {
		return range[2] ? `${range[1]}-${range[2]}` : range[1];
	}
	if (OTHER_LOCATOR.test(text)) return text.replace(/\s+/g, ' ');
	return undefined;
}

// Bibliographic metadata from CSL-JSON, as Zotero and Better BibTeX export it: an array of items
// whose `citation-key` (else `id`) is the citation key. Only fields the item gives are kept.

import type { ParsedBibliography, SourceMeta } from './bibliography';

/** CSL item types mapped to the BibTeX types the rest of CiteCheck knows. */
const TYPES: Record<string, string> = {
	'article-journal': 'article',
	'article-magazine': 'article',
	'article-newspaper': 'article',
	article: 'article',
	report: 'techreport',
	book: 'book',
	chapter: 'incollection',
	'paper-conference': 'inproceedings',
	thesis: 'phdthesis',
	webpage: 'online',
	'post-weblog': 'online',
};

/** Whether parsed JSON looks like CSL-JSON: an array of objects, each with an `id` or a `citation-key`. */
export function isCslJson(value: unknown): value is Record<string, unknown>[] {
	return Array.isArray(value) && value.every((item) => typeof item === 'object' && item !== null && ('id' in item || 'citation-key' in item));
}

/** Reads CSL-JSON text. An item without a key is reported and skipped; the others still load. */
export function parseCslJson(text: string): ParsedBibliography {
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (error) {
		return { entries: [], problems: [`the CSL-JSON file could not be read: ${error instanceof Error ? error.message : String(error)}`] };
	}
	if (!isCslJson(value)) return { entries: [], problems: ['is not CSL-JSON (an array of items, each with an "id")'] };
	const entries: SourceMeta[] = [];
	const problems: string[] = [];
	value.forEach((item, index) => {
		const key = str(item['citation-key']) ?? str(item.id);
		if (!key) {
			problems.push(`item ${index + 1} has no usable "id"; it is skipped`);
			return;
		}
		const meta: SourceMeta = {
			key,
			type: TYPES[str(item.type) ?? ''] ?? 'misc',
			authors: names(item.author ?? item.editor),
			title: str(item.title) ?? key,
		};
		const set = <K extends keyof SourceMeta>(field: K, v: SourceMeta[K] | undefined) => {
			if (v !== undefined) meta[field] = v;
		};
		set('publication', str(item['container-title']));
		set('series', str(item['collection-title']));
		set('publisher', str(item.publisher));
		set('volume', str(item.volume));
		set('number', str(item.issue) ?? str(item.number));
		set('pages', str(item.page));
		set('url', str(item.URL));
		set('note', str(item.note));
		const [year, month, day] = dateParts(item.issued);
		set('year', year);
		set('month', month);
		set('day', day);
		entries.push(meta);
	});
	return { entries, problems };
}

function str(value: unknown): string | undefined {
	if (typeof value === 'number') return String(value);
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function names(value: unknown): SourceMeta['authors'] {
	if (!Array.isArray(value)) return [];
	const authors: SourceMeta['authors'] = [];
	for (const name of value) {
		if (typeof name !== 'object' || name === null) continue;
		const n = name as Record<string, unknown>;
		const family = str(n.family) ?? str(n.literal);
		if (!family) continue;
		const given = str(n.given);
		authors.push(given ? { family, given } : { family });
	}
	return authors;
}

/** `{"date-parts": [[2014, 3, 1]]}` or `{"raw": "2014-03-01"}`; parts the item lacks stay missing. */
function dateParts(value: unknown): [number?, number?, number?] {
	if (typeof value !== 'object' || value === null) return [];
	const v = value as Record<string, unknown>;
	const parts = Array.isArray(v['date-parts']) && Array.isArray(v['date-parts'][0]) ? (v['date-parts'][0] as unknown[]) : undefined;
	const numbers = parts ?? (typeof v.raw === 'string' ? /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?/.exec(v.raw)?.slice(1) : undefined) ?? [];
	const out = numbers.slice(0, 3).map((p) => (p === undefined ? undefined : Number(p)));
	return out.map((n) => (n !== undefined && Number.isInteger(n) && n > 0 ? n : undefined)) as [number?, number?, number?];
}

// Bibliographic metadata of the sources, read from BibTeX with a real parser, and the pieces of a
// reference built from it for display. Only fields the file gives are kept: a missing author or day
// stays missing, because a made-up one would be cited back to the writer as fact.

import { parse, type Creator, type Entry } from '@retorquere/bibtex-parser';
import { LineIndex } from '../text/positions';

export interface SourceMeta {
	key: string;
	/** The entry type as written, lowercased: article, techreport, book... */
	type: string;
	authors: { family: string; given?: string }[];
	title: string;
	/** Where it appeared: journal, journaltitle, booktitle, or a report's `type number` ("Uzbekistan Initiative Papers No. 12"). */
	publication?: string;
	series?: string;
	/** Publisher or institution. */
	publisher?: string;
	volume?: string;
	number?: string;
	year?: number;
	month?: number;
	day?: number;
	pages?: string;
	url?: string;
	/** The source text's file, relative to the bibliography. */
	file?: string;
	note?: string;
}

export interface ParsedBibliography {
	entries: SourceMeta[];
	/** One message per problem, naming the entry or line, for a person to act on. */
	problems: string[];
}

// Report types whose `type` field names the series the `number` belongs to.
const REPORT_TYPES = new Set(['techreport', 'report']);

/** Reads BibTeX text. A broken entry is reported and skipped; the others still load. */
export function parseBibliography(text: string): ParsedBibliography {
	const problems: string[] = [];
	let library: ReturnType<typeof parse>;
	try {
		// No sentence-casing: titles are shown and matched as the writer typed them.
		library = parse(text, { sentenceCase: false, english: false, caseProtection: false });
	} catch (error) {
		return { entries: [], problems: [`the bibliography could not be read: ${messageOf(error)}`] };
	}

	const lines = new LineIndex(text);
	const lineOf = (offset: number) => lines.positionAt(offset).line + 1;
	// The parser keeps an entry it gave up on with an empty `input`; its error carries the entry's text.
	const entryErrors = library.errors.filter((e) => e.input?.trimStart().startsWith('@'));
	const otherErrors = library.errors.filter((e) => !entryErrors.includes(e));
	let cursor = 0;
	let nextEntryError = 0;
	const located: { entry: Entry; line: number | undefined; broken: string | undefined }[] = [];
	for (const entry of library.entries) {
		if (entry.input) {
			const at = text.indexOf(entry.input, cursor);
			if (at >= 0) cursor = at + entry.input.length;
			located.push({ entry, line: at >= 0 ? lineOf(at) : undefined, broken: undefined });
		} else {
			const error = entryErrors[nextEntryError++];
			const at = error?.input ? text.indexOf(error.input, cursor) : -1;
			if (at >= 0 && error?.input) cursor = at + error.input.length;
			located.push({ entry, line: at >= 0 ? lineOf(at) : undefined, broken: error?.error ?? 'it is not well-formed' });
		}
	}
	for (const error of entryErrors.slice(nextEntryError)) {
		const at = error.input ? text.indexOf(error.input) : -1;
		problems.push(`${at >= 0 ? `line ${lineOf(at)}: ` : ''}an entry could not be read (${error.error}); it was skipped`);
	}
	for (const error of otherErrors) {
		const owner = error.input ? undefined : ownerOf(error.error, located);
		problems.push(`${owner ? `${describe(owner.entry.key, owner.line)}: ` : ''}${error.error}`);
	}

	const entries: SourceMeta[] = [];
	const firstLine = new Map<string, number | undefined>();
	for (const { entry, line, broken } of located) {
		const where = describe(entry.key, line);
		if (broken !== undefined) {
			problems.push(`${where} could not be read (${broken}); it was skipped`);
			continue;
		}
		if (!entry.key.trim()) {
			problems.push(`${line !== undefined ? `line ${line}: ` : ''}an entry has no citation key; it was skipped`);
			continue;
		}
		if (firstLine.has(entry.key)) {
			const first = firstLine.get(entry.key);
			problems.push(`${where}: the key is used twice${first !== undefined ? ` (first at line ${first})` : ''}; the first entry is kept, this one is skipped`);
			continue;
		}
		firstLine.set(entry.key, line);
		entries.push(toMeta(entry, (message) => problems.push(`${where}: ${message}`)));
	}
	if (entries.length === 0 && located.length === 0 && problems.length === 0) problems.push('the bibliography holds no entries');
	return { entries, problems };
}

function toMeta(entry: Entry, problem: (message: string) => void): SourceMeta {
	const f = entry.fields;
	const field = (name: string): string | undefined => {
		const value = f[name];
		if (value === undefined) return undefined;
		const text = plain(Array.isArray(value) ? value.join(' and ') : String(value));
		return text || undefined;
	};
	const type = entry.type.toLowerCase();
	const title = field('title');
	if (title === undefined) problem('the entry has no title');

	const meta: SourceMeta = {
		key: entry.key,
		type,
		authors: (f.author ?? []).map(personOf).filter((a): a is { family: string; given?: string } => a !== undefined),
		title: title ?? '',
	};

	let publication = field('journal') ?? field('journaltitle') ?? field('booktitle');
	const reportType = field('type');
	if (publication === undefined && REPORT_TYPES.has(type) && reportType !== undefined) {
		const number = field('number');
		publication = number !== undefined ? `${reportType} No. ${number}` : reportType;
	}
	publication ??= field('howpublished');
	assign(meta, 'publication', publication);
	assign(meta, 'series', field('series'));
	assign(meta, 'publisher', field('publisher') ?? field('institution'));
	assign(meta, 'volume', field('volume'));
	assign(meta, 'number', field('number'));
	assign(meta, 'pages', field('pages'));
	assign(meta, 'url', field('url'));
	assign(meta, 'file', field('file'));
	assign(meta, 'note', field('note'));

	const date = field('date');
	const fromDate = date !== undefined ? parseIsoDate(date) : undefined;
	if (date !== undefined && fromDate === undefined) problem(`the date "${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD; it was left out`);

	const year = field('year');
	if (year !== undefined) {
		if (/^\d{1,4}$/.test(year)) meta.year = Number(year);
		else problem(`the year "${year}" is not a year; it was left out`);
	} else if (fromDate?.year !== undefined) meta.year = fromDate.year;

	const month = field('month');
	if (month !== undefined) {
		const m = monthNumber(month);
		if (m !== undefined) meta.month = m;
		else problem(`the month "${month}" is not a month; it was left out`);
	} else if (fromDate?.month !== undefined) meta.month = fromDate.month;

	const day = field('day');
	if (day !== undefined) {
		if (/^\d{1,2}$/.test(day) && Number(day) >= 1 && Number(day) <= 31) meta.day = Number(day);
		else problem(`the day "${day}" is not a day of the month; it was left out`);
	} else if (fromDate?.day !== undefined) meta.day = fromDate.day;

	return meta;
}

/**
 * The files a `file` field names. Better BibTeX writes paths separated by `;`; Zotero's and
 * Mendeley's exports write each as `description:path:type` (`Full Text PDF:/home/…/a.pdf:application/pdf`),
 * with a Windows drive's colon escaped (`C\:\\Users…`).
 */
export function attachmentsOf(field: string | undefined): string[] {
	const files: string[] = [];
	for (const part of (field ?? '').split(';')) {
		const trimmed = part.trim();
		if (!trimmed) continue;
		// Split at colons that are not escaped, then put a drive letter's colon back.
		const pieces = trimmed.split(/(?<!\\):/);
		const described = pieces.length >= 3 && /^[\w.+-]+\/[\w.+-]+$|^pdf$|^html?$/i.test(pieces.at(-1)!);
		const file = (described ? pieces.slice(1, -1).join(':') : trimmed).replace(/\\:/g, ':').replace(/\\\\/g, '\\');
		if (file) files.push(file);
	}
	return files;
}

function assign<K extends keyof SourceMeta>(meta: SourceMeta, name: K, value: SourceMeta[K] | undefined): void {
	if (value !== undefined) meta[name] = value;
}

function personOf(creator: Creator): { family: string; given?: string } | undefined {
	// A braced corporate author ({World Bank}) comes back as a single name.
	if (creator.name) return { family: plain(creator.name) };
	const family = plain([creator.prefix, creator.lastName].filter(Boolean).join(' '));
	if (!family) return undefined;
	const given = creator.firstName ? plain(creator.firstName) : '';
	return given ? { family, given } : { family };
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(value: string): number | undefined {
	const v = value.trim().toLowerCase().replace(/\.$/, '');
	if (/^\d{1,2}$/.test(v)) {
		const n = Number(v);
		return n >= 1 && n <= 12 ? n : undefined;
	}
	// The parser expands `mar` itself; names and their abbreviations are accepted as a courtesy.
	const index = v.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(v)) : -1;
	return index >= 0 ? index + 1 : undefined;
}

function parseIsoDate(value: string): { year: number; month?: number; day?: number } | undefined {
	const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value.trim());
	if (!m) return undefined;
	const out: { year: number; month?: number; day?: number } = { year: Number(m[1]) };
	if (m[2] !== undefined) out.month = Number(m[2]);
	if (m[3] !== undefined) out.day = Number(m[3]);
	return out;
}

// The parser renders rich-text fields as HTML (<i>, <span class="nocase">, <a href>); a reference is plain text.
function plain(value: string): string {
	return value
		.replace(/<\/?(?:i|b|em|strong|sup|sub|sc|span|a|ncx|nc|code|u)\b[^>]*>/g, '')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name] ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

function describe(key: string, line: number | undefined): string {
	const name = key.trim() ? `entry "${key}"` : 'an entry';
	return line !== undefined ? `line ${line}: ${name}` : name;
}

// Errors such as an unresolved @string name carry no location; the entry that uses the name owns it.
function ownerOf(message: string, located: { entry: Entry; line: number | undefined }[]): { entry: Entry; line: number | undefined } | undefined {
	const name = /"([^"]+)"/.exec(message)?.[1];
	if (!name) return undefined;
	return located.find(({ entry }) => entry.input.includes(name));
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

// ---- References for display ----

export interface Reference {
	/** "Weitz 2014". */
	label: string;
	/** A full note: `Richard Weitz, "Title," Publication, March 2014, 146.` */
	full: string;
	/** A short note: `Weitz, "Short Title," 146.` */
	note: string;
}

export function referenceOf(meta: SourceMeta, page?: string): Reference {
	return { label: shortLabel(meta), full: fullReference(meta, page), note: shortNote(meta, page) };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "Weitz 2014", "Weitz and Smith 2014", "Weitz et al. 2014"; without an author the publication stands in. */
export function shortLabel(meta: SourceMeta): string {
	const families = meta.authors.map((a) => a.family);
	const who =
		families.length === 0
			? (meta.publication ?? shortTitle(meta.title) ?? meta.key)
			: families.length === 1
				? families[0]!
				: families.length === 2
					? `${families[0]} and ${families[1]}`
					: `${families[0]} et al.`;
	return `${who || meta.key} ${meta.year ?? 'n.d.'}`;
}

/** A Chicago-like full note: `Richard Weitz, "Title," Publication, March 2014, 146.` */
export function fullReference(meta: SourceMeta, page?: string): string {
	const names = meta.authors.map((a) => (a.given ? `${a.given} ${a.family}` : a.family));
	const authors = names.length <= 2 ? names.join(' and ') : names.length === 3 ? `${names[0]}, ${names[1]}, and ${names[2]}` : `${names[0]} et al.`;
	let where = meta.publication;
	if (where !== undefined && !REPORT_TYPES.has(meta.type)) {
		if (meta.volume) where += ` ${meta.volume}`;
		if (meta.number) where += `${meta.volume ? ',' : ''} no. ${meta.number}`;
	}
	where ??= meta.publisher;
	return joinNote([authors, quoted(meta.title), where, dateText(meta), page]);
}

/** A short note: `Weitz, "Uzbekistan's National Security Strategy," 146.` (the title before a colon). */
export function shortNote(meta: SourceMeta, page?: string): string {
	const families = meta.authors.map((a) => a.family);
	const authors = families.length <= 2 ? families.join(' and ') : `${families[0]} et al.`;
	return joinNote([authors, quoted(shortTitle(meta.title) ?? ''), page]);
}

function shortTitle(title: string): string | undefined {
	const short = title.split(':')[0]?.trim();
	return short || undefined;
}

function dateText(meta: SourceMeta): string | undefined {
	if (meta.year === undefined) return undefined;
	const month = meta.month !== undefined ? MONTH_NAMES[meta.month - 1] : undefined;
	if (month === undefined) return String(meta.year);
	return meta.day !== undefined ? `${month} ${meta.day}, ${meta.year}` : `${month} ${meta.year}`;
}

// A quoted title is marked so that the comma (or final period) goes inside the quotation marks.
const QUOTED = '\u0000';

function quoted(title: string): string | undefined {
	return title ? `${QUOTED}${title}` : undefined;
}

function joinNote(parts: (string | undefined)[]): string {
	const present = parts.filter((p): p is string => p !== undefined && p !== '');
	let out = '';
	present.forEach((part, i) => {
		const last = i === present.length - 1;
		if (part.startsWith(QUOTED)) {
			const title = part.slice(1);
			// A title ending in ? or ! keeps its own mark and takes no comma.
			const mark = /[?!]$/.test(title) ? '' : last ? '.' : ',';
			out += `"${title}${mark}"${last ? '' : ' '}`;
		} else {
			out += last ? part : `${part}, `;
		}
	});
	if (!/["?!.]$/.test(out)) out += '.';
	return out;
}

// A table written as rows between bars is read row by row, each under its header, and each word of
// a row still points at its place in the source; the header itself is set aside.
import { describe, expect, it } from 'vitest';
import { cleanSource } from '../../server/src/domain/corpus/clean';
import { shippedVocabulary } from '../helpers/vocabulary';

const meta = { key: 'harbours', authors: [], title: 'Harbours', type: 'report' } as unknown as Parameters<typeof cleanSource>[1];
const raw = [
	'The league keeps a pilot station in each port it guards, and the ports take turns to lead them.',
	'',
	'Port | Station | Leading town | Towns taking part | Pilots (approx.)',
	'Arden | North Quay | Lisle | Varna, Ostrava | 1,650',
	'| Lisle | Old Mole | Arden | Varna | 2,200 |',
	'',
	'The stations were opened in 2016.',
].join('\n');

describe('a table between bars', () => {
	const cleaned = cleanSource(raw, meta, shippedVocabulary().cleaning);
	const texts = cleaned.paragraphs.map((p) => p.text);

	it('reads each row under its header, one paragraph a row, and sets the header aside', () => {
		expect(texts).toEqual([
			'The league keeps a pilot station in each port it guards, and the ports take turns to lead them.',
			'Port: Arden; Station: North Quay; Leading town: Lisle; Towns taking part: Varna, Ostrava; Pilots (approx.): 1,650.',
			'Port: Lisle; Station: Old Mole; Leading town: Arden; Towns taking part: Varna; Pilots (approx.): 2,200.',
			'The stations were opened in 2016.',
		]);
		expect(cleaned.dropped.map((d) => [d.reason, raw.slice(d.span.start, d.span.end)])).toContainEqual([
			'table header',
			'Port | Station | Leading town | Towns taking part | Pilots (approx.)',
		]);
	});

	it('keeps every word of a row where it stands in the source', () => {
		const row = cleaned.paragraphs[2]!;
		for (const word of ['Lisle', 'Old Mole', 'Leading town', '2,200']) {
			const at = row.text.indexOf(word);
			expect(raw.slice(row.starts[at], row.ends[at + word.length - 1])).toBe(word);
		}
	});

	it('leaves a line with bars that is no table alone', () => {
		const single = cleanSource('Choose one: ferry | bus | train, as the timetable allows.\n', meta, shippedVocabulary().cleaning);
		expect(single.paragraphs.map((p) => p.text)).toEqual(['Choose one: ferry | bus | train, as the timetable allows.']);
	});
});

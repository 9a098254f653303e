// A table written as rows of cells between bars ("Estonia | Tapa | United Kingdom | … | 2,200"),
// under a row that names its columns. A row alone says nothing of what its cells are; read with its
// header ("Country: Estonia; Location: Tapa; Leading state: United Kingdom; …; Troops (approx.):
// 2,200.") it states its facts as a sentence does, each word still pointing at its place in the source.
import { DROP_REASONS, pushChar, type Context, type Piece } from './cleanContext';

/** A cell: [start, end) into its piece's characters, trimmed. */
type Cell = [number, number];

// The fewest columns a run of rows needs to be read as a table.
const MIN_COLUMNS = 3;

/** Whether a line is written as a row of cells between bars: each such line is a row of its own, joined to no other. */
export function isRowLine(text: string): boolean {
	return text.split('|').filter((cell) => cell.trim().length > 0).length >= MIN_COLUMNS;
}

/** The cells of a piece written as a row between bars, or undefined for a piece that is not one. */
function cellsOf(piece: Piece): Cell[] | undefined {
	const chars = piece.chars;
	const cells: Cell[] = [];
	let start = 0;
	for (let i = 0; i <= chars.length; i++) {
		if (i < chars.length && chars[i] !== '|') continue;
		let a = start;
		let b = i;
		while (a < b && chars[a] === ' ') a++;
		while (b > a && chars[b - 1] === ' ') b--;
		cells.push([a, b]);
		start = i + 1;
	}
	// A bar that opens or closes the row leaves an empty cell at its edge.
	if (cells[0] && cells[0][0] === cells[0][1]) cells.shift();
	if (cells.at(-1) && cells.at(-1)![0] === cells.at(-1)![1]) cells.pop();
	return cells.length >= MIN_COLUMNS && cells.every(([a, b]) => b > a) ? cells : undefined;
}

/** The row read under its header: "Header: cell; Header: cell." */
function rowUnder(header: Piece, headerCells: Cell[], row: Piece, rowCells: Cell[]): Piece {
	const out: Piece = { chars: [], starts: [], ends: [], segments: [], kind: 'body' };
	const copy = (piece: Piece, [a, b]: Cell) => {
		for (let i = a; i < b; i++) pushChar(out, piece.chars[i]!, piece.starts[i]!, piece.ends[i]!, piece.segments[i]!);
	};
	// What joins a header to its cell stands where the cell starts in the source.
	const joiner = (text: string, at: number) => {
		for (const c of text) pushChar(out, c, row.starts[at]!, row.starts[at]!, row.segments[at]!);
	};
	rowCells.forEach((cell, k) => {
		if (k > 0) joiner('; ', cell[0]);
		copy(header, headerCells[k]!);
		joiner(': ', cell[0]);
		copy(row, cell);
	});
	joiner('.', rowCells.at(-1)![1] - 1);
	return out;
}

/**
 * The pieces with each table's rows read under their header, and the header itself set aside (its
 * words are in every row). A table is a run of two or more pieces, each a row of the same number of
 * cells, the first its header.
 */
export function readTables(ctx: Context, pieces: Piece[]): Piece[] {
	const out: Piece[] = [];
	for (let i = 0; i < pieces.length;) {
		const headerCells = cellsOf(pieces[i]!);
		let end = i + 1;
		const rows: Cell[][] = [];
		while (headerCells && end < pieces.length) {
			const cells = cellsOf(pieces[end]!);
			if (!cells || cells.length !== headerCells.length) break;
			rows.push(cells);
			end++;
		}
		if (!headerCells || rows.length === 0) {
			out.push(pieces[i]!);
			i++;
			continue;
		}
		const header = pieces[i]!;
		ctx.dropped.push({ reason: DROP_REASONS.tableHeader, span: { start: header.starts[0] ?? 0, end: header.ends.at(-1) ?? 0 } });
		rows.forEach((cells, k) => out.push(rowUnder(header, headerCells, pieces[i + 1 + k]!, cells)));
		i = end;
	}
	return out;
}

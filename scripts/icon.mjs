// Draws the extension's icon, media/icon.png (128×128): a page of text under a check mark on a
// dark teal tile. Each pixel is sampled 4×4 times, for smooth edges. Run: node scripts/icon.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
	const cx = Math.min(Math.max(x, x0 + r), x1 - r);
	const cy = Math.min(Math.max(y, y0 + r), y1 - r);
	return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
/** Distance from (x, y) to the segment from a to b. */
const toSegment = (x, y, [ax, ay], [bx, by]) => {
	const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
	return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
};

/** The colour at a point, last layer on top, or undefined outside the tile. */
function colourAt(x, y) {
	if (!inRoundRect(x, y, 2, 2, 126, 126, 22)) return undefined;
	let colour = [29, 78, 95];
	// The page, its top right corner folded down.
	const page = x >= 26 && x <= 90 && y >= 16 && y <= 108;
	if (page && !(x > 74 && y < 16 + (x - 74))) colour = [245, 247, 250];
	if (x >= 74 && x <= 90 && y >= 16 && y <= 32 && y >= 16 + (x - 74)) colour = [200, 210, 220];
	for (const [line, end] of [
		[44, 80],
		[58, 80],
		[72, 66],
	]) {
		if (x >= 36 && x <= end && y >= line && y <= line + 5) colour = [150, 165, 180];
	}
	const badge = Math.hypot(x - 92, y - 92);
	if (badge <= 28) colour = [255, 255, 255];
	if (badge <= 25) colour = [46, 160, 67];
	const check = Math.min(toSegment(x, y, [79, 92], [88, 101]), toSegment(x, y, [88, 101], [105, 82]));
	if (badge <= 25 && check <= 4.5) colour = [255, 255, 255];
	return colour;
}

function crc32(bytes) {
	let crc = ~0;
	for (const byte of bytes) {
		crc ^= byte;
		for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
	}
	return ~crc >>> 0;
}

function chunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])));
	return Buffer.concat([head, data, crc]);
}

const rows = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
	for (let x = 0; x < SIZE; x++) {
		const sum = [0, 0, 0, 0];
		for (let sy = 0; sy < SAMPLES; sy++) {
			for (let sx = 0; sx < SAMPLES; sx++) {
				const colour = colourAt(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES);
				if (!colour) continue;
				for (let c = 0; c < 3; c++) sum[c] += colour[c];
				sum[3] += 255;
			}
		}
		const covered = sum[3] / 255;
		const at = y * (SIZE * 4 + 1) + 1 + x * 4;
		for (let c = 0; c < 3; c++) rows[at + c] = covered > 0 ? Math.round(sum[c] / covered) : 0;
		rows[at + 3] = Math.round(sum[3] / (SAMPLES * SAMPLES));
	}
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA
const png = Buffer.concat([
	Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
	chunk('IHDR', header),
	chunk('IDAT', deflateSync(rows)),
	chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(new URL('../media/icon.png', import.meta.url), png);

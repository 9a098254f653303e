// Saving the screenshots shown in the README: a new picture replaces the committed one only when
// it looks different, not merely because the PNG was encoded again or a few pixels moved.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/** Pixels that may differ (anti-aliasing, a caret) before a picture counts as changed. */
const TOLERANCE = 0.002;

/** The pixels of an 8-bit, non-interlaced RGB or RGBA PNG (what Chromium writes), else undefined. */
export function decodePng(buffer) {
	if (buffer.length < 8 || buffer.readUInt32BE(0) !== 0x89504e47) return undefined;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data = [];
	for (let at = 8; at + 8 <= buffer.length;) {
		const length = buffer.readUInt32BE(at);
		const type = buffer.toString('latin1', at + 4, at + 8);
		const body = buffer.subarray(at + 8, at + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const [depth, color, , , interlace] = body.subarray(8, 13);
			if (depth !== 8 || interlace !== 0 || (color !== 2 && color !== 6)) return undefined;
			channels = color === 2 ? 3 : 4;
		} else if (type === 'IDAT') data.push(body);
		else if (type === 'IEND') break;
		at += 12 + length;
	}
	if (!channels) return undefined;
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const pixels = Buffer.alloc(stride * height);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		for (let x = 0; x < stride; x++) {
			const left = x >= channels ? pixels[y * stride + x - channels] : 0;
			const up = y > 0 ? pixels[(y - 1) * stride + x] : 0;
			const upLeft = y > 0 && x >= channels ? pixels[(y - 1) * stride + x - channels] : 0;
			let predicted = 0;
			if (filter === 1) predicted = left;
			else if (filter === 2) predicted = up;
			else if (filter === 3) predicted = (left + up) >> 1;
			else if (filter === 4) {
				const p = left + up - upLeft;
				const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
				predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
			}
			pixels[y * stride + x] = (line[x] + predicted) & 0xff;
		}
	}
	return { width, height, channels, pixels };
}

/** The share of pixels that differ between two decoded pictures (1 when their sizes differ). */
export function difference(a, b) {
	if (!a || !b || a.width !== b.width || a.height !== b.height) return 1;
	let differing = 0;
	for (let i = 0; i < a.width * a.height; i++) {
		for (let c = 0; c < 3; c++) {
			if (a.pixels[i * a.channels + c] !== b.pixels[i * b.channels + c]) {
				differing++;
				break;
			}
		}
	}
	return differing / (a.width * a.height);
}

/** Writes the PNG to `path` unless the picture there already looks the same; says whether it wrote. */
export function saveImage(path, png) {
	if (existsSync(path) && difference(decodePng(readFileSync(path)), decodePng(png)) <= TOLERANCE) return false;
	writeFileSync(path, png);
	return true;
}

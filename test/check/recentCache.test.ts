import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../server/src/domain/check/recentCache';

describe('RecentCache', () => {
	it('keeps at most twice its size, however many keys a session makes', () => {
		const cache = new RecentCache<number>(100);
		for (let i = 0; i < 100_000; i++) cache.set(`sentence ${i}`, i);
		expect(cache.count).toBeLessThanOrEqual(200);
		expect(cache.get('sentence 99999')).toBe(99_999);
		expect(cache.get('sentence 0')).toBeUndefined();
	});

	it('keeps what was used within its size of the latest insertions, and gives back what was set', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat({ max: 40 })), { maxLength: 300 }), (operations) => {
				const cache = new RecentCache<number>(10);
				const used: number[] = [];
				for (const [write, key] of operations) {
					if (write) cache.set(`k${key}`, key);
					const found = cache.get(`k${key}`);
					if (write) expect(found).toBe(key);
					if (found !== undefined) used.push(key);
					// Whatever was used in the last ten uses is still there.
					for (const recent of used.slice(-10)) expect(cache.get(`k${recent}`)).toBe(recent);
					expect(cache.count).toBeLessThanOrEqual(20);
				}
			}),
		);
	});
});

// Restricted Mode: a workspace the user has not trusted cannot choose the corpus that is read and
// quoted back; the user's own setting still counts.
import { describe, expect, it } from 'vitest';
import { allowedCorpusPath } from '../../client/src/trust';

describe('the corpus path', () => {
	it('is the configured one in a trusted workspace', () => {
		expect(allowedCorpusPath('../elsewhere', true, '/home/me/corpus')).toBe('../elsewhere');
	});

	it('is the user’s own in an untrusted workspace, whatever the workspace sets', () => {
		expect(allowedCorpusPath('/etc', false, '/home/me/corpus')).toBe('/home/me/corpus');
		expect(allowedCorpusPath('../../.ssh', false, undefined)).toBe('');
		expect(allowedCorpusPath('/etc', false, 42)).toBe('');
	});
});

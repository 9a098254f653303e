// A reader's comment stands below the whole source, not among its sentences: what it speaks of, what
// its "it" stands for, is what the source is about, as its opening says, not what the sentences
// numbered near it say. A comment is not read as naming an actor the article names only in passing.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(
	[
		'India built the ferry to Kelby Island in 1931. It ran twice a day.',
		'The ferry stopped running in 1961 after the channel silted up. The pier fell apart. Gulls nest on it now.',
		'Sailors from Japan came to Port Arden every spring. The Japan fleet wintered in the south. Their boats were painted red. The sailors sold dried fish on the quay. Some stayed for good.',
		'The tide tables are posted by the gate. Visitors rarely read them. The harbour master keeps the keys to the gate.',
		'3 Comments',
		'The quay needs new lamps.',
		'Reply',
		'The gulls are a nuisance.',
		'Reply',
		'Parking is hard in summer.',
		'Reply',
		'The museum is closed on Mondays.',
		'Reply',
		'The harbour master should resign at once.',
	],
	2015,
);
const messages = (text: string) => claims(text).map((c) => c.message ?? '');

describe('the setting of a reader’s comment', () => {
	it('is what the source is about', () => {
		expect(messages('India wants the harbour master to resign at once.').join(' ')).toContain('reader’s comment');
	});

	it('is not an actor the article names elsewhere', () => {
		expect(messages('Japan wants the harbour master to resign at once.').join(' ')).not.toContain('reader’s comment');
	});
});

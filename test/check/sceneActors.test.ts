// What only sets the scene of a claim ("According to a U.S. Navy analysis, …") a passage need not
// name: an actor named there does not make the passage one about someone else. On another subject.
import { describe, expect, it } from 'vitest';
import { claimsAgainstPortArden } from '../helpers/corpus';

const claims = claimsAgainstPortArden(['Arden’s decision to leave the harbour league in 2024 and limit its cooperation with Lisle points to a pivot.'], 2025);

describe('an actor named only in the scene of a claim', () => {
	it('does not keep the passage from telling the claim, so a wrong date is fixed', () => {
		const [claim] = claims('According to a U.S. Navy analysis, Arden decided to leave the harbour league in 2023.');
		expect(claim).toMatchObject({ verdict: 'wrong-date', message: expect.stringContaining('2024, not 2023') });
		expect(claim?.fixes.map((f) => f.newText)).toEqual(['2024']);
	});
});

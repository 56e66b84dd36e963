// Property: whatever order the other services' answers, redeliveries, the reservation's expiry,
// the shopper's cancel and the shipment clock arrive in, one order ends consistent — paid and
// charged once with its stock sold, or cancelled with its money back, and never refunded with its
// goods shipped. The scheduler's interleaving is printed with any counterexample; the seed is fixed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns } from '@bazaar/platform/testing';
import { runSagaWorld, type WorldChoices, type WorldOutcome } from '../testing/saga-world.js';

const choices: fc.Arbitrary<WorldChoices> = fc.record({
  stockAvailable: fc.boolean(),
  stockAfterExpiry: fc.boolean(),
  cardApproved: fc.boolean(),
  reservationExpires: fc.boolean(),
  customerCancels: fc.boolean(),
  stopAnswerLost: fc.boolean(),
  duplicates: fc.array(fc.boolean(), { minLength: 1, maxLength: 24 }),
});

const isKept = (status: string) => ['paid', 'shipped', 'delivered'].includes(status);

function expectConsistent({ order, reservation, captures, refunds, refundRequests, shipment }: WorldOutcome) {
  expect(['cancelled', 'paid', 'shipped', 'delivered']).toContain(order.status);
  expect(refundRequests).toBeLessThanOrEqual(1);
  expect(captures - refunds).toBe(isKept(order.status) ? 1 : 0);
  if (order.status === 'cancelled') {
    expect(shipment).not.toBe('shipped');
    expect(reservation).not.toBe('sold');
    expect(reservation).not.toBe('held');
  } else {
    expect(reservation).toBe('sold');
    expect(shipment).not.toBe('stopped');
    expect(order.status === 'paid' ? ['label_created', 'none'] : ['shipped']).toContain(shipment);
  }
}

describe('the checkout saga under any interleaving', () => {
  it('ends every order consistent: kept and charged once, or cancelled with its money back', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), choices, async (s, world) => {
        expectConsistent(await runSagaWorld(s, world));
      }),
      propertyRuns('checkout saga interleavings', 1000),
    );
  });
});

import { describe, expect, it } from 'vitest';
import type { OrderStatus } from '@bazaar/contracts/orders';
import { pendingOrder } from '../testing/order-fixtures.js';
import { canMove, cancel, ForbiddenMoveError, moveTo } from './order-status.js';

describe('the order state machine', () => {
  it('moves forward along pending → awaiting_payment → paid → shipped → delivered', () => {
    const path: OrderStatus[] = ['pending', 'awaiting_payment', 'paid', 'shipped', 'delivered'];
    for (let step = 1; step < path.length; step++) expect(canMove(path[step - 1]!, path[step]!)).toBe(true);
  });

  it('cancels only before shipping, and never leaves cancelled or delivered', () => {
    expect(
      ['pending', 'awaiting_payment', 'paid'].every((from) => canMove(from as OrderStatus, 'cancelled')),
    ).toBe(true);
    expect(canMove('shipped', 'cancelled')).toBe(false);
    expect(canMove('cancelled', 'pending')).toBe(false);
    expect(canMove('delivered', 'shipped')).toBe(false);
    expect(canMove('pending', 'paid')).toBe(false);
  });

  it('appends every move to the history and refuses a forbidden one', () => {
    const waiting = moveTo(pendingOrder(), 'awaiting_payment', '2026-01-01T00:00:01.000Z');
    const cancelled = cancel(waiting, 'expired', '2026-01-01T00:00:02.000Z');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancellationReason: 'expired' });
    expect(cancelled.history.map((change) => change.status)).toEqual([
      'pending',
      'awaiting_payment',
      'cancelled',
    ]);
    expect(cancelled.updatedAt).toBe('2026-01-01T00:00:02.000Z');
    expect(() => moveTo(cancelled, 'paid', '2026-01-01T00:00:03.000Z')).toThrow(ForbiddenMoveError);
  });
});

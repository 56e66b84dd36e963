import { randomBytes, randomInt } from 'node:crypto';
import type { ShipmentsTable } from '../data/shipping-schema.js';
import { nextStepAt } from './shipment-steps.js';

/**
 * The row of a new shipment for an order at `status`: label_created (due to ship after `stepMs`),
 * or cancelled when it is stopped before it was ever made (so a late order.paid makes none).
 */
export function newShipment(
  order: { orderId: string; userId: string },
  status: 'label_created' | 'cancelled',
  now: Date,
  stepMs: number,
): ShipmentsTable {
  return {
    id: `shp_${randomBytes(12).toString('hex')}`,
    order_id: order.orderId,
    user_id: order.userId,
    tracking_number: `BZR${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`,
    status,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    next_step_at: status === 'cancelled' ? null : nextStepAt(status, now, stepMs),
  };
}

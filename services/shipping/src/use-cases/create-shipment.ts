import { randomBytes, randomInt } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Bus } from '@bazaar/platform';
import type { OrderPaid } from '@bazaar/contracts/orders';
import { ShipmentCreated } from '@bazaar/contracts/shipping';
import { insertHistory, insertShipmentOnce, isOrderCancelled } from '../data/shipments.repository.js';
import type { ShippingSchema } from '../data/shipping-schema.js';
import { nextStepAt } from '../domain/shipment-steps.js';

/**
 * Creates the one shipment of a paid order (label_created, next step due after `stepMs`) and
 * publishes shipment.created with it; a second request for the order, or a cancelled order, adds nothing.
 */
export async function createShipment(
  trx: Transaction<ShippingSchema>,
  { bus, stepMs }: { bus: Bus<ShippingSchema>; stepMs: number },
  order: Pick<OrderPaid, 'orderId' | 'userId'>,
): Promise<void> {
  if (await isOrderCancelled(trx, order.orderId)) return;
  const now = new Date();
  const shipment = {
    id: `shp_${randomBytes(12).toString('hex')}`,
    order_id: order.orderId,
    user_id: order.userId,
    tracking_number: `BZR${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`,
    status: 'label_created' as const,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    next_step_at: nextStepAt('label_created', now, stepMs),
  };
  if (!(await insertShipmentOnce(trx, shipment))) return;
  await insertHistory(trx, { shipment_id: shipment.id, status: shipment.status, at: shipment.created_at });
  await bus.publish(trx, ShipmentCreated, {
    shipmentId: shipment.id,
    orderId: shipment.order_id,
    userId: shipment.user_id,
    trackingNumber: shipment.tracking_number,
    createdAt: shipment.created_at,
  });
}

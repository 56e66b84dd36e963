// The events shipping publishes as a shipment moves label_created → shipped → delivered.
import Type from 'typebox';
import { defineEvent, type EventData } from '../events/index.js';
import { Id, Timestamp } from '../common/ids.js';

const shipmentFacts = {
  shipmentId: Id,
  orderId: Id,
  userId: Id,
  trackingNumber: Type.String({ minLength: 1, maxLength: 40 }),
};
const example = { shipmentId: 'shp_1', orderId: 'ord_1', userId: 'usr_1', trackingNumber: 'BZR123456789' };

/** A shipment was created for a paid order (status label_created). */
export const ShipmentCreated = defineEvent({
  type: 'shipping.shipment.created',
  version: 1,
  data: Type.Object({ ...shipmentFacts, createdAt: Timestamp }, { additionalProperties: false }),
  examples: [{ ...example, createdAt: '2026-01-02T10:00:06.000Z' }],
});
/** The data of `shipping.shipment.created`. */
export type ShipmentCreated = EventData<typeof ShipmentCreated>;

/** The shipment left the warehouse. */
export const ShipmentShipped = defineEvent({
  type: 'shipping.shipment.shipped',
  version: 1,
  data: Type.Object({ ...shipmentFacts, shippedAt: Timestamp }, { additionalProperties: false }),
  examples: [{ ...example, shippedAt: '2026-01-02T12:00:00.000Z' }],
});
/** The data of `shipping.shipment.shipped`. */
export type ShipmentShipped = EventData<typeof ShipmentShipped>;

/** The shipment reached the shopper. */
export const ShipmentDelivered = defineEvent({
  type: 'shipping.shipment.delivered',
  version: 1,
  data: Type.Object({ ...shipmentFacts, deliveredAt: Timestamp }, { additionalProperties: false }),
  examples: [{ ...example, deliveredAt: '2026-01-03T12:00:00.000Z' }],
});
/** The data of `shipping.shipment.delivered`. */
export type ShipmentDelivered = EventData<typeof ShipmentDelivered>;

/**
 * A paid order's shipment was stopped before it left (one stopped before it was made is stored stopped):
 * the confirmation the order's cancellation waits for before it refunds.
 */
export const ShipmentStopped = defineEvent({
  type: 'shipping.shipment.stopped',
  version: 1,
  data: Type.Object(
    { orderId: Id, userId: Id, shipmentId: Id, stoppedAt: Timestamp },
    { additionalProperties: false },
  ),
  examples: [
    { orderId: 'ord_1', userId: 'usr_1', shipmentId: 'shp_1', stoppedAt: '2026-01-02T10:05:00.000Z' },
  ],
});
/** The data of `shipping.shipment.stopped`. */
export type ShipmentStopped = EventData<typeof ShipmentStopped>;

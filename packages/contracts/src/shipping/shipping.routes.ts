import Type from 'typebox';
import { Id, Timestamp } from '../common/ids.js';
import { defineRoute, problemResponses } from '../routes/index.js';
import { ShipmentList, ShipmentListQuery } from './shipments.js';

/** The order whose shipment `POST /shipments/of-order/:orderId/stop` stops. */
export const StopShipmentParams = Type.Object({ orderId: Id }, { additionalProperties: false });

/** The answer of a stop: the order's goods will not leave (a shipment not yet made never will be). */
export const ShipmentStop = Type.Object({
  orderId: Id,
  shipmentId: Id,
  stoppedAt: Timestamp,
});
/** The answer of a stop. */
export type ShipmentStop = Type.Static<typeof ShipmentStop>;

/** The shipping service's operations: the signed-in user's shipments, and stopping one for a cancel. */
export const shippingRoutes = {
  listShipments: defineRoute({
    method: 'GET',
    path: '/shipments',
    summary: "The caller's shipments with their tracking history, or the one of an order",
    tags: ['shipping'],
    query: ShipmentListQuery,
    responses: { 200: ShipmentList, ...problemResponses(400, 401) },
  }),
  stopShipment: defineRoute({
    method: 'POST',
    path: '/shipments/of-order/:orderId/stop',
    summary:
      "Stop the caller's order's shipment before it leaves (orders asks, to cancel a paid order); 409 SHIPMENT_ALREADY_LEFT once shipped",
    tags: ['shipping'],
    params: StopShipmentParams,
    idempotent: true,
    responses: { 200: ShipmentStop, ...problemResponses(400, 401, 404, 409) },
  }),
};

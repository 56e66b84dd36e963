import { defineRoute, problemResponses } from '../routes/index.js';
import { ShipmentList, ShipmentListQuery } from './shipments.js';

/** The shipping service's operations: the signed-in user's shipments. */
export const shippingRoutes = {
  listShipments: defineRoute({
    method: 'GET',
    path: '/shipments',
    summary: "The caller's shipments with their tracking history, or the one of an order",
    tags: ['shipping'],
    query: ShipmentListQuery,
    responses: { 200: ShipmentList, ...problemResponses(400, 401) },
  }),
};

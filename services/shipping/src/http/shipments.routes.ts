import { ShipmentList, ShipmentListQuery } from '@bazaar/contracts/shipping';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { ShippingDb } from '../data/shipping-schema.js';
import { listShipments } from '../use-cases/list-shipments.js';
import { problemResponses } from './problem-responses.js';

/** Registers `GET /shipments?orderId=`: the signed-in user's own shipments. */
export function registerShipmentRoutes(app: HttpApp, db: ShippingDb, guards: AuthGuards): void {
  app.get(
    '/shipments',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['shipping'],
        summary: "The caller's shipments with their tracking history, or the one of an order",
        querystring: ShipmentListQuery,
        response: { 200: ShipmentList, ...problemResponses(400, 401) },
      },
    },
    async (request) => listShipments(db, request.user?.id ?? '', request.query.orderId),
  );
}

import { shippingRoutes } from '@bazaar/contracts/shipping';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { ShippingDb } from '../data/shipping-schema.js';
import { listShipments } from '../use-cases/list-shipments.js';

/** Registers `GET /shipments?orderId=`: the signed-in user's own shipments. */
export function registerShipmentRoutes(app: HttpApp, db: ShippingDb, guards: AuthGuards): void {
  registerRoute(
    app,
    shippingRoutes.listShipments,
    async (request) => listShipments(db, signedInUserId(request), request.query.orderId),
    { onRequest: guards.requireUser },
  );
}

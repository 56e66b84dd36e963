import { shippingRoutes } from '@bazaar/contracts/shipping';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { listShipments } from '../use-cases/list-shipments.js';
import { stopShipment, type StopCollaborators } from '../use-cases/stop-shipment.js';

/**
 * Registers `GET /shipments?orderId=` (the signed-in user's own shipments) and
 * `POST /shipments/of-order/:orderId/stop` (orders asks it, with the shopper's token, to cancel a paid order).
 */
export function registerShipmentRoutes(app: HttpApp, deps: StopCollaborators, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  registerRoute(
    app,
    shippingRoutes.listShipments,
    async (request) => listShipments(deps.database.db, signedInUserId(request), request.query.orderId),
    options,
  );
  registerRoute(
    app,
    shippingRoutes.stopShipment,
    async (request) =>
      stopShipment(deps, { orderId: request.params.orderId, userId: signedInUserId(request) }),
    options,
  );
}

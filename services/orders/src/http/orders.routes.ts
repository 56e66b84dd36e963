import { orderRoutes } from '@bazaar/contracts/orders';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { cancelOrder, type CancelOrderDeps } from '../use-cases/cancel-order.js';
import { getOrder } from '../use-cases/get-order.js';
import { listOrders } from '../use-cases/list-orders.js';

/** Registers the shopper's own orders: `GET /orders`, `GET /orders/:id`, `POST /orders/:id/cancel`. */
export function registerOrderRoutes(app: HttpApp, deps: CancelOrderDeps, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const db = deps.database.db;
  registerRoute(
    app,
    orderRoutes.listOrders,
    async (request) => listOrders(db, signedInUserId(request), request.query),
    options,
  );
  registerRoute(
    app,
    orderRoutes.getOrder,
    async (request) => getOrder(db, request.params.id, signedInUserId(request)),
    options,
  );
  registerRoute(
    app,
    orderRoutes.cancelOrder,
    async (request) => cancelOrder(deps, signedInUserId(request), request.params.id),
    options,
  );
}

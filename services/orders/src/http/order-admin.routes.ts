import { orderRoutes } from '@bazaar/contracts/orders';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { getOrder } from '../use-cases/get-order.js';

/** Registers `GET /admin/orders/:id`: any user's order, for operations and tests. */
export function registerOrderAdminRoutes(app: HttpApp, database: OrdersDatabase, guards: AuthGuards): void {
  registerRoute(app, orderRoutes.getAnyOrder, async (request) => getOrder(database.db, request.params.id), {
    onRequest: guards.requireAdmin,
  });
}

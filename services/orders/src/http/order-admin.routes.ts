import { Order, OrderIdParams } from '@bazaar/contracts/orders';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { OrdersDatabase } from '../data/orders-schema.js';
import { getOrder } from '../use-cases/get-order.js';
import { problemResponses } from './problem-responses.js';

/** Registers `GET /admin/orders/:id`: any user's order, for operations and tests. */
export function registerOrderAdminRoutes(app: HttpApp, database: OrdersDatabase, guards: AuthGuards): void {
  app.get(
    '/admin/orders/:id',
    {
      onRequest: guards.requireAdmin,
      schema: {
        tags: ['orders admin'],
        summary: 'Any user’s order (admin)',
        params: OrderIdParams,
        response: { 200: Order, ...problemResponses(401, 403, 404) },
      },
    },
    async (request) => getOrder(database.db, request.params.id),
  );
}

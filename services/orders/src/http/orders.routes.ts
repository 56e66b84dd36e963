import { Order, OrderIdParams, OrderListQuery, OrderPage } from '@bazaar/contracts/orders';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { OrdersDatabase } from '../data/orders-schema.js';
import type { SagaDeps } from '../use-cases/apply-saga-step.js';
import { cancelOrder } from '../use-cases/cancel-order.js';
import { getOrder } from '../use-cases/get-order.js';
import { listOrders } from '../use-cases/list-orders.js';
import { callerId } from './caller-id.js';
import { problemResponses } from './problem-responses.js';

/** Registers the shopper's own orders: `GET /orders`, `GET /orders/:id`, `POST /orders/:id/cancel`. */
export function registerOrderRoutes(
  app: HttpApp,
  deps: SagaDeps & { database: OrdersDatabase },
  guards: AuthGuards,
): void {
  app.get(
    '/orders',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'One page of the caller’s orders, newest first',
        querystring: OrderListQuery,
        response: { 200: OrderPage, ...problemResponses(400, 401) },
      },
    },
    async (request) => listOrders(deps.database.db, callerId(request), request.query),
  );

  app.get(
    '/orders/:id',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'One of the caller’s orders',
        params: OrderIdParams,
        response: { 200: Order, ...problemResponses(401, 404) },
      },
    },
    async (request) => getOrder(deps.database.db, request.params.id, callerId(request)),
  );

  app.post(
    '/orders/:id/cancel',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'Cancel one of the caller’s orders until it ships; a paid one is refunded',
        params: OrderIdParams,
        response: { 200: Order, ...problemResponses(401, 404, 409) },
      },
    },
    async (request) => cancelOrder(deps, callerId(request), request.params.id),
  );
}

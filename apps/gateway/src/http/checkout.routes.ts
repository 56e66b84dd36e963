import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { orderRoutes } from '@bazaar/contracts/orders';
import { publicAccountRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { checkOut } from '../use-cases/check-out.js';
import { relay } from './relay.js';

/** Checkout and the shopper's orders, relayed to payments and orders. */
export function registerCheckoutRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const { orders } = upstreams;
  registerRoute(
    app,
    routes.checkOut,
    async (request, reply) =>
      relay(reply, await checkOut(upstreams, request.headers['idempotency-key'], request.body)),
    options,
  );
  registerRoute(
    app,
    routes.listOrders,
    async (request, reply) =>
      relay(reply, await orders.call(orderRoutes.listOrders, { query: request.query })),
    options,
  );
  registerRoute(
    app,
    routes.getOrder,
    async (request, reply) =>
      relay(reply, await orders.call(orderRoutes.getOrder, { params: request.params })),
    options,
  );
  registerRoute(
    app,
    routes.cancelOrder,
    async (request, reply) =>
      relay(reply, await orders.call(orderRoutes.cancelOrder, { params: request.params })),
    options,
  );
}

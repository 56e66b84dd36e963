import { orderRoutes } from '@bazaar/contracts/orders';
import { registerRoute, signedInUserId, type AuthGuards, type HttpApp } from '@bazaar/platform';
import { placeOrder, type CheckoutDeps } from '../use-cases/place-order.js';

/** Registers `POST /checkout`: the caller's cart becomes a pending order (202), idempotently (200). */
export function registerCheckoutRoutes(app: HttpApp, deps: CheckoutDeps, guards: AuthGuards): void {
  registerRoute(
    app,
    orderRoutes.checkOut,
    async (request, reply) => {
      const placed = await placeOrder(deps, signedInUserId(request), request.body);
      return reply.status(placed.isNew ? 202 : 200).send({ order: placed.order });
    },
    { onRequest: guards.requireUser },
  );
}

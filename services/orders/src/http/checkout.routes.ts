import { CheckoutAnswer, CheckoutBody } from '@bazaar/contracts/orders';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { placeOrder, type CheckoutDeps } from '../use-cases/place-order.js';
import { callerId } from './caller-id.js';
import { problemResponses } from './problem-responses.js';

/** Registers `POST /checkout`: the caller's cart becomes a pending order (202), idempotently (200). */
export function registerCheckoutRoutes(app: HttpApp, deps: CheckoutDeps, guards: AuthGuards): void {
  app.post(
    '/checkout',
    {
      onRequest: guards.requireUser,
      schema: {
        tags: ['orders'],
        summary: 'Place the caller’s cart as an order; the same idempotency key gives the same order',
        body: CheckoutBody,
        response: {
          200: CheckoutAnswer,
          202: CheckoutAnswer,
          ...problemResponses(400, 401, 409, 415, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const placed = await placeOrder(deps, callerId(request), request.body);
      return reply.status(placed.isNew ? 202 : 200).send({ order: placed.order });
    },
  );
}

import Type from 'typebox';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { ShippingAddress } from '@bazaar/contracts/orders';
import type { Upstreams } from '../upstreams.js';
import { checkOut } from '../use-cases/check-out.js';
import { relay } from './relay.js';

const CheckoutBody = Type.Object(
  {
    shippingAddress: ShippingAddress,
    payment: Type.Object(
      {
        cardNumber: Type.String({
          pattern: '^[0-9]{12,19}$',
          description: 'digits only; never stored or logged',
        }),
        expMonth: Type.Integer({ minimum: 1, maximum: 12 }),
        expYear: Type.Integer({ minimum: 2000, maximum: 2100 }),
        cvc: Type.String({ pattern: '^[0-9]{3,4}$' }),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);
const CheckoutHeaders = Type.Object({
  'idempotency-key': Type.String({
    minLength: 8,
    maxLength: 64,
    description: 'the same key and body return the same order',
  }),
});
const OrderParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 64 }) });
const OrderListQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

/** Checkout and the shopper's orders, relayed to payments and orders. */
export function registerCheckoutRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const tags = ['orders'];
  app.post(
    '/api/checkout',
    { ...options, schema: { tags, headers: CheckoutHeaders, body: CheckoutBody } },
    async (request, reply) =>
      relay(reply, await checkOut(upstreams, request.headers['idempotency-key'], request.body)),
  );
  app.get(
    '/api/orders',
    { ...options, schema: { tags, querystring: OrderListQuery } },
    async (request, reply) =>
      relay(reply, await upstreams.orders.request({ method: 'GET', path: '/orders', query: request.query })),
  );
  app.get('/api/orders/:id', { ...options, schema: { tags, params: OrderParams } }, async (request, reply) =>
    relay(
      reply,
      await upstreams.orders.request({
        method: 'GET',
        path: `/orders/${encodeURIComponent(request.params.id)}`,
      }),
    ),
  );
  app.post(
    '/api/orders/:id/cancel',
    { ...options, schema: { tags, params: OrderParams } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.orders.request({
          method: 'POST',
          path: `/orders/${encodeURIComponent(request.params.id)}/cancel`,
          idempotent: true,
        }),
      ),
  );
}

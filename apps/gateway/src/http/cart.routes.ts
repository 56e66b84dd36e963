import Type from 'typebox';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

const ProductParams = Type.Object({ productId: Type.String({ minLength: 1, maxLength: 64 }) });
const AddItemBody = Type.Object(
  {
    productId: Type.String({ minLength: 1, maxLength: 64 }),
    quantity: Type.Integer({ minimum: 1, maximum: 99 }),
  },
  { additionalProperties: false },
);
const QuantityBody = Type.Object(
  { quantity: Type.Integer({ minimum: 0, maximum: 99 }) },
  { additionalProperties: false },
);

/** The signed-in shopper's cart, relayed to the cart service. */
export function registerCartRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireUser };
  const tags = ['cart'];
  const itemPath = (productId: string) => `/cart/items/${encodeURIComponent(productId)}`;
  app.get('/api/cart', { ...options, schema: { tags } }, async (_request, reply) =>
    relay(reply, await upstreams.cart.request({ method: 'GET', path: '/cart' })),
  );
  app.post('/api/cart/items', { ...options, schema: { tags, body: AddItemBody } }, async (request, reply) =>
    relay(reply, await upstreams.cart.request({ method: 'POST', path: '/cart/items', body: request.body })),
  );
  app.put(
    '/api/cart/items/:productId',
    { ...options, schema: { tags, params: ProductParams, body: QuantityBody } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.cart.request({
          method: 'PUT',
          path: itemPath(request.params.productId),
          body: request.body,
        }),
      ),
  );
  app.delete(
    '/api/cart/items/:productId',
    { ...options, schema: { tags, params: ProductParams } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.cart.request({ method: 'DELETE', path: itemPath(request.params.productId) }),
      ),
  );
}

import Type from 'typebox';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { CreateProductBody, Product, ProductIdParams, UpdateProductBody } from '@bazaar/contracts/catalog';
import type { Upstreams } from '../upstreams.js';
import { gatherDeadLetters, replayDeadLetter } from '../use-cases/gather-dead-letters.js';
import { relay } from './relay.js';

const StockParams = Type.Object({ productId: Type.String({ minLength: 1, maxLength: 64 }) });
const StockBody = Type.Object(
  { quantity: Type.Integer({ minimum: 0, maximum: 1_000_000 }) },
  { additionalProperties: false },
);
const DeadLetterParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 300 }) });

/** Admin routes, checked for the admin role here and again by the owning service. */
export function registerAdminRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const options = { onRequest: guards.requireAdmin };
  const tags = ['admin'];
  app.post(
    '/api/admin/products',
    { ...options, schema: { tags, body: CreateProductBody, response: { 201: Product } } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.catalog.request({ method: 'POST', path: '/products', body: request.body }),
      ),
  );
  app.patch(
    '/api/admin/products/:id',
    {
      ...options,
      schema: { tags, params: ProductIdParams, body: UpdateProductBody, response: { 200: Product } },
    },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.catalog.request({
          method: 'PATCH',
          path: `/products/${encodeURIComponent(request.params.id)}`,
          body: request.body,
        }),
      ),
  );
  const stockPath = (productId: string) => `/admin/stock/${encodeURIComponent(productId)}`;
  app.put(
    '/api/admin/inventory/:productId',
    { ...options, schema: { tags, params: StockParams, body: StockBody } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.inventory.request({
          method: 'PUT',
          path: stockPath(request.params.productId),
          body: request.body,
        }),
      ),
  );
  app.get(
    '/api/admin/inventory/:productId',
    { ...options, schema: { tags, params: StockParams } },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.inventory.request({ method: 'GET', path: stockPath(request.params.productId) }),
      ),
  );
  app.get('/api/admin/dead-letters', { ...options, schema: { tags } }, async () =>
    gatherDeadLetters(upstreams),
  );
  app.post(
    '/api/admin/dead-letters/:id/replay',
    { ...options, schema: { tags, params: DeadLetterParams } },
    async (request, reply) => relay(reply, await replayDeadLetter(upstreams, request.params.id)),
  );
}

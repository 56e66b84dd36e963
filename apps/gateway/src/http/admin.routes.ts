import type { AuthGuards, HttpApp } from '@bazaar/platform';
import { CreateProductBody, Product, ProductIdParams, UpdateProductBody } from '@bazaar/contracts/catalog';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

/** Admin writes, checked for the admin role here and again by the owning service. */
export function registerAdminRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  const tags = ['admin'];
  app.post(
    '/api/admin/products',
    {
      onRequest: guards.requireAdmin,
      schema: { tags, body: CreateProductBody, response: { 201: Product } },
    },
    async (request, reply) =>
      relay(
        reply,
        await upstreams.catalog.request({ method: 'POST', path: '/products', body: request.body }),
      ),
  );
  app.patch(
    '/api/admin/products/:id',
    {
      onRequest: guards.requireAdmin,
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
}

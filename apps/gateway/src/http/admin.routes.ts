import Type from 'typebox';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { Upstreams } from '../upstreams.js';
import { relay } from './relay.js';

const ProductParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

/** Admin writes, checked for the admin role here and again by the owning service. */
export function registerAdminRoutes(app: HttpApp, upstreams: Upstreams, guards: AuthGuards): void {
  app.post('/api/admin/products', { preHandler: guards.requireAdmin }, async (request, reply) =>
    relay(reply, await upstreams.catalog.request({ method: 'POST', path: '/products', body: request.body })),
  );
  app.patch(
    '/api/admin/products/:id',
    { preHandler: guards.requireAdmin, schema: { params: ProductParams } },
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

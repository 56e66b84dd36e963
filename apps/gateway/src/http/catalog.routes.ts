import Type from 'typebox';
import type { HttpApp } from '@bazaar/platform';
import { PageQuery } from '@bazaar/contracts/common';
import type { Upstreams } from '../upstreams.js';
import { getProductPage } from '../use-cases/get-product-page.js';
import { toProductSummary, type CatalogProduct } from '../use-cases/to-product-summary.js';
import { relay } from './relay.js';

const ProductListQuery = Type.Object(
  { category: Type.Optional(Type.String({ maxLength: 100 })), ...PageQuery },
  { additionalProperties: false },
);
const ProductParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

/** Categories, product lists and product pages, composed from catalog (and later inventory, recommendations). */
export function registerCatalogRoutes(app: HttpApp, upstreams: Upstreams): void {
  app.get('/api/categories', async (_request, reply) =>
    relay(reply, await upstreams.catalog.request({ method: 'GET', path: '/categories' })),
  );

  app.get('/api/products', { schema: { querystring: ProductListQuery } }, async (request, reply) => {
    const upstream = await upstreams.catalog.request<{ items: CatalogProduct[] }>({
      method: 'GET',
      path: '/products',
      query: request.query,
    });
    if (upstream.status !== 200) return relay(reply, upstream);
    return { ...upstream.body, items: upstream.body.items.map((product) => toProductSummary(product, null)) };
  });

  app.get('/api/products/:id', { schema: { params: ProductParams } }, async (request) =>
    getProductPage(upstreams.catalog, {}, request.params.id),
  );

  app.get('/images/products/:file', { schema: { params: Type.Object({ file: Type.String({ maxLength: 80 }) }) } }, async (request, reply) => {
    const upstream = await upstreams.catalog.request({ method: 'GET', path: `/images/products/${encodeURIComponent(request.params.file)}` });
    void reply.header('cache-control', 'public, max-age=86400');
    return relay(reply, upstream);
  });
}

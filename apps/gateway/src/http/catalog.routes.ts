import Type from 'typebox';
import type { HttpApp } from '@bazaar/platform';
import { CategoryList, ProductIdParams, type ProductPage } from '@bazaar/contracts/catalog';
import { ProductDetail, ProductSummaryPage, PublicProductListQuery } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { getProductPage } from '../use-cases/get-product-page.js';
import { toProductSummary } from '../use-cases/to-product-summary.js';
import { relay } from './relay.js';
import { askAvailability, askStockStates } from '../use-cases/ask-availability.js';
import { askRecommendations } from '../use-cases/ask-recommendations.js';

const tags = ['catalog'];

/** Categories, product lists and product pages, composed from catalog (and later inventory, recommendations). */
export function registerCatalogRoutes(app: HttpApp, upstreams: Upstreams): void {
  app.get('/api/categories', { schema: { tags, response: { 200: CategoryList } } }, async (_request, reply) =>
    relay(reply, await upstreams.catalog.request({ method: 'GET', path: '/categories' })),
  );

  app.get(
    '/api/products',
    { schema: { tags, querystring: PublicProductListQuery, response: { 200: ProductSummaryPage } } },
    async (request, reply) => {
      const upstream = await upstreams.catalog.request<ProductPage>({
        method: 'GET',
        path: '/products',
        query: request.query,
      });
      if (upstream.status !== 200) return relay(reply, upstream);
      const productIds = upstream.body.items.map((product) => product.id);
      const stock = await askStockStates(upstreams.inventory, productIds);
      return {
        ...upstream.body,
        items: upstream.body.items.map((product) =>
          toProductSummary(product, stock?.get(product.id) ?? null),
        ),
      };
    },
  );

  app.get(
    '/api/products/:id',
    { schema: { tags, params: ProductIdParams, response: { 200: ProductDetail } } },
    async (request) =>
      getProductPage(
        upstreams.catalog,
        {
          availability: (id) => askAvailability(upstreams.inventory, id),
          recommendations: async (id) =>
            (
              await askRecommendations(
                upstreams.recommendations,
                upstreams.inventory,
                `/products/${encodeURIComponent(id)}/recommendations`,
              )
            ).items,
        },
        request.params.id,
      ),
  );

  app.get(
    '/images/products/:file',
    { schema: { hide: true, params: Type.Object({ file: Type.String({ maxLength: 80 }) }) } },
    async (request, reply) => {
      const upstream = await upstreams.catalog.request({
        method: 'GET',
        path: `/images/products/${encodeURIComponent(request.params.file)}`,
      });
      void reply.header('cache-control', 'public, max-age=86400');
      return relay(reply, upstream);
    },
  );
}

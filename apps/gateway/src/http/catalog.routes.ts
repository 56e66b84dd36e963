import { registerRoute, withinBudget, type HttpApp } from '@bazaar/platform';
import { catalogRoutes } from '@bazaar/contracts/catalog';
import { publicShopRoutes as routes } from '@bazaar/contracts/gateway';
import type { Upstreams } from '../upstreams.js';
import { getProductPage } from '../use-cases/get-product-page.js';
import { toProductSummary } from '../use-cases/to-product-summary.js';
import { relay } from './relay.js';
import { askAvailability, askStockStates } from '../use-cases/ask-availability.js';
import { askProductRecommendations } from '../use-cases/ask-recommendations.js';

/**
 * Categories, product lists and product pages, composed from catalog, inventory and
 * recommendations; each optional part (stock, recommendations) gets at most `partBudgetMs`.
 */
export function registerCatalogRoutes(app: HttpApp, upstreams: Upstreams, partBudgetMs: number): void {
  const { catalog, inventory, recommendations } = upstreams;
  registerRoute(app, routes.listCategories, async (_request, reply) =>
    relay(reply, await catalog.call(catalogRoutes.listCategories, {})),
  );

  registerRoute(app, routes.listProducts, async (request, reply) => {
    const upstream = await catalog.call(catalogRoutes.listProducts, { query: request.query });
    if (upstream.status !== 200) return relay(reply, upstream);
    const stock = await askStockStates(
      inventory,
      upstream.body.items.map((product) => product.id),
      partBudgetMs,
    );
    return {
      ...upstream.body,
      items: upstream.body.items.map((product) => toProductSummary(product, stock?.get(product.id) ?? null)),
    };
  });

  registerRoute(app, routes.getProductPage, async (request) =>
    getProductPage(
      catalog,
      {
        availability: (id) => withinBudget(partBudgetMs, () => askAvailability(inventory, id)),
        recommendations: (id) =>
          withinBudget(partBudgetMs, () =>
            askProductRecommendations(recommendations, inventory, id, partBudgetMs),
          ),
      },
      request.params.id,
    ),
  );

  registerRoute(app, routes.getProductImage, async (request, reply) => {
    const upstream = await catalog.call(catalogRoutes.getProductImage, { params: request.params });
    void reply.header('cache-control', 'public, max-age=86400');
    return relay(reply, upstream);
  });
}

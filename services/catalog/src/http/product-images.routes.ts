import { catalogRoutes } from '@bazaar/contracts/catalog';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { CatalogDatabase } from '../data/catalog-schema.js';
import { drawProductImage } from '../use-cases/draw-product-image.js';

// A week: pictures change only when a product is renamed, and browsers revalidate after that.
const imageCacheControl = 'public, max-age=604800';

/** Registers `GET /images/products/:sku.svg`: the drawn picture of any existing product. */
export function registerProductImageRoutes(app: HttpApp, database: CatalogDatabase): void {
  registerRoute(app, catalogRoutes.getProductImage, async (request, reply) => {
    const svg = await drawProductImage(database.db, request.params.sku);
    return reply.type('image/svg+xml').header('cache-control', imageCacheControl).send(svg);
  });
}

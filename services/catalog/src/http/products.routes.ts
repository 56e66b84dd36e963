import { catalogRoutes } from '@bazaar/contracts/catalog';
import { registerRoute, type HttpApp } from '@bazaar/platform';
import type { CatalogDatabase } from '../data/catalog-schema.js';
import { getProduct } from '../use-cases/get-product.js';
import { listProducts } from '../use-cases/list-products.js';

/** Registers the public product reads: `GET /products` and `GET /products/:id`. */
export function registerProductRoutes(app: HttpApp, database: CatalogDatabase): void {
  registerRoute(app, catalogRoutes.listProducts, async (request) => listProducts(database.db, request.query));
  registerRoute(app, catalogRoutes.getProduct, async (request) => getProduct(database.db, request.params.id));
}

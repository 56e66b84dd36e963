import { Product, ProductIdParams, ProductListQuery, ProductPage } from '@bazaar/contracts/catalog';
import type { HttpApp } from '@bazaar/platform';
import type { CatalogDatabase } from '../data/catalog-schema.js';
import { getProduct } from '../use-cases/get-product.js';
import { listProducts } from '../use-cases/list-products.js';
import { problemResponses } from './problem-responses.js';

/** Registers the public product reads: `GET /products` and `GET /products/:id`. */
export function registerProductRoutes(app: HttpApp, database: CatalogDatabase): void {
  app.get(
    '/products',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One page of products, by name; filter by category or look up a list of ids',
        querystring: ProductListQuery,
        response: { 200: ProductPage, ...problemResponses(400) },
      },
    },
    async (request) => listProducts(database.db, request.query),
  );

  app.get(
    '/products/:id',
    {
      schema: {
        tags: ['catalog'],
        summary: 'One product',
        params: ProductIdParams,
        response: { 200: Product, ...problemResponses(404) },
      },
    },
    async (request) => getProduct(database.db, request.params.id),
  );
}

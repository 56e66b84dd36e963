import { CreateProductBody, Product, ProductIdParams, UpdateProductBody } from '@bazaar/contracts/catalog';
import type { AuthGuards, HttpApp } from '@bazaar/platform';
import type { CatalogStore } from '../use-cases/catalog-store.js';
import { createProduct } from '../use-cases/create-product.js';
import { updateProduct } from '../use-cases/update-product.js';
import { problemResponses } from './problem-responses.js';

/** Registers the admin writes: `POST /products` and `PATCH /products/:id`. */
export function registerProductAdminRoutes(app: HttpApp, store: CatalogStore, guards: AuthGuards): void {
  app.post(
    '/products',
    {
      // Checked before the body is read, so strangers learn nothing from validation answers.
      onRequest: guards.requireAdmin,
      schema: {
        tags: ['catalog admin'],
        summary: 'Create a product (admin)',
        body: CreateProductBody,
        response: { 201: Product, ...problemResponses(400, 401, 403, 409, 415) },
      },
    },
    async (request, reply) => reply.status(201).send(await createProduct(store, request.body)),
  );

  app.patch(
    '/products/:id',
    {
      onRequest: guards.requireAdmin,
      schema: {
        tags: ['catalog admin'],
        summary: 'Change some fields of a product (admin)',
        params: ProductIdParams,
        body: UpdateProductBody,
        response: { 200: Product, ...problemResponses(400, 401, 403, 404, 409, 415) },
      },
    },
    async (request) => updateProduct(store, request.params.id, request.body),
  );
}

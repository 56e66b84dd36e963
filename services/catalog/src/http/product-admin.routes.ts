import { catalogRoutes } from '@bazaar/contracts/catalog';
import { registerRoute, type AuthGuards, type HttpApp } from '@bazaar/platform';
import type { CatalogStore } from '../use-cases/catalog-store.js';
import { createProduct } from '../use-cases/create-product.js';
import { updateProduct } from '../use-cases/update-product.js';

/** Registers the admin writes: `POST /products` and `PATCH /products/:id`. */
export function registerProductAdminRoutes(app: HttpApp, store: CatalogStore, guards: AuthGuards): void {
  // Checked before the body is read, so strangers learn nothing from validation answers.
  const options = { onRequest: guards.requireAdmin };
  registerRoute(
    app,
    catalogRoutes.createProduct,
    async (request, reply) => reply.status(201).send(await createProduct(store, request.body)),
    options,
  );
  registerRoute(
    app,
    catalogRoutes.updateProduct,
    async (request) => updateProduct(store, request.params.id, request.body),
    options,
  );
}
